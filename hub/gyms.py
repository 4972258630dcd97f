"""Each gym location's platform connections: who logs its members in, where its measurements go.

Built through the platforms' descriptors (:mod:`kiosk.cloud.registry`), never by naming a
platform: the gym's identity providers form an :class:`~kiosk.cloud.identity_chain.IdentityChain`
in registry order, its destinations receive every measurement its kiosks send.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from hub.config import GymConfig
from kiosk.cloud.base import MeasurementDestination
from kiosk.cloud.identity_chain import IdentityChain
from kiosk.cloud.platform import Connection, Platform
from kiosk.cloud.registry import PLATFORMS


@dataclass
class GymPlatforms:
    """One gym location connected: its identity chain (None if no platform logs members in) and destinations."""

    name: str
    identity: IdentityChain | None
    destinations: dict[str, MeasurementDestination]
    connections: list[Connection] = field(default_factory=list)

    async def close(self) -> None:
        for connection in self.connections:
            await connection.close()


def connect_gym(gym: GymConfig, platforms: Sequence[Platform] = PLATFORMS,
                options: Mapping[str, Mapping[str, Any]] | None = None) -> GymPlatforms:
    """Connect every platform configured for ``gym``; ``options`` go to each platform's ``connect`` by name."""
    connections, identities, destinations = [], [], {}
    for platform in platforms:
        if platform.name not in gym.platforms:
            continue
        connection = platform.connect(gym.platforms[platform.name], **dict((options or {}).get(platform.name, {})))
        connections.append(connection)
        if connection.identity is not None:
            identities.append(connection.identity)
        if connection.destination is not None:
            destinations[platform.name] = connection.destination
    return GymPlatforms(name=gym.name, identity=IdentityChain(identities) if identities else None,
                        destinations=destinations, connections=connections)
