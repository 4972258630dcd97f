"""The device credential and the hub's session handles never reach a log line."""
from __future__ import annotations

import asyncio
import zipfile
from pathlib import Path

from kiosk.cloud.egym.sandbox import DEMO_MEMBERS
from kiosk.cloud.hub.enrolment import enrol_kiosk
from kiosk.cloud.hub.settings import CREDENTIAL_FILE
from kiosk.logsafety import scrub
from kiosk.support.diagnostics import build_bundle
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


async def test_a_support_bundle_of_a_hub_kiosk_holds_no_credential(config_path: Path, hub: RunningGymHub, tmp_path: Path) -> None:
    await enrol_kiosk(config_path.parent, hub.base_url, hub.new_code())
    credential = (config_path.parent / CREDENTIAL_FILE).read_text().strip()
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "kiosk.log").write_text(f"an old line from before the filter knew it: {credential}\n")

    bundle = await asyncio.to_thread(build_bundle, config_path, tmp_path / "bundle.zip", log_dir=logs,
                                     listen_s=0.2, answer_s=0.1)

    with zipfile.ZipFile(bundle) as archive:
        contents = {name: archive.read(name) for name in archive.namelist()}
    assert "logs/kiosk.log" in contents and any(b"hub" in content for content in contents.values())
    assert [name for name, content in contents.items() if credential.encode() in content] == []
