"""The emulation's demo accounts are fictional and distinguishable on the authorize page."""
from __future__ import annotations

from kiosk.cloud.lfopen.sandbox import DEMO_LF_MEMBERS


def test_demo_accounts_are_fictional_and_unique() -> None:
    assert len({m.user_name for m in DEMO_LF_MEMBERS}) == len(DEMO_LF_MEMBERS)
    assert all(m.email.endswith("@example.com") for m in DEMO_LF_MEMBERS)
    assert {m.preferred_unit for m in DEMO_LF_MEMBERS} == {"M", "I"}
