"""A member taps a MIFARE card on an nfcpy reader and is greeted: the reader runs against a tag
emulated by a second process through nfcpy's ``udp`` driver, the kiosk logs in at the sandbox."""
from __future__ import annotations

from hardware.simulators.nfc_tag import TagEmulatorProcess, free_udp_port
from harness.autoplay import in_state
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS
from kiosk.config.loader import DeviceConfig
from kiosk.runtime.devices import DeviceHub
from kiosk.session.state import SessionState


async def test_card_on_nfcpy_reader_logs_the_member_in(kiosk) -> None:
    member = next(m for m in DEMO_MEMBERS if m.rfid_format == "MIFARE" and len(m.uid) == 7)
    port = free_udp_port()
    reader = DeviceConfig(role="reader", protocol="nfcpy", port=f"udp:localhost:{port}", reader_id="nfc")
    hub = DeviceHub([reader], kiosk.flow.handle)
    try:
        with TagEmulatorProcess(port, member.uid.hex().upper(), sak="00"):
            await hub.start()
            greeted = await kiosk.waiter.until(in_state(SessionState.PROFILE, SessionState.FAILED), 30, "the greeting")
        assert greeted.state is SessionState.PROFILE
        assert greeted.profile is not None and greeted.profile.user_id == member.user_id
        assert kiosk.sandbox.stats()["loginsByGrantType"] == {"RFID": 1}
    finally:
        await hub.stop()
