"""EGYM's standalone login limit, kept on the kiosk: at most 10 token requests per second per client id.

EGYM sends no rate-limit headers for logins (so :class:`~kiosk.cloud.pacing.RatePacer`, which
follows the server's reports, has nothing to go on): this is a sliding window of the start
times of the last ``limit`` requests. A request that would be the eleventh within one second
waits until the oldest one leaves the window, so EGYM never has to answer 429.
"""
from __future__ import annotations

import asyncio
import time
from collections import deque
from typing import Awaitable, Callable

LOGINS_PER_SECOND = 10


class LoginRateLimit:
    """Spaces token requests so no window of ``window_s`` holds more than ``limit`` of them."""

    def __init__(
        self,
        limit: int = LOGINS_PER_SECOND,
        window_s: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._limit = limit
        self._window_s = window_s
        self._clock = clock
        self._sleep = sleep
        self._starts: deque[float] = deque()
        self._lock = asyncio.Lock()

    async def wait_turn(self) -> None:
        """Return when one more request fits the window, and count it."""
        async with self._lock:
            while True:
                now = self._clock()
                while self._starts and now - self._starts[0] >= self._window_s:
                    self._starts.popleft()
                if len(self._starts) < self._limit:
                    self._starts.append(now)
                    return
                await self._sleep(self._window_s - (now - self._starts[0]))
