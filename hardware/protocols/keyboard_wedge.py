"""Card readers that act as a USB keyboard ("keyboard wedge"): they type the UID, then Enter.

The ui layer forwards every key event (its text and a timestamp in seconds) to
:meth:`KeyboardWedgeDecoder.feed_key`; nothing here knows about Qt. A reader
types far faster than a person, so a card is a burst of at least ``min_length``
characters, each within ``max_gap_s`` of the previous one, ended by Enter within
the same gap. The burst is parsed in the site's ``uid_style`` (see
:mod:`hardware.uid`) into a :class:`CredentialPresented`; a fast burst that is no
UID in that style is a :class:`FrameRejected` (its text is never quoted).

Anything else is human typing. Keys are held back only until they can be judged
(the next key, or :meth:`KeyboardWedgeDecoder.flush` once ``max_gap_s`` has passed,
see :attr:`KeyboardWedgeDecoder.flush_due_at`), then handed back in
:attr:`WedgeOutput.typed` so the ui can deliver them to the focused field.
Key events without text (Shift, which readers use for upper-case hex) are ignored.
Defaults: 50 ms gap, 4 to 32 characters, ``hex`` style; all are site settings.
"""
from __future__ import annotations

from dataclasses import dataclass

from hardware.events import CardCredential, CardTechnology, CredentialPresented, DeviceEvent, FrameRejected
from hardware.uid import UID_STYLES, parse_uid

ENTER_KEYS = frozenset({"\r", "\n"})
DEFAULT_MAX_GAP_S = 0.05


@dataclass(frozen=True)
class WedgeOutput:
    """What one key event resolved: card events, and text judged to be typed by a person."""

    events: tuple[DeviceEvent, ...] = ()
    typed: str = ""


NOTHING = WedgeOutput()


class KeyboardWedgeDecoder:
    """Tells card-reader keystroke bursts from human typing and decodes the UID."""

    def __init__(
        self,
        uid_style: str = "hex",
        max_gap_s: float = DEFAULT_MAX_GAP_S,
        min_length: int = 4,
        max_length: int = 32,
        technology: str = CardTechnology.MIFARE.value,
        reader_id: str = "",
    ) -> None:
        if uid_style not in UID_STYLES:
            raise ValueError(f"uid_style must be one of {', '.join(UID_STYLES)}; got {uid_style!r}")
        if not max_gap_s > 0:
            raise ValueError("max_gap_s must be a positive number of seconds")
        if not 1 <= min_length <= max_length:
            raise ValueError("min_length must be at least 1 and not above max_length")
        try:
            self.technology = CardTechnology(technology)
        except ValueError:
            allowed = ", ".join(member.value for member in CardTechnology)
            raise ValueError(f"technology must be one of {allowed}; got {technology!r}") from None
        self.uid_style = uid_style
        self.max_gap_s = max_gap_s
        self.min_length = min_length
        self.max_length = max_length
        self.reader_id = reader_id
        self._burst: list[str] = []
        self._last_key_at = float("-inf")
        self._overflowed = False  # a burst too long for a UID passes through until the next pause

    @property
    def flush_due_at(self) -> float | None:
        """When :meth:`flush` would release held keys as typing (None when nothing is held)."""
        return self._last_key_at + self.max_gap_s if self._burst else None

    def feed_key(self, text: str, timestamp: float) -> WedgeOutput:
        """Consume one key event: its text and the time it happened (event time, seconds)."""
        if not isinstance(text, str) or not text:
            return NOTHING
        in_burst = 0 <= timestamp - self._last_key_at <= self.max_gap_s
        self._last_key_at = timestamp
        if not in_burst:
            self._overflowed = False
        if self._overflowed:
            return WedgeOutput(typed=text)
        held = self._release() if self._burst and not in_burst else ""
        if text in ENTER_KEYS:
            if self._burst and len(self._burst) >= self.min_length:
                return WedgeOutput(events=(self._card(),))
            return WedgeOutput(typed=held + self._release() + text)
        if len(text) != 1 or not text.isprintable():
            return WedgeOutput(typed=held + self._release() + text)
        self._burst.append(text)
        if len(self._burst) > self.max_length:
            self._overflowed = True
            held += self._release()
        return WedgeOutput(typed=held) if held else NOTHING

    def flush(self, now: float) -> WedgeOutput:
        """Release held keys as typing once no key has followed within ``max_gap_s``."""
        if self._burst and not 0 <= now - self._last_key_at <= self.max_gap_s:
            return WedgeOutput(typed=self._release())
        return NOTHING

    def _release(self) -> str:
        text = "".join(self._burst)
        self._burst.clear()
        return text

    def _card(self) -> DeviceEvent:
        text = self._release()
        try:
            uid = parse_uid(text, self.uid_style)
        except ValueError:
            return FrameRejected(f"keyboard reader: a fast {len(text)}-key burst is not a {self.uid_style} UID")
        return CredentialPresented(CardCredential(uid, self.technology, self.reader_id))
