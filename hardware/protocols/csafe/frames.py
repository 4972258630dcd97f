"""CSAFE frame layer: flags, byte stuffing, XOR checksum, build and tolerant parse.

A standard frame is ``F1 <contents> <checksum> F2``; an extended frame adds a
destination and a source address after ``F0``. The checksum is the XOR of the
contents only (addresses excluded). Any flag byte inside the frame is escaped as
``F3 0x``.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import reduce
from operator import xor

EXTENDED_START = 0xF0
STANDARD_START = 0xF1
STOP = 0xF2
STUFF = 0xF3
FLAG_BYTES = frozenset((EXTENDED_START, STANDARD_START, STOP, STUFF))

HOST_ADDRESS = 0x00
DEFAULT_SECONDARY_ADDRESS = 0xFD

MAX_FRAME_BYTES = 96
"""Longest frame on the wire, start and stop flags and stuffing included (PyRow's limit)."""


@dataclass(frozen=True)
class Frame:
    """One checked frame: its contents, plus the addresses when it was an extended frame."""

    contents: bytes
    destination: int | None = None
    source: int | None = None

    @property
    def extended(self) -> bool:
        return self.destination is not None


@dataclass(frozen=True)
class FrameError:
    """Bytes that did not make a valid frame, with the reason."""

    reason: str


def checksum(contents: bytes) -> int:
    """XOR of all content bytes, starting from zero."""
    return reduce(xor, contents, 0)


def stuff(data: bytes) -> bytes:
    """Escape every flag byte as ``F3`` followed by its low two bits."""
    out = bytearray()
    for byte in data:
        if byte in FLAG_BYTES:
            out += bytes((STUFF, byte & 0x03))
        else:
            out.append(byte)
    return bytes(out)


def unstuff(data: bytes) -> bytes:
    """Reverse :func:`stuff`; raises ValueError on a malformed escape."""
    out = bytearray()
    escaped = False
    for byte in data:
        if escaped:
            if byte > 0x03:
                raise ValueError(f"invalid escape F3 {byte:02X}")
            out.append(0xF0 | byte)
            escaped = False
        elif byte == STUFF:
            escaped = True
        else:
            out.append(byte)
    if escaped:
        raise ValueError("escape byte F3 at the end of the frame")
    return bytes(out)


def build_frame(contents: bytes, *, destination: int | None = None, source: int = HOST_ADDRESS) -> bytes:
    """Wire bytes for ``contents``; pass ``destination`` for an extended frame.

    Raises ValueError when the frame would exceed :data:`MAX_FRAME_BYTES`.
    """
    body = bytes(contents) + bytes((checksum(contents),))
    if destination is None:
        frame = bytes((STANDARD_START,)) + stuff(body) + bytes((STOP,))
    else:
        frame = bytes((EXTENDED_START,)) + stuff(bytes((destination, source)) + body) + bytes((STOP,))
    if len(frame) > MAX_FRAME_BYTES:
        raise ValueError(f"CSAFE frame of {len(frame)} bytes exceeds {MAX_FRAME_BYTES}")
    return frame


class FrameParser:
    """Incremental, tolerant frame parser: bytes in any chunking, frames and errors out.

    It never raises. Noise outside a frame is skipped and reported; a start flag
    inside a frame abandons the partial frame and resynchronises on the new one.
    """

    def __init__(self) -> None:
        self._start: int | None = None
        self._body = bytearray()
        self._stray = 0
        self._overflowed = False

    def feed(self, data: bytes) -> list[Frame | FrameError]:
        """Consume received bytes; return the frames and errors they complete, in order."""
        results: list[Frame | FrameError] = []
        for byte in data:
            if byte in (STANDARD_START, EXTENDED_START):
                self._report_stray(results)
                if self._start is not None and not self._overflowed:
                    results.append(FrameError("frame cut off by a new start flag"))
                self._begin(byte)
            elif self._start is None:
                self._stray += 1
            elif byte == STOP:
                if not self._overflowed:
                    results.append(self._finish())
                self._start = None
            elif not self._overflowed:
                self._body.append(byte)
                if len(self._body) + 2 > MAX_FRAME_BYTES:
                    results.append(FrameError(f"frame longer than {MAX_FRAME_BYTES} bytes"))
                    self._overflowed = True
        return results

    def _begin(self, start_flag: int) -> None:
        self._start = start_flag
        self._body.clear()
        self._overflowed = False

    def _report_stray(self, results: list[Frame | FrameError]) -> None:
        if self._stray:
            results.append(FrameError(f"{self._stray} stray byte(s) outside a frame"))
            self._stray = 0

    def _finish(self) -> Frame | FrameError:
        try:
            body = unstuff(bytes(self._body))
        except ValueError as error:
            return FrameError(f"bad byte stuffing: {error}")
        header = 2 if self._start == EXTENDED_START else 0
        if len(body) < header + 1:
            return FrameError("frame too short to hold its checksum")
        contents, received = body[header:-1], body[-1]
        expected = checksum(contents)
        if received != expected:
            return FrameError(f"checksum mismatch: got {received:02X}, computed {expected:02X}")
        if header:
            return Frame(contents, destination=body[0], source=body[1])
        return Frame(contents)
