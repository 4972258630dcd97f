"""``/api/v1/links``: a kiosk starts linking the member's account at a platform, follows it, and unlinks.

Every call names the member by the hub session the kiosk holds for them (from ``/login``); the
kiosk never sees a platform token. See :mod:`hub.linking`.
"""
from __future__ import annotations

import asyncio
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from hub.api.context import ApiContext
from hub.api.errors import ApiError, bad_request, read_json_object
from hub.linked_sessions import training_today
from hub.linking.service import LinkRefused, Linking
from hub.store.kiosks import Kiosk
from hub.store.member_sessions import load_member_session
from kiosk.cloud.hub.wire import training_to_json

NAME_LIMIT = 60


async def start(request: Request) -> JSONResponse:
    context, kiosk, body = await _call(request)
    member = await _member(context, kiosk, body)
    platform, name = body.get("platform"), body.get("member_name", "")
    if not isinstance(platform, str) or not platform or not isinstance(name, str) or len(name) > NAME_LIMIT:
        raise bad_request(f"platform (a platform's name) and member_name (text, at most {NAME_LIMIT} characters) "
                          "are required")
    try:
        link = await _linking(context).start(gym=kiosk.gym, device_id=kiosk.device_id, member=member,
                                             member_name=name, platform=platform)
    except LinkRefused as refused:
        raise ApiError(refused.status, refused.code, refused.message) from None
    return JSONResponse({"link": link.link_id, "url": link.url, "code": link.match_code,
                         "expires_in": link.expires_in}, status_code=201)


async def status(request: Request) -> JSONResponse:
    context: ApiContext = request.app.state.context
    kiosk = await context.kiosk(request)
    state = await _linking(context).status(kiosk.device_id, request.path_params["link_id"])
    if state is None:
        raise ApiError(404, "link_unknown", "This kiosk started no such link.")
    return JSONResponse({"link": request.path_params["link_id"], "status": state})


async def linked(request: Request) -> JSONResponse:
    context, kiosk, body = await _call(request)
    member = await _member(context, kiosk, body)
    return JSONResponse({"platforms": await _linking(context).linked(kiosk.gym, member)})


async def today(request: Request) -> JSONResponse:
    """The member's training today at a platform they linked (enduco: plan and heart-rate zones), or null."""
    context, kiosk, body = await _call(request)
    member = await _member(context, kiosk, body)
    gym = context.gyms.get(kiosk.gym)
    found = await training_today(context.linked_sessions, gym, member) if gym is not None else None
    return JSONResponse({"training": training_to_json(found) if found else None})


async def unlink(request: Request) -> JSONResponse:
    context, kiosk, body = await _call(request)
    member = await _member(context, kiosk, body)
    platform = body.get("platform")
    if not isinstance(platform, str) or not platform:
        raise bad_request("platform (a platform's name) is required")
    return JSONResponse({"unlinked": await _linking(context).unlink(kiosk.gym, member, platform)})


async def _call(request: Request) -> tuple[ApiContext, Kiosk, dict[str, Any]]:
    context: ApiContext = request.app.state.context
    kiosk = await context.kiosk(request)
    return context, kiosk, await read_json_object(request)


async def _member(context: ApiContext, kiosk: Kiosk, body: dict[str, Any]) -> dict[str, Any]:
    handle = body.get("session")
    if not isinstance(handle, str) or not handle:
        raise bad_request("session (the member's hub session from /login) is required")
    await context.sessions_being_saved.wait(handle)  # a link started right after /login answered
    sealed = await asyncio.to_thread(load_member_session, context.engine, handle, kiosk.device_id, context.clock_ms())
    if sealed is None:
        raise ApiError(401, "session_unknown", "The member's session is unknown or has ended; tap in again.")
    return context.sealer.open(sealed)


def _linking(context: ApiContext) -> Linking:
    if context.linking is None:
        raise ApiError(503, "linking_unavailable", "Account linking is not running on this hub.")
    return context.linking
