"""EGYM as identity provider and measurement destination for the kiosk.

This coordinator owns the member's tokens: it logs in, keeps the access and
refresh tokens in the :class:`MemberSession`, and when a token has expired (or
EGYM answers 401) it re-authenticates and repeats the call once.
"""
from __future__ import annotations

import asyncio
import logging
import time
from typing import Awaitable, Callable, TypeVar

from hardware.events import Credential
from kiosk.cloud.base import DeliveryPolicy
from kiosk.cloud.egym.client import EgymClient
from kiosk.cloud.egym.policy import DELIVERY_POLICY
from kiosk.cloud.egym.replies import PLATFORM, TokenGrant
from kiosk.cloud.egym.settings import EgymSettings
from kiosk.cloud.errors import AuthExpired, NotRegistered, Rejected
from kiosk.models import Measurement, MemberProfile, MemberSession

log = logging.getLogger(__name__)

T = TypeVar("T")


def _now_ms() -> int:
    return int(time.time() * 1000)


class EgymIntegration:
    """Implements :class:`IdentityProvider` and :class:`MeasurementDestination` for EGYM.

    Re-authentication uses the refresh token when EGYM issued one and falls back to
    logging in again with the credential the member tapped. A session without a token
    (:meth:`MemberSession.credential_only`: a member another platform logged in, or one
    restored after a restart) counts as expired, so EGYM logs the member in from the
    credential before the first call. If neither works (the
    login is refused, not found or rejected) the call raises :class:`AuthExpired`,
    which the outbox records as needing re-auth; the measurement is never discarded
    because of a failed login.
    A token counts as expired once it would lapse within one request timeout
    (``settings.timeout_s``), so it is never sent to die in flight.
    """

    name = PLATFORM
    delivery_policy: DeliveryPolicy = DELIVERY_POLICY

    def __init__(self, client: EgymClient, settings: EgymSettings, clock_ms: Callable[[], int] = _now_ms) -> None:
        self._client = client
        self._expiry_margin_ms = int(settings.timeout_s * 1000)
        self._clock_ms = clock_ms
        self._reauth_lock = asyncio.Lock()

    @property
    def client(self) -> EgymClient:
        """The HTTP client, for calls outside a member's visit (the checks, the standalone heartbeat)."""
        return self._client

    async def login(self, credential: Credential) -> MemberSession:
        """Exchange a tapped card or wallet pass for a session."""
        grant = await self._client.login(credential)
        return MemberSession(
            platform=self.name,
            credential=credential,
            access_token=grant.access_token,
            expires_at_ms=grant.expires_at_ms,
            refresh_token=grant.refresh_token,
        )

    async def fetch_profile(self, session: MemberSession) -> MemberProfile:
        """The member's profile; also records their EGYM user id in the session."""
        profile = await self.with_valid_token(session, self._client.fetch_profile)
        session.user_id = profile.user_id
        return profile

    async def submit(self, measurement: Measurement, session: MemberSession) -> None:
        """Deliver a measurement, re-authenticating once if the token is stale."""

        async def post(access_token: str) -> None:
            await self._client.submit_measurement(measurement, access_token)

        await self.with_valid_token(session, post)
        log.info("EGYM stored a %s measurement", measurement.kind)

    async def reauthenticate(self, session: MemberSession) -> None:
        """Get a fresh access token for ``session`` and update it in place."""
        stale_token = session.access_token
        async with self._reauth_lock:
            if session.access_token != stale_token and not self._expired(session):
                return  # another caller already renewed this session while we waited
            grant = await self._renewed_grant(session)
            session.access_token = grant.access_token
            session.expires_at_ms = grant.expires_at_ms
            if grant.refresh_token:
                session.refresh_token = grant.refresh_token

    def _expired(self, session: MemberSession) -> bool:
        return session.expired(self._clock_ms(), margin_ms=self._expiry_margin_ms)

    async def with_valid_token(self, session: MemberSession, call: Callable[[str], Awaitable[T]]) -> T:
        """``call(access_token)``, logging the member in again first if the token lapsed, or once after a 401."""
        if self._expired(session):
            log.info("EGYM access token expired; re-authenticating before the call")
            await self.reauthenticate(session)
            return await call(session.access_token)
        try:
            return await call(session.access_token)
        except AuthExpired:
            log.info("EGYM refused the access token; re-authenticating and trying once more")
        await self.reauthenticate(session)
        return await call(session.access_token)

    async def _renewed_grant(self, session: MemberSession) -> TokenGrant:
        if session.refresh_token:
            try:
                return await self._client.refresh(session.refresh_token)
            except (AuthExpired, NotRegistered, Rejected):
                log.info("EGYM refused the refresh token; logging in again with the member's credential")
                session.refresh_token = None
        try:
            return await self._client.login(session.credential)
        except (AuthExpired, NotRegistered, Rejected) as exc:
            # The measurement itself is fine; only the login failed, so it must not be discarded.
            raise AuthExpired(PLATFORM, "the member could not be logged in again; needs re-authentication", exc.status) from None
