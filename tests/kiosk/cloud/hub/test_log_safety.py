"""The device credential and the hub's session handles never reach a log line."""
from __future__ import annotations

from pathlib import Path

from kiosk.cloud.egym.sandbox import DEMO_MEMBERS
from kiosk.cloud.hub.enrolment import enrol_kiosk
from kiosk.cloud.hub.settings import CREDENTIAL_FILE
from kiosk.logsafety import scrub
from hardware.events import CardCredential
from tests.kiosk.cloud.hub.conftest import RunningGymHub
from tests.kiosk.cloud.hub.kiosks import running_kiosk


async def test_the_credential_and_a_session_handle_are_masked_in_logs(config_path: Path, hub: RunningGymHub) -> None:
    await enrol_kiosk(config_path.parent, hub.base_url, hub.new_code())
    credential = (config_path.parent / CREDENTIAL_FILE).read_text().strip()
    async with running_kiosk(config_path) as parts:
        session = await parts.connections["hub"].identity.login(CardCredential(DEMO_MEMBERS[0].uid))

        line = scrub(f"sent Bearer {credential} for session {session.access_token}")

    assert credential not in line and session.access_token not in line
    assert line.startswith("sent Bearer ")
