"""Switchable misbehaviour for a platform's emulation: fail the next calls with a status, answer garbage, or drop them.

Shared by the emulations whose platforms publish no fault model of their own (LFopen, Boditrax);
``error_body`` is what an injected failure answers, in the platform's error shape.

``drop_next(after_processing=True)`` runs the request (a workout IS stored) and then cuts the
connection after the reply's head, so the client never learns the outcome: the ambiguous failure.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

import httpx

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


class ConnectionDropped(httpx.RemoteProtocolError):
    """The emulation cut the connection on purpose (kept out of the server's error log)."""

    def __init__(self) -> None:
        super().__init__("connection dropped by the sandbox")


@dataclass
class Shot:
    action: str  # "fail", "garbage" or "drop"
    count: int
    path_prefix: str
    status: int = 500
    after_processing: bool = False


@dataclass
class Faults:
    """One-shot faults, applied in order to requests whose path starts with their prefix."""

    shots: list[Shot] = field(default_factory=list)
    error_body: bytes = b'{"error":"server_error","error_description":"injected fault"}'

    def fail_next(self, count: int, status: int, path_prefix: str = "/") -> None:
        """The next ``count`` requests answer ``status`` (with a Retry-After for 429), unprocessed."""
        if not 400 <= status <= 599:
            raise ValueError("status must be an HTTP error status (400-599)")
        self.shots.append(Shot("fail", count, path_prefix, status=status))

    def garbage_next(self, count: int = 1, path_prefix: str = "/") -> None:
        """The next ``count`` requests get a 200 HTML page (a proxy's), unprocessed."""
        self.shots.append(Shot("garbage", count, path_prefix))

    def drop_next(self, count: int = 1, after_processing: bool = False, path_prefix: str = "/") -> None:
        """The next ``count`` requests lose their connection, before or after taking effect."""
        self.shots.append(Shot("drop", count, path_prefix, after_processing=after_processing))

    def clear(self) -> None:
        self.shots.clear()

    def take(self, path: str) -> Shot | None:
        for shot in self.shots:
            if path.startswith(shot.path_prefix):
                shot.count -= 1
                if shot.count <= 0:
                    self.shots.remove(shot)
                return shot
        return None


def with_faults(app: App, faults: Faults) -> App:
    """``app`` behind the one-shot faults."""

    async def serve(scope: Scope, receive: Receive, send: Send) -> None:
        shot = faults.take(scope["path"]) if scope["type"] == "http" else None
        if shot is None:
            await app(scope, receive, send)
        elif shot.action in ("fail", "garbage"):
            body, kind, status = faults.error_body, b"application/json", shot.status
            if shot.action == "garbage":
                body, kind, status = b"<html><body>Service temporarily unavailable</body></html>", b"text/html", 200
            headers = [(b"content-type", kind), (b"content-length", str(len(body)).encode())]
            if status == 429:
                headers.append((b"retry-after", b"3"))
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
        else:
            if shot.after_processing:
                await app(scope, receive, _discard)
            else:
                await _drain(receive)  # unread bytes would turn the cut into a reset the client may see first
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", b"application/json"), (b"content-length", b"64")]})
            raise ConnectionDropped()

    return serve


async def _drain(receive: Receive) -> None:
    """Read the request body to its end without acting on it."""
    while (await receive()).get("more_body", False):
        pass


async def _discard(message: dict[str, Any]) -> None:
    """A ``send`` that throws the reply away (the client never gets it)."""
