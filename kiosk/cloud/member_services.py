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
