"""EGYM for the registry: its settings, client (server or standalone flavour) and integration, checks, setup part and sandbox emulation."""
from __future__ import annotations

from typing import Any, Mapping

from kiosk.cloud.egym.check import CONNECT_OPTIONS, check_connection
from kiosk.cloud.egym.client import EgymClient
from kiosk.cloud.egym.integration import EgymIntegration
from kiosk.cloud.egym.replies import PLATFORM
from kiosk.cloud.egym.settings import EgymSettings, api_key_if_found, api_key_source, parse_egym_settings
from kiosk.cloud.egym.setup import SETUP
from kiosk.cloud.egym.standalone.client import StandaloneClient
from kiosk.cloud.egym.standalone.heartbeat import Heartbeat as MachineHeartbeat
from kiosk.cloud.egym.standalone.services import StandaloneServices
from kiosk.cloud.platform import Connection, Platform, PlatformChecks


def connect(settings: EgymSettings, **options: Any) -> Connection:
    """One client (its connection pool and rate budget) behind EGYM's identity provider and destination.

    The standalone flavour also beats EGYM's machine heartbeat on the kiosk's heartbeat schedule
    (every minute, members or not); the kiosk's health report it is handed is not EGYM's business.
    It also offers the member's terms, points, history and card linking (:class:`StandaloneServices`).

    ``options`` go to :class:`EgymClient` (``transport``, ``retry``, ``sleep``).
    """
    if settings.flavour != "standalone":
        client = EgymClient(settings, **options)
        integration = EgymIntegration(client, settings)
        return Connection(identity=integration, destination=integration, close=client.aclose)
    standalone = StandaloneClient(settings, **options)
    integration = EgymIntegration(standalone, settings)
    machine = MachineHeartbeat(standalone.heartbeat)

    async def machine_heartbeat(_report: Mapping[str, Any]) -> None:
        await machine.beat_once()  # a failure is recorded and logged when it starts and ends, never raised

    return Connection(identity=integration, destination=integration, close=standalone.aclose,
                      heartbeat=machine_heartbeat, services=StandaloneServices(integration, standalone, settings))


EGYM = Platform(
    name=PLATFORM,
    display_name="EGYM",
    identity_provider=True,
    destination=True,
    parse_settings=parse_egym_settings,
    connect=connect,
    secrets=lambda settings: settings.secrets,
    masked_in_diagnostics=api_key_if_found,
    checks=PlatformChecks(
        secret_item="API key", check_secret=api_key_source,
        connection_item="EGYM cloud", check_connection=check_connection, connect_options=CONNECT_OPTIONS,
    ),
    setup=SETUP,
    emulation="kiosk.cloud.egym.sandbox.emulation:EgymSandbox",
)
