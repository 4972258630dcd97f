"""Binary UID frames from serial 13.56 MHz / 125 kHz desktop readers (9600 8N1)::

    STX(0x02) LEN TYPE SNR[...] BCC ETX(0x03)

``LEN`` counts the whole frame, STX to ETX (10 for the usual 5-byte SNR; derived from
the vendor's example ``02 0A 02 06 00 8E 6D 5D B0 03``). ``BCC`` is the XOR of LEN,
TYPE and the SNR bytes. TYPE ``0x01`` is MIFARE Classic, ``0x02`` EM4100.

EM4100: SNR is one batch byte plus the 4-byte serial, most significant first; the
credential carries those 5 bytes, the same bytes an RDM6300 reports for that tag.

MIFARE: how a 4-byte UID sits inside the 5-byte SNR is UNKNOWN (no published
example). The default assumes the EM4100 layout (one leading byte, then the UID in
transmission order); ``mifare_uid_length`` and ``mifare_uid_reversed`` let a site
correct that against its own reader. The parser is LEN-driven, so readers that
send longer SNRs (7-byte UIDs) decode too.

Whether such readers repeat the frame while a card lies on them is not documented;
a frame with the same UID within ``repeat_suppress_s`` of the last one is treated as
the same presentation (as for UID-line readers), so either way a card counts once.
"""
from __future__ import annotations

import time
from typing import Callable

from hardware.events import (
    CardCredential,
    CardTechnology,
    CredentialPresented,
    DeviceEvent,
    FrameRejected,
)
from hardware.protocols.repeats import RepeatFilter

STX, ETX = 0x02, 0x03
TYPE_MIFARE_CLASSIC = 0x01
TYPE_EM4100 = 0x02
MIN_FRAME_LENGTH = 6  # STX LEN TYPE SNR[1] BCC ETX
MAX_FRAME_LENGTH = 16  # room for a 10-byte SNR


def block_check(data: bytes) -> int:
    """XOR of all bytes (the frame's BCC over LEN, TYPE and SNR)."""
    result = 0
    for byte in data:
        result ^= byte
    return result


def encode_binary_uid_frame(card_type: int, snr: bytes) -> bytes:
    """Build a frame for ``snr`` (used by simulators and tests)."""
    length = len(snr) + 5
    if not MIN_FRAME_LENGTH <= length <= MAX_FRAME_LENGTH:
        raise ValueError(f"SNR must be 1 to {MAX_FRAME_LENGTH - 5} bytes")
    body = bytes([length, card_type]) + snr
    return bytes([STX]) + body + bytes([block_check(body), ETX])


class BinaryUidDecoder:
    """Decodes STX/LEN/TYPE/SNR/BCC/ETX frames into card presentations."""

    def __init__(
        self,
        reader_id: str = "",
        mifare_uid_length: int = 4,
        mifare_uid_reversed: bool = False,
        repeat_suppress_s: float = 1.0,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not 1 <= mifare_uid_length <= MAX_FRAME_LENGTH - 5:
            raise ValueError(f"mifare_uid_length must be between 1 and {MAX_FRAME_LENGTH - 5}")
        self._repeats = RepeatFilter(repeat_suppress_s, clock)
        self.reader_id = reader_id
        self.mifare_uid_length = mifare_uid_length
        self.mifare_uid_reversed = mifare_uid_reversed
        self._buffer = bytearray()
        self._in_stray_run = False

    def reset(self) -> None:
        """Forget a partial frame and the card on the reader (the link calls this when the port reopens)."""
        self._buffer.clear()
        self._in_stray_run = False
        self._repeats.forget()

    def feed(self, data: bytes) -> list[DeviceEvent]:
        """Consume received bytes; return card presentations and rejected frames."""
        self._buffer.extend(data)
        events: list[DeviceEvent] = []
        while self._buffer:
            event, complete = self._next_frame()
            if event is not None:
                events.append(event)
            if not complete:
                break
        return events

    def _next_frame(self) -> tuple[DeviceEvent | None, bool]:
        """Decode or discard from the buffer front; ``complete`` is False when more bytes are needed."""
        start = self._buffer.find(STX)
        if start != 0:
            stray = len(self._buffer) if start < 0 else start
            del self._buffer[:stray]
            if self._in_stray_run:
                return None, True
            self._in_stray_run = True
            return FrameRejected("binary UID: bytes outside a frame (expected STX 0x02)"), True
        if len(self._buffer) < 2:
            return None, False
        length = self._buffer[1]
        if not MIN_FRAME_LENGTH <= length <= MAX_FRAME_LENGTH:
            limits = f"{MIN_FRAME_LENGTH}..{MAX_FRAME_LENGTH}"
            return self._skip_start(f"binary UID: length byte {length} is outside {limits}")
        if len(self._buffer) < length:
            return None, False
        if self._buffer[length - 1] != ETX:
            return self._skip_start("binary UID: frame does not end with ETX 0x03")
        frame = bytes(self._buffer[:length])
        del self._buffer[:length]
        self._in_stray_run = False
        event = self._decode(frame)
        if isinstance(event, CredentialPresented) and self._repeats.is_repeat(event.credential.uid):
            return None, True  # the same card still lying on the reader
        return event, True

    def _skip_start(self, reason: str) -> tuple[DeviceEvent | None, bool]:
        """Drop a false frame start and hunt for the next STX; one rejection per corrupt stretch."""
        del self._buffer[:1]
        if self._in_stray_run:
            return None, True
        self._in_stray_run = True
        return FrameRejected(reason), True

    def _decode(self, frame: bytes) -> DeviceEvent:
        body, bcc = frame[1:-2], frame[-2]
        if block_check(body) != bcc:
            return FrameRejected("binary UID: BCC mismatch, frame dropped")
        card_type, snr = body[1], body[2:]
        if card_type == TYPE_EM4100:
            if len(snr) != 5:
                return FrameRejected(f"binary UID: EM4100 frame carries {len(snr)} SNR bytes, expected 5")
            return CredentialPresented(CardCredential(snr, CardTechnology.EM4100, self.reader_id))
        if card_type == TYPE_MIFARE_CLASSIC:
            if len(snr) < self.mifare_uid_length:
                return FrameRejected(
                    f"binary UID: MIFARE frame carries {len(snr)} SNR bytes, fewer than the configured UID length"
                )
            uid = snr[len(snr) - self.mifare_uid_length:]
            if self.mifare_uid_reversed:
                uid = uid[::-1]
            return CredentialPresented(CardCredential(uid, CardTechnology.MIFARE, self.reader_id))
        return FrameRejected(f"binary UID: unknown card type 0x{card_type:02X}")
