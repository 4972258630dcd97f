"""One presentation per card, for readers that repeat a UID while the card lies on them."""
from __future__ import annotations

import time
from typing import Callable


class RepeatFilter:
    """Tells a card still lying on the reader from a new presentation.

    The UID seen last, seen again less than ``window_s`` after that sighting, is a
    repeat. The window slides with every sighting, so a card held for a minute
    counts once, and a card lifted for longer than the window counts again.
    """

    def __init__(self, window_s: float = 1.0, clock: Callable[[], float] = time.monotonic) -> None:
        if window_s < 0:
            raise ValueError(f"repeat_suppress_s must not be negative, got {window_s!r}")
        self._window_s = window_s
        self._clock = clock
        self._last_uid: bytes | None = None
        self._last_seen = 0.0

    def is_repeat(self, uid: bytes) -> bool:
        """Record a sighting of ``uid``; True when it is the same card still on the reader."""
        now = self._clock()
        repeat = uid == self._last_uid and now - self._last_seen < self._window_s
        self._last_uid, self._last_seen = uid, now
        return repeat

    def forget(self) -> None:
        """The next sighting is a new presentation, whatever it is (e.g. after a reconnect)."""
        self._last_uid = None
