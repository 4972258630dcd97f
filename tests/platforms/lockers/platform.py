"""Lockers for the registry: the descriptor a registry line would name."""
from __future__ import annotations

from typing import Any

from kiosk.cloud.platform import Connection, Platform
from tests.platforms.lockers.client import NAME, LockersClient
from tests.platforms.lockers.integration import LockersIntegration
from tests.platforms.lockers.settings import LockersSettings, parse_lockers_settings


def connect(settings: LockersSettings, **options: Any) -> Connection:
    client = LockersClient(settings, **options)
    integration = LockersIntegration(client)
    return Connection(identity=integration, destination=integration, close=client.aclose)


LOCKERS = Platform(
    name=NAME,
    display_name="Lockers",
    identity_provider=True,
    destination=True,
    parse_settings=parse_lockers_settings,
    connect=connect,
    secrets=lambda settings: (settings.api_key,),
    emulation="tests.platforms.lockers.sandbox:LockersSandbox",
)
