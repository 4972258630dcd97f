"""The hub for the registry: its settings, client and integration, checks and setup part."""
from __future__ import annotations

from typing import Any

from kiosk.cloud.hub.check import check_connection
from kiosk.cloud.hub.client import HubClient
from kiosk.cloud.hub.errors import PLATFORM
from kiosk.cloud.hub.integration import HubIntegration
from kiosk.cloud.hub.linking import HubAccountLinking
from kiosk.cloud.hub.settings import HubSettings, credential_if_found, credential_source, parse_hub_settings
from kiosk.cloud.hub.setup import SETUP
from kiosk.cloud.platform import Connection, Platform, PlatformChecks


def connect(settings: HubSettings, **options: Any) -> Connection:
    """One client behind the hub's identity provider, destination and heartbeat.

    ``options`` go to :class:`HubClient` (``transport``).
    """
    client = HubClient(settings, **options)
    integration = HubIntegration(client)
    return Connection(identity=integration, destination=integration, close=client.aclose, heartbeat=client.heartbeat,
                      account_linking=HubAccountLinking(client))


HUB = Platform(
    name=PLATFORM,
    display_name="Hub",
    identity_provider=True,
    destination=True,
    parse_settings=parse_hub_settings,
    connect=connect,
    secrets=lambda settings: (settings.credential,),
    masked_in_diagnostics=credential_if_found,
    checks=PlatformChecks(
        secret_item="device credential", check_secret=credential_source,
        connection_item="hub", check_connection=check_connection,
    ),
    setup=SETUP,
    hub_may_connect=False,  # a kiosk's way to its hub, never a hub's way to another
)
