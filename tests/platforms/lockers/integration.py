"""Lockers as an identity provider and a destination: it logs members in by card and takes their results."""
from __future__ import annotations

from dataclasses import dataclass, field

from hardware.events import CardCredential
from kiosk.cloud.base import DeliveryPolicy
from kiosk.cloud.errors import AuthExpired, NotRegistered
from kiosk.models import Measurement, MemberProfile, MemberSession
from tests.platforms.lockers.client import NAME, LockersClient


@dataclass
class LockersIntegration:
    client: LockersClient
    name: str = NAME
    delivery_policy: DeliveryPolicy = field(default_factory=lambda: DeliveryPolicy(max_age_s=86_400.0))

    async def login(self, credential) -> MemberSession:
        if not isinstance(credential, CardCredential):
            raise NotRegistered(NAME, "Lockers knows cards only", 404)
        token, expires_at_ms, member = await self.client.login(credential.uid.hex().upper())
        return MemberSession(platform=NAME, credential=credential, access_token=token, expires_at_ms=expires_at_ms,
                             user_id=member)

    async def fetch_profile(self, session: MemberSession) -> MemberProfile:
        return MemberProfile(user_id=session.user_id or "", first_name="Locker")

    async def submit(self, measurement: Measurement, session: MemberSession) -> None:
        """Deliver; a session without a Lockers token (or an expired one) logs the member in from the card first."""
        if session.platform != NAME or not session.access_token or session.expired():
            await self._log_in_again(session)
        body = {"id": measurement.unique_id, "kind": measurement.kind, "values": measurement.values}
        try:
            await self.client.submit(session.access_token, body)
        except AuthExpired:
            await self._log_in_again(session)
            await self.client.submit(session.access_token, body)

    async def _log_in_again(self, session: MemberSession) -> None:
        fresh = await self.login(session.credential)
        session.platform, session.access_token = fresh.platform, fresh.access_token
        session.expires_at_ms, session.refresh_token, session.user_id = fresh.expires_at_ms, None, fresh.user_id
