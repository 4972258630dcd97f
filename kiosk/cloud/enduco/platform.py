"""enduco for the registry: a hub-side destination members link their account with (a QR code at the kiosk).

Its client (httpx, authlib's PKCE helpers at the hub, Garmin's FIT SDK) is imported only when a hub
connects it: every kiosk process imports the registry, and none of them talks to enduco.
"""
from __future__ import annotations

from typing import Any

from kiosk.cloud.enduco.settings import PLATFORM, EnducoSettings, parse_enduco_settings, secret_if_found
from kiosk.cloud.platform import Connection, Platform


def connect(settings: EnducoSettings, **options: Any) -> Connection:
    """The client (which also links accounts) behind the destination; ``options`` go to :class:`EnducoClient`."""
    from kiosk.cloud.enduco.client import EnducoClient
    from kiosk.cloud.enduco.integration import EnducoDestination

    client = EnducoClient(settings, **options)
    return Connection(destination=EnducoDestination(client), linking=client, close=client.aclose)


ENDUCO = Platform(
    name=PLATFORM,
    display_name="enduco",
    identity_provider=False,
    destination=True,
    parse_settings=parse_enduco_settings,
    connect=connect,
    secrets=lambda settings: settings.secrets,
    masked_in_diagnostics=secret_if_found,
    emulation="kiosk.cloud.enduco.sandbox.emulation:EnducoSandbox",
    kiosk_may_connect=False,
)
