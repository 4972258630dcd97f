"""EGYM's items in ``gym-kiosk check`` and the setup screen's connection test.

The connection item makes one real request that changes nothing, through the kiosk's
own connection (:func:`kiosk.composition.connect_platforms`): an RFID login with
a card number no member can have. EGYM answers 404 (no such card) only after it has
accepted the API key, so 404 is a pass and 401 means the key is refused. Connection
failures are explained (DNS, refused, timeout, untrusted TLS certificate).

The standalone flavour has a call for this: ``GET partners/info`` tests the client
credentials, and a machine heartbeat follows, so a failing heartbeat shows here too.
"""
from __future__ import annotations

import asyncio

from hardware.events import CardCredential
from kiosk.cloud.call_retry import CallRetry
from kiosk.cloud.egym.settings import EgymSettings
from kiosk.cloud.egym.standalone.client import StandaloneClient
from kiosk.cloud.errors import (
    AuthExpired,
    BadReply,
    CloudError,
    NotRegistered,
    PermissionDenied,
    RateLimited,
    Rejected,
    Transient,
)
from kiosk.cloud.platform import Connection
from kiosk.cloud.reachability import explain_connection_failure

# A card number no member can have: four zero bytes ("00000000" in hex rendering).
UNREGISTERED_CARD = CardCredential(uid=bytes(4))


CONNECT_OPTIONS = {"retry": CallRetry(max_attempts=1)}  # one request: a check must not wait out retries


async def check_connection(connection: Connection, settings: EgymSettings) -> tuple[bool, str]:
    """EGYM is reachable and accepts the API key: a login with a card no member has must get 404."""
    assert connection.identity is not None
    if settings.flavour == "standalone":
        return await _check_standalone(connection, settings)
    try:
        await connection.identity.login(UNREGISTERED_CARD)
    except NotRegistered:
        return True, (
            f"{settings.base_url} reachable and the API key accepted (a test login with an unregistered card "
            "was answered 404; no member data touched)"
        )
    except CloudError as error:
        return False, await asyncio.to_thread(_explain, error, settings)
    return True, (
        f"{settings.base_url} reachable and the API key accepted (the all-zero test card is registered "
        "to a member at EGYM, which is unusual)"
    )


async def _check_standalone(connection: Connection, settings: EgymSettings) -> tuple[bool, str]:
    client = getattr(connection.identity, "client", None)
    assert isinstance(client, StandaloneClient)
    try:
        partner = await client.partner_info()
    except CloudError as error:
        return False, await asyncio.to_thread(_explain, error, settings)
    try:
        await client.heartbeat()
    except CloudError as error:
        return False, f"the client credentials are accepted, but the machine heartbeat failed: {error.message}"
    return True, (
        f"{settings.base_url} reachable, the client credentials accepted (partner {partner or 'unnamed'}) "
        f"and the heartbeat of machine {settings.serial_number} taken"
    )


def _explain(error: CloudError, settings: EgymSettings) -> str:
    if isinstance(error, AuthExpired):
        if settings.flavour == "standalone":
            return "EGYM refused the client credentials (HTTP 401): check the client id and secret issued for this gym"
        return "EGYM refused the API key (HTTP 401): check the key issued for this gym location"
    if isinstance(error, PermissionDenied):
        return f"the API key may not log members in here (HTTP {error.status}): {error.message}"
    if isinstance(error, Rejected):
        return f"EGYM rejected the test login as invalid: {error.message}; check egym.machine_name and egym.gym_id"
    if isinstance(error, RateLimited):
        return "EGYM is limiting requests for this key right now; try again in a minute"
    if isinstance(error, BadReply):
        return (
            f"{settings.base_url} answered, but not like EGYM ({error.message}): check egym.base_url "
            "(a proxy or captive portal?)"
        )
    if isinstance(error, Transient) and error.status is not None:
        return f"EGYM answered with a server error (HTTP {error.status}); try again later"
    reason = explain_connection_failure(settings.base_url, settings.ca_bundle, settings.timeout_s, "egym")
    if reason is None:
        return f"the request to {settings.base_url} failed ({error.message}) although it accepts connections; try again"
    return f"EGYM not reachable: {reason}"
