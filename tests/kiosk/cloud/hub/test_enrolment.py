"""Enrolment: a one-time code becomes the kiosk's owner-only device credential, and a tap then greets the member."""
from __future__ import annotations

import stat
from pathlib import Path

import pytest

from harness.autoplay import SnapshotWaiter, in_state
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS
from kiosk.cloud.hub.enrolment import code_problem, enrol_kiosk
from kiosk.cloud.hub.errors import EnrolmentRefused
from kiosk.cloud.hub.settings import CREDENTIAL_FILE
from kiosk.composition import build_kiosk
from kiosk.config.loader import load_config
from kiosk.config_section import ConfigError
from kiosk.session.state import SessionState
from tests.kiosk.cloud.hub.conftest import RunningGymHub


async def test_an_enrolled_kiosk_greets_a_tapping_member_through_the_hub(config_path: Path, hub: RunningGymHub) -> None:
    with pytest.raises(ConfigError, match="not enrolled"):
        load_config(config_path)

    bound = await enrol_kiosk(config_path.parent, hub.base_url, hub.new_code())

    credential_file = config_path.parent / CREDENTIAL_FILE
    assert stat.S_IMODE(credential_file.stat().st_mode) == 0o600
    assert bound.machine == "scale-1"
    assert credential_file.read_text().strip() not in config_path.read_text()
    parts = await build_kiosk(load_config(config_path))
    await parts.start(chores=False)
    try:
        waiter = SnapshotWaiter(parts.flow)
        parts.devices.simulator("reader").tap(DEMO_MEMBERS[0].uid)
        greeted = await waiter.until(in_state(SessionState.PROFILE, SessionState.FAILED), 10, "the greeting")
        assert greeted.state is SessionState.PROFILE
        assert greeted.profile is not None and greeted.profile.first_name == DEMO_MEMBERS[0].first_name
    finally:
        await parts.aclose()


async def test_a_code_is_single_use_and_a_wrong_code_is_refused_with_the_reason(config_path: Path, hub: RunningGymHub) -> None:
    code = hub.new_code()
    await enrol_kiosk(config_path.parent, hub.base_url, code)

    with pytest.raises(EnrolmentRefused) as used:
        await enrol_kiosk(config_path.parent, hub.base_url, code)
    assert used.value.code == "enrolment_code_used"
    with pytest.raises(EnrolmentRefused) as unknown:
        await enrol_kiosk(config_path.parent, hub.base_url, "00000000" if code != "00000000" else "11111111")
    assert unknown.value.code == "enrolment_code_unknown"


def test_a_typed_code_must_be_eight_digits() -> None:
    assert code_problem("48213907") is None
    assert code_problem("4821 390") == "the enrolment code has 8 digits"
    assert "enrolment code" in (code_problem("") or "")
