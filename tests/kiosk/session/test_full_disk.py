"""A full disk while a member is weighed: the result waits in memory, the screen says it is not saved
yet, and it says "saved" only once the result is on disk."""
from __future__ import annotations

import pytest

from hardware.events import LiveWeight
from kiosk.models import Measurement, MemberProfile
from kiosk.outbox.status import DeliveryState
from kiosk.message_codes import MessageCode
from kiosk.session.state import SessionSnapshot
from tests.kiosk.outbox.disk import fill_the_disk, free_some_space, stored_ids
from tests.kiosk.session.test_flow import DANA, SCALE_RESULT, TIMINGS, Kiosk, S, kiosk, make_kiosk, scale_record  # noqa: F401
from ui.viewmodels.session import SessionViewModel

SAFE_STATES = (S.REVIEW, S.SUBMITTING, S.DONE)  # screens that tell the member the result is kept


async def test_a_full_disk_keeps_the_result_and_the_screen_claims_nothing_until_it_is_stored(kiosk: Kiosk) -> None:
    greeting = await kiosk.tap_in(DANA)
    assert greeting.profile is not None
    like = Measurement("body", dict(SCALE_RESULT), device_model=scale_record().model)
    fillers = await fill_the_disk(kiosk.db, like, label=greeting.profile.display_name)

    kiosk.flow.handle(LiveWeight(62.6, stable=False))
    await kiosk.until(S.MEASURING)
    kiosk.flow.handle(scale_record())
    waiting = await kiosk.until(S.MEASURING, lambda s: s.message is MessageCode.NOT_SAVED_YET)
    assert waiting.profile == greeting.profile
    assert len(await stored_ids(kiosk.db)) == fillers  # not on disk: the screen must not say it is
    kiosk.scheduler.advance(TIMINGS.idle_s - 1)  # the member stays; the screen keeps saying so
    assert kiosk.flow.snapshot.message is MessageCode.NOT_SAVED_YET

    await free_some_space(kiosk.db)
    review = await kiosk.until(S.REVIEW)
    assert review.result == SCALE_RESULT
    assert kiosk.stored_when_reviewed == [fillers + 1], "the result must be on disk before the screen shows it"
    first_safe = next(i for i, s in enumerate(kiosk.snapshots) if s.state in SAFE_STATES or s.state is S.FAILED)
    assert kiosk.snapshots[first_safe].state is S.REVIEW  # never FAILED (lost), never "saved" before

    kiosk.flow.confirm()
    done = await kiosk.until(S.DONE)
    assert [s.state for s in done.submissions] == [DeliveryState.SENT]
    [stored] = kiosk.sandbox.measurements("body")
    assert stored["userId"] == DANA.user_id


async def test_a_member_who_leaves_while_the_disk_is_full_still_gets_their_result_delivered(kiosk: Kiosk) -> None:
    greeting = await kiosk.tap_in(DANA)
    assert greeting.profile is not None
    like = Measurement("body", dict(SCALE_RESULT), device_model=scale_record().model)
    await fill_the_disk(kiosk.db, like, label=greeting.profile.display_name)
    kiosk.flow.handle(LiveWeight(62.6, stable=False))
    await kiosk.until(S.MEASURING)
    kiosk.flow.handle(scale_record())
    await kiosk.until(S.MEASURING, lambda s: s.message is MessageCode.NOT_SAVED_YET)

    kiosk.scheduler.advance(TIMINGS.idle_s + TIMINGS.warning_s)  # nobody answers "Still there?"
    assert kiosk.flow.snapshot.state is S.ATTRACT and kiosk.flow.snapshot.profile is None
    await free_some_space(kiosk.db)

    [(unique_id, _)] = [await kiosk.delivery(DeliveryState.SENT)]
    assert [m["uniqueMeasurementId"] for m in kiosk.sandbox.measurements("body")] == [unique_id]
    assert not any(s.state in SAFE_STATES for s in kiosk.snapshots)


@pytest.mark.parametrize(("locale", "status", "hint"), [
    ("en_GB", "Saving your result…", "Not saved yet. Please keep this screen open."),
    ("de_DE", "Dein Ergebnis wird gespeichert…", "Noch nicht gespeichert. Bitte lass diesen Bildschirm offen."),
    ("es_ES", "Guardando tu resultado…", "Aún no está guardado. Deja esta pantalla abierta, por favor."),
])
async def test_the_screen_says_not_saved_yet_in_the_members_language(qapp, kiosk: Kiosk, locale: str, status: str,
                                                                    hint: str) -> None:
    view_model = SessionViewModel(kiosk.flow)
    member = MemberProfile(DANA.user_id, "Dana", "W.", locale=locale)
    view_model.apply(SessionSnapshot(S.MEASURING, profile=member, live_weight_kg=62.6, message=MessageCode.NOT_SAVED_YET))
    try:
        assert (view_model.property("measuringStatus"), view_model.property("measuringHint")) == (status, hint)
        assert view_model.property("measuringTone") == "wait"
    finally:
        view_model.close()
