"""Timers for the session flow, behind a small interface so tests can drive time by hand.

The flow only ever asks "call this in N seconds" and may cancel the answer. In the
kiosk that is the running asyncio loop (under qasync, the Qt loop); in tests it is a
:class:`ManualScheduler` whose clock moves only when the test calls :meth:`advance`.
"""
from __future__ import annotations

import asyncio
import heapq
import itertools
from typing import Callable, Protocol


class TimerHandle(Protocol):
    """A pending call that can be called off. Cancelling twice, or after it ran, is harmless."""

    def cancel(self) -> None: ...


class Scheduler(Protocol):
    """Runs a callback once, ``delay_s`` seconds from now, on the flow's thread."""

    def call_later(self, delay_s: float, callback: Callable[[], None]) -> TimerHandle: ...


class AsyncioScheduler:
    """Timers on the running asyncio event loop (the Qt loop when run under qasync)."""

    def call_later(self, delay_s: float, callback: Callable[[], None]) -> TimerHandle:
        return asyncio.get_running_loop().call_later(max(0.0, delay_s), callback)


class _ManualTimer:
    def __init__(self, due: float, callback: Callable[[], None]) -> None:
        self.due = due
        self.callback = callback
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


class ManualScheduler:
    """A clock that stands still until :meth:`advance` moves it; callbacks run in due order."""

    def __init__(self) -> None:
        self.now = 0.0
        self._queue: list[tuple[float, int, _ManualTimer]] = []
        self._order = itertools.count()

    def call_later(self, delay_s: float, callback: Callable[[], None]) -> TimerHandle:
        timer = _ManualTimer(self.now + max(0.0, delay_s), callback)
        heapq.heappush(self._queue, (timer.due, next(self._order), timer))
        return timer

    def advance(self, seconds: float) -> None:
        """Move the clock forward, running every callback that falls due, including new ones."""
        target = self.now + seconds
        while self._queue and self._queue[0][0] <= target:
            due, _, timer = heapq.heappop(self._queue)
            if timer.cancelled:
                continue
            self.now = due
            timer.callback()
        self.now = target

    @property
    def pending(self) -> int:
        """How many timers are still waiting to run."""
        return sum(1 for _, _, timer in self._queue if not timer.cancelled)
