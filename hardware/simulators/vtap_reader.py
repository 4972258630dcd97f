"""A Dot Origin VTAP reader's COM port in active mode: one line per pass or card read.

Lines are built with the same ``line_format`` template the decoder is configured
with (see :mod:`hardware.protocols.vtap` for what that template stands for), so a
test can also simulate a site whose reader is set up differently.
"""
from __future__ import annotations

import threading

from hardware.events import WalletPlatform
from hardware.protocols.vtap import DEFAULT_LINE_FORMAT, format_line
from hardware.pty_port import PtyPort
from hardware.simulators.device_thread import DeviceThread
from hardware.uid import render_uid

PASS_TYPE_FOR_PLATFORM = {WalletPlatform.APPLE: "A", WalletPlatform.GOOGLE: "G"}


class VtapReaderSimulator(DeviceThread):
    """Pushes wallet-pass and card-UID lines the way a configured VTAP does."""

    def __init__(
        self,
        port: PtyPort,
        line_format: str = DEFAULT_LINE_FORMAT,
        line_ending: bytes = b"\r\n",
        card_uid_style: str = "hex",
    ) -> None:
        super().__init__(port, name="VTAP reader simulator")
        self.line_format = line_format
        self.line_ending = line_ending
        self.card_uid_style = card_uid_style

    def present_pass(self, platform: WalletPlatform, payload: str) -> threading.Event:
        """A phone presents a wallet pass; the event is set once its line is sent."""
        return self.send_read(PASS_TYPE_FOR_PLATFORM[WalletPlatform(platform)], payload)

    def tap_card(self, uid: bytes, pass_type: str = "0") -> threading.Event:
        """A card or tag (type ``0``/``2``/``4``/``6``) is read; the event is set once its line is sent."""
        return self.send_read(pass_type, render_uid(uid, self.card_uid_style))

    def send_read(self, pass_type: str, message: str) -> threading.Event:
        """Send one read of any pass type (``E``, ``Q``, ``X``, ``W`` included)."""
        line = format_line(self.line_format, pass_type, message)
        return self.send_raw(line.encode("utf-8") + self.line_ending)
