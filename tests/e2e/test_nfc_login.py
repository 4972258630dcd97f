"""A member taps a MIFARE card on an nfcpy reader and is greeted: the reader runs against a tag
emulated by a second process through nfcpy's ``udp`` driver, the kiosk logs in at the sandbox."""
from __future__ import annotations

from pathlib import Path

import httpx

from kiosk.autoplay import SnapshotWaiter, in_state
from kiosk.cloud.egym import EgymClient, EgymIntegration
from kiosk.config.loader import DeviceConfig
from kiosk.demo import demo_config
from kiosk.devices import DeviceHub
from kiosk.outbox.outbox import Outbox
from kiosk.sandbox import DEMO_MEMBERS, SandboxState, create_app
from kiosk.session.flow import SessionFlow
from kiosk.session.state import SessionState
from kiosk.storage import Database
from hardware.simulators.nfc_tag import TagEmulatorProcess, free_udp_port


async def test_card_on_nfcpy_reader_logs_the_member_in(tmp_path: Path) -> None:
    member = next(m for m in DEMO_MEMBERS if m.rfid_format == "MIFARE" and len(m.uid) == 7)
    sandbox = SandboxState()
    config = demo_config("http://sandbox.test", database=tmp_path / "kiosk.sqlite3")
    client = EgymClient(config.egym, transport=httpx.ASGITransport(app=create_app(sandbox)))
    egym = EgymIntegration(client, config.egym)
    database = Database(config.storage.database)
    outbox = Outbox(database, [egym])
    flow = SessionFlow(egym, outbox)
    waiter = SnapshotWaiter(flow)
    port = free_udp_port()
    reader = DeviceConfig(role="reader", protocol="nfcpy", port=f"udp:localhost:{port}", reader_id="nfc")
    hub = DeviceHub([reader], flow.handle)
    try:
        with TagEmulatorProcess(port, member.uid.hex().upper(), sak="00"):
            await hub.start()
            greeted = await waiter.until(in_state(SessionState.PROFILE, SessionState.FAILED), 30, "the greeting")
        assert greeted.state is SessionState.PROFILE
        assert greeted.profile is not None and greeted.profile.user_id == member.user_id
        assert sandbox.stats()["loginsByGrantType"] == {"RFID": 1}
    finally:
        waiter.close()
        await hub.stop()
        await flow.aclose()
        await outbox.aclose()
        await client.aclose()
        database.close()
