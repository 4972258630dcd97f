"""Refusals of the kiosk-facing API and reading request bodies safely.

Every refusal is :class:`ApiError` → ``{"error": {"code", "message"}}`` with a 4xx (503 when
a platform behind the hub does not answer). Bodies are read up to 64 KiB (413 past it)
and must be a JSON object; nothing a kiosk sends can make the hub answer 500.
"""
from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from kiosk.cloud.hub.wire import error_to_json

MAX_BODY_BYTES = 64 * 1024


class ApiError(Exception):
    """A refusal: HTTP ``status``, the stable ``code`` and an English message without secrets or personal data."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


def bad_request(message: str) -> ApiError:
    return ApiError(400, "bad_request", message)


def error_response(error: ApiError) -> JSONResponse:
    return JSONResponse(error_to_json(error.code, error.message), status_code=error.status, headers=error.headers)


async def read_json_object(request: Request) -> dict[str, Any]:
    """The request's body as a JSON object; 413 past 64 KiB, 400 for anything but a JSON object."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise too_large()
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > MAX_BODY_BYTES:
            raise too_large()
    try:
        document = json.loads(body.decode("utf-8"), parse_constant=_no_constants)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise bad_request("the body must be a JSON object (UTF-8)") from None
    if not isinstance(document, dict):
        raise bad_request("the body must be a JSON object")
    return document


def too_large() -> ApiError:
    return ApiError(413, "too_large", f"the body is larger than {MAX_BODY_BYTES // 1024} KiB")


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")
