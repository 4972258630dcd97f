"""Serving the hub's ASGI app with uvicorn: in the foreground (``gym-kiosk hub``) or on a background thread."""
from __future__ import annotations

import asyncio
import socket
import threading
from typing import Callable

import uvicorn
from starlette.applications import Starlette

STARTUP_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 30.0


def _config(app: Starlette, host: str, port: int) -> uvicorn.Config:
    return uvicorn.Config(app, host=host, port=port, http="httptools", ws="none", lifespan="on", log_config=None,
                          access_log=False, timeout_graceful_shutdown=5)


class _AnnouncingServer(uvicorn.Server):
    """Calls ``on_ready(url)`` once it accepts connections (the URL has the port really bound)."""

    def __init__(self, config: uvicorn.Config, on_ready: Callable[[str], None]) -> None:
        super().__init__(config)
        self._on_ready = on_ready

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started:
            bound = self.servers[0].sockets[0].getsockname() if self.servers and self.servers[0].sockets else None
            host, port = (bound[0], bound[1]) if bound else (self.config.host, self.config.port)
            self._on_ready(f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}")


def serve_forever(app: Starlette, host: str, port: int, on_ready: Callable[[str], None] = lambda url: None) -> None:
    """Serve until Ctrl-C or SIGTERM (uvicorn's signal handling), then stop the worker and close connections."""
    _AnnouncingServer(_config(app, host, port), on_ready).run()


class _SignallingServer(uvicorn.Server):
    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.ready.set()

    def install_signal_handlers(self) -> None:  # a background thread: the main thread keeps its handlers
        pass


class RunningHub:
    """The hub served by a background thread; ``base_url`` is where kiosks reach it. Stop it (or use ``with``)."""

    def __init__(self, app: Starlette, sock: socket.socket) -> None:
        host, port = sock.getsockname()[:2]
        self.base_url = f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
        self._socket = sock
        self._server = _SignallingServer(_config(app, host, port))
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="hub", daemon=True)
        self._thread.start()
        if not self._server.ready.wait(STARTUP_TIMEOUT_S) or self._error is not None or self._server.should_exit:
            self.stop()
            raise RuntimeError(f"the hub did not start: {self._error or 'its startup failed (see the log)'}")

    def _run(self) -> None:
        try:
            asyncio.run(self._server.serve(sockets=[self._socket]))
        except BaseException as error:  # reported to the starting thread
            self._error = error
        finally:
            self._server.ready.set()

    def stop(self) -> None:
        """Shut down (the worker gives its claims back) and wait for the thread; safe to call twice."""
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(STOP_TIMEOUT_S)
        self._socket.close()

    def __enter__(self) -> "RunningHub":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def serve_in_thread(app: Starlette, host: str, port: int) -> RunningHub:
    """Listen on ``host:port`` (0: a free port) and serve ``app`` on a background thread; returns once it listens."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
        sock.listen(512)
    except OSError:
        sock.close()
        raise
    return RunningHub(app, sock)
