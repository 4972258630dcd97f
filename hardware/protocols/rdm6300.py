"""125 kHz EM4100 readers that stream ASCII-hex frames: RDM6300/RDM630 and Parallax-style.

RDM6300 frame (14 bytes, 9600 8N1, reader → host only)::

    0x02 | 10 hex chars: version byte + 4 tag-ID bytes | 2 hex chars: XOR of those 5 bytes | 0x03

Parallax-style frame (12 bytes, no checksum)::

    0x0A | 10 hex chars (same 5 bytes) | 0x0D

Both yield ``CardCredential(uid=<the 5 bytes as sent>, technology=EM4100)``.

The reader repeats the frame for as long as the tag stays in the field and says
nothing when it leaves, so presence is inferred from silence: a tag counts as
removed once no frame for it has arrived for ``removal_after_s`` (default 0.5 s,
the heartbeat python-rdm6300 uses; the module's real repeat period is not
documented, so this is configurable). Because silence produces no bytes, the
owner must call :meth:`Rdm6300Decoder.tick` periodically (or before acting on
presence); :meth:`feed` checks the same deadline before handling new bytes.
"""
from __future__ import annotations

import time
from typing import Callable

from hardware.events import (
    CardCredential,
    CardTechnology,
    CredentialPresented,
    CredentialRemoved,
    DeviceEvent,
    FrameRejected,
)

RDM_START, RDM_END = 0x02, 0x03
PARALLAX_START, PARALLAX_END = 0x0A, 0x0D
RDM_FRAME_LENGTH = 14
PARALLAX_FRAME_LENGTH = 12
DEFAULT_REMOVAL_AFTER_S = 0.5

_END_FOR_START = {RDM_START: RDM_END, PARALLAX_START: PARALLAX_END}
_LENGTH_FOR_START = {RDM_START: RDM_FRAME_LENGTH, PARALLAX_START: PARALLAX_FRAME_LENGTH}
_HEX_DIGITS = frozenset(b"0123456789ABCDEFabcdef")


def xor_checksum(data: bytes) -> int:
    """XOR of all bytes (the RDM6300 checksum over the 5 data bytes)."""
    result = 0
    for byte in data:
        result ^= byte
    return result


def encode_rdm6300_frame(uid: bytes) -> bytes:
    """The 14-byte RDM6300 frame for a 5-byte EM4100 UID (used by the simulator and tests)."""
    if len(uid) != 5:
        raise ValueError("an EM4100 UID is exactly 5 bytes")
    return bytes([RDM_START]) + (uid.hex() + f"{xor_checksum(uid):02x}").upper().encode("ascii") + bytes([RDM_END])


def encode_parallax_frame(uid: bytes) -> bytes:
    """The 12-byte Parallax-style frame for a 5-byte EM4100 UID."""
    if len(uid) != 5:
        raise ValueError("an EM4100 UID is exactly 5 bytes")
    return bytes([PARALLAX_START]) + uid.hex().upper().encode("ascii") + bytes([PARALLAX_END])


class Rdm6300Decoder:
    """Turns an RDM6300 / Parallax byte stream into presented/removed card events."""

    def __init__(
        self,
        reader_id: str = "",
        removal_after_s: float = DEFAULT_REMOVAL_AFTER_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not removal_after_s > 0:
            raise ValueError("removal_after_s must be a positive number of seconds")
        self.reader_id = reader_id
        self.removal_after_s = removal_after_s
        self._clock = clock
        self._frame = bytearray()
        self._in_stray_run = False
        self._present_uid: bytes | None = None
        self._last_seen = 0.0

    @property
    def tag_present(self) -> bool:
        """Whether a tag is currently considered to be in the field."""
        return self._present_uid is not None

    def reset(self) -> None:
        """Forget a partial frame (the port was reopened); presence still ends by silence."""
        self._frame = bytearray()
        self._in_stray_run = False

    def tick(self) -> list[DeviceEvent]:
        """Report the tag as removed if it has been silent for ``removal_after_s``."""
        if self._present_uid is not None and self._clock() - self._last_seen >= self.removal_after_s:
            self._present_uid = None
            return [CredentialRemoved(self.reader_id)]
        return []

    def feed(self, data: bytes) -> list[DeviceEvent]:
        """Consume received bytes; return presentations, removals and rejected frames."""
        events = self.tick()
        for byte in data:
            events.extend(self._consume(byte))
        return events

    def _consume(self, byte: int) -> list[DeviceEvent]:
        if not self._frame:
            if byte in _END_FOR_START:
                self._frame.append(byte)
                self._in_stray_run = False
                return []
            if self._in_stray_run:
                return []
            self._in_stray_run = True
            return [FrameRejected("RDM6300: bytes outside a frame (expected 0x02 or 0x0A to start one)")]
        start = self._frame[0]
        if byte == _END_FOR_START[start]:
            self._frame.append(byte)
            frame, self._frame = bytes(self._frame), bytearray()
            return self._complete(frame)
        if byte in _END_FOR_START:
            self._frame = bytearray([byte])
            return [FrameRejected("RDM6300: truncated frame (a new frame started before the end byte)")]
        self._frame.append(byte)
        if len(self._frame) >= _LENGTH_FOR_START[start]:
            self._frame = bytearray()
            self._in_stray_run = True
            return [FrameRejected("RDM6300: frame too long (no end byte where expected)")]
        return []

    def _complete(self, frame: bytes) -> list[DeviceEvent]:
        expected = _LENGTH_FOR_START[frame[0]]
        if len(frame) != expected:
            return [FrameRejected(f"RDM6300: frame is {len(frame)} bytes, expected {expected}")]
        body = frame[1:-1]
        if not all(byte in _HEX_DIGITS for byte in body):
            return [FrameRejected("RDM6300: frame holds characters that are not hex digits")]
        values = bytes.fromhex(body.decode("ascii"))
        uid = values[:5]
        if frame[0] == RDM_START and xor_checksum(uid) != values[5]:
            return [FrameRejected("RDM6300: checksum mismatch, frame dropped")]
        return self._seen(uid)

    def _seen(self, uid: bytes) -> list[DeviceEvent]:
        events: list[DeviceEvent] = []
        self._last_seen = self._clock()
        if self._present_uid == uid:
            return events
        if self._present_uid is not None:
            events.append(CredentialRemoved(self.reader_id))
        self._present_uid = uid
        events.append(CredentialPresented(CardCredential(uid, CardTechnology.EM4100, self.reader_id)))
        return events
