"""Mettler-Toledo MT-SICS balances and scales, polled with ``SI`` (send immediate weight).

The kiosk sends ``SI`` CR LF every ``poll_interval_s``; the scale answers one line::

    S S     100.00 g    stable weight         -> LiveWeight(kg, stable=True)
    S D     100.04 g    dynamic (unstable)    -> LiveWeight(kg, stable=False)
    S I                 busy / not executable -> FrameRejected
    S +  /  S -         overload / underload  -> FrameRejected
    ES / ET / EL        syntax / transmission / logical error -> FrameRejected

Fields are split on whitespace because the column widths are UNKNOWN (devices.md
section 7); a sign written apart from the digits is accepted. At most one ``SI``
is outstanding: while a reply is awaited the poll stays quiet, and after
``resend_after_polls`` quiet rounds the command is sent again (the reply was lost).
"""
from __future__ import annotations

import re
from decimal import Decimal

from hardware.events import DeviceEvent, FrameRejected, LiveWeight
from hardware.protocols.framing import LineFramer, Overlong
from hardware.protocols.weight_units import weight_in_kg

SEND_IMMEDIATE = b"SI\r\n"
DEFAULT_POLL_INTERVAL_S = 0.2
MAX_LINE_LENGTH = 128
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_WEIGHT_STATUS = {"S": True, "D": False}
_STATUS_REASONS = {
    "I": "MT-SICS: scale busy, no weight available yet",
    "+": "MT-SICS: overload, weight above the scale's range",
    "-": "MT-SICS: underload, weight below the scale's range",
    "L": "MT-SICS: command rejected as logically invalid",
}
_ERROR_REASONS = {
    "ES": "MT-SICS: scale reported a syntax error (command not understood)",
    "ET": "MT-SICS: scale reported a transmission error",
    "EL": "MT-SICS: scale reported a logical error",
}


class MtSicsDecoder:
    """Polls an MT-SICS scale with ``SI`` and decodes its weight replies."""

    def __init__(
        self,
        poll_interval_s: float = DEFAULT_POLL_INTERVAL_S,
        resend_after_polls: int = 5,
        max_line_length: int = MAX_LINE_LENGTH,
    ) -> None:
        if not poll_interval_s > 0:
            raise ValueError("poll_interval_s must be a positive number of seconds")
        if resend_after_polls < 1:
            raise ValueError("resend_after_polls must be at least 1")
        self.poll_interval_s = poll_interval_s
        self.resend_after_polls = resend_after_polls
        self._framer = LineFramer(max_line_length)
        self._quiet_polls = 0
        self._awaiting_reply = False

    def reset(self) -> None:
        """Forget a partial reply and any outstanding request (the port was reopened)."""
        self._framer.reset()
        self._awaiting_reply = False
        self._quiet_polls = 0

    def next_request(self) -> bytes | None:
        """``SI`` unless a reply to the previous one is still due."""
        if self._awaiting_reply and self._quiet_polls < self.resend_after_polls:
            self._quiet_polls += 1
            return None
        self._awaiting_reply = True
        self._quiet_polls = 0
        return SEND_IMMEDIATE

    def feed(self, data: bytes) -> list[DeviceEvent]:
        """Consume received bytes; return weights and rejected or error replies."""
        events: list[DeviceEvent] = []
        for line in self._framer.feed(data):
            self._awaiting_reply = False
            if isinstance(line, Overlong):
                events.append(FrameRejected(f"MT-SICS: reply longer than {self._framer.max_length} bytes discarded"))
            else:
                events.append(self._decode_line(line))
        return events

    @staticmethod
    def _decode_line(raw: bytes) -> DeviceEvent:
        try:
            fields = raw.decode("ascii").split()
        except UnicodeDecodeError:
            return FrameRejected("MT-SICS: reply is not ASCII (check baud rate, data bits and parity)")
        if len(fields) == 1 and fields[0] in _ERROR_REASONS:
            return FrameRejected(_ERROR_REASONS[fields[0]])
        if len(fields) < 2 or fields[0] != "S":
            return FrameRejected("MT-SICS: unexpected reply (not an answer to SI)")
        status = fields[1]
        if status in _STATUS_REASONS and len(fields) == 2:
            return FrameRejected(_STATUS_REASONS[status])
        if status not in _WEIGHT_STATUS or len(fields) < 4:
            return FrameRejected("MT-SICS: unrecognised weight reply")
        number, unit = "".join(fields[2:-1]), fields[-1]
        if not _NUMBER.fullmatch(number):
            return FrameRejected("MT-SICS: weight value is not a number")
        kg = weight_in_kg(Decimal(number), unit)
        if kg is None:
            return FrameRejected(f"MT-SICS: unit {unit[:8]!r} is not a weight unit")
        return LiveWeight(kg=kg, stable=_WEIGHT_STATUS[status])

