"""A member's session at a platform they linked (enduco): the linked account's tokens, kept up to date.

The delivery worker asks here for the session of a destination members link their accounts with.
The member is found by the key :mod:`hub.linking` files links under; a stored result whose login the
hub no longer holds logs the member in again through the gym's identity chain to learn it. Tokens a
destination refreshed are sealed back; a refresh the platform refused marks the link
``needs-reconnect``, which the member sees at their next tap.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Callable, Mapping

from sqlalchemy.engine import Engine

from hub.gyms import GymPlatforms
from hub.linking.service import key_of, known_member_key
from hub.store.links import linked_account, update_linked_account
from hub.store.sealing import Sealer
from kiosk.cloud.base import OffersTrainingToday
from kiosk.cloud.errors import CloudError, RateLimited, Transient
from kiosk.cloud.member_services import TrainingToday
from kiosk.cloud.hub.wire import credential_from_json
from kiosk.models import MemberSession

log = logging.getLogger(__name__)


class LinkedSessions:
    def __init__(self, engine: Engine, sealer: Sealer, clock_ms: Callable[[], int]) -> None:
        self._engine, self._sealer, self._clock_ms = engine, sealer, clock_ms
        self._locks: dict[tuple[str, str, str], asyncio.Lock] = {}

    async def member_key(self, gym: GymPlatforms, document: Mapping[str, Any]) -> str | None:
        """The key the member's links are filed under, or None when no platform tells who they are."""
        return known_member_key(document) or await self._key_by_login(gym, document)

    def one_at_a_time(self, gym: str, key: str, platform: str) -> asyncio.Lock:
        """Held while a delivery uses (and may refresh) the member's tokens at ``platform``: a refresh rotates the
        refresh token, so a second delivery loading the old one at the same moment would find it refused."""
        lock = self._locks.get((gym, key, platform))
        if lock is None:
            lock = self._locks[(gym, key, platform)] = asyncio.Lock()
        return lock

    async def session(self, gym: GymPlatforms, document: Mapping[str, Any], platform: str,
                      key: str | None = None) -> tuple[MemberSession, str] | None:
        """The member's session at ``platform`` and their key, or None when they have not (or no longer) linked it."""
        key = key or await self.member_key(gym, document)
        if key is None:
            return None
        found = await asyncio.to_thread(linked_account, self._engine, gym.name, key, platform)
        if found is None or found[1] != "linked":
            return None
        tokens = self._sealer.open(found[0])
        credential = credential_from_json(document["credential"])
        return MemberSession(platform=platform, credential=credential, access_token=tokens["access_token"],
                             expires_at_ms=tokens.get("expires_at_ms") or 0, refresh_token=tokens.get("refresh_token")), key

    async def keep(self, gym: str, key: str, session: MemberSession) -> None:
        """Seal the session's (maybe refreshed) tokens back into the linked account."""
        sealed = self._sealer.seal({"access_token": session.access_token, "refresh_token": session.refresh_token,
                                    "expires_at_ms": session.expires_at_ms})
        await asyncio.to_thread(update_linked_account, self._engine, gym, key, session.platform,
                                now_ms=self._clock_ms(), tokens=sealed, expires_ms=session.expires_at_ms)

    async def needs_reconnect(self, gym: str, key: str, platform: str) -> None:
        await asyncio.to_thread(update_linked_account, self._engine, gym, key, platform, now_ms=self._clock_ms(),
                                status="needs-reconnect")
        log.info("the member's %s link needs reconnecting", platform)

    async def _key_by_login(self, gym: GymPlatforms, document: Mapping[str, Any]) -> str | None:
        """The key from logging the member in again; None when no platform knows them. A failure that may pass
        (unreachable, rate-limited, an unreadable reply) is raised, for the delivery to be tried again."""
        if gym.identity is None:
            return None
        try:
            session = await gym.identity.login(credential_from_json(document["credential"]))
            profile = await gym.identity.fetch_profile(session)
        except (Transient, RateLimited):
            raise
        except CloudError as error:
            log.info("the member could not be logged in to find their linked accounts (%s)", type(error).__name__)
            return None
        return key_of(session.platform, profile.user_id)


async def training_today(linked: LinkedSessions, gym: GymPlatforms, document: Mapping[str, Any]) -> TrainingToday | None:
    """Today's plan and heart-rate zones from the first platform that offers them and the member linked; None
    when there is none, or it cannot be read now (the kiosk then simply shows nothing of it)."""
    for platform, destination in gym.destinations.items():
        if platform not in gym.linking or not isinstance(destination, OffersTrainingToday):
            continue
        try:
            key = await linked.member_key(gym, document)
            if key is None:
                return None
            async with linked.one_at_a_time(gym.name, key, platform):
                found = await linked.session(gym, document, platform, key)
                if found is None:
                    continue
                session = found[0]
                tokens = (session.access_token, session.refresh_token)
                try:
                    return await destination.training_today(session)
                finally:
                    if (session.access_token, session.refresh_token) != tokens:
                        await linked.keep(gym.name, key, session)
        except CloudError as error:
            log.info("the member's training at %s could not be read (%s)", platform, type(error).__name__)
    return None
