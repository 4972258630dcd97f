"""What a platform offers a logged-in member beyond the greeting: its terms, standing, history and card linking.

EGYM's standalone flavour has all of these; a platform that has none simply offers no
:class:`MemberServices`. The flow asks the services of the platform that logged the member in
(``MemberSession.platform``), and shows what they return as plain text: nothing a platform
sends is ever rendered as markup.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol, Sequence

from hardware.events import CardCredential
from kiosk.models import MemberSession


@dataclass(frozen=True)
class TermsParagraph:
    """One block of a platform's terms and conditions, as text: a heading or a paragraph."""

    text: str
    heading: bool = False


@dataclass(frozen=True)
class Standing:
    """The member's points today and activity level, where the platform keeps them (None: not available)."""

    points_today: int | None = None
    level: str | None = None
    points_to_next_level: int | None = None


@dataclass(frozen=True)
class HeartRateZone:
    """One of the member's own heart-rate zones: its name at the platform and its top (bpm, inclusive)."""

    name: str
    max_bpm: int


@dataclass(frozen=True)
class TrainingToday:
    """What a linked training platform plans for the member today, and their heart-rate zones (low to high)."""

    platform: str
    plan_title: str = ""  # "" when nothing is planned today
    plan_minutes: int | None = None
    zones: tuple[HeartRateZone, ...] = ()

    def zone_of(self, bpm: float) -> int | None:
        """The index of the zone ``bpm`` falls in (the last one above every top), or None without zones."""
        if not self.zones:
            return None
        return next((index for index, zone in enumerate(self.zones) if bpm <= zone.max_bpm), len(self.zones) - 1)


@dataclass(frozen=True)
class PastResult:
    """One earlier result of the member: when, and its values (the kiosk's field names)."""

    timestamp_ms: int
    values: dict[str, float] = field(repr=False)


class CardLinkOutcome(str, Enum):
    """What linking a tapped card to the member came to."""

    LINKED = "linked"
    ALREADY_YOURS = "already yours"
    REFUSED_OTHER_MEMBER = "belongs to another member"


class MemberServices(Protocol):
    """A platform's services for the member it logged in. Every call raises :mod:`kiosk.cloud.errors` types."""

    name: str

    async def terms(self, session: MemberSession, locale: str) -> tuple[TermsParagraph, ...]:
        """The terms the member is asked to accept, in ``locale`` (``de_DE``), as text."""
        ...

    async def accept_terms(self, session: MemberSession, locale: str) -> None:
        """Record that the member accepted the terms shown in ``locale``."""
        ...

    async def standing(self, session: MemberSession) -> Standing:
        """Points today and activity level, as far as the platform tells them."""
        ...

    async def history(self, session: MemberSession, kind: str) -> Sequence[PastResult]:
        """The member's earlier results of ``kind`` at the platform (from any machine), oldest first."""
        ...

    async def link_card(self, session: MemberSession, card: CardCredential) -> CardLinkOutcome:
        """Link ``card`` to the member, unless it is known to belong to someone else."""
        ...


@dataclass(frozen=True)
class LinkOffer:
    """A link the member's phone can open: the page's URL (for the QR code) and the code the page shows too."""

    link_id: str
    url: str = field(repr=False)
    match_code: str = field(repr=False)
    expires_in_s: int = 300


class AccountLinking(Protocol):
    """Linking the member's accounts at other platforms through a QR code (the hub runs it). Raises
    :mod:`kiosk.cloud.errors` types."""

    name: str

    async def accounts(self, session: MemberSession) -> dict[str, str]:
        """Each platform the member may link: ``linked``, ``needs-reconnect`` or ``not-linked``."""
        ...

    async def start_link(self, session: MemberSession, platform: str, member_name: str) -> LinkOffer:
        ...

    async def link_status(self, link_id: str) -> str:
        """``waiting``, ``confirmed``, ``exchanging``, ``linked``, ``denied``, ``failed`` or ``expired``."""
        ...

    async def unlink(self, session: MemberSession, platform: str) -> None:
        ...

    async def training_today(self, session: MemberSession) -> TrainingToday | None:
        """Today's plan and heart-rate zones at a training platform the member linked (enduco), or None."""
        ...
