"""Serve emulations over real TCP: in a background thread for tests and the demo, or in the foreground.

``gym-kiosk sandbox [--host H] [--port P] [--token-ttl S]`` calls :func:`main`, which serves
the emulation of every platform in the registry that has one: the first on port P, the
next on P+1, and so on (each on a free port with ``--port 0``).
"""
from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
import socket
import sys
import threading
from typing import Any, Sequence, TextIO

import uvicorn

from kiosk.cloud.platform import ASGIApp, Emulation, Platform
from kiosk.cloud.registry import PLATFORMS

DEFAULT_PORT = 8321
STARTUP_TIMEOUT_S = 10.0
STOP_TIMEOUT_S = 10.0


class _HideInjectedFailures(logging.Filter):
    """Drops the failures emulations inject on purpose (cut connections) from uvicorn's error log."""

    def __init__(self, quiet: tuple[type[BaseException], ...]) -> None:
        super().__init__()
        self._quiet = quiet

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], self._quiet))


_quiet_filters: dict[tuple[type[BaseException], ...], _HideInjectedFailures] = {}


class _SignallingServer(uvicorn.Server):
    """A uvicorn server that reports when it is accepting connections."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.ready.set()


def _config(app: ASGIApp, quiet_errors: tuple[type[BaseException], ...]) -> uvicorn.Config:
    if quiet_errors:
        quiet = _quiet_filters.setdefault(quiet_errors, _HideInjectedFailures(quiet_errors))
        logging.getLogger("uvicorn.error").addFilter(quiet)  # added once: the same filter object each time
    return uvicorn.Config(
        app,
        http="h11",
        ws="none",
        lifespan="off",
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=2,
    )


def _listening_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit this: uvicorn writes a response's head and body
    # separately, and with Nagle on the body waits ~40 ms for the client's delayed ACK.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


def _url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


class RunningSandbox:
    """An emulation served over loopback by a background thread. Stop it (or use ``with``).

    ``state`` is the emulation served (tests read back what it received).
    """

    def __init__(self, state: Any, server: _SignallingServer, sock: socket.socket) -> None:
        self.state = state
        self.base_url = _url(sock)
        self._server = server
        self._socket = sock
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="sandbox", daemon=True)

    def _start(self) -> None:
        self._thread.start()
        finished_early = not self._server.ready.wait(STARTUP_TIMEOUT_S)
        if finished_early or self._error is not None:
            self.stop()
            raise RuntimeError(f"sandbox server did not start: {self._error or 'timed out'}")

    def _run(self) -> None:
        try:
            asyncio.run(self._server.serve(sockets=[self._socket]))
        except BaseException as error:  # reported to the starting thread
            self._error = error
            self._server.ready.set()

    def stop(self) -> None:
        """Shut the server down and wait for its thread; safe to call twice."""
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(STOP_TIMEOUT_S)
        self._socket.close()

    def __enter__(self) -> RunningSandbox:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"RunningSandbox({self.base_url})"


def serve_loopback(emulation: Emulation, host: str = "127.0.0.1", port: int = 0) -> RunningSandbox:
    """Serve ``emulation`` on ``host:port`` (0 picks a free port); returns once it is listening."""
    sock = _listening_socket(host, port)
    running = RunningSandbox(emulation, _SignallingServer(_config(emulation.asgi_app(), emulation.quiet_errors)), sock)
    running._start()
    return running


class _ByPort:
    """One ASGI app for several listening sockets: each request goes to the emulation served on its port."""

    def __init__(self, apps: dict[int, ASGIApp]) -> None:
        self._apps = apps

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        _host, port = scope.get("server") or ("", 0)
        await self._apps[port](scope, receive, send)


def emulations(platforms: Sequence[Platform] = PLATFORMS, **options: Any) -> list[Emulation]:
    """A fresh emulation of every platform that has one, in registry order; ``options`` go to each factory."""
    made = []
    for platform in platforms:
        if platform.emulation:
            module_name, _, attribute = platform.emulation.partition(":")
            made.append(getattr(importlib.import_module(module_name), attribute)(**options))
    return made


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="gym-kiosk sandbox",
        description="Run local stand-ins for the cloud platforms' APIs, with fictional demo members.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help=f"port of the first platform (default {DEFAULT_PORT}; the next ones count up; 0 = any free)")
    parser.add_argument("--token-ttl", type=float, default=900.0, metavar="S", help="access token lifetime in seconds")
    parser.add_argument("--no-refresh-tokens", action="store_true", help="do not issue refresh tokens")
    parser.add_argument("--verbose", action="store_true", help="log every API request")
    args = parser.parse_args(argv)
    if args.token_ttl <= 0:
        parser.error("--token-ttl must be positive")
    if not 0 <= args.port <= 65535:
        parser.error("--port must be 0-65535")
    return args


def describe(emulation: Emulation, base_url: str, out: TextIO) -> None:
    """Print what an installer needs to point a kiosk at this emulation."""
    for line in emulation.describe(base_url):
        print(line, file=out)


def main(argv: Sequence[str] | None = None, out: TextIO = sys.stdout) -> int:
    """Serve every platform's emulation in the foreground until Ctrl-C; returns the exit status."""
    args = _parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    served = emulations(token_ttl_s=args.token_ttl, issue_refresh_tokens=not args.no_refresh_tokens)
    sockets: list[socket.socket] = []
    try:
        for number in range(len(served)):
            port = args.port + number if args.port else 0
            try:
                sockets.append(_listening_socket(args.host, port))
            except OSError as error:
                print(f"cannot listen on {args.host}:{port}: {error.strerror or error}", file=sys.stderr)
                return 2
        for emulation, sock in zip(served, sockets):
            describe(emulation, _url(sock), out)
        out.flush()
        apps = {sock.getsockname()[1]: emulation.asgi_app() for emulation, sock in zip(served, sockets)}
        quiet = tuple(error for emulation in served for error in emulation.quiet_errors)
        server = uvicorn.Server(_config(_ByPort(apps), quiet))
        try:
            server.run(sockets=sockets)
        except KeyboardInterrupt:  # uvicorn re-raises the Ctrl-C it shut down on
            pass
    finally:
        for sock in sockets:
            sock.close()
    print("sandbox stopped", file=out)
    return 0
