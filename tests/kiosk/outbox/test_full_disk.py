"""A full disk at capture: the measurement waits in memory, the write is retried, nothing is lost."""
from __future__ import annotations

import asyncio

from kiosk.outbox.status import DeliveryState
from tests.kiosk.outbox.disk import fill_the_disk, free_some_space, stored_ids
from tests.kiosk.outbox.support import MEMBER, WAIT_S, wait_for_state, weighing

LABEL = f"{MEMBER.first_name} {MEMBER.last_name[:1]}."


async def test_a_capture_on_a_full_disk_waits_in_memory_and_returns_once_it_is_stored(db, egym, outboxes) -> None:
    session = await egym.log_in()
    outbox = await outboxes([egym])
    reading = weighing()
    fillers = await fill_the_disk(db, reading, label=LABEL)
    delayed = asyncio.Event()

    capture = asyncio.create_task(outbox.capture(reading, session, LABEL, on_delayed=delayed.set))
    async with asyncio.timeout(WAIT_S):
        await delayed.wait()
    assert not capture.done(), "capture must not return before the measurement is on disk"
    assert reading.unique_id not in await stored_ids(db)

    await free_some_space(db)
    async with asyncio.timeout(WAIT_S):
        await capture
    assert len(await stored_ids(db)) == fillers + 1 and reading.unique_id in await stored_ids(db)
    await wait_for_state(outbox, reading.unique_id, "egym", DeliveryState.SENT)
    assert egym.stored_ids() == [reading.unique_id]


async def test_a_held_measurement_is_stored_and_sent_even_when_nobody_waits_for_it_any_more(db, egym, outboxes) -> None:
    session = await egym.log_in()
    outbox = await outboxes([egym])
    reading = weighing()
    await fill_the_disk(db, reading, label=LABEL)
    delayed = asyncio.Event()
    capture = asyncio.create_task(outbox.capture(reading, session, LABEL, on_delayed=delayed.set))
    async with asyncio.timeout(WAIT_S):
        await delayed.wait()

    capture.cancel()  # the screen that asked has gone
    await free_some_space(db)

    await wait_for_state(outbox, reading.unique_id, "egym", DeliveryState.SENT)
    assert egym.stored_ids() == [reading.unique_id]
