"""Errors the sandbox answers with, in EGYM's ErrorDTO shape, and the dropped-connection signal."""
from __future__ import annotations

import itertools
import math
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from http import HTTPStatus
from typing import Any

import httpx


@dataclass(frozen=True)
class FieldProblem:
    """One FieldErrorDTO: which request field was wrong, why, and the value sent."""

    name: str
    message: str
    rejected_value: Any = None

    def to_json(self) -> dict[str, Any]:
        value = self.rejected_value
        if isinstance(value, float) and not math.isfinite(value):
            value = str(value)  # JSON has no Infinity
        return {"name": self.name, "message": self.message, "rejectedValue": value}


class ApiError(Exception):
    """Raised by request handling; the app turns it into an ErrorDTO reply."""

    def __init__(
        self,
        status: int,
        message: str,
        field_problems: tuple[FieldProblem, ...] = (),
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message
        self.field_problems = field_problems
        self.headers = headers or {}


class ConnectionDropped(httpx.RemoteProtocolError):
    """The sandbox cut the connection mid-response (a ``drop_next`` fault).

    Over loopback the client sees httpx's own ``RemoteProtocolError``; in-process
    through ``httpx.ASGITransport`` this subclass propagates to the caller instead,
    so ``except httpx.TransportError`` handles both the same way.
    """

    def __init__(self) -> None:
        super().__init__("sandbox fault: connection dropped before the response body")


_request_prefix = secrets.token_hex(4)
_request_counter = itertools.count(1)


def new_request_id() -> str:
    """A request id like EGYM's (``de625cf1-1``): a per-process prefix and a counter."""
    return f"{_request_prefix}-{next(_request_counter)}"


def reason_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def error_body(
    status: int,
    path: str,
    message: str,
    field_problems: tuple[FieldProblem, ...] = (),
    request_id: str | None = None,
) -> dict[str, Any]:
    """An ErrorDTO; ``fieldErrors`` is always present (empty unless validation failed)."""
    return {
        "timestamp": datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "path": path,
        "requestId": request_id or new_request_id(),
        "status": status,
        "error": reason_phrase(status),
        "message": message,
        "fieldErrors": [problem.to_json() for problem in field_problems],
    }
