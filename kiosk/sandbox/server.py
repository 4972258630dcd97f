"""Run the sandbox over real TCP: in a background thread for tests and the demo, or in the foreground.

``gym-kiosk sandbox [--host H] [--port P] [--token-ttl S]`` calls :func:`main`.
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import socket
import sys
import threading
from typing import Sequence, TextIO

import uvicorn

from kiosk.sandbox.app import create_app
from kiosk.sandbox.errors import ConnectionDropped
from kiosk.sandbox.members import (
    DEMO_API_KEY,
    DEMO_APPLE_PASS_TYPE_ID,
    DEMO_CONFIGURATION_INDEX,
    DEMO_GOOGLE_COLLECTOR_ID,
    DEMO_GYM_ID,
)
from kiosk.sandbox.state import SandboxState

DEFAULT_PORT = 8321
STARTUP_TIMEOUT_S = 10.0
STOP_TIMEOUT_S = 10.0


class _HideInjectedDrops(logging.Filter):
    """Drops fault-injected connection cuts from uvicorn's error log; they are intended."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], ConnectionDropped))


_drop_filter = _HideInjectedDrops()


class _SignallingServer(uvicorn.Server):
    """A uvicorn server that reports when it is accepting connections."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.ready.set()


def _config(state: SandboxState) -> uvicorn.Config:
    logging.getLogger("uvicorn.error").addFilter(_drop_filter)
    return uvicorn.Config(
        create_app(state),
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
    """A sandbox served over loopback by a background thread. Stop it (or use ``with``)."""

    def __init__(self, state: SandboxState, server: _SignallingServer, sock: socket.socket) -> None:
        self.state = state
        self.base_url = _url(sock)
        self._server = server
        self._socket = sock
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="egym-sandbox", daemon=True)

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


def serve_loopback(state: SandboxState, host: str = "127.0.0.1", port: int = 0) -> RunningSandbox:
    """Serve ``state`` on ``host:port`` (0 picks a free port); returns once it is listening."""
    sock = _listening_socket(host, port)
    running = RunningSandbox(state, _SignallingServer(_config(state)), sock)
    running._start()
    return running


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="gym-kiosk sandbox",
        description="Run a local stand-in for EGYM's Equipment Vendor API with fictional demo members.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0 = any free)")
    parser.add_argument("--token-ttl", type=float, default=900.0, metavar="S", help="access token lifetime in seconds")
    parser.add_argument("--no-refresh-tokens", action="store_true", help="do not issue refresh tokens")
    parser.add_argument("--verbose", action="store_true", help="log every API request")
    args = parser.parse_args(argv)
    if args.token_ttl <= 0:
        parser.error("--token-ttl must be positive")
    if not 0 <= args.port <= 65535:
        parser.error("--port must be 0-65535")
    return args


def describe(state: SandboxState, base_url: str, out: TextIO) -> None:
    """Print what an installer needs to point a kiosk at this sandbox."""
    print(f"EGYM sandbox listening on {base_url}", file=out)
    print(f"  API key: {DEMO_API_KEY}   gym id: {DEMO_GYM_ID}", file=out)
    print(
        f"  wallet: Apple passTypeId {DEMO_APPLE_PASS_TYPE_ID}, Google collectorId {DEMO_GOOGLE_COLLECTOR_ID}, "
        f"VTAP configurationIndex {DEMO_CONFIGURATION_INDEX}",
        file=out,
    )
    print("  demo members (fictional):", file=out)
    for member in state.members:
        wallet = f"{member.wallet_platform} pass {member.wallet_payload}" if member.wallet_payload else "no wallet pass"
        print(
            f"    {member.first_name} {member.last_name} ({member.locale}, {member.unit_system}): "
            f"{member.rfid_format} card {member.rfid}, {wallet}",
            file=out,
        )


def main(argv: Sequence[str] | None = None, out: TextIO = sys.stdout) -> int:
    """Serve the demo sandbox in the foreground until Ctrl-C; returns the exit status."""
    args = _parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    state = SandboxState(token_ttl_s=args.token_ttl, issue_refresh_tokens=not args.no_refresh_tokens)
    try:
        sock = _listening_socket(args.host, args.port)
    except OSError as error:
        print(f"cannot listen on {args.host}:{args.port}: {error.strerror or error}", file=sys.stderr)
        return 2
    describe(state, _url(sock), out)
    out.flush()
    server = uvicorn.Server(_config(state))
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn re-raises the Ctrl-C it shut down on
        pass
    print("EGYM sandbox stopped", file=out)
    return 0
