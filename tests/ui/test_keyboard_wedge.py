"""A USB reader that types the card's UID logs the member in; a person typing does not."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from hardware.uid import render_uid
from harness.autoplay import SnapshotWaiter, in_state
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS
from kiosk.config.loader import DeviceConfig
from kiosk.runtime.devices import DeviceHub
from kiosk.session.state import SessionState
from ui.keyboard_wedge import KeyboardWedgeFilter

WEDGE = DeviceConfig(role="reader", protocol="keyboard-wedge", port="keyboard", reader_id="desk")


def type_keys(target: QObject, text: str, start_ms: int, gap_ms: int) -> None:
    """Key presses as the event loop would deliver them, stamped ``gap_ms`` apart."""
    for i, char in enumerate(text + "\r"):
        key = Qt.Key.Key_Return if char == "\r" else Qt.Key.Key_unknown
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, char)
        event.setTimestamp(start_ms + i * gap_ms)
        QApplication.sendEvent(target, event)


async def test_a_typed_uid_burst_logs_the_member_in_and_slow_typing_does_not(qapp, flow) -> None:
    hub = DeviceHub([WEDGE], flow.handle)
    (decoder, deliver), = hub.keyboard_readers()
    key_filter = KeyboardWedgeFilter(decoder, deliver)
    qapp.installEventFilter(key_filter)
    target = QObject()
    waiter = SnapshotWaiter(flow)
    uid_text = render_uid(DEMO_MEMBERS[0].uid, "hex")
    try:
        type_keys(target, uid_text, start_ms=1_000, gap_ms=250)  # a person at a keyboard
        assert flow.snapshot.state is SessionState.ATTRACT
        type_keys(target, uid_text, start_ms=10_000, gap_ms=8)  # the reader
        greeted = await waiter.until(in_state(SessionState.PROFILE), 10, "the greeting")
        assert greeted.profile is not None and greeted.profile.user_id == DEMO_MEMBERS[0].user_id
    finally:
        waiter.close()
        qapp.removeEventFilter(key_filter)
