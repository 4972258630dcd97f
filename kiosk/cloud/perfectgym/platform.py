"""PerfectGym for the registry: a hub-side identity provider (its client secret never sits on a kiosk)."""
from __future__ import annotations

from typing import Any

from kiosk.cloud.perfectgym.client import PLATFORM, PerfectGymClient
from kiosk.cloud.perfectgym.integration import PerfectGymIdentity
from kiosk.cloud.perfectgym.settings import PerfectGymSettings, parse_perfectgym_settings, secret_if_found
from kiosk.cloud.platform import Connection, Platform


def connect(settings: PerfectGymSettings, **options: Any) -> Connection:
    """One client behind the identity provider; ``options`` go to :class:`PerfectGymClient` (``transport``)."""
    client = PerfectGymClient(settings, **options)
    return Connection(identity=PerfectGymIdentity(client, settings), close=client.aclose)


PERFECTGYM = Platform(
    name=PLATFORM,
    display_name="PerfectGym",
    identity_provider=True,
    destination=False,
    parse_settings=parse_perfectgym_settings,
    connect=connect,
    secrets=lambda settings: settings.secrets,
    masked_in_diagnostics=secret_if_found,
    emulation="kiosk.cloud.perfectgym.sandbox.emulation:PerfectGymSandbox",
    kiosk_may_connect=False,
)
