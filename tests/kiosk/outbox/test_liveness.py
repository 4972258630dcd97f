"""A destination's queue keeps moving whatever the server says: Retry-After has a ceiling, no retry
is scheduled past an item's age limit, and a failing worker loop is logged and restarted.

The cloud is the EGYM sandbox over real (in-process) HTTP; storage is a real SQLite file.
"""
from __future__ import annotations

import asyncio
import dataclasses
import gc
import logging
import time
from pathlib import Path
from typing import Any, Awaitable, Callable

import httpx
import pytest
import qasync

from kiosk.cloud.egym import EgymClient, EgymIntegration, EgymSettings
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME, SandboxState, create_app
from kiosk.cloud.egym import CallRetry
from kiosk.outbox import history
from kiosk.outbox.outbox import Outbox
from kiosk.outbox.schedule import DAY_S, DeliverySchedule
from kiosk.outbox.status import DeliveryState
from kiosk.storage import Database
from tests.kiosk.outbox.support import FAST_RETRY, MEMBER, WAIT_S, Platform, wait_for_state, weighing

PENDING, SENT, EXPIRED = DeliveryState.PENDING, DeliveryState.SENT, DeliveryState.EXPIRED
YEARS_S = 99_999_999  # a Retry-After of three years


async def test_a_retry_after_of_years_pauses_the_queue_no_longer_than_the_ceiling(db, egym, outboxes) -> None:
    outbox = await outboxes([egym])  # the default ceiling: 15 minutes
    measurement = weighing()
    await outbox.capture(measurement, await egym.log_in())
    egym.state.faults.fail_next(429, retry_after=YEARS_S)

    [status] = await outbox.deliver_now(measurement.unique_id, timeout_s=WAIT_S)

    assert (status.state, status.reason) == (PENDING, "rate-limited")
    await outbox.aclose()
    [delivery] = (await history.item(db, measurement.unique_id)).deliveries
    assert delivery.next_attempt_at - delivery.updated_at == pytest.approx(15 * 60, abs=5)


async def test_after_a_retry_after_of_years_the_item_is_retried_within_the_ceiling(egym, outboxes) -> None:
    outbox = await outboxes([egym], retry=dataclasses.replace(FAST_RETRY, max_retry_after_s=0.2))
    measurement = weighing()
    await outbox.capture(measurement, await egym.log_in())
    egym.state.faults.fail_next(429, retry_after=YEARS_S)

    [status] = await outbox.deliver_now(measurement.unique_id, timeout_s=WAIT_S)
    await wait_for_state(outbox, measurement.unique_id, "egym", SENT)

    assert status.reason == "rate-limited"
    assert egym.stored_ids() == [measurement.unique_id]


async def test_an_item_whose_age_limit_comes_before_the_retry_after_gets_a_last_try(db, egym, outboxes) -> None:
    outbox = await outboxes([egym])
    expires_at = time.time() + 62  # EGYM's seven days are up in a minute
    measurement = weighing(timestamp_ms=int((expires_at - 7 * DAY_S) * 1000))
    await outbox.capture(measurement, await egym.log_in())
    egym.state.faults.fail_next(429, retry_after=120)

    [status] = await outbox.deliver_now(measurement.unique_id, timeout_s=WAIT_S)
    await outbox.stats()  # the outcome is on disk
    [waiting] = (await history.item(db, measurement.unique_id)).deliveries
    final = await wait_for_state(outbox, measurement.unique_id, "egym", SENT, EXPIRED)

    assert status.reason == "rate-limited"
    assert waiting.next_attempt_at <= expires_at
    assert final.state is SENT
    assert egym.stored_ids() == [measurement.unique_id]


async def test_a_backoff_is_never_scheduled_past_the_age_limit(db, egym, outboxes) -> None:
    outbox = await outboxes([egym], retry=DeliverySchedule(base_s=600, cap_s=600, confirm_wait_s=0, rand=lambda: 1.0))
    expires_at = time.time() + 300
    measurement = weighing(timestamp_ms=int((expires_at - 7 * DAY_S) * 1000))
    await outbox.capture(measurement, await egym.log_in())
    egym.state.faults.fail_next(503)

    [status] = await outbox.deliver_now(measurement.unique_id, timeout_s=WAIT_S)  # next try in 600 s...
    await outbox.aclose()

    assert (status.state, status.reason) == (PENDING, "offline")
    [delivery] = (await history.item(db, measurement.unique_id)).deliveries
    assert delivery.next_attempt_at <= expires_at  # ... but no later than the last moment EGYM takes it


async def test_a_failing_worker_loop_is_logged_and_restarted_and_the_queue_still_delivers(
    egym, outboxes, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    outbox = await outboxes([egym])
    queue = outbox._queues["egym"]
    take = queue._take
    failures: list[str] = []

    def take_failing_once(*args: Any) -> None:  # a bug in the worker loop, once
        if not failures:
            failures.append("raised")
            raise RuntimeError("worker bug")
        take(*args)

    monkeypatch.setattr(queue, "_take", take_failing_once)
    caplog.set_level(logging.INFO, logger="kiosk.outbox")
    first = weighing(70.1)
    await outbox.capture(first, await egym.log_in())
    await wait_for_state(outbox, first.unique_id, "egym", SENT)

    later = weighing(70.2)
    await outbox.capture(later, await egym.log_in())
    await wait_for_state(outbox, later.unique_id, "egym", SENT)

    assert failures == ["raised"]
    [report] = [r for r in caplog.records if r.levelno == logging.ERROR and "RuntimeError" in r.getMessage()]
    assert "worker" in report.getMessage() and "egym" in report.getMessage()
    assert egym.stored_ids() == [first.unique_id, later.unique_id]


def test_on_the_qt_event_loop_a_retry_after_of_years_does_not_stop_deliveries(qapp, tmp_path: Path) -> None:
    """Qt timers take at most 2**31 - 1 ms (24.8 days); a longer wait raised OverflowError and killed the worker."""
    state = SandboxState()
    settings = EgymSettings(base_url="http://egym-sandbox.test", gym_id=DEMO_GYM_ID, machine_name=DEMO_MACHINE_NAME,
                            api_key=DEMO_API_KEY)

    async def scenario() -> None:
        client = EgymClient(settings, retry=CallRetry(max_attempts=1),
                            transport=httpx.ASGITransport(app=create_app(state)))
        egym = Platform(state, EgymIntegration(client, settings))
        database = Database(tmp_path / "kiosk.db")
        outbox = Outbox(database, [egym.integration], retry=dataclasses.replace(FAST_RETRY, max_retry_after_s=0.2))
        await outbox.start()
        try:
            measurement = weighing()
            await outbox.capture(measurement, await egym.log_in(MEMBER))
            state.faults.fail_next(429, retry_after=YEARS_S)
            [status] = await outbox.deliver_now(measurement.unique_id, timeout_s=WAIT_S)
            assert status.reason == "rate-limited"
            await wait_for_state(outbox, measurement.unique_id, "egym", SENT)
        finally:
            await outbox.aclose()
            await client.aclose()
            database.close()

    run_on_qt_loop(qapp, scenario)
    assert [record["uniqueMeasurementId"] for record in state.measurements()] != []


def run_on_qt_loop(qapp: Any, scenario: Callable[[], Awaitable[None]]) -> None:
    """Run ``scenario`` on a qasync loop, as the kiosk does: asyncio timers are Qt timers there."""
    loop = qasync.QEventLoop(qapp)
    try:
        loop.run_until_complete(scenario())
    finally:
        loop.close()
        asyncio.set_event_loop(None)
        del loop
        gc.collect()  # the loop's Qt objects go now, on this thread, not later on a database or server thread
