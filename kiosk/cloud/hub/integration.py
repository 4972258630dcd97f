"""The hub as the kiosk's identity provider and its one measurement destination.

A tap is one request (``POST /api/v1/login``): the hub answers with its session handle, the
profile and the member's linked platforms. A result is accepted once the hub has stored it
(202); the hub then delivers it to EGYM (and later others), and :meth:`HubIntegration.follow`
reports those states while the member is still at the screen.
"""
from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from typing import Awaitable, Callable, TypeVar

from hardware.events import Credential
from kiosk.cloud.base import DeliveryPolicy, DownstreamStatus
from kiosk.cloud.errors import CloudError, Rejected
from kiosk.cloud.hub.client import HubClient
from kiosk.cloud.hub.errors import PLATFORM, DeviceRefused
from kiosk.cloud.hub.replies import StatusDocument
from kiosk.cloud.hub.wire import LoginReply
from kiosk.models import Measurement, MemberProfile, MemberSession

log = logging.getLogger(__name__)

T = TypeVar("T")

FOLLOW_WAIT_S = 25  # one long-poll
FOLLOW_RETRY_S = 2.0  # after a failed long-poll
_LOGINS_KEPT = 16  # logins whose profile is not fetched yet (a member's data is let go of once fetched)


class HubIntegration:
    """Implements :class:`IdentityProvider`, :class:`MeasurementDestination` and :class:`ReportsDownstream`."""

    name = PLATFORM
    delivery_policy: DeliveryPolicy = DeliveryPolicy()  # no age limit of its own: the hub applies EGYM's

    def __init__(self, client: HubClient, clock_ms: Callable[[], int] = lambda: int(time.time() * 1000)) -> None:
        self._client = client
        self._clock_ms = clock_ms
        self._logins: OrderedDict[str, LoginReply] = OrderedDict()
        self.refusal: DeviceRefused | None = None  # why the hub last refused this kiosk, until it accepts it again

    async def login(self, credential: Credential) -> MemberSession:
        """The hub's session for what the member tapped (404 member_unknown: :class:`NotRegistered`)."""
        login = await self._noting_refusal(self._client.login(credential))
        self._logins[login.session] = login
        while len(self._logins) > _LOGINS_KEPT:
            self._logins.popitem(last=False)
        return MemberSession(platform=self.name, credential=credential, access_token=login.session,
                             expires_at_ms=self._clock_ms() + login.expires_in * 1000,
                             linked_platforms=login.linked_platforms)

    async def fetch_profile(self, session: MemberSession) -> MemberProfile:
        """The profile the login answered with (logging in again if it is no longer at hand)."""
        login = self._logins.pop(session.access_token, None)
        if login is None:
            await self._log_in_again(session)
            login = self._logins.pop(session.access_token)
        session.user_id = login.member.user_id
        return login.member

    async def submit(self, measurement: Measurement, session: MemberSession) -> None:
        """Hand the result to the hub; returns once the hub has stored it (202 accepted).

        The session handle may be empty or lapsed (a restored queue): the hub logs the member in
        from the credential when it delivers, so nothing here logs them in first.
        """
        await self._noting_refusal(self._client.submit(measurement, session.access_token, session.credential))
        log.info("the hub accepted a %s measurement", measurement.kind)

    async def follow(self, unique_id: str, on_change: Callable[[tuple[DownstreamStatus, ...]], None]) -> None:
        """Report the states behind the hub as they change, until all are final (long-polls)."""
        version: int | None = None
        while True:
            try:
                document: StatusDocument = await self._client.status(
                    unique_id, wait_s=FOLLOW_WAIT_S if version is not None else 0, after=version)
            except Rejected:  # the hub does not have it (any more): nothing to follow
                log.info("the hub has no states for this measurement")
                return
            except CloudError as error:
                log.info("could not ask the hub how a measurement stands (%s); asking again", type(error).__name__)
                await asyncio.sleep(FOLLOW_RETRY_S)
                continue
            if document.version != version:
                version = document.version
                on_change(document.destinations)
            if document.final:
                return

    async def _log_in_again(self, session: MemberSession) -> None:
        fresh = await self.login(session.credential)
        session.access_token, session.expires_at_ms = fresh.access_token, fresh.expires_at_ms
        session.linked_platforms = fresh.linked_platforms

    async def _noting_refusal(self, call: Awaitable[T]) -> T:
        """Await ``call``; remember a refusal of this kiosk (for the installer), and forget it once accepted."""
        try:
            result = await call
        except DeviceRefused as refused:
            if self.refusal is None or self.refusal.code != refused.code:
                log.error("the hub refuses this kiosk (%s): %s", refused.code, refused.message)
            self.refusal = refused
            raise
        self.refusal = None
        return result

    async def probe(self) -> None:
        """One request that changes nothing: raises :class:`DeviceRefused` when the hub does not accept this kiosk."""
        await self._noting_refusal(self._client.recent(limit=1))

    async def states(self, unique_id: str) -> tuple[DownstreamStatus, ...]:
        """Where ``unique_id`` stands at each platform behind the hub."""
        return (await self._noting_refusal(self._client.status(unique_id))).destinations

    async def recent(self, limit: int) -> dict[str, tuple[DownstreamStatus, ...]]:
        """This kiosk's most recent results at the hub, for trainer mode."""
        documents = await self._noting_refusal(self._client.recent(limit))
        return {document.unique_id: document.destinations for document in documents}

    async def resend(self, unique_id: str, platform: str) -> tuple[DownstreamStatus, ...]:
        """A trainer's resend of a refused delivery: the hub tries ``platform`` again."""
        return (await self._noting_refusal(self._client.resend(unique_id, platform))).destinations

    async def discard(self, unique_id: str, platform: str, reason: str) -> tuple[DownstreamStatus, ...]:
        """A trainer's discard: the hub never sends it to ``platform``."""
        return (await self._noting_refusal(self._client.discard(unique_id, platform, reason))).destinations
