"""A 125 kHz site: wristbands registered at EGYM by the number printed on them log in without any uid_rendering.

The RDM6300 reader simulator sends the recorded frame of the wristband in issue 13
(UID ``67003B51C6``, printed ``0003887558``) over a pty; the kiosk's config leaves
``[egym] uid_rendering`` unset, so the card goes the way its reader kind prints it.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

import httpx

from harness.autoplay import SnapshotWaiter, in_state
from kiosk.cloud.egym import EgymClient, EgymIntegration
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME, DEMO_MEMBERS, SandboxState, create_app
from kiosk.config.loader import parse_config
from kiosk.outbox.outbox import Outbox
from kiosk.runtime.devices import DeviceHub
from kiosk.session.flow import FlowTimings, SessionFlow
from kiosk.session.state import SessionState
from kiosk.storage import Database
from tests.hardware.chunking import recording

WRISTBAND_UID = bytes.fromhex("67003B51C6")
PRINTED = "0003887558"


async def test_an_rdm6300_kiosk_without_uid_rendering_logs_in_the_member_registered_by_the_printed_number(tmp_path: Path) -> None:
    member = dataclasses.replace(DEMO_MEMBERS[0], uid=WRISTBAND_UID, rfid=PRINTED)
    sandbox = SandboxState(members=[member])
    config = parse_config(
        {
            "station": {"type": "scale"},
            "egym": {"base_url": "https://sandbox.test", "gym_id": DEMO_GYM_ID, "machine_name": DEMO_MACHINE_NAME},
            "readers": [{"protocol": "rdm6300", "port": "simulated", "id": "wristbands"}],
            "storage": {"database": str(tmp_path / "kiosk.sqlite3")},
        },
        secrets={"egym": DEMO_API_KEY},
    )
    assert config.egym.uid_rendering is None, "the site left uid_rendering unset"
    client = EgymClient(config.egym, transport=httpx.ASGITransport(app=create_app(sandbox)))
    database = Database(config.storage.database)
    outbox = Outbox(database, [EgymIntegration(client, config.egym)])
    await outbox.start()
    flow = SessionFlow(EgymIntegration(client, config.egym), outbox, timings=FlowTimings(idle_s=120))
    waiter = SnapshotWaiter(flow)
    hub = DeviceHub(list(config.readers), flow.handle)
    await hub.start()
    try:
        [wristband_reader] = hub.devices
        assert wristband_reader.pty is not None
        wristband_reader.pty.write(recording("rdm6300/em4100_printed_0003887558.bin"))  # the recorded frame, byte for byte
        greeted = await waiter.until(in_state(SessionState.PROFILE, SessionState.FAILED), 20.0, "the login")
        assert greeted.state is SessionState.PROFILE, greeted.message
        assert greeted.profile is not None and greeted.profile.first_name == member.first_name
    finally:
        waiter.close()
        await hub.stop()
        await flow.aclose()
        await outbox.aclose()
        await client.aclose()
        database.close()
