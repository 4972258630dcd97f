"""LFopen for the registry: a hub-only destination (its client secret never sits on a kiosk).

Kept light on purpose: the registry imports this module into every kiosk process, so the
client (and authlib under it) is imported inside :func:`connect` only.
"""
from __future__ import annotations

from typing import Any

from kiosk.cloud.lfopen.settings import LfopenSettings, parse_lfopen_settings, secret_if_found
from kiosk.cloud.platform import Connection, Platform


def connect(settings: LfopenSettings, **options: Any) -> Connection:
    """One client behind the destination; ``options`` go to :class:`LfopenClient` (``transport``)."""
    from kiosk.cloud.lfopen.client import LfopenAccountLinks, LfopenClient
    from kiosk.cloud.lfopen.integration import LfopenDestination

    client = LfopenClient(settings, **options)
    return Connection(destination=LfopenDestination(client), linking=LfopenAccountLinks(client), close=client.aclose)


LFOPEN = Platform(
    name="lfopen",
    display_name="LFconnect",
    identity_provider=False,
    destination=True,
    parse_settings=parse_lfopen_settings,
    connect=connect,
    secrets=lambda settings: settings.secrets,
    masked_in_diagnostics=secret_if_found,
    emulation="kiosk.cloud.lfopen.sandbox.emulation:LfopenSandbox",
    kiosk_may_connect=False,
)
