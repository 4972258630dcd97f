"""``POST /api/v1/heartbeat``: a kiosk's version, devices, queue depth and last error, kept for the fleet page."""
from __future__ import annotations

import asyncio

from starlette.requests import Request
from starlette.responses import Response

from hub.api.context import ApiContext
from hub.api.errors import bad_request, read_json_object
from hub.store.kiosks import record_heartbeat

MAX_TEXT = 500


async def heartbeat(request: Request) -> Response:
    context: ApiContext = request.app.state.context
    kiosk = await context.kiosk(request)
    body = await read_json_object(request)
    version, devices = body.get("version"), body.get("devices", {})
    queue_depth, last_error = body.get("queue_depth", 0), body.get("last_error")
    if not isinstance(version, str) or not 0 < len(version) <= 40:
        raise bad_request("version must be the kiosk's version, as text")
    if not isinstance(devices, dict) or len(devices) > 20 or not all(
            isinstance(name, str) and isinstance(state, str) and len(name) <= 40 and len(state) <= MAX_TEXT
            for name, state in devices.items()):
        raise bad_request("devices must map device names to their state, as text")
    if isinstance(queue_depth, bool) or not isinstance(queue_depth, int) or queue_depth < 0:
        raise bad_request("queue_depth must be a whole number, 0 or more")
    if last_error is not None and (not isinstance(last_error, str) or len(last_error) > MAX_TEXT):
        raise bad_request(f"last_error must be text of at most {MAX_TEXT} characters, or null")
    await asyncio.to_thread(record_heartbeat, context.engine, kiosk.device_id,
                            {"version": version, "devices": devices, "queue_depth": queue_depth,
                             "last_error": last_error}, context.clock_ms())
    return Response(status_code=204)
