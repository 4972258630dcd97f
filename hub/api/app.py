"""The kiosk-facing API's Starlette application: routes, and every failure turned into the error shape."""
from __future__ import annotations

import logging
from contextlib import AbstractAsyncContextManager
from typing import Any, Callable

from sqlalchemy.exc import OperationalError
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from hub.api import enrolment, heartbeat, links, login, measurements
from hub.api.context import ApiContext
from hub.api.errors import ApiError, error_response
from kiosk.cloud.hub.wire import API_PREFIX

log = logging.getLogger(__name__)

ROUTES = [
    Route(f"{API_PREFIX}/enrol", enrolment.enrol, methods=["POST"]),
    Route(f"{API_PREFIX}/login", login.login, methods=["POST"]),
    Route(f"{API_PREFIX}/measurements", measurements.intake, methods=["POST"]),
    Route(f"{API_PREFIX}/measurements", measurements.recent, methods=["GET"]),
    Route(f"{API_PREFIX}/measurements/{{unique_id:str}}", measurements.status, methods=["GET"]),
    Route(f"{API_PREFIX}/measurements/{{unique_id:str}}/resend", measurements.resend, methods=["POST"]),
    Route(f"{API_PREFIX}/measurements/{{unique_id:str}}/discard", measurements.discard, methods=["POST"]),
    Route(f"{API_PREFIX}/heartbeat", heartbeat.heartbeat, methods=["POST"]),
    Route(f"{API_PREFIX}/links", links.start, methods=["POST"]),
    Route(f"{API_PREFIX}/links/linked", links.linked, methods=["POST"]),
    Route(f"{API_PREFIX}/links/unlink", links.unlink, methods=["POST"]),
    Route(f"{API_PREFIX}/links/today", links.today, methods=["POST"]),
    Route(f"{API_PREFIX}/links/{{link_id:str}}", links.status, methods=["GET"]),
]


async def _refused(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, ApiError)
    return error_response(error)


async def _http_error(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, HTTPException)
    if error.status_code == 404:
        return error_response(ApiError(404, "not_found", "No such path in the hub's API (version 1)."))
    if error.status_code == 405:
        return error_response(ApiError(405, "method_not_allowed", "This path does not take that method."))
    return error_response(ApiError(error.status_code, "bad_request", str(error.detail)))


async def _client_gone(_request: Request, _error: Exception) -> Response:
    """The kiosk hung up before its request was read (it shut down, or gave up waiting): nothing to answer."""
    return Response(status_code=499)


async def _store_unavailable(_request: Request, error: Exception) -> JSONResponse:
    log.error("the hub's store failed: %s", type(error).__name__)
    return error_response(ApiError(503, "store_unavailable", "The hub's store did not answer; try again."))


def create_api(context: ApiContext,
               lifespan: Callable[[Starlette], AbstractAsyncContextManager[Any]] | None = None) -> Starlette:
    """The API over ``context``; ``lifespan`` starts and stops what runs beside it (the delivery worker)."""
    app = Starlette(routes=ROUTES, lifespan=lifespan, exception_handlers={
        ApiError: _refused, HTTPException: _http_error, OperationalError: _store_unavailable,
        ClientDisconnect: _client_gone})
    app.state.context = context
    return app
