"""Slowing background requests down before a platform's rate limit is hit.

A platform that rate-limits with a token bucket tells, on every reply, how many
requests it would still accept (EGYM: ``X-RateLimit-Remaining``). A
:class:`RatePacer` keeps a copy of that bucket: the last reported count, refilled
at a rate estimated from the reports themselves, minus the requests still in
flight. Paced requests go out at once while the copy holds more than ``reserve``
requests, and otherwise wait until the estimated refill makes room. The reserve
is left for unpaced requests, such as a member logging in at the kiosk.

Platform-neutral: a client decides which requests are paced and which bucket a
reply speaks for, and reports each reply with :meth:`RatePacer.observe`.
"""
from __future__ import annotations

import asyncio
import time
from collections import deque
from contextlib import asynccontextmanager
from typing import AsyncIterator, Callable

_RATE_SPAN_S = 0.2  # shortest span of reports a refill rate is estimated over (remaining counts are whole numbers)
_RATE_WINDOW_S = 2.0  # reports older than this no longer shape the estimate
_PROBE_S = 0.05  # with the budget spent and no rate known yet, one request goes out this often
_LONGEST_NAP_S = 60.0  # a long wait is taken in naps this long: no timer beyond what Qt can set (24.8 days)


class RatePacer:
    """One rate-limit bucket as the client sees it; pace requests with :meth:`turn`.

    ``reserve`` requests of the budget are never used by paced requests. Until a
    reply has reported the budget, nothing is held back.
    """

    def __init__(self, reserve: int = 2, clock: Callable[[], float] = time.monotonic) -> None:
        if isinstance(reserve, bool) or not isinstance(reserve, int) or reserve < 0:
            raise ValueError(f"reserve must be a whole number >= 0, got {reserve!r}")
        self._reserve = reserve
        self._clock = clock
        self._remaining: float | None = None  # as last reported
        self._reported_at = 0.0
        self._ceiling = 0  # the most the bucket was seen to hold
        self._rate: float | None = None  # estimated refill, requests per second
        self._counted = 0  # replies that took a request from the bucket
        self._last_report: tuple[float, int, int] | None = None  # (when, remaining, self._counted then)
        self._spans: deque[tuple[float, float, int]] = deque()  # (ended at, seconds, refilled)
        self._span_s = 0.0
        self._span_refill = 0
        self._in_flight = 0
        self._turns = asyncio.Lock()  # paced requests wait in the order they asked
        self._news = asyncio.Event()

    @property
    def rate(self) -> float | None:
        """The estimated refill rate in requests per second, None until one is known."""
        return self._rate

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        """Wait until a request fits the budget, and count it as in flight until the block ends."""
        async with self._turns:
            while (delay := self.delay_s()) > 0:
                self._news.clear()
                try:
                    async with asyncio.timeout(min(delay, _LONGEST_NAP_S)):
                        await self._news.wait()
                except TimeoutError:
                    if not self._rate and self._in_flight == 0:
                        break  # a probe: no reply is coming to tell how fast the budget refills
            self._in_flight += 1
        try:
            yield
        finally:
            self._in_flight -= 1
            self._news.set()

    def delay_s(self) -> float:
        """How long the next paced request should wait from now (0: go)."""
        if self._remaining is None:
            return 0.0
        shortfall = self._reserve + 1 - self.available()
        if shortfall <= 0:
            return 0.0
        if self._rate is None or self._rate <= 0:
            return _PROBE_S
        return shortfall / self._rate

    def available(self) -> float:
        """Requests the bucket is estimated to hold now, less those in flight."""
        if self._remaining is None:
            return float("inf")
        refilled = self._remaining
        if self._rate:
            refilled += self._rate * max(0.0, self._clock() - self._reported_at)
        return min(refilled, self._ceiling) - self._in_flight

    def observe(self, remaining: int, counted: bool = True) -> None:
        """A reply reported ``remaining`` requests left; ``counted``: this request used one (not a 429)."""
        now = self._clock()
        self._remaining, self._reported_at = float(remaining), now
        self._ceiling = max(self._ceiling, remaining)
        if counted:
            self._counted += 1
        self._estimate_rate(now, remaining)
        self._news.set()

    def forget(self) -> None:
        """A reply reported no budget (the limit was lifted): stop pacing until one does again."""
        self._remaining = None
        self._last_report = None
        self._news.set()

    def _estimate_rate(self, now: float, remaining: int) -> None:
        """Refill between two reports = rise in ``remaining`` plus the requests that took from the bucket.

        Summed over the reports of the last ``_RATE_WINDOW_S``. A span ending at the
        ceiling is left out, as the bucket may have been full, unable to refill, for
        part of it; it still shows the rate is at least that high. Until the spans
        add up to ``_RATE_SPAN_S`` a first estimate is made from less, one request
        lower to allow for the server rounding down.
        """
        previous, self._last_report = self._last_report, (now, remaining, self._counted)
        if previous is None:
            return
        at, before, counted_before = previous
        span = (now, now - at, remaining - before + self._counted - counted_before)
        if remaining >= self._ceiling:
            if self._rate is not None and span[1] > 0:  # it refilled at least this fast
                self._rate = max(self._rate, (span[2] - 1) / span[1])
            return
        self._spans.append(span)
        self._span_s += span[1]
        self._span_refill += span[2]
        while self._spans and now - self._spans[0][0] > _RATE_WINDOW_S:
            _, seconds, refilled = self._spans.popleft()
            self._span_s -= seconds
            self._span_refill -= refilled
        if self._span_s >= _RATE_SPAN_S:
            self._rate = max(0.0, self._span_refill / self._span_s)
        elif self._rate is None and self._span_s >= _PROBE_S / 2 and self._span_refill > 1:
            self._rate = (self._span_refill - 1) / self._span_s
