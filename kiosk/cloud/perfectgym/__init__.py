"""PerfectGym (classic API v2.2): a hub-side identity provider that checks membership at the club.

The client secret authorises every call (``X-Client-Id`` / ``X-Client-Secret``), so it lives
in the hub only; see docs/platforms/perfectgym.md for what is public and what is configuration.
"""
from kiosk.cloud.perfectgym.client import PerfectGymClient
from kiosk.cloud.perfectgym.membership import MembershipCheck, RefusalReason
from kiosk.cloud.perfectgym.settings import PerfectGymSettings, parse_perfectgym_settings

__all__ = [
    "MembershipCheck",
    "PerfectGymClient",
    "PerfectGymSettings",
    "RefusalReason",
    "parse_perfectgym_settings",
]
