"""The rate pacer keeps a server's token bucket from running dry, from its replies alone."""
from __future__ import annotations

import asyncio
import gc

import pytest
import qasync

from kiosk.cloud.pacing import RatePacer


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class ServerBucket:
    """The sandbox's token bucket, run on the same fake clock: what a real server would report."""

    def __init__(self, clock: FakeClock, per_second: float, burst: int) -> None:
        self._clock, self._per_second, self._burst = clock, per_second, burst
        self._tokens, self._updated = float(burst), clock.now
        self.refused = 0
        self.served = 0

    def request(self) -> tuple[bool, int]:
        now = self._clock.now
        self._tokens = min(self._burst, self._tokens + (now - self._updated) * self._per_second)
        self._updated = now
        if self._tokens < 1:
            self.refused += 1
            return False, 0
        self._tokens -= 1
        self.served += 1
        return True, int(self._tokens)


def drain(pacer: RatePacer, bucket: ServerBucket, clock: FakeClock, requests: int, round_trip_s: float) -> float:
    """Send ``requests`` one after another, waiting as the pacer says; returns the seconds taken."""
    started = clock.now
    for _ in range(requests):
        clock.now += pacer.delay_s()
        accepted, remaining = bucket.request()
        clock.now += round_trip_s
        pacer.observe(remaining, counted=accepted)
    return clock.now - started


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_without_a_reported_budget_nothing_waits(clock: FakeClock) -> None:
    pacer = RatePacer(reserve=2, clock=clock)
    assert pacer.delay_s() == 0
    assert pacer.available() == float("inf")


def test_a_comfortable_budget_sends_at_once(clock: FakeClock) -> None:
    pacer = RatePacer(reserve=2, clock=clock)
    pacer.observe(40)
    assert pacer.delay_s() == 0


@pytest.mark.parametrize(("per_second", "burst"), [(6, 60), (50, 5), (150, 20)])
def test_the_refill_rate_is_learnt_from_the_replies(clock: FakeClock, per_second: float, burst: int) -> None:
    pacer = RatePacer(reserve=2, clock=clock)
    bucket = ServerBucket(clock, per_second, burst)
    drain(pacer, bucket, clock, requests=burst + int(3 * per_second), round_trip_s=0.002)
    assert pacer.rate == pytest.approx(per_second, rel=0.1)


@pytest.mark.parametrize(("per_second", "burst", "round_trip_s"), [(6, 60, 0.05), (50, 5, 0.002), (150, 20, 0.004), (500, 10, 0.0005)])
def test_a_paced_drain_holds_the_allowed_rate_and_is_almost_never_refused(
    clock: FakeClock, per_second: float, burst: int, round_trip_s: float
) -> None:
    pacer = RatePacer(reserve=2, clock=clock)
    bucket = ServerBucket(clock, per_second, burst)
    requests = int(20 * per_second)
    seconds = drain(pacer, bucket, clock, requests, round_trip_s)
    assert bucket.refused < 0.01 * requests
    assert bucket.served / seconds >= 0.9 * per_second


def test_near_the_reserve_a_request_waits_for_one_refill(clock: FakeClock) -> None:
    pacer = RatePacer(reserve=2, clock=clock)
    bucket = ServerBucket(clock, per_second=100, burst=10)
    drain(pacer, bucket, clock, requests=100, round_trip_s=0.001)
    pacer.observe(2)  # exactly the reserve left: one more must wait for one token
    assert pacer.delay_s() == pytest.approx(1 / pacer.rate)
    clock.now += 1 / pacer.rate
    assert pacer.delay_s() == pytest.approx(0, abs=1e-9)


def test_a_bucket_refilled_while_idle_is_used_at_once(clock: FakeClock) -> None:
    pacer = RatePacer(reserve=2, clock=clock)
    bucket = ServerBucket(clock, per_second=100, burst=10)
    drain(pacer, bucket, clock, requests=100, round_trip_s=0.001)
    clock.now += 60
    assert pacer.available() == 9  # back to the fullest the bucket was seen, not beyond
    assert pacer.delay_s() == 0


def test_a_lifted_limit_stops_the_pacing(clock: FakeClock) -> None:
    pacer = RatePacer(reserve=2, clock=clock)
    pacer.observe(0)
    assert pacer.delay_s() > 0
    pacer.forget()
    assert pacer.delay_s() == 0


def test_a_negative_reserve_is_refused() -> None:
    with pytest.raises(ValueError, match="reserve"):
        RatePacer(reserve=-1)


async def test_requests_in_flight_count_against_the_budget_and_turns_are_taken_in_order() -> None:
    pacer = RatePacer(reserve=1)
    pacer.observe(3)
    order: list[int] = []
    release = asyncio.Event()

    async def paced(number: int) -> None:
        async with pacer.turn():
            order.append(number)
            await release.wait()
            pacer.observe(50)  # the reply: plenty left

    tasks = [asyncio.create_task(paced(n)) for n in range(4)]
    while len(order) < 2:  # two fit the budget of 3 with 1 reserved; the others must wait
        await asyncio.sleep(0)
    assert pacer.available() == 1
    assert order == [0, 1]
    release.set()
    await asyncio.gather(*tasks)
    assert order == [0, 1, 2, 3]


async def test_with_the_budget_spent_and_nothing_in_flight_one_probe_goes_out() -> None:
    pacer = RatePacer(reserve=2)
    pacer.observe(0)
    async with asyncio.timeout(5):
        async with pacer.turn():
            pass  # reached without any reply arriving: the probe


def test_a_refill_estimated_over_weeks_never_asks_for_a_timer_qt_cannot_set(qapp, clock: FakeClock) -> None:
    """Qt timers take at most 2**31 - 1 ms (24.8 days); on the kiosk's qasync loop a longer wait raised OverflowError."""
    pacer = RatePacer(reserve=2, clock=clock)
    pacer.observe(3)
    clock.now += 0.001
    pacer.observe(2)
    clock.now += 30 * 86_400  # a month later the bucket has refilled by one request
    pacer.observe(2)
    assert pacer.delay_s() > 25 * 86_400

    async def paced_request() -> None:
        asyncio.get_running_loop().call_later(0.05, pacer.observe, 100)  # then the budget is back
        async with pacer.turn():
            pass

    loop = qasync.QEventLoop(qapp)
    try:
        loop.run_until_complete(asyncio.wait_for(paced_request(), 10))
    finally:
        loop.close()
        asyncio.set_event_loop(None)
        del loop
        gc.collect()  # the loop's Qt objects go now, on this thread, not later on a database or server thread
