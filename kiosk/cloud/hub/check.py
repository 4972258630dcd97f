"""The hub's items in ``gym-kiosk check``: is the hub reachable, and is this kiosk enrolled there (or revoked)?

The connection item asks for this kiosk's most recent measurement (``GET /api/v1/measurements?limit=1``),
which changes nothing: 200 proves the hub knows the credential, 401 says why it does not.
"""
from __future__ import annotations

import asyncio

from kiosk.cloud.errors import BadReply, CloudError, Transient
from kiosk.cloud.hub.errors import DeviceRefused
from kiosk.cloud.hub.integration import HubIntegration
from kiosk.cloud.hub.settings import ENROL_FIX, HubSettings
from kiosk.cloud.platform import Connection
from kiosk.cloud.reachability import explain_connection_failure


async def check_connection(connection: Connection, settings: HubSettings) -> tuple[bool, str]:
    """The hub answers and accepts this kiosk's credential."""
    integration = connection.destination
    assert isinstance(integration, HubIntegration)
    try:
        await integration.probe()
    except DeviceRefused as refused:
        if not settings.credential:  # the setup screen's test before the code is exchanged
            return True, f"{settings.url} reachable: a gym-kiosk hub; the enrolment code is exchanged when setup finishes"
        what = "was revoked on the hub" if refused.code == "device_revoked" else "is not known to the hub"
        return False, f"{settings.url} reachable, but this kiosk {what} ({refused.code}); {ENROL_FIX}"
    except CloudError as error:
        return False, await asyncio.to_thread(_explain, error, settings)
    return True, f"{settings.url} reachable and this kiosk is enrolled there"


def _explain(error: CloudError, settings: HubSettings) -> str:
    if isinstance(error, BadReply):
        return f"{settings.url} answered, but not like a gym-kiosk hub ({error.message}): check hub.url"
    if isinstance(error, Transient) and error.status is not None:
        return f"the hub answered with a server error (HTTP {error.status}); try again later"
    if not isinstance(error, Transient):
        return f"the hub refused the check: {error.message}"
    reason = explain_connection_failure(settings.url, settings.ca_bundle, settings.timeout_s, "hub")
    reason = reason.replace("hub.base_url", "hub.url") if reason else None
    if reason is None:
        return f"the request to {settings.url} failed ({error.message}) although it accepts connections; try again"
    return f"hub not reachable: {reason}"
