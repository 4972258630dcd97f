"""Fictional demo members of the PerfectGym emulation, one per ValidateMemberVisit outcome.

Cards are upper-case hex UIDs (``card_format = "hex"``). The first card is also an EGYM demo
card; the others exist at PerfectGym only, so a gym whose cards are PerfectGym's still greets them.
"""
from __future__ import annotations

from dataclasses import dataclass

DEMO_CLIENT_ID = "demo-kiosk-client"
DEMO_CLIENT_SECRET = "pg-demo-secret-not-real"
DEMO_CLUB_ID = 7
PAGE_SIZE = 2  # small, so that every lookup past the first cards follows @odata.nextLink


@dataclass(frozen=True)
class PgMember:
    """One member with one card and the refusal flag set for them (None: may enter)."""

    member_id: int
    first_name: str
    last_name: str
    card_number: str
    refusal_flag: str | None = None


DEMO_PG_MEMBERS: tuple[PgMember, ...] = (
    PgMember(1001, "Paula", "Gomez", "04A1B2C3D4E5F6"),
    PgMember(1002, "Jonas", "Frost", "04F1E2D3C4B5A6", "memberIsFrozen"),
    PgMember(1003, "Nadia", "Ohne", "04112233445566", "memberHasNoActiveContract"),
    PgMember(1004, "Boris", "Block", "04223344556677", "memberIsBlocked"),
    PgMember(1005, "Olga", "Late", "04334455667788", "outOfHours"),
    PgMember(1006, "Otto", "Other", "04445566778899", "visitLimitExceeded"),
)
