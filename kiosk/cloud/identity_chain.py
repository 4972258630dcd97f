"""Several identity providers asked in order: the first that knows the card wins.

A kiosk may log members in through more than one platform (``[station] identity``).
A card one platform does not know (:class:`~kiosk.cloud.errors.NotRegistered`) is
asked of the next; any other failure (offline, refused, rate-limited) stops the
chain, because the member may well belong to that platform and must not be sent to
another one instead. When no platform knows the card, the first platform's answer
is the one the member is told.
"""
from __future__ import annotations

import logging
from typing import Sequence

from hardware.events import Credential
from kiosk.cloud.base import IdentityProvider
from kiosk.cloud.errors import NotRegistered
from kiosk.models import MemberProfile, MemberSession

log = logging.getLogger(__name__)


class IdentityChain:
    """An :class:`IdentityProvider` made of others, asked in order.

    It is named after its first provider: that is the platform members are told
    about when nobody knows their card.
    """

    def __init__(self, providers: Sequence[IdentityProvider]) -> None:
        if not providers:
            raise ValueError("an identity chain needs at least one identity provider")
        names = [provider.name for provider in providers]
        if len(set(names)) != len(names):
            raise ValueError(f"an identity chain asks each platform once, got {', '.join(names)}")
        self._providers = tuple(providers)
        self.name = names[0]

    @property
    def platforms(self) -> tuple[str, ...]:
        """The providers' platform names, in the order they are asked."""
        return tuple(provider.name for provider in self._providers)

    async def login(self, credential: Credential) -> MemberSession:
        """The session from the first provider that knows ``credential``; re-raises the first "not registered"."""
        first_unknown: NotRegistered | None = None
        for provider in self._providers:
            try:
                return await provider.login(credential)
            except NotRegistered as unknown:
                log.info("%s does not know this credential; asking the next platform", provider.name)
                first_unknown = first_unknown or unknown
        assert first_unknown is not None  # every provider was asked and none returned
        raise first_unknown

    async def fetch_profile(self, session: MemberSession) -> MemberProfile:
        """The profile from the provider that logged ``session`` in."""
        for provider in self._providers:
            if provider.name == session.platform:
                return await provider.fetch_profile(session)
        raise ValueError(f"no identity provider in this chain logged in a {session.platform} session")
