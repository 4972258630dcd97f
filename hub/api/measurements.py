"""Measurement intake, delivery status (with long-poll), the recent list, and the trainer's resend and discard."""
from __future__ import annotations

import asyncio
import logging
import math
import time
from typing import Any, Literal

from starlette.requests import Request
from starlette.responses import JSONResponse

from hub.api.context import ApiContext
from hub.api.errors import ApiError, bad_request, read_json_object
from hub.members import member_document
from hub.store.kiosks import Kiosk
from hub.store.measurements import (
    MeasurementConflict, delivery_status, recent_measurements, trainer_action,
)
from hub.store.member_sessions import load_member_session
from hub.store.sealing import UnreadableSeal
from kiosk.cloud.hub.wire import DeliveryStatus, intake_from_json, measurement_to_json, status_to_json

log = logging.getLogger(__name__)

MAX_WAIT_S = 30.0
MAX_LIST = 200


async def intake(request: Request) -> JSONResponse:
    """Durable in the store (measurement and one delivery per destination) before the 202; then tried at once."""
    context: ApiContext = request.app.state.context
    kiosk = await context.kiosk(request)
    try:
        received = intake_from_json(await read_json_object(request))
    except ValueError as error:
        raise bad_request(str(error)) from None
    gym = context.gym(kiosk)
    now_ms = context.clock_ms()
    member = await _member(context, kiosk, received.session, now_ms)
    if member is None or member["credential"] != member_document(received.credential, [])["credential"]:
        member = member_document(received.credential, [])  # no (matching) session: log in from the credential
    try:
        accepted = await context.intakes.write(dict(
            unique_id=received.measurement.unique_id, device_id=kiosk.device_id, gym=kiosk.gym,
            body=measurement_to_json(received.measurement), member=context.sealer.seal(member),
            destinations=sorted(name for name, destination in gym.destinations.items()
                                if destination.delivery_policy.takes(received.measurement.kind)), now_ms=now_ms))
    except MeasurementConflict:
        raise ApiError(409, "measurement_conflict", "This uniqueMeasurementId was already used for a different "
                                                    "measurement.") from None
    if accepted.new:
        context.on_accepted(kiosk.gym)
        context.wake_worker()
    document = status_to_json(accepted.status)
    return JSONResponse({"status": "accepted", "uniqueMeasurementId": document["uniqueMeasurementId"],
                         "version": document["version"], "destinations": document["destinations"]}, status_code=202)


async def status(request: Request) -> JSONResponse:
    """The status document; with ``wait`` and ``after``, as soon as its version exceeds ``after`` (long-poll)."""
    context: ApiContext = request.app.state.context
    kiosk = await context.kiosk(request)
    unique_id = request.path_params["unique_id"]
    wait_s = _number(request.query_params.get("wait"), "wait", 0.0, MAX_WAIT_S, 0.0)
    after = int(_number(request.query_params.get("after"), "after", -1, 2**62, -1, whole=True))
    deadline = time.monotonic() + wait_s
    while True:
        current = await asyncio.to_thread(delivery_status, context.engine, kiosk.device_id, unique_id)
        if current is None:
            raise _unknown()
        remaining = deadline - time.monotonic()
        if current.version > after or remaining <= 0:
            return JSONResponse(status_to_json(current))
        await context.changes.wait(remaining)


async def recent(request: Request) -> JSONResponse:
    """This kiosk's latest measurements, newest first, for trainer mode."""
    context: ApiContext = request.app.state.context
    kiosk = await context.kiosk(request)
    limit = int(_number(request.query_params.get("limit"), "limit", 1, MAX_LIST, 50, whole=True))
    listed = await asyncio.to_thread(recent_measurements, context.engine, kiosk.device_id, limit)
    return JSONResponse({"measurements": [{**status_to_json(item.status), "kind": item.kind,
                                           "timestamp_ms": item.timestamp_ms} for item in listed]})


async def resend(request: Request) -> JSONResponse:
    status_document = await _trainer_action(request, "resend")
    return JSONResponse(status_to_json(status_document), status_code=202)


async def discard(request: Request) -> JSONResponse:
    return JSONResponse(status_to_json(await _trainer_action(request, "discard")))


async def _trainer_action(request: Request, action: Literal["resend", "discard"]) -> DeliveryStatus:
    context: ApiContext = request.app.state.context
    kiosk = await context.kiosk(request)
    body = await read_json_object(request)
    destination, reason = body.get("destination"), body.get("reason", "")
    if not isinstance(destination, str) or not destination:
        raise bad_request("destination must name the platform, such as egym")
    if not isinstance(reason, str) or len(reason) > 500:
        raise bad_request("reason must be text of at most 500 characters")
    changed = await asyncio.to_thread(trainer_action, context.engine, kiosk.device_id,
                                      request.path_params["unique_id"], destination, action, reason,
                                      context.clock_ms())
    if changed is None:
        raise _unknown()
    context.changes.changed()
    if action == "resend":
        context.wake_worker()
    return changed


async def _member(context: ApiContext, kiosk: Kiosk, handle: str, now_ms: int) -> dict[str, Any] | None:
    if not handle:
        return None
    sealed = await asyncio.to_thread(load_member_session, context.engine, handle, kiosk.device_id, now_ms)
    if sealed is None:
        return None
    try:
        return context.sealer.open(sealed)
    except UnreadableSeal:  # sealed under another hub key: the credential the kiosk sends logs the member in again
        log.error("a member session cannot be opened with this hub key (was hub.key replaced?)")
        return None


def _unknown() -> ApiError:
    return ApiError(404, "measurement_unknown", "This kiosk sent no measurement with that id (or no such "
                                                "destination for it).")


def _number(text: str | None, name: str, minimum: float, maximum: float, default: float, whole: bool = False) -> float:
    if text is None:
        return default
    try:
        value = int(text) if whole else float(text)
    except ValueError:
        raise bad_request(f"{name} must be a {'whole ' if whole else ''}number") from None
    if not math.isfinite(value) or not minimum <= value <= maximum:
        raise bad_request(f"{name} must be between {minimum:g} and {maximum:g}")
    return value
