"""Boditrax for the registry: a hub-only destination (its client secret never sits on a kiosk).

Kept light on purpose: the registry imports this module into every kiosk process, so the
client is imported inside :func:`connect` only.
"""
from __future__ import annotations

from typing import Any

from kiosk.cloud.boditrax.settings import BoditraxSettings, parse_boditrax_settings, secret_if_found
from kiosk.cloud.platform import Connection, Platform


def connect(settings: BoditraxSettings, **options: Any) -> Connection:
    """One client behind the destination and the login handler; ``options`` go to :class:`BoditraxClient`."""
    from kiosk.cloud.boditrax.client import BoditraxClient
    from kiosk.cloud.boditrax.integration import BoditraxDestination
    from kiosk.cloud.boditrax.linking import BoditraxAccountLinks

    client = BoditraxClient(settings, **options)
    return Connection(destination=BoditraxDestination(client), linking=BoditraxAccountLinks(client),
                      close=client.aclose)


BODITRAX = Platform(
    name="boditrax",
    display_name="Boditrax",
    identity_provider=False,
    destination=True,
    parse_settings=parse_boditrax_settings,
    connect=connect,
    secrets=lambda settings: settings.secrets,
    masked_in_diagnostics=secret_if_found,
    emulation="kiosk.cloud.boditrax.sandbox.emulation:BoditraxSandbox",
    kiosk_may_connect=False,
)
