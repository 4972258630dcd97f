"""Fictional LFconnect accounts of the LFopen emulation and the demo app's credentials.

Made up and safe to print. The names are those of the EGYM sandbox's demo members (the same
fictional people), written out here because one platform package never imports another.
"""
from __future__ import annotations

from dataclasses import dataclass

DEMO_CLIENT_ID = "lfopen-demo-app"
DEMO_CLIENT_SECRET = "lfopen-demo-secret-not-real"
DEFAULT_TOKEN_TTL_S = 31_622_400.0  # 366 days: the expires_in of LFopen's code-exchange samples


@dataclass(frozen=True)
class LfMember:
    """One LFconnect account (``user_name`` is what the authorize page offers to log in as)."""

    user_id: int
    user_name: str
    first_name: str
    last_name: str
    email: str
    preferred_unit: str = "M"


DEMO_LF_MEMBERS: tuple[LfMember, ...] = (
    LfMember(5101, "dana.w", "Dana", "Whitfield", "dana.whitfield@example.com"),
    LfMember(5102, "lukas.b", "Lukas", "Brenner", "lukas.brenner@example.com"),
    LfMember(5103, "sam.o", "Sam", "Ortega", "sam.ortega@example.com", "I"),
    LfMember(5104, "priya.a", "Priya", "Ashworth", "priya.ashworth@example.com"),
)
