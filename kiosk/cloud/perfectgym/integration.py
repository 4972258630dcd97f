"""PerfectGym as an identity provider: a tapped card becomes a greeted member whose membership was checked.

A refused member either stops at login (:class:`MembershipRefused`, carrying the reason) or,
where the gym lets refused members measure (``measure_when_refused``), is logged in with the
reason kept in :attr:`PerfectGymIdentity.refusals` for the caller to tell them.
"""
from __future__ import annotations

import time

from hardware.events import CardCredential, Credential
from kiosk.cloud.errors import MembershipRefused, NotRegistered
from kiosk.cloud.perfectgym.client import PLATFORM, PerfectGymClient
from kiosk.cloud.perfectgym.membership import MembershipCheck
from kiosk.cloud.perfectgym.settings import PerfectGymSettings
from kiosk.logsafety import register_name
from kiosk.models import MemberProfile, MemberSession

SESSION_S = 3600  # no token: the session only remembers whom the card belongs to


def card_number(credential: CardCredential, card_format: str) -> str:
    """The card's number as the club enrolled it: upper-case hex of the UID, or its decimal value."""
    if card_format == "decimal":
        return str(int.from_bytes(credential.uid, "big"))
    return credential.uid.hex().upper()


class PerfectGymIdentity:
    """Logs members in by card at one club and checks (and optionally registers) their visit."""

    name = PLATFORM

    def __init__(self, client: PerfectGymClient, settings: PerfectGymSettings) -> None:
        self._client = client
        self._settings = settings
        self._members: dict[str, dict] = {}
        self.refusals: dict[str, MembershipCheck] = {}

    async def login(self, credential: Credential) -> MemberSession:
        """Find the card's member, check the visit, register it when the gym wants; raises :mod:`kiosk.cloud.errors`."""
        language = self._settings.language
        if not isinstance(credential, CardCredential):
            raise NotRegistered(PLATFORM, "PerfectGym knows cards only, not wallet passes")
        card = await self._client.find_card(card_number(credential, self._settings.card_format), language)
        member_id = int(card["memberId"])
        check = await self._client.validate_visit(member_id, language)
        if not check.can_enter and check.reason is not None:
            if not self._settings.measure_when_refused:
                raise MembershipRefused(PLATFORM, check.reason.value)
            self.refusals[str(member_id)] = check
        elif self._settings.register_visits:
            await self._client.register_visit(member_id, language)
        self._members[str(member_id)] = card["member"]
        return MemberSession(platform=PLATFORM, credential=credential, access_token="",
                             expires_at_ms=int(time.time() * 1000) + SESSION_S * 1000, user_id=str(member_id))

    async def fetch_profile(self, session: MemberSession) -> MemberProfile:
        """The greeting's name from the expanded ``member`` of the card lookup."""
        member = self._members.get(session.user_id or "", {})
        first, last = str(member.get("firstName") or ""), str(member.get("lastName") or "")
        register_name(first, last)
        refusal = self.refusals.get(session.user_id or "")
        return MemberProfile(user_id=session.user_id or "", first_name=first, last_name=last,
                             membership_refusal=refusal.reason.value if refusal and refusal.reason else None)
