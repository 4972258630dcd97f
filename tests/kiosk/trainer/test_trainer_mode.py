"""Trainer mode end to end against the sandbox: entry by card or PIN, idle exit, member taps,
results and trends, resend, discard and CSV export, each in the audit log."""
from __future__ import annotations

import csv

import pytest

from hardware.events import CardCredential, CredentialPresented, LiveWeight
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS
from kiosk.outbox.history import item as stored_item
from kiosk.outbox.status import DeliveryState
from kiosk.session.dispatch import EventDispatcher
from kiosk.trainer import (
    AuditLog, ExportFolder, PinOutcome, TrainerModeClosed, TrainerModePhase, StateFilter,
    card_actor,
)
from tests.kiosk.trainer.support import (
    SITE_SECRET, TRAINER_CARD, TRAINER_PIN, capture_and_send, label_of, log_in, wait_for_state, weighing,
)

TRAINER_TAP = CredentialPresented(CardCredential(TRAINER_CARD))
MEMBER_TAP = CredentialPresented(CardCredential(DEMO_MEMBERS[0].uid))
CARD_ACTOR = card_actor(TRAINER_CARD, SITE_SECRET)


async def audit_trail(db) -> list[tuple[str, str, str | None, str]]:
    """(actor, action, item, reason), oldest first."""
    return [(e.actor, e.action, e.item_id, e.reason) for e in reversed(await AuditLog(db).entries())]


async def test_a_trainer_card_opens_trainer_mode_instead_of_logging_in(db, make_trainer_mode) -> None:
    trainer_mode = await make_trainer_mode()
    to_flow: list[object] = []
    route = EventDispatcher(to_flow.append, claimers=[trainer_mode.claims])

    route(TRAINER_TAP)
    assert trainer_mode.snapshot.phase is TrainerModePhase.OPEN and trainer_mode.snapshot.actor == CARD_ACTOR
    route(MEMBER_TAP)  # members are ignored while a trainer uses the screen
    route(LiveWeight(71.0, False))  # device readings still reach the flow
    assert to_flow == [LiveWeight(71.0, False)]

    trainer_mode.exit()
    route(MEMBER_TAP)
    assert to_flow[-1] == MEMBER_TAP
    await trainer_mode.wait_idle()
    assert await audit_trail(db) == [(CARD_ACTOR, "enter", None, "card"), (CARD_ACTOR, "exit", None, "button")]


async def test_a_trainer_card_during_a_member_session_does_nothing(db, make_trainer_mode) -> None:
    trainer_mode = await make_trainer_mode(member_session_running=True)
    to_flow: list[object] = []
    EventDispatcher(to_flow.append, claimers=[trainer_mode.claims])(TRAINER_TAP)
    assert trainer_mode.snapshot.phase is TrainerModePhase.CLOSED and to_flow == []
    trainer_mode.open_keypad()
    assert trainer_mode.snapshot.phase is TrainerModePhase.CLOSED


async def test_the_right_pin_opens_trainer_mode_and_wrong_ones_are_audited(db, make_trainer_mode, clock) -> None:
    trainer_mode = await make_trainer_mode()
    trainer_mode.open_keypad()
    assert trainer_mode.snapshot.phase is TrainerModePhase.KEYPAD and trainer_mode.snapshot.attempts_left == 5

    wrong = await trainer_mode.submit_pin("111111")
    assert wrong.outcome is PinOutcome.WRONG
    assert (trainer_mode.snapshot.pin_result, trainer_mode.snapshot.attempts_left) == (PinOutcome.WRONG, 4)
    accepted = await trainer_mode.submit_pin(TRAINER_PIN)
    assert accepted.outcome is PinOutcome.ACCEPTED
    assert trainer_mode.snapshot.phase is TrainerModePhase.OPEN and trainer_mode.snapshot.actor == "pin"
    await trainer_mode.wait_idle()
    assert await audit_trail(db) == [("pin", "pin-wrong", None, "4 attempts left"), ("pin", "enter", None, "pin")]


async def test_the_keypad_shows_the_lock_counting_down_and_opens_again(db, make_trainer_mode, clock, scheduler) -> None:
    trainer_mode = await make_trainer_mode()
    trainer_mode.open_keypad()
    for _ in range(5):
        await trainer_mode.submit_pin("111111")
    assert trainer_mode.snapshot.pin_result is PinOutcome.LOCKED_NOW
    assert trainer_mode.snapshot.lock_seconds_left == 30

    clock.advance(10)
    scheduler.advance(10)
    assert trainer_mode.snapshot.lock_seconds_left == 20
    assert (await trainer_mode.submit_pin(TRAINER_PIN)).outcome is PinOutcome.LOCKED
    clock.advance(20)
    scheduler.advance(20)
    assert trainer_mode.snapshot.lock_seconds_left == 0 and trainer_mode.snapshot.attempts_left == 5
    assert (await trainer_mode.submit_pin(TRAINER_PIN)).outcome is PinOutcome.ACCEPTED
    await trainer_mode.wait_idle()
    trail = await audit_trail(db)
    assert [action for _, action, _, _ in trail] == ["pin-wrong"] * 4 + ["pin-locked", "enter"]
    assert trail[4] == ("pin", "pin-locked", None, "locked for 30 s")


async def test_trainer_mode_closes_after_two_idle_minutes_and_a_touch_restarts_them(db, make_trainer_mode, scheduler) -> None:
    trainer_mode = await make_trainer_mode()
    assert trainer_mode.claims(TRAINER_TAP.credential)

    scheduler.advance(119)
    trainer_mode.touch()
    scheduler.advance(119)
    assert trainer_mode.is_open
    scheduler.advance(1)
    assert trainer_mode.snapshot.phase is TrainerModePhase.CLOSED
    await trainer_mode.wait_idle()
    assert (await audit_trail(db))[-1] == (CARD_ACTOR, "exit", None, "idle")


async def test_an_abandoned_keypad_closes_too_and_a_member_tap_closes_it_at_once(make_trainer_mode, scheduler) -> None:
    trainer_mode = await make_trainer_mode()
    trainer_mode.open_keypad()
    scheduler.advance(120)
    assert trainer_mode.snapshot.phase is TrainerModePhase.CLOSED

    trainer_mode.open_keypad()
    assert trainer_mode.claims(MEMBER_TAP.credential) is False  # the member's session starts as usual
    assert trainer_mode.snapshot.phase is TrainerModePhase.CLOSED


async def test_results_are_unreadable_unless_trainer_mode_is_open(make_trainer_mode) -> None:
    trainer_mode = await make_trainer_mode()
    with pytest.raises(TrainerModeClosed):
        await trainer_mode.results()
    with pytest.raises(TrainerModeClosed):
        await trainer_mode.resend("anything")


async def test_results_come_newest_first_filtered_by_state_and_member(egym, outbox, sandbox, make_trainer_mode) -> None:
    dana, lukas = await log_in(egym, DEMO_MEMBERS[0]), await log_in(egym, DEMO_MEMBERS[1])
    old, refused, newest = weighing(70.1, days_ago=2), weighing(70.3, days_ago=1), weighing(84.0)
    assert (await capture_and_send(outbox, old, dana, label_of(DEMO_MEMBERS[0]))).state is DeliveryState.SENT
    sandbox.faults.fail_next(400, path_prefix="/api/v1/measurements")
    assert (await capture_and_send(outbox, refused, dana, label_of(DEMO_MEMBERS[0]))).state is DeliveryState.REJECTED
    assert (await capture_and_send(outbox, newest, lukas, label_of(DEMO_MEMBERS[1]))).state is DeliveryState.SENT
    trainer_mode = await make_trainer_mode()
    trainer_mode.claims(TRAINER_TAP.credential)

    everything = await trainer_mode.results()
    assert [i.unique_id for i in everything] == [newest.unique_id, refused.unique_id, old.unique_id]
    assert [i.member_label for i in everything] == ["Lukas B.", "Dana W.", "Dana W."]
    assert [i.unique_id for i in await trainer_mode.results(StateFilter.ATTENTION)] == [refused.unique_id]
    assert [i.unique_id for i in await trainer_mode.results(StateFilter.SENT)] == [newest.unique_id, old.unique_id]
    members = await trainer_mode.members()
    assert [(m.label, m.results) for m in members] == [("Dana W.", 2), ("Lukas B.", 1)]
    assert [i.unique_id for i in await trainer_mode.results(member_key=members[0].member_key)] == [refused.unique_id, old.unique_id]
    assert [i.unique_id for i in await trainer_mode.results(StateFilter.SENT, member_key=members[0].member_key)] == [old.unique_id]


async def test_a_members_trend_covers_their_results_here_oldest_first(db, egym, outbox, make_trainer_mode) -> None:
    dana = await log_in(egym)
    readings = [weighing(71.0, days_ago=6), weighing(70.2, days_ago=3), weighing(69.5, days_ago=0)]
    for reading in readings:
        await outbox.capture(reading, dana, "Dana W.")
    not_dana = weighing(95.0, days_ago=1)
    await outbox.capture(not_dana, dana, "Dana W.")
    await outbox.discard(not_dana.unique_id, "not me")
    trainer_mode = await make_trainer_mode()
    trainer_mode.claims(TRAINER_TAP.credential)

    [newest, *_] = await trainer_mode.results()
    points = await trainer_mode.trend(newest)
    assert [p.values["weight_kg"] for p in points] == [71.0, 70.2, 69.5]  # the "not me" weighing is left out
    assert set(points[0].values) == {"weight_kg", "body_fat_percent", "muscle_mass_kg"}
    await trainer_mode.wait_idle()
    assert (await audit_trail(db))[-1] == (CARD_ACTOR, "view-trend", newest.unique_id, "")


async def test_resend_sends_a_needs_reauth_result_at_once_while_the_members_session_is_here(
    db, egym, outbox, sandbox, make_trainer_mode
) -> None:
    dana = await log_in(egym)
    # EGYM's tokens expire and logging in again is refused for now: the result waits (for 15 minutes).
    sandbox.expire_tokens()
    sandbox.faults.fail_next(401, count=2 if dana.refresh_token else 1, path_prefix="/api/v1/oauth/token")
    waiting = weighing()
    assert (await capture_and_send(outbox, waiting, dana)).state is DeliveryState.NEEDS_REAUTH
    trainer_mode = await make_trainer_mode()
    trainer_mode.claims(TRAINER_TAP.credential)

    statuses = await trainer_mode.resend(waiting.unique_id)

    assert [s.state for s in statuses] == [DeliveryState.PENDING]
    await wait_for_state(outbox, waiting.unique_id, DeliveryState.SENT)
    assert waiting.unique_id in [m["uniqueMeasurementId"] for m in sandbox.measurements()]
    assert (await audit_trail(db))[-1] == (CARD_ACTOR, "resend", waiting.unique_id, "egym pending")


async def test_resending_a_rejected_result_waits_for_the_members_next_visit(db, egym, outbox, sandbox, make_trainer_mode) -> None:
    sandbox.faults.fail_next(400, path_prefix="/api/v1/measurements")
    refused = weighing()
    assert (await capture_and_send(outbox, refused, await log_in(egym))).state is DeliveryState.REJECTED
    trainer_mode = await make_trainer_mode()
    trainer_mode.claims(TRAINER_TAP.credential)

    # The member's session ended with their last open result: nobody can log them in now.
    [status] = await trainer_mode.resend(refused.unique_id)
    assert (status.state, status.reason) == (DeliveryState.NEEDS_REAUTH, "auth")
    assert [i.unique_id for i in await trainer_mode.results(StateFilter.NEEDS_REAUTH)] == [refused.unique_id]

    # Dana weighs again: her new session carries the waiting result along.
    await capture_and_send(outbox, weighing(70.0), await log_in(egym))
    await wait_for_state(outbox, refused.unique_id, DeliveryState.SENT)
    assert (await audit_trail(db))[-1] == (CARD_ACTOR, "resend", refused.unique_id, "egym needs-reauth")


async def test_a_result_too_old_for_egym_stays_expired_on_resend(egym, outbox, make_trainer_mode) -> None:
    too_old = weighing(days_ago=8)
    assert (await capture_and_send(outbox, too_old, await log_in(egym), "Dana W.")).state is DeliveryState.EXPIRED
    trainer_mode = await make_trainer_mode()
    trainer_mode.claims(TRAINER_TAP.credential)

    [status] = await trainer_mode.resend(too_old.unique_id)
    assert status.state is DeliveryState.EXPIRED and "7 days" in status.detail


async def test_discard_stops_delivery_and_the_reason_goes_to_the_audit_log(db, egym, outbox, sandbox, make_trainer_mode) -> None:
    stale = (await log_in(egym))
    stale.access_token, stale.refresh_token = "revoked", None
    stale.credential = CardCredential(b"\x01\x02\x03\x04")  # re-authentication fails: the result waits
    waiting = weighing()
    assert (await capture_and_send(outbox, waiting, stale, "Dana W.")).state is DeliveryState.NEEDS_REAUTH
    trainer_mode = await make_trainer_mode()
    trainer_mode.claims(TRAINER_TAP.credential)

    with pytest.raises(ValueError, match="reason"):
        await trainer_mode.discard(waiting.unique_id, "  ")
    [status] = await trainer_mode.discard(waiting.unique_id, "Test weighing by staff")

    assert (status.state, status.reason) == (DeliveryState.DISCARDED, "trainer")
    stored = await stored_item(db, waiting.unique_id)
    assert stored.deliveries[0].state is DeliveryState.DISCARDED
    assert (await audit_trail(db))[-1] == (CARD_ACTOR, "discard", waiting.unique_id, "Test weighing by staff")


async def test_export_writes_the_filtered_results_as_csv_to_the_chosen_folder(db, egym, outbox, sandbox, make_trainer_mode, tmp_path) -> None:
    dana = await log_in(egym)
    sent = weighing(70.2, days_ago=1)
    assert (await capture_and_send(outbox, sent, dana, "Dana W.")).state is DeliveryState.SENT
    sandbox.faults.fail_next(400, path_prefix="/api/v1/measurements")
    refused = weighing(69.8, bmi=23.1)
    assert (await capture_and_send(outbox, refused, dana, "Dana W.")).state is DeliveryState.REJECTED
    stick = tmp_path / "media" / "kiosk" / "STICK"
    stick.mkdir(parents=True)
    trainer_mode = await make_trainer_mode(export_folders=lambda data_dir: [ExportFolder(stick, True), ExportFolder(data_dir, False)])
    trainer_mode.claims(TRAINER_TAP.credential)

    assert [f.path for f in trainer_mode.export_folders()] == [stick, tmp_path / "data"]
    path, count = await trainer_mode.export(stick)
    filtered, filtered_count = await trainer_mode.export(stick, StateFilter.REJECTED)

    assert count == 2 and filtered_count == 1 and path.parent == stick != filtered.parent.parent
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["member"] for r in rows] == ["Dana W.", "Dana W."]
    assert [r["weight_kg"] for r in rows] == ["69.8", "70.2"]
    assert [r["bmi"] for r in rows] == ["23.1", ""]
    assert [r["egym state"] for r in rows] == ["rejected", "sent"]
    assert rows[0]["egym reason"].startswith("rejected")
    assert rows[0]["measurement id"] == refused.unique_id
    text = path.read_text(encoding="utf-8-sig")
    assert dana.access_token not in text and "api" not in text.lower()
    assert sorted(p.name for p in stick.iterdir()) == sorted([path.name, filtered.name])  # no temporary files left
    exports = [(action, reason) for _, action, _, reason in await audit_trail(db) if action == "export"]
    assert exports == [("export", f"2 results to {path}"), ("export", f"1 results to {filtered}")]


async def test_a_pin_that_cannot_be_counted_is_refused_not_waved_through(db, outbox, scheduler, pin_hash, tmp_path) -> None:
    from kiosk.storage import Database
    from kiosk.trainer import PinLock, TrainerMode, TrainerCards

    pin_store = Database(tmp_path / "pin.sqlite3")
    lock = PinLock(pin_store, pin_hash)
    await lock.load()
    trainer_mode = TrainerMode(db=db, outbox=outbox, cards=TrainerCards([], SITE_SECRET), pin=lock, audit=AuditLog(db),
                        data_dir=tmp_path, scheduler=scheduler)
    trainer_mode.open_keypad()
    pin_store.close()  # the attempt cannot be recorded

    check = await trainer_mode.submit_pin(TRAINER_PIN)

    assert check.outcome is PinOutcome.UNAVAILABLE
    assert trainer_mode.snapshot.phase is TrainerModePhase.KEYPAD and trainer_mode.snapshot.pin_result is PinOutcome.UNAVAILABLE
    await trainer_mode.aclose()
