"""Local history is kept for the configured days and then purged, never losing an unsent result;
device counters are saved where diagnostics finds them."""
from __future__ import annotations

import json
import time

from kiosk.outbox.history import recent
from kiosk.outbox.status import DeliveryState
from kiosk.runtime.devices import DeviceHub
from kiosk.runtime.housekeeping import Housekeeping
from tests.kiosk.outbox.support import wait_for_state, weighing

DAY_S = 86_400


async def test_finished_results_past_the_history_window_are_purged_unsent_ones_kept(db, egym, outboxes, tmp_path) -> None:
    long_ago = time.time() - 40 * DAY_S
    session = await egym.log_in()
    old_clock_outbox = await outboxes([egym], clock=lambda: long_ago)
    sent, unsent = weighing(70.1), weighing(70.2)
    await old_clock_outbox.capture(sent, session)
    await wait_for_state(old_clock_outbox, sent.unique_id, "egym", DeliveryState.SENT)
    egym.state.faults.fail_next(503, count=1000)  # the second one cannot be delivered
    await old_clock_outbox.capture(unsent, session)
    await old_clock_outbox.stats()  # outcomes are written in batches; this waits for the write

    chores = Housekeeping(DeviceHub([], lambda event: None), db, counters_path=tmp_path / "device-counters.json", history_days=30)
    assert await chores.run_once() == 1
    remaining = [item.unique_id for item in await recent(db, limit=10)]
    assert remaining == [unsent.unique_id]
    assert json.loads((tmp_path / "device-counters.json").read_text())["devices"] == []
    assert await chores.run_once() == 0, "purging runs once a day, not every round"
