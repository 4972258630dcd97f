"""Line framing shared by the line-oriented device protocols.

:class:`LineFramer` turns a byte stream into complete lines. It is sans-I/O and
never raises on input::

    framer = LineFramer(max_length=8192)
    for item in framer.feed(chunk):
        if isinstance(item, Overlong):
            ...  # report item.length discarded bytes
        else:
            ...  # item is one line, terminator removed

Line ends: LF and CR LF always end a line (the CR is stripped). With
``accept_lone_cr=True`` a CR on its own also ends a line (keyboard-wedge style
"Enter"); a CR LF pair still counts as one line end, even when the two bytes
arrive in different chunks. Empty lines are dropped unless ``keep_empty=True``.

A line longer than ``max_length`` (terminator excluded) is not buffered without
bound: as soon as the cap is crossed one :class:`Overlong` is returned and the
rest of that line, up to its terminator, is thrown away and added to
:attr:`LineFramer.discarded_bytes`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from hardware.events import DeviceEvent, FrameRejected

_LF = 0x0A
_CR = 0x0D
_LF_ONLY = re.compile(rb"\n")
_CR_OR_LF = re.compile(rb"[\r\n]")


@dataclass(frozen=True)
class Overlong:
    """A line exceeded the framer's cap; ``length`` bytes of it were discarded so far."""

    length: int


class LineFramer:
    """Split a byte stream into lines with a per-line size cap."""

    def __init__(self, max_length: int = 8192, *, accept_lone_cr: bool = False, keep_empty: bool = False) -> None:
        if max_length < 1:
            raise ValueError("max_length must be at least 1")
        self.max_length = max_length
        self.accept_lone_cr = accept_lone_cr
        self.keep_empty = keep_empty
        self.discarded_bytes = 0
        self._buffer = bytearray()
        self._skipping = False
        self._previous_was_cr = False

    @property
    def pending(self) -> int:
        """How many bytes of an unfinished line are buffered."""
        return len(self._buffer)

    def reset(self) -> None:
        """Forget any partial line (for example after the transport reconnects)."""
        self._buffer.clear()
        self._skipping = False
        self._previous_was_cr = False

    def feed(self, data: bytes) -> list[bytes | Overlong]:
        """Consume ``data`` and return the lines (and overlong reports) it completes."""
        out: list[bytes | Overlong] = []
        data = bytes(data)
        position = 0
        if self._previous_was_cr and data[:1] == b"\n":
            position = 1
        self._previous_was_cr = False
        while position < len(data):
            match = self._terminator.search(data, position)
            if match is None:
                self._append(data[position:], out)
                break
            end = match.start()
            self._append(data[position:end], out)
            self._end_line(out)
            position = end + 1
            if data[end] == _CR:
                if position == len(data):
                    self._previous_was_cr = True
                elif data[position] == _LF:
                    position += 1
        return out

    @property
    def _terminator(self) -> re.Pattern[bytes]:
        return _CR_OR_LF if self.accept_lone_cr else _LF_ONLY

    def _append(self, chunk: bytes, out: list[bytes | Overlong]) -> None:
        if self._skipping:
            self.discarded_bytes += len(chunk)
            return
        self._buffer += chunk
        size = len(self._buffer)
        # A trailing CR may still be the first half of CR LF, so it does not count yet.
        if size > self.max_length + 1 or (size == self.max_length + 1 and self._buffer[-1] != _CR):
            out.append(Overlong(size))
            self.discarded_bytes += size
            self._buffer.clear()
            self._skipping = True

    def _end_line(self, out: list[bytes | Overlong]) -> None:
        if self._skipping:
            self._skipping = False
            self._buffer.clear()
            return
        line = bytes(self._buffer)
        self._buffer.clear()
        if line.endswith(b"\r"):
            line = line[:-1]
        if line or self.keep_empty:
            out.append(line)


class LineDecoder:
    """Base of the decoders whose frames are text lines.

    It frames the bytes, rejects overlong lines, counts what it saw in :attr:`stats`
    and forgets a partial line when the serial link reopens the port. Subclasses set
    ``protocol_label`` and implement :meth:`_decode_line`; they may add counters to
    ``stats`` and extend :meth:`reset`.
    """

    protocol_label = "device"

    def __init__(self, max_length: int, *, accept_lone_cr: bool = False, counters: tuple[str, ...] = ()) -> None:
        self._framer = LineFramer(max_length, accept_lone_cr=accept_lone_cr)
        self.stats: dict[str, int] = dict.fromkeys(("lines", "rejected", "overlong_lines", "overlong_bytes", *counters), 0)

    def reset(self) -> None:
        """Drop a partial line (the serial link calls this when the port reopens)."""
        self._framer.reset()

    def feed(self, data: bytes) -> list[DeviceEvent]:
        """Consume received bytes; return the events the completed lines make."""
        events: list[DeviceEvent] = []
        for item in self._framer.feed(data):
            if isinstance(item, Overlong):
                self.stats["overlong_lines"] += 1
                event: DeviceEvent | None = self._reject(f"line longer than {self._framer.max_length} bytes discarded")
            else:
                self.stats["lines"] += 1
                event = self._decode_line(item)
            if event is not None:
                events.append(event)
        self.stats["overlong_bytes"] = self._framer.discarded_bytes
        return events

    def _decode_line(self, line: bytes) -> DeviceEvent | None:
        """One complete line (terminator removed) → an event, or None to ignore it."""
        raise NotImplementedError

    def _reject(self, reason: str) -> FrameRejected:
        self.stats["rejected"] += 1
        return FrameRejected(f"{self.protocol_label}: {reason}")
