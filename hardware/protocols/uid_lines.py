"""Serial card readers that print one UID per line (13.56 MHz MIFARE readers and the like).

Each line holds one UID in the style the reader is configured for (see
:mod:`hardware.uid`): hex in card or reversed order, with or without
separators, or a decimal number. Lines end with CR LF, LF or a lone CR.
A valid line becomes ``CredentialPresented(CardCredential(uid, technology,
reader_id))``; anything else becomes :class:`FrameRejected` (the reason never
repeats the line, which may hold a UID).

Readers repeat the UID while the card lies on them. A line with the same UID
within ``repeat_suppress_s`` of the previous sighting is swallowed; the window
slides with every repeat, so a card held for a minute counts once. The clock
is injectable for tests. Sans-I/O, never raises on input.
"""
from __future__ import annotations

import time
from typing import Callable

from hardware.events import CardCredential, CardTechnology, CredentialPresented, DeviceEvent, FrameRejected
from hardware.protocols.framing import LineFramer, Overlong
from hardware.protocols.repeats import RepeatFilter
from hardware.uid import parse_uid, render_uid

MAX_LINE_BYTES = 128
ISO14443_UID_LENGTHS = (4, 7, 10)


class UidLineDecoder:
    """Decode a UID-per-line reader into card credentials, one per presentation."""

    def __init__(
        self,
        technology: CardTechnology | str = CardTechnology.MIFARE,
        reader_id: str = "",
        repeat_suppress_s: float = 1.0,
        *,
        style: str = "hex",
        uid_lengths: tuple[int, ...] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        render_uid(b"\x00\x00\x00\x00", style)  # rejects an unknown style with a clear message
        try:
            technology = CardTechnology(technology)  # the config gives the name as text
        except ValueError:
            allowed = ", ".join(member.value for member in CardTechnology)
            raise ValueError(f"technology must be one of {allowed}; got {technology!r}") from None
        self._repeats = RepeatFilter(repeat_suppress_s, clock)
        self.technology = technology
        self.reader_id = reader_id
        self.style = style
        if uid_lengths is None and style in ("hex", "hex_reversed") and technology is CardTechnology.MIFARE:
            uid_lengths = ISO14443_UID_LENGTHS
        self.uid_lengths = uid_lengths
        self._framer = LineFramer(MAX_LINE_BYTES, accept_lone_cr=True)
        self.stats: dict[str, int] = dict.fromkeys(("lines", "credentials", "repeats_suppressed", "rejected"), 0)

    def reset(self) -> None:
        """Drop a partial line and forget the card on the reader (after a reconnect)."""
        self._framer.reset()
        self._repeats.forget()

    def feed(self, data: bytes) -> list[DeviceEvent]:
        """Consume bytes; return one event per new card presentation or bad line."""
        events: list[DeviceEvent] = []
        for item in self._framer.feed(data):
            if isinstance(item, Overlong):
                events.append(self._reject(f"reader line longer than {MAX_LINE_BYTES} bytes"))
                continue
            self.stats["lines"] += 1
            event = self._decode_line(item)
            if event is not None:
                events.append(event)
        return events

    def _decode_line(self, line: bytes) -> DeviceEvent | None:
        text = line.decode("ascii", errors="replace").strip()
        if not text:
            return None
        try:
            uid = parse_uid(text, self.style)
        except ValueError as error:
            return self._reject(f"reader line is not a UID: {error}")
        if self.uid_lengths is not None and len(uid) not in self.uid_lengths:
            allowed = "/".join(str(length) for length in self.uid_lengths)
            return self._reject(f"reader sent a {len(uid)}-byte UID; expected {allowed} bytes")
        if self._repeats.is_repeat(uid):
            self.stats["repeats_suppressed"] += 1
            return None
        self.stats["credentials"] += 1
        return CredentialPresented(CardCredential(uid, self.technology, self.reader_id))

    def _reject(self, reason: str) -> FrameRejected:
        self.stats["rejected"] += 1
        return FrameRejected(reason)
