"""Every captured measurement reaches EGYM exactly once, through failures, limits, restarts and re-logins.

The cloud is the EGYM sandbox over real (in-process) HTTP; storage is a real SQLite file.
"""
from __future__ import annotations

import dataclasses

import asyncio
import logging
import math
import time

import pytest

from hardware.events import CardCredential
from kiosk.cloud.base import DeliveryPolicy
from kiosk.models import Measurement, MemberSession, new_measurement_id
from kiosk.outbox import history
from kiosk.outbox.schedule import DeliverySchedule
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.storage import Database
from tests.kiosk.outbox.support import FAST_RETRY, WAIT_S, member_key_of, wait_for_state, weighing

PENDING, SENDING, SENT = DeliveryState.PENDING, DeliveryState.SENDING, DeliveryState.SENT
DAY_MS = 86_400_000


async def test_a_capture_is_on_disk_before_capture_returns(tmp_path, egym, outboxes) -> None:
    outbox = await outboxes([egym], start=False)
    session = await egym.log_in()
    measurement = weighing()

    await outbox.capture(measurement, session, member_label="Dana W.")

    # A second connection sees it at once, as the kiosk would after a power cut.
    reopened = Database(tmp_path / "kiosk.db")
    try:
        stored = await history.item(reopened, measurement.unique_id)
        members_key = await member_key_of(reopened, session)
    finally:
        reopened.close()
    assert stored is not None
    assert stored.values == measurement.values and stored.timestamp_ms == measurement.timestamp_ms
    assert stored.member_label == "Dana W." and stored.member_key == members_key
    assert [(d.destination, d.state) for d in stored.deliveries] == [("egym", PENDING)]
    assert outbox.statuses(measurement.unique_id) == (DeliveryStatus("egym", PENDING),)


async def test_a_capture_waits_for_confirmation_and_not_me_means_it_is_never_sent(egym, outboxes) -> None:
    outbox = await outboxes([egym], retry=DeliverySchedule(base_s=0.005, cap_s=0.02, confirm_wait_s=0.05))
    session = await egym.log_in()
    not_me, unconfirmed = weighing(90.0), weighing(70.0)
    await outbox.capture(not_me, session)
    await outbox.capture(unconfirmed, session)

    await outbox.discard(not_me.unique_id, "not-me")
    # Nobody confirmed or refused the other one: after the wait it is sent anyway.
    await wait_for_state(outbox, unconfirmed.unique_id, "egym", SENT)

    assert outbox.statuses(not_me.unique_id) == (DeliveryStatus("egym", DeliveryState.DISCARDED, "not-me"),)
    assert egym.stored_ids() == [unconfirmed.unique_id]


async def test_a_measurement_is_sent_once_and_recorded_as_sent(db, egym, outboxes) -> None:
    outbox = await outboxes([egym])
    measurement = weighing()
    await outbox.capture(measurement, await egym.log_in())

    statuses = await outbox.deliver_now(measurement.unique_id, timeout_s=WAIT_S)

    assert statuses == (DeliveryStatus("egym", SENT),)
    [stored] = egym.state.measurements()
    assert stored["uniqueMeasurementId"] == measurement.unique_id
    assert stored["data"] == {"WEIGHT_KG": 72.4, "BODY_FAT_PERCENTS": 18.5}
    await outbox.aclose()
    [delivery] = (await history.item(db, measurement.unique_id)).deliveries
    assert (delivery.state, delivery.attempts, delivery.next_attempt_at) == (SENT, 1, None)


async def test_a_refused_measurement_is_final_and_keeps_the_field_errors(db, egym, outboxes) -> None:
    outbox = await outboxes([egym])
    session = await egym.log_in()
    from_the_future = weighing(timestamp_ms=int(time.time() * 1000) + 3_600_000)
    await outbox.capture(from_the_future, session)

    [status] = await outbox.deliver_now(from_the_future.unique_id, timeout_s=WAIT_S)

    assert (status.state, status.reason) == (DeliveryState.REJECTED, "rejected")
    assert status.detail  # EGYM's own explanation, for trainers
    # The queue moves on, and the refused item is never tried again.
    later = weighing()
    await outbox.capture(later, session)
    await wait_for_state(outbox, later.unique_id, "egym", SENT)
    assert egym.state.stats()["requestsByStatus"].get("400") == 1
    await outbox.aclose()
    [delivery] = (await history.item(db, from_the_future.unique_id)).deliveries
    assert delivery.state is DeliveryState.REJECTED and delivery.next_attempt_at is None
    assert [error.name for error in delivery.field_errors] == ["timestamp"]


async def test_a_rate_limit_with_retry_after_pauses_the_whole_queue_for_that_long(db, egym, outboxes) -> None:
    outbox = await outboxes([egym])
    session = await egym.log_in()
    first, second = weighing(70.1), weighing(70.2)
    await outbox.capture(first, session)
    egym.state.faults.fail_next(429, retry_after=120)

    [status] = await outbox.deliver_now(first.unique_id, timeout_s=WAIT_S)
    await outbox.capture(second, session)
    [second_status] = await outbox.deliver_now(second.unique_id, timeout_s=WAIT_S)

    assert (status.state, status.reason) == (PENDING, "rate-limited")
    assert (second_status.state, second_status.reason) == (PENDING, "rate-limited")
    assert egym.state.stats()["requestsByStatus"] == {"200": 2, "429": 1}  # login, profile, one refused POST
    await outbox.aclose()
    [delivery] = (await history.item(db, first.unique_id)).deliveries
    assert delivery.next_attempt_at - delivery.updated_at == pytest.approx(120, abs=5)


async def test_a_short_retry_after_is_waited_out_and_the_item_then_sent(egym, outboxes) -> None:
    outbox = await outboxes([egym])
    measurement = weighing()
    await outbox.capture(measurement, await egym.log_in())
    egym.state.faults.fail_next(429, retry_after=1)

    [status] = await outbox.deliver_now(measurement.unique_id, timeout_s=WAIT_S)
    await wait_for_state(outbox, measurement.unique_id, "egym", SENT)

    assert status.reason == "rate-limited"
    assert egym.stored_ids() == [measurement.unique_id]


async def test_a_rate_limit_without_retry_after_backs_off_and_then_sends(db, egym, outboxes) -> None:
    outbox = await outboxes([egym])
    measurement = weighing()
    await outbox.capture(measurement, await egym.log_in())
    egym.state.faults.fail_next(429)

    [status] = await outbox.deliver_now(measurement.unique_id, timeout_s=WAIT_S)
    await wait_for_state(outbox, measurement.unique_id, "egym", SENT)

    assert (status.state, status.reason) == (PENDING, "rate-limited")
    assert egym.stored_ids() == [measurement.unique_id]
    await outbox.aclose()
    assert (await history.item(db, measurement.unique_id)).deliveries[0].attempts == 2


async def test_server_errors_are_retried_until_the_measurement_is_stored(db, egym, outboxes) -> None:
    outbox = await outboxes([egym])
    measurement = weighing()
    await outbox.capture(measurement, await egym.log_in())
    egym.state.faults.fail_next(503, count=3)

    [status] = await outbox.deliver_now(measurement.unique_id, timeout_s=WAIT_S)
    await wait_for_state(outbox, measurement.unique_id, "egym", SENT)

    assert (status.state, status.reason) == (PENDING, "offline")
    assert egym.stored_ids() == [measurement.unique_id]
    await outbox.aclose()
    assert (await history.item(db, measurement.unique_id)).deliveries[0].attempts == 4


async def test_a_reply_lost_after_egym_stored_it_is_retried_and_egym_holds_exactly_one(egym, outboxes) -> None:
    outbox = await outboxes([egym])
    measurement = weighing()
    await outbox.capture(measurement, await egym.log_in())
    egym.state.faults.drop_next(after_processing=True)

    [status] = await outbox.deliver_now(measurement.unique_id, timeout_s=WAIT_S)
    await wait_for_state(outbox, measurement.unique_id, "egym", SENT)

    assert (status.state, status.reason) == (PENDING, "offline")
    assert egym.stored_ids() == [measurement.unique_id]
    assert egym.state.stats()["duplicates"] == 1


async def test_sending_one_item_twice_at_once_makes_a_single_request(egym, outboxes) -> None:
    outbox = await outboxes([egym])
    measurement = weighing()
    await outbox.capture(measurement, await egym.log_in())

    both = await asyncio.gather(
        outbox.deliver_now(measurement.unique_id, timeout_s=WAIT_S),
        outbox.deliver_now(measurement.unique_id, timeout_s=WAIT_S),
    )

    assert both == [(DeliveryStatus("egym", SENT),)] * 2
    assert egym.state.stats()["requestsByStatus"]["204"] == 1
    assert egym.state.stats()["duplicates"] == 0


async def test_the_member_at_the_kiosk_goes_ahead_of_the_backlog(egym, outboxes) -> None:
    outbox = await outboxes([egym], start=False, concurrency=1)
    session = await egym.log_in()
    backlog = [weighing(70 + n / 10) for n in range(10)]
    for item in backlog:
        await outbox.capture(item, session)
    just_now = weighing(80.0)
    await outbox.capture(just_now, session)

    await outbox.start()
    [status] = await outbox.deliver_now(just_now.unique_id, timeout_s=WAIT_S)

    assert status.state is SENT
    assert egym.stored_ids()[0] == just_now.unique_id
    for item in backlog:
        await wait_for_state(outbox, item.unique_id, "egym", SENT)
    assert egym.stored_ids()[1:] == [item.unique_id for item in backlog]  # the rest oldest first


async def test_an_item_whose_member_cannot_log_in_again_waits_until_they_tap_again(egym, outboxes) -> None:
    outbox = await outboxes([egym])
    real = await egym.log_in()
    # Both tokens are dead and the credential no longer logs in: re-authentication fails.
    stale = MemberSession("egym", CardCredential(b"\x01\x02\x03\x04"), "revoked-token", real.expires_at_ms,
                          refresh_token=None, user_id=real.user_id)
    waiting = weighing(70.0)
    await outbox.capture(waiting, stale)

    [status] = await outbox.deliver_now(waiting.unique_id, timeout_s=WAIT_S)
    assert (status.state, status.reason) == (DeliveryState.NEEDS_REAUTH, "auth")
    assert egym.stored_ids() == []

    # The same member taps again and weighs: the waiting item rides on the fresh session.
    await outbox.capture(weighing(70.5), await egym.log_in())
    await wait_for_state(outbox, waiting.unique_id, "egym", SENT)
    assert waiting.unique_id in egym.stored_ids()


async def test_a_measurement_older_than_egym_accepts_expires_without_a_request(egym, outboxes) -> None:
    outbox = await outboxes([egym])
    eight_days_old = weighing(timestamp_ms=int(time.time() * 1000) - 8 * DAY_MS)
    await outbox.capture(eight_days_old, await egym.log_in())

    [status] = await outbox.deliver_now(eight_days_old.unique_id, timeout_s=WAIT_S)

    assert status.state is DeliveryState.EXPIRED and "7 days" in status.detail
    assert egym.state.stats()["requestsByStatus"] == {"200": 2}  # login and profile only


async def test_the_age_limit_is_a_setting_per_destination(platforms, outboxes) -> None:
    egym, backup = platforms("egym"), platforms("egym-backup")
    egym.integration.delivery_policy = DeliveryPolicy(max_age_s=60)
    outbox = await outboxes([egym, backup], retry=DeliverySchedule(base_s=0.005, cap_s=0.02))
    two_minutes_old = weighing(timestamp_ms=int(time.time() * 1000) - 120_000)
    await outbox.capture(two_minutes_old, await egym.log_in())

    statuses = await outbox.deliver_now(two_minutes_old.unique_id, timeout_s=WAIT_S)

    assert [(s.destination, s.state) for s in statuses] == [("egym", DeliveryState.EXPIRED), ("egym-backup", SENT)]


async def test_after_a_restart_unfinished_items_wait_for_the_member_and_are_then_sent(db, egym, outboxes) -> None:
    before = await outboxes([egym], start=False)
    session = await egym.log_in()
    queued, in_flight = weighing(70.1), weighing(70.2)
    await before.capture(queued, session)
    await before.capture(in_flight, session)
    # The process died while the request for one of them was in flight.
    await db.run(lambda conn: conn.execute(
        "UPDATE deliveries SET state = 'sending' WHERE unique_id = ?", (in_flight.unique_id,)))

    after = await outboxes([egym])  # a new process: no sessions in memory

    assert [s.state for s in after.statuses(queued.unique_id) + after.statuses(in_flight.unique_id)] == [
        DeliveryState.NEEDS_REAUTH, DeliveryState.NEEDS_REAUTH]
    newest = weighing(70.3)
    await after.capture(newest, await egym.log_in())
    for item in (queued, in_flight, newest):
        await wait_for_state(after, item.unique_id, "egym", SENT)
    assert sorted(egym.stored_ids()) == sorted([queued.unique_id, in_flight.unique_id, newest.unique_id])


async def test_a_restart_with_the_member_present_resumes_queued_and_interrupted_items(db, egym, outboxes) -> None:
    before = await outboxes([egym], start=False)
    queued, interrupted = weighing(70.1), weighing(70.2)
    session = await egym.log_in()
    await before.capture(queued, session)
    await before.capture(interrupted, session)
    await db.run(lambda conn: conn.execute(
        "UPDATE deliveries SET state = 'sending' WHERE unique_id = ?", (interrupted.unique_id,)))
    after = await outboxes([egym], start=False)
    seen: list[tuple[str, DeliveryState]] = []
    after.subscribe(lambda unique_id, status: seen.append((unique_id, status.state)))
    newest = weighing(70.3)
    await after.capture(newest, await egym.log_in())  # the member is back before the queue starts

    await after.start()
    for item in (queued, interrupted, newest):
        await wait_for_state(after, item.unique_id, "egym", SENT)

    assert (interrupted.unique_id, PENDING) in seen  # put back from SENDING, then sent
    assert DeliveryState.NEEDS_REAUTH not in {state for _, state in seen}
    assert sorted(egym.stored_ids()) == sorted([queued.unique_id, interrupted.unique_id, newest.unique_id])


async def test_a_destination_never_has_more_requests_in_flight_than_allowed(egym, outboxes) -> None:
    egym.state.faults.latency(ms=30, path_prefix="/api/v1/measurements")
    outbox = await outboxes([egym], concurrency=2)
    in_flight: set[str] = set()
    most_at_once = 0

    def track(unique_id: str, status: DeliveryStatus) -> None:
        nonlocal most_at_once
        (in_flight.add if status.state is SENDING else in_flight.discard)(unique_id)
        most_at_once = max(most_at_once, len(in_flight))

    outbox.subscribe(track)
    session = await egym.log_in()
    items = [weighing(70 + n / 10) for n in range(6)]
    for item in items:
        await outbox.capture(item, session)
    for item in items:
        await wait_for_state(outbox, item.unique_id, "egym", SENT)

    assert most_at_once == 2
    assert sorted(egym.stored_ids()) == sorted(item.unique_id for item in items)


async def test_items_captured_before_start_keep_their_session_and_are_sent(egym, outboxes) -> None:
    outbox = await outboxes([egym], start=False)
    measurement = weighing()
    await outbox.capture(measurement, await egym.log_in())

    await outbox.start()

    await wait_for_state(outbox, measurement.unique_id, "egym", SENT)
    assert egym.stored_ids() == [measurement.unique_id]


async def test_closing_mid_request_puts_the_item_back_in_the_queue(db, egym, outboxes) -> None:
    outbox = await outboxes([egym])
    measurement = weighing()
    await outbox.capture(measurement, await egym.log_in())
    egym.state.faults.latency(ms=60_000)
    await wait_for_state(outbox, measurement.unique_id, "egym", SENDING)

    await outbox.aclose()

    [delivery] = (await history.item(db, measurement.unique_id)).deliveries
    assert delivery.state is PENDING and delivery.attempts == 0


async def test_discarding_stops_delivery_everywhere(egym, platforms, outboxes) -> None:
    backup = platforms("egym-backup")
    outbox = await outboxes([egym, backup], start=False)
    session = await egym.log_in()
    not_me, mine = weighing(90.0), weighing(70.0)
    await outbox.capture(not_me, session)
    await outbox.capture(mine, session)

    await outbox.discard(not_me.unique_id, "not-me")
    await outbox.start()
    await wait_for_state(outbox, mine.unique_id, "egym", SENT)
    await wait_for_state(outbox, mine.unique_id, "egym-backup", SENT)

    assert outbox.statuses(not_me.unique_id) == (
        DeliveryStatus("egym", DeliveryState.DISCARDED, "not-me"),
        DeliveryStatus("egym-backup", DeliveryState.DISCARDED, "not-me"),
    )
    assert await outbox.deliver_now(not_me.unique_id, timeout_s=WAIT_S) == outbox.statuses(not_me.unique_id)
    assert egym.stored_ids() == [mine.unique_id] and backup.stored_ids() == [mine.unique_id]


async def test_a_slow_destination_does_not_hold_up_another(platforms, outboxes) -> None:
    egym, slow = platforms("egym"), platforms("egym-slow")
    slow.state.faults.latency(ms=60_000)  # every request to the second platform hangs
    outbox = await outboxes([egym, slow])
    session = await egym.log_in()
    items = [weighing(70 + n / 10) for n in range(5)]
    for item in items:
        await outbox.capture(item, session)

    statuses = await outbox.deliver_now(items[0].unique_id, timeout_s=0.2)
    for item in items:
        await wait_for_state(outbox, item.unique_id, "egym", SENT)

    assert statuses == (DeliveryStatus("egym", SENT), DeliveryStatus("egym-slow", PENDING, "offline"))
    assert sorted(egym.stored_ids()) == sorted(item.unique_id for item in items)
    assert slow.stored_ids() == []


async def test_listeners_see_every_state_change_until_they_unsubscribe(egym, outboxes) -> None:
    outbox = await outboxes([egym])
    session = await egym.log_in()
    seen: list[tuple[str, DeliveryState, str | None]] = []
    unsubscribe = outbox.subscribe(lambda unique_id, status: seen.append((unique_id, status.state, status.reason)))
    outbox.subscribe(lambda unique_id, status: 1 / 0)  # a broken listener must not disturb anything
    measurement = weighing()
    await outbox.capture(measurement, session)
    egym.state.faults.fail_next(503)

    await outbox.deliver_now(measurement.unique_id, timeout_s=WAIT_S)
    await wait_for_state(outbox, measurement.unique_id, "egym", SENT)
    unsubscribe()
    await outbox.capture(weighing(71.0), session)

    assert seen == [
        (measurement.unique_id, PENDING, None),
        (measurement.unique_id, SENDING, None),
        (measurement.unique_id, PENDING, "offline"),
        (measurement.unique_id, SENDING, None),
        (measurement.unique_id, SENT, None),
    ]


async def test_stats_count_states_per_destination_and_the_oldest_waiting_item(egym, outboxes) -> None:
    clock_s = [1_000_000.0]
    outbox = await outboxes([egym], start=False, clock=lambda: clock_s[0])
    session = await egym.log_in()
    for kg in (70.0, 71.0):
        await outbox.capture(weighing(kg), session)
        clock_s[0] += 30
    discarded = weighing(72.0)
    await outbox.capture(discarded, session)
    await outbox.discard(discarded.unique_id, "not-me")

    stats = await outbox.stats()

    assert stats.counts == {"egym": {PENDING: 2, DeliveryState.DISCARDED: 1}}
    assert stats.count(PENDING, "egym") == 2 and stats.unfinished == 2
    assert stats.oldest_pending_age_s == 60


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        ({"weight_kg": math.nan}, "'weight_kg' must be a finite number"),
        ({"weight_kg": "heavy"}, "'weight_kg' must be a finite number"),
        ({"weight_kg": True}, "'weight_kg' must be a finite number"),
    ],
)
async def test_a_malformed_measurement_is_refused_clearly_and_nothing_is_queued(
    db, egym, outboxes, values, problem
) -> None:
    outbox = await outboxes([egym], start=False)
    unique_id = new_measurement_id()

    with pytest.raises(ValueError, match=problem):  # refused as it is built, before anything can queue it
        await outbox.capture(Measurement("body", values, unique_id), await egym.log_in())
    assert outbox.statuses(unique_id) == ()
    assert await history.item(db, unique_id) is None


async def test_tokens_names_and_card_numbers_never_reach_the_log(egym, outboxes, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    outbox = await outboxes([egym])
    session = await egym.log_in()
    stale = MemberSession("egym", CardCredential(b"\xde\xad\xbe\xef"), "revoked-token-abc", session.expires_at_ms,
                          refresh_token="revoked-refresh-xyz", user_id=session.user_id)
    egym.state.faults.fail_next(503)
    for who in (session, stale):
        measurement = weighing()
        await outbox.capture(measurement, who, member_label="Dana W.")
        await outbox.deliver_now(measurement.unique_id, timeout_s=WAIT_S)

    logged = caplog.text
    assert "outbox egym" in logged  # the outbox did log its retries and refusals
    for secret in (session.access_token, session.refresh_token, "revoked-token-abc", "revoked-refresh-xyz",
                   "Dana", "Whitfield", "DEADBEEF", "deadbeef", "A41B72C9", session.user_id):
        assert secret and secret not in logged


async def test_each_destination_keeps_its_own_tokens_so_re_logins_do_not_take_turns(egym, platforms, outboxes) -> None:
    backup = platforms("egym-backup")  # a second EGYM account: the tapped session's tokens mean nothing there
    outbox = await outboxes([egym, backup], retry=dataclasses.replace(FAST_RETRY, confirm_wait_s=120))
    session = await egym.log_in()
    measurements = [weighing(70.0 + n / 10) for n in range(5)]
    for measurement in measurements:
        await outbox.capture(measurement, session)

    for measurement in measurements:  # one after the other, each to both accounts at once
        statuses = await outbox.deliver_now(measurement.unique_id, timeout_s=WAIT_S)
        assert [status.state for status in statuses] == [SENT, SENT]

    assert egym.state.stats()["logins"] == 1  # the member's tap, nothing more
    assert backup.state.stats()["logins"] == 1  # one login with the tapped card, then its own tokens
    assert backup.stored_ids() == [m.unique_id for m in measurements]
