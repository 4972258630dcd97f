"""The manual scheduler the session tests drive time with, and the asyncio one the kiosk uses."""
import asyncio

from kiosk.session.timers import AsyncioScheduler, ManualScheduler


def test_manual_scheduler_runs_callbacks_in_due_order_only_when_time_moves():
    scheduler = ManualScheduler()
    calls: list[str] = []
    scheduler.call_later(2.0, lambda: calls.append("later"))
    scheduler.call_later(1.0, lambda: calls.append("sooner"))

    scheduler.advance(0.5)
    assert calls == []
    scheduler.advance(2.0)
    assert calls == ["sooner", "later"]
    assert scheduler.pending == 0


def test_manual_scheduler_runs_callbacks_scheduled_by_callbacks_within_the_same_advance():
    scheduler = ManualScheduler()
    ticks: list[float] = []

    def tick() -> None:
        ticks.append(scheduler.now)
        if len(ticks) < 3:
            scheduler.call_later(1.0, tick)

    scheduler.call_later(1.0, tick)
    scheduler.advance(10.0)
    assert ticks == [1.0, 2.0, 3.0]
    assert scheduler.now == 10.0


def test_cancelled_manual_timer_never_runs():
    scheduler = ManualScheduler()
    calls: list[str] = []
    handle = scheduler.call_later(1.0, lambda: calls.append("ran"))
    handle.cancel()
    handle.cancel()
    scheduler.advance(5.0)
    assert calls == []


async def test_asyncio_scheduler_calls_back_on_the_running_loop():
    fired = asyncio.Event()
    AsyncioScheduler().call_later(0.0, fired.set)
    await asyncio.wait_for(fired.wait(), timeout=5)


async def test_asyncio_timer_can_be_cancelled():
    fired: list[bool] = []
    done = asyncio.Event()
    scheduler = AsyncioScheduler()
    scheduler.call_later(0.0, lambda: fired.append(True)).cancel()
    scheduler.call_later(0.0, done.set)
    await asyncio.wait_for(done.wait(), timeout=5)
    assert fired == []
