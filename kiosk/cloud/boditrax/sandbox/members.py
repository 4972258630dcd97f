"""Fictional Boditrax accounts of the emulation and the demo app's credentials (made up, safe to print).

The names are the EGYM sandbox's demo members (the same fictional people), written out here
because one platform package never imports another.
"""
from __future__ import annotations

from dataclasses import dataclass

DEMO_CLIENT_ID = "gymkiosk@apps.boditrax.com"  # B3 (older version): app ids carry this suffix
DEMO_CLIENT_SECRET = "boditrax-demo-secret-not-real"
DEMO_HANDLER = "gymkiosk"
DEFAULT_TOKEN_TTL_S = 1800.0  # B2: access tokens last 1800 s


@dataclass(frozen=True)
class BxMember:
    """One Boditrax account (``user_name`` is what the connect page offers to sign in as)."""

    member_id: int
    user_name: str
    first_name: str
    last_name: str


DEMO_BX_MEMBERS: tuple[BxMember, ...] = (
    BxMember(7101, "dana.w", "Dana", "Whitfield"),
    BxMember(7102, "lukas.b", "Lukas", "Brenner"),
    BxMember(7103, "sam.o", "Sam", "Ortega"),
    BxMember(7104, "priya.a", "Priya", "Ashworth"),
)
