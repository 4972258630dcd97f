"""Each gym location's platform connections: who logs its members in, where its measurements go.

Built by :func:`hub.composition.connect_gym` through the platforms' descriptors, never by
naming a platform.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.cloud.base import LinksAccounts, MeasurementDestination
from kiosk.cloud.identity_chain import IdentityChain
from kiosk.cloud.platform import Connection


@dataclass
class GymPlatforms:
    """One gym location connected: its identity chain (None if no platform logs members in) and destinations."""

    name: str
    identity: IdentityChain | None
    destinations: dict[str, MeasurementDestination]
    connections: list[Connection] = field(default_factory=list)
    linking: dict[str, LinksAccounts] = field(default_factory=dict)  # platforms members link their accounts with

    async def close(self) -> None:
        for connection in self.connections:
            await connection.close()

