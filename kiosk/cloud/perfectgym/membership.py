"""ValidateMemberVisit's answer in member terms: may they enter, and if not, why.

PerfectGym calls ``canEnter`` "suggestive", so the kiosk reads the ``details`` flags itself
and names the first reason a member understands; the order is most to least specific.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any, Mapping



class RefusalReason(str, Enum):
    """Why a member may not enter today, in words the kiosk translates (never PerfectGym's own text)."""

    FROZEN = "frozen"
    NO_ACTIVE_CONTRACT = "no-active-contract"
    BLOCKED = "blocked"
    OUT_OF_HOURS = "out-of-hours"
    OTHER = "other"


_FLAGS: tuple[tuple[str, RefusalReason], ...] = (
    ("memberIsBlocked", RefusalReason.BLOCKED),
    ("memberIsFrozen", RefusalReason.FROZEN),
    ("memberHasNoActiveContract", RefusalReason.NO_ACTIVE_CONTRACT),
    ("memberIsInactiveOrDeleted", RefusalReason.NO_ACTIVE_CONTRACT),
    ("outOfHours", RefusalReason.OUT_OF_HOURS),
    ("clubNotAvailable", RefusalReason.OUT_OF_HOURS),
)


@dataclass(frozen=True)
class MembershipCheck:
    """The club's answer for one member: ``reason`` is None when they may enter."""

    can_enter: bool
    reason: RefusalReason | None = None

    @classmethod
    def from_reply(cls, reply: Mapping[str, Any]) -> "MembershipCheck":
        """Read ``{canEnter, details{...}}``; a refusal with no flag we know is OTHER, a flag set means refused."""
        details = reply.get("details")
        details = details if isinstance(details, Mapping) else {}
        for flag, reason in _FLAGS:
            if details.get(flag) is True:
                return cls(False, reason)
        if reply.get("canEnter") is True:
            return cls(True)
        return cls(False, RefusalReason.OTHER)

