"""Wrong enrolment codes counted per client address, so 8 digits cannot be guessed by trying.

After ``limit`` wrong codes within ``window_s`` from one address, that address is refused
(429, ``Retry-After``) until its oldest counted failure leaves the window. Counted in
memory, per hub process: a guesser behind one address meets every process's limit.
"""
from __future__ import annotations

import math
import time
from collections import deque
from typing import Callable


MAX_ADDRESSES = 10_000


class WrongCodeLimit:
    """Wrong codes per client address within a sliding window."""

    def __init__(self, limit: int = 10, window_s: float = 900.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._limit = limit
        self._window_s = window_s
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}

    def retry_after_s(self, address: str) -> int | None:
        """Seconds until ``address`` may try again; None when it may try now."""
        failures = self._recent(address)
        if len(failures) < self._limit:
            return None
        return max(1, math.ceil(failures[0] + self._window_s - self._clock()))

    def failed(self, address: str) -> None:
        if len(self._failures) > MAX_ADDRESSES:  # many addresses each tried once: forget those whose window passed
            for other in list(self._failures):
                self._recent(other)
        self._recent(address).append(self._clock())

    def _recent(self, address: str) -> deque[float]:
        failures = self._failures.setdefault(address, deque())
        while failures and failures[0] <= self._clock() - self._window_s:
            failures.popleft()
        if not failures:
            self._failures.pop(address, None)
            failures = self._failures.setdefault(address, deque())
        return failures
