"""``POST /api/v1/login``: a tapped credential in, the member's profile and a hub-side session handle out.

The gym location's identity chain (its platforms through their own clients, with their
re-authentication and pacing) logs the member in; the platform tokens stay on the hub,
sealed in the store, and the kiosk gets only a handle.
"""
from __future__ import annotations

import asyncio
import logging

from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import JSONResponse

from hub.api.context import ApiContext
from hub.api.errors import ApiError, bad_request, read_json_object
from hub.members import member_document
from hub.store.member_sessions import new_session_handle, save_member_session
from kiosk.cloud.errors import CloudError, MembershipRefused, NotRegistered
from kiosk.cloud.hub.wire import MEMBERSHIP_REFUSED, LoginReply, credential_from_json, login_reply_to_json
from kiosk.cloud.registry import display_name

log = logging.getLogger(__name__)


async def login(request: Request) -> JSONResponse:
    context: ApiContext = request.app.state.context
    kiosk = await context.kiosk(request)
    body = await read_json_object(request)
    try:
        credential = credential_from_json(body.get("credential"))
    except ValueError as error:
        raise bad_request(str(error)) from None
    chain = context.gym(kiosk).identity
    if chain is None:
        raise ApiError(503, "platform_unavailable", f"No platform logs members in at gym location {kiosk.gym!r}.")
    try:
        session = await chain.login(credential)
        profile = await chain.fetch_profile(session)
    except MembershipRefused as refused:
        raise ApiError(403, MEMBERSHIP_REFUSED + refused.reason,
                       f"{display_name(refused.platform)} refuses this member's visit: {refused.reason}") from None
    except NotRegistered:
        raise ApiError(404, "member_unknown", f"No platform knows this {type(credential).__name__.removesuffix('Credential').lower()}.") from None
    except CloudError as error:
        log.info("login at %s failed: %s", error.platform, type(error).__name__)
        raise ApiError(503, "platform_unavailable",
                       f"{display_name(error.platform)} did not log the member in: {error.message}") from None
    handle = new_session_handle()
    now_ms = context.clock_ms()
    reply = LoginReply(session=handle, expires_in=context.session_ttl_s, member=profile,
                       linked_platforms=(session.platform,))

    saved = context.sessions_being_saved.begin(handle)

    async def remember_session() -> None:
        # After the answer, off the member's wait: an intake that finds no session yet logs in from its credential,
        # and a link started meanwhile waits for this (SessionsBeingSaved).
        try:
            sealed = context.sealer.seal(member_document(credential, [session]))
            await asyncio.to_thread(save_member_session, context.engine, handle, kiosk.gym, kiosk.device_id, sealed,
                                    now_ms + context.session_ttl_s * 1000)
        finally:
            saved.set()

    return JSONResponse(login_reply_to_json(reply), background=BackgroundTask(remember_session))
