"""``POST /api/v1/enrol``: a kiosk exchanges a one-time code for its own device credential."""
from __future__ import annotations

import asyncio

from starlette.requests import Request
from starlette.responses import JSONResponse

from hub.api.context import ApiContext
from hub.api.errors import ApiError, bad_request, read_json_object
from hub.store.kiosks import CODE_DIGITS, EnrolmentRefused, exchange_enrolment_code

_MESSAGES = {
    "enrolment_code_unknown": "No such enrolment code. Check the digits, or create a new code on the hub.",
    "enrolment_code_used": "This enrolment code was already used. Create a new code on the hub.",
    "enrolment_code_expired": "This enrolment code is older than 15 minutes. Create a new code on the hub.",
}


async def enrol(request: Request) -> JSONResponse:
    context: ApiContext = request.app.state.context
    address = request.client.host if request.client else "unknown"
    wait_s = context.wrong_codes.retry_after_s(address)
    if wait_s is not None:
        raise ApiError(429, "too_many_attempts", "Too many wrong enrolment codes from this address; "
                                                 f"try again in {wait_s} seconds.", {"Retry-After": str(wait_s)})
    body = await read_json_object(request)
    code = body.get("code")
    if not isinstance(code, str):
        raise bad_request("code must be the enrolment code's 8 digits, as text")
    code = code.strip()
    if len(code) != CODE_DIGITS or not code.isascii() or not code.isdigit():
        context.wrong_codes.failed(address)
        raise ApiError(400, "enrolment_code_unknown", _MESSAGES["enrolment_code_unknown"])
    try:
        enrolment = await asyncio.to_thread(exchange_enrolment_code, context.engine, code, context.clock_ms())
    except EnrolmentRefused as refused:
        context.wrong_codes.failed(address)
        raise ApiError(400, refused.code, _MESSAGES[refused.code]) from None
    kiosk = enrolment.kiosk
    return JSONResponse({"device_id": kiosk.device_id, "credential": enrolment.credential, "gym": kiosk.gym,
                         "machine": kiosk.machine, "station": kiosk.station}, status_code=201)
