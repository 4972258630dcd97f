"""The result stays on screen while the member is there, and leaves with them.

Time moves only through the flow's manual scheduler: no real sleeps.
"""
from __future__ import annotations

from hardware import fields
from hardware.events import MeasurementRecord
from kiosk.outbox.status import DeliveryState
from kiosk.session.state import SessionSnapshot
from kiosk.session.state import SessionState as S
from tests.kiosk.session.test_flow import DANA, SAM, SCALE_RESULT, TIMINGS, Kiosk, KioskFactory, kiosk, make_kiosk  # noqa: F401


async def test_the_result_stays_for_60_s_while_the_member_touches_the_screen(kiosk: Kiosk) -> None:
    await kiosk.tap_in()
    await kiosk.measure()
    for _ in range(4):  # 80 s in all, a touch every 20 s
        kiosk.scheduler.advance(20)
        assert kiosk.flow.snapshot.result == SCALE_RESULT
        kiosk.flow.touch()
        assert kiosk.flow.snapshot.screen_seconds_left == TIMINGS.result_idle_s
    done = await kiosk.until(S.DONE)  # sent in the background meanwhile, on the same page
    assert done.result == SCALE_RESULT and [s.state for s in done.submissions] == [DeliveryState.SENT]
    kiosk.scheduler.advance(TIMINGS.result_idle_s - 1)
    assert kiosk.flow.snapshot.state is S.DONE and kiosk.flow.snapshot.result == SCALE_RESULT


async def test_the_countdown_is_visible_and_clears_the_member_when_nobody_touches(kiosk: Kiosk) -> None:
    await kiosk.tap_in()
    review = await kiosk.measure()
    assert review.screen_seconds_left == TIMINGS.result_idle_s
    kiosk.scheduler.advance(10)
    assert kiosk.flow.snapshot.screen_seconds_left == TIMINGS.result_idle_s - 10
    kiosk.scheduler.advance(TIMINGS.result_idle_s)
    assert kiosk.flow.snapshot == SessionSnapshot()
    await kiosk.delivery(DeliveryState.SENT)
    assert [m["userId"] for m in kiosk.sandbox.measurements()] == [DANA.user_id], "sent although they walked away"


async def test_not_me_on_the_result_asks_first_and_sends_nothing_while_asking(kiosk: Kiosk) -> None:
    await kiosk.tap_in()
    await kiosk.measure()
    kiosk.flow.ask_not_me()
    assert kiosk.flow.snapshot.confirming_not_me and kiosk.flow.snapshot.state is S.REVIEW
    kiosk.scheduler.advance(TIMINGS.review_s * 3)
    assert kiosk.flow.snapshot.state is S.REVIEW, "nothing is sent while the question is open"
    kiosk.flow.keep_result()  # "It's me"
    assert not kiosk.flow.snapshot.confirming_not_me
    kiosk.flow.ask_not_me()
    kiosk.flow.not_me()  # "Yes, not me"
    assert kiosk.flow.snapshot == SessionSnapshot()
    [unique_id] = kiosk.captured_ids()
    assert (await kiosk.final_delivery(unique_id)).state is DeliveryState.DISCARDED
    assert kiosk.sandbox.measurements() == []


async def test_leaving_while_asked_not_me_sends_nothing(kiosk: Kiosk) -> None:
    await kiosk.tap_in()
    await kiosk.measure()
    kiosk.flow.ask_not_me()
    kiosk.scheduler.advance(TIMINGS.result_idle_s)
    assert kiosk.flow.snapshot == SessionSnapshot()
    [unique_id] = kiosk.captured_ids()
    assert (await kiosk.final_delivery(unique_id)).state is DeliveryState.DISCARDED


async def test_measure_again_discards_an_unsaved_result_and_keeps_the_member(kiosk: Kiosk) -> None:
    await kiosk.tap_in()
    await kiosk.measure({**SCALE_RESULT, fields.WEIGHT_KG: 70.0})
    kiosk.flow.measure_again()
    again = kiosk.flow.snapshot
    assert again.state is S.PROFILE and again.profile is not None and again.result == {}
    [first] = kiosk.captured_ids()
    assert (await kiosk.final_delivery(first)).state is DeliveryState.DISCARDED
    review = await kiosk.measure()
    assert review.result == SCALE_RESULT
    kiosk.flow.confirm()
    await kiosk.until(S.DONE)
    kiosk.flow.measure_again()  # after saving, the saved result stays saved
    assert kiosk.flow.snapshot.state is S.PROFILE
    assert len(kiosk.sandbox.measurements()) == 1


async def test_done_goes_back_to_the_start(kiosk: Kiosk) -> None:
    await kiosk.tap_in()
    await kiosk.measure()
    kiosk.flow.confirm()
    await kiosk.until(S.DONE)
    kiosk.flow.finish()
    assert kiosk.flow.snapshot == SessionSnapshot()


async def test_the_member_sees_their_earlier_results_from_this_kiosk(kiosk: Kiosk) -> None:
    await kiosk.tap_in()
    await kiosk.measure({**SCALE_RESULT, fields.WEIGHT_KG: 65.0})
    kiosk.flow.confirm()
    await kiosk.until(S.DONE)
    kiosk.flow.finish()
    await kiosk.tap_in(SAM)  # someone else's results are not shown
    assert kiosk.flow.snapshot.history == ()
    kiosk.flow.not_me()
    await kiosk.tap_in()
    greeting = await kiosk.until(S.PROFILE, lambda s: bool(s.history))
    assert [past.values[fields.WEIGHT_KG] for past in greeting.history] == [65.0]


async def test_a_workout_before_the_tap_is_offered_and_can_be_declined(make_kiosk: KioskFactory) -> None:
    kiosk = await make_kiosk(kind="cardio")
    kiosk.flow.handle(MeasurementRecord("cardio", {fields.DURATION_S: 600.0}))
    await kiosk.tap_in()
    offer = await kiosk.until(S.PROFILE, lambda s: bool(s.offered_result))
    assert offer.offered_result == {fields.DURATION_S: 600.0}
    kiosk.flow.decline_workout()  # "Not my workout"
    assert kiosk.flow.snapshot.offered_result == {} and kiosk.flow.snapshot.state is S.PROFILE
    assert kiosk.captured_ids() == []


async def test_a_workout_finished_before_the_window_is_not_offered(make_kiosk: KioskFactory) -> None:
    kiosk = await make_kiosk(kind="cardio")
    kiosk.flow.handle(MeasurementRecord("cardio", {fields.DURATION_S: 600.0}))
    kiosk.scheduler.advance(TIMINGS.unclaimed_record_s + 1)
    await kiosk.tap_in()
    assert kiosk.flow.snapshot.offered_result == {}
