"""EGYM's standalone login limit (10 per second per client) is kept by the kiosk itself."""
from __future__ import annotations

import asyncio

from kiosk.cloud.egym.standalone.login_limit import LoginRateLimit


class FakeTime:
    """A clock that moves only when the limit sleeps."""

    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


async def test_the_eleventh_login_within_a_second_waits_for_the_window() -> None:
    time = FakeTime()
    limit = LoginRateLimit(clock=time.clock, sleep=time.sleep)
    starts = []
    for _ in range(25):
        await limit.wait_turn()
        starts.append(time.now)
        time.now += 0.01
    for i in range(len(starts) - 10):
        assert starts[i + 10] - starts[i] >= 1.0  # never 11 starts in one second
    assert time.slept  # and it did hold requests back


async def test_concurrent_logins_share_one_window() -> None:
    time = FakeTime()
    limit = LoginRateLimit(limit=3, clock=time.clock, sleep=time.sleep)
    await asyncio.gather(*(limit.wait_turn() for _ in range(7)))
    assert time.now - 100.0 >= 2.0  # 7 requests at 3 per second need two more windows
