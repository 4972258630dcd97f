"""The sandbox as a Starlette ASGI app: EGYM's paths and shapes, plus ``/_sandbox`` read-back.

EGYM API paths (``/api/...``) go through :class:`EgymTraffic`, which applies the
switched-on faults, counts replies by status and logs each request at DEBUG
(method, path, status; never headers or bodies, so no keys or tokens).

The standalone flavour (EGYM's machine API) is served beside it under ``/standalone``: its
paths collide with the server flavour's (both have ``/api/v1/oauth/token``), so a standalone
kiosk's ``base_url`` is the sandbox's address plus ``/standalone``. The same faults apply to
both, matched on the path without that prefix, and a fault there answers in the standalone
error shape (``ApiErrorResponseDTO``, epoch-millisecond timestamp).
"""
from __future__ import annotations

import asyncio
import json
import logging
import math
import time
from importlib import resources
from typing import Any, Awaitable, Callable

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.cloud.egym.sandbox.errors import ApiError, ConnectionDropped, error_body, reason_phrase
from kiosk.cloud.egym.sandbox.faults import OneShot, garbage_reply
from kiosk.cloud.egym.sandbox.standalone import StandaloneState, create_standalone_app
from kiosk.cloud.egym.sandbox.state import SandboxState

log = logging.getLogger(__name__)

API_PREFIX = "/api/"
STANDALONE_PREFIX = "/standalone"
_JWKS = json.loads(resources.files("kiosk.cloud.egym.sandbox").joinpath("jwks.json").read_text(encoding="utf-8"))
_DROPPED_BODY_LENGTH = b"64"

Endpoint = Callable[[Request, SandboxState], Awaitable[Response]]


def create_app(state: SandboxState, standalone: StandaloneState | None = None) -> ASGIApp:
    """The ASGI app serving ``state`` (and ``standalone`` under ``/standalone``); give it to ``httpx.ASGITransport`` or uvicorn."""

    def route(path: str, endpoint: Endpoint, method: str) -> Route:
        async def handle(request: Request) -> Response:
            try:
                return await endpoint(request, state)
            except ApiError as error:
                return _error_response(request.url.path, error)
            except Exception:
                log.exception("sandbox handler failed on %s %s", request.method, request.url.path)
                return _error_response(request.url.path, ApiError(500, "Internal sandbox error"))

        return Route(path, handle, methods=[method])

    routes = [
        route("/api/v1/oauth/token", _token, "POST"),
        route("/api/v1/oauth/.well-known/jwks.json", _jwks, "GET"),
        route("/api/v1/gyms/{gymId}/users", _user_details, "GET"),
        route("/api/v1/measurements/{kind}", _measurement, "POST"),
        route("/_sandbox/measurements", _read_measurements, "GET"),
        route("/_sandbox/stats", lambda request, state: _json(state.stats()), "GET"),
        route("/_sandbox/members", lambda request, state: _json(state.members_tap_data()), "GET"),
        route("/_sandbox/reset", _reset, "POST"),
        route("/_sandbox/faults", lambda request, state: _json(state.faults.snapshot()), "GET"),
        route("/_sandbox/faults", _configure_faults, "PUT"),
        route("/_sandbox/expire-tokens", _expire_tokens, "POST"),
    ]
    if standalone is not None:
        routes.append(Mount(STANDALONE_PREFIX, app=create_standalone_app(standalone)))
    app = Starlette(routes=routes, exception_handlers={HTTPException: _http_exception})
    return EgymTraffic(app, state)


async def _json(content: Any, status: int = 200) -> Response:
    return JSONResponse(content, status_code=status)


async def _token(request: Request, state: SandboxState) -> Response:
    body = await _json_body(request)
    return JSONResponse(state.login(request.headers.get("x-api-key"), body))


async def _jwks(request: Request, state: SandboxState) -> Response:
    return JSONResponse(_JWKS)


async def _user_details(request: Request, state: SandboxState) -> Response:
    authorization = request.headers.get("authorization")
    # Non-ASCII text as \u escapes, as many servers send it; so a member's name can also
    # carry an unpaired surrogate ("\ud83d"), which JSON allows and UTF-8 cannot encode.
    body = json.dumps(state.user_details(authorization, request.path_params["gymId"]))
    return Response(body.encode("ascii"), media_type="application/json")


async def _measurement(request: Request, state: SandboxState) -> Response:
    authorization = request.headers.get("authorization")
    body = await _json_body(request)
    state.submit_measurement(authorization, request.path_params["kind"], body)
    return Response(status_code=204)


async def _read_measurements(request: Request, state: SandboxState) -> Response:
    try:
        return JSONResponse(state.measurements(request.query_params.get("kind")))
    except ValueError as error:
        raise ApiError(400, str(error))


async def _reset(request: Request, state: SandboxState) -> Response:
    state.reset()
    return Response(status_code=204)


async def _configure_faults(request: Request, state: SandboxState) -> Response:
    state.faults.configure(await _json_body(request))
    return JSONResponse(state.faults.snapshot())


async def _expire_tokens(request: Request, state: SandboxState) -> Response:
    state.expire_tokens()
    return Response(status_code=204)


async def _json_body(request: Request) -> Any:
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/json":
        raise ApiError(415, "Content-Type must be application/json")
    raw = await request.body()
    try:
        return json.loads(raw, parse_constant=_reject_constant)
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400, "Malformed JSON request body")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _error_response(path: str, error: ApiError) -> Response:
    body = error_body(error.status, path, error.message, error.field_problems)
    return JSONResponse(body, status_code=error.status, headers=error.headers)


async def _http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return _error_response(request.url.path, ApiError(exc.status_code, exc.detail, headers=dict(exc.headers or {})))


class EgymTraffic:
    """ASGI middleware for the EGYM paths: faults, reply counting, DEBUG request log."""

    def __init__(self, app: ASGIApp, state: SandboxState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        api_path = path.removeprefix(STANDALONE_PREFIX)
        if scope["type"] != "http" or not api_path.startswith(API_PREFIX):
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        plan = self.state.faults.plan(api_path, self._rate_bucket(scope))
        if plan.latency_s:
            await asyncio.sleep(plan.latency_s)
        extra_headers = [] if plan.rate_remaining is None else [(b"x-ratelimit-remaining", str(plan.rate_remaining).encode())]
        statuses: list[int] = []

        async def counted_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                statuses.append(message["status"])
                self.state.record_response(message["status"])  # before the client can have it: no race with a reader
                message = {**message, "headers": [*message.get("headers", []), *extra_headers]}
            await send(message)

        try:
            if plan.rate_limited:
                await _send_error(counted_send, path, ApiError(429, "Rate limit exceeded"))
            elif plan.one_shot is None:
                await self.app(scope, receive, counted_send)
            else:
                await self._one_shot(plan.one_shot, scope, receive, counted_send)
        except ConnectionDropped:
            self.state.record_drop()
            log.debug("sandbox %s %s -> connection dropped", scope["method"], path)
            raise
        elapsed_ms = (time.perf_counter() - started) * 1000
        log.debug("sandbox %s %s -> %s (%.0f ms)", scope["method"], path, statuses[0] if statuses else "-", elapsed_ms)

    def _rate_bucket(self, scope: Scope) -> str:
        """Whose rate-limit bucket a request draws from: its credential's, else its peer address's."""
        headers = dict(scope.get("headers") or [])
        api_key, authorization = (headers.get(name, b"").decode("latin-1") for name in (b"x-api-key", b"authorization"))
        bucket = self.state.rate_bucket(api_key, authorization, self.state.faults.rate_scope)
        if bucket is not None:
            return bucket
        client = scope.get("client")
        return f"peer:{client[0]}" if client else "peer:unknown"

    async def _one_shot(self, shot: OneShot, scope: Scope, receive: Receive, send: Send) -> None:
        if shot.action == "fail":
            headers = {} if shot.retry_after is None else {"Retry-After": str(math.ceil(shot.retry_after))}
            headers.update(shot.headers)
            await _send_error(send, scope["path"], ApiError(shot.status, f"Sandbox fault: {reason_phrase(shot.status)}", headers=headers))
        elif shot.action == "garbage":
            await _send_raw(send, *garbage_reply(shot.garbage_kind))
        elif shot.action == "headers":
            extra = [(name.lower().encode(), value.encode()) for name, value in shot.headers]

            async def with_headers(message: Message) -> None:
                if message["type"] == "http.response.start":
                    message = {**message, "headers": [*message.get("headers", []), *extra]}
                await send(message)

            await self.app(scope, receive, with_headers)
        else:
            if shot.after_processing:
                await self.app(scope, receive, _discard)
            await send({"type": "http.response.start", "status": 200, "headers": [
                (b"content-type", b"application/json"), (b"content-length", _DROPPED_BODY_LENGTH)]})
            raise ConnectionDropped()


async def _discard(message: Message) -> None:
    """A ``send`` that throws the reply away (the client never gets it)."""


async def _send_error(send: Send, path: str, error: ApiError) -> None:
    shape = error_body(error.status, path, error.message)
    if path.startswith(STANDALONE_PREFIX + API_PREFIX):  # ApiErrorResponseDTO: the timestamp in epoch milliseconds
        shape["timestamp"] = int(time.time() * 1000)
    body = json.dumps(shape).encode()
    headers = [(name.lower().encode(), value.encode()) for name, value in error.headers.items()]
    await _send_raw(send, error.status, b"application/json", body, headers)


async def _send_raw(
    send: Send, status: int, content_type: bytes, body: bytes, headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", content_type), (b"content-length", str(len(body)).encode()), *(headers or [])]})
    await send({"type": "http.response.body", "body": body})
