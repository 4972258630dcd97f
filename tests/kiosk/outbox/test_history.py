"""What trainer mode and diagnostics read back: newest first, filtered, purged without losing anything unsent."""
from __future__ import annotations

import time

import pytest

from hardware.events import CardCredential
from kiosk.models import MemberSession

from kiosk.outbox import history
from kiosk.outbox.status import DeliveryState
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS
from tests.kiosk.outbox.support import WAIT_S, member_key_of, wait_for_state, weighing

DAY_S = 86_400.0


async def test_items_come_newest_first_with_every_destination_state(db, egym, platforms, outboxes) -> None:
    backup = platforms("egym-backup")
    outbox = await outboxes([egym, backup])
    session = await egym.log_in()
    now_ms = int(time.time() * 1000)
    older, newer = weighing(70.0, timestamp_ms=now_ms - 60_000), weighing(71.0, timestamp_ms=now_ms)
    backup.state.faults.fail_next(400, path_prefix="/api/v1/measurements")  # the backup refuses the oldest item
    for item in (older, newer):
        await outbox.capture(item, session, member_label="Dana W.")
    await outbox.deliver_now(older.unique_id, timeout_s=WAIT_S)
    await outbox.deliver_now(newer.unique_id, timeout_s=WAIT_S)
    await outbox.aclose()

    items = await history.recent(db)

    assert [item.unique_id for item in items] == [newer.unique_id, older.unique_id]
    assert [(d.destination, d.state) for d in items[1].deliveries] == [
        ("egym", DeliveryState.SENT), ("egym-backup", DeliveryState.REJECTED)]
    assert items[1].deliveries[1].status.reason == "rejected"
    assert items[0].member_label == "Dana W." and items[0].values == newer.values


async def test_filters_pick_items_by_state_and_destination(db, egym, platforms, outboxes) -> None:
    backup = platforms("egym-backup")
    outbox = await outboxes([egym, backup])
    session = await egym.log_in()
    refused_by_backup, fine = weighing(70.0), weighing(71.0)
    await outbox.capture(refused_by_backup, session)
    backup.state.faults.fail_next(400, path_prefix="/api/v1/measurements")
    await outbox.deliver_now(refused_by_backup.unique_id, timeout_s=WAIT_S)
    await outbox.capture(fine, session)
    await outbox.deliver_now(fine.unique_id, timeout_s=WAIT_S)
    await outbox.aclose()

    rejected = await history.recent(db, state=DeliveryState.REJECTED)
    rejected_at_egym = await history.recent(db, state=DeliveryState.REJECTED, destination="egym")
    sent_at_backup = await history.recent(db, state=DeliveryState.SENT, destination="egym-backup")

    assert [item.unique_id for item in rejected] == [refused_by_backup.unique_id]
    assert rejected_at_egym == []
    assert [item.unique_id for item in sent_at_backup] == [fine.unique_id]


async def test_paging_walks_through_the_list(db, egym, outboxes) -> None:
    outbox = await outboxes([egym], start=False)
    session = await egym.log_in()
    now_ms = int(time.time() * 1000)
    items = [weighing(70 + n, timestamp_ms=now_ms - n * 1000) for n in range(5)]
    for item in items:
        await outbox.capture(item, session)

    pages = [await history.recent(db, limit=2, offset=offset) for offset in (0, 2, 4)]

    assert [[item.unique_id for item in page] for page in pages] == [
        [items[0].unique_id, items[1].unique_id], [items[2].unique_id, items[3].unique_id], [items[4].unique_id]]


async def test_purging_removes_old_finished_items_but_never_unsent_ones(db, egym, outboxes) -> None:
    clock_s = [time.time() - 40 * DAY_S]
    outbox = await outboxes([egym], clock=lambda: clock_s[0])
    session = await egym.log_in()
    # A member whose re-login fails: their item stays unsent, waiting for them.
    locked_out = MemberSession("egym", CardCredential(b"\x01\x02\x03\x04"), "revoked", session.expires_at_ms,
                               user_id="another-member")
    old_sent, old_unsent, recent_sent = weighing(70.0), weighing(71.0), weighing(72.0)
    await outbox.capture(old_sent, session)
    await outbox.capture(old_unsent, locked_out)
    await outbox.deliver_now(old_sent.unique_id, timeout_s=WAIT_S)
    await outbox.deliver_now(old_unsent.unique_id, timeout_s=WAIT_S)
    clock_s[0] = time.time()
    await outbox.capture(recent_sent, session)
    await outbox.deliver_now(recent_sent.unique_id, timeout_s=WAIT_S)
    await outbox.aclose()

    purged = await history.purge_older_than(db, 30)

    assert purged == 1
    assert await history.item(db, old_sent.unique_id) is None
    kept = await history.item(db, old_unsent.unique_id)
    assert kept is not None and kept.deliveries[0].state is DeliveryState.NEEDS_REAUTH
    assert (await history.item(db, recent_sent.unique_id)).deliveries[0].state is DeliveryState.SENT


async def test_records_keep_member_details_out_of_their_repr(db, egym, outboxes) -> None:
    outbox = await outboxes([egym], start=False)
    session = await egym.log_in()
    await outbox.capture(weighing(), session, member_label="Dana W.")

    [item] = await history.recent(db)

    assert "Dana" not in repr(item) and session.user_id not in repr(item)


@pytest.mark.parametrize(("limit", "offset"), [(0, 0), (5, -1)])
async def test_nonsense_paging_is_refused(db, limit, offset) -> None:
    with pytest.raises(ValueError, match="limit >= 1 and offset >= 0"):
        await history.recent(db, limit=limit, offset=offset)


async def test_stats_come_from_the_stored_rows(db, egym, outboxes) -> None:
    outbox = await outboxes([egym])
    measurement = weighing()
    await outbox.capture(measurement, await egym.log_in())
    await wait_for_state(outbox, measurement.unique_id, "egym", DeliveryState.SENT)
    await outbox.aclose()

    stats = await history.outbox_stats(db)

    assert stats.count(DeliveryState.SENT) == 1 and stats.unfinished == 0 and stats.oldest_pending_age_s is None


async def test_purging_a_members_last_result_also_forgets_which_account_they_logged_in_with(db, egym, outboxes) -> None:
    clock_s = [time.time() - 40 * DAY_S]
    outbox = await outboxes([egym], clock=lambda: clock_s[0])
    gone, staying = await egym.log_in(DEMO_MEMBERS[0]), await egym.log_in(DEMO_MEMBERS[1])
    old_of_gone, old_of_staying, recent_of_staying = weighing(70.0), weighing(80.0), weighing(80.5)
    await outbox.capture(old_of_gone, gone)
    await outbox.capture(old_of_staying, staying)
    clock_s[0] = time.time()
    await outbox.capture(recent_of_staying, staying)
    for item in (old_of_gone, old_of_staying, recent_of_staying):
        await outbox.deliver_now(item.unique_id, timeout_s=WAIT_S)
    await outbox.aclose()

    assert await history.purge_older_than(db, 30) == 2

    assert await member_key_of(db, gone) is None  # nothing of theirs is left here
    assert await member_key_of(db, staying) == (await history.item(db, recent_of_staying.unique_id)).member_key
