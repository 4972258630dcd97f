"""The view-model shows a member what the flow decided, in their language and units,
and forgets them completely when the session ends."""
from __future__ import annotations

import pytest

from hardware.events import CardCredential, CredentialPresented, LiveWeight
from hardware.serial_link import DataStale
from harness.autoplay import SnapshotWaiter, in_state
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS
from kiosk.message_codes import MessageCode
from kiosk.models import MemberProfile
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.session.state import SessionSnapshot, SessionState
from ui.viewmodels.session import SessionViewModel

MEMBER_PROPERTIES = ("greetingName", "liveWeightText", "weightUnit", "resultRows", "liveRows", "submissions", "deliveryOutcome",
                     "messageText", "messageHint", "messageCode")
RESULT = {"weight_kg": 82.4, "body_fat_percent": 21.3, "muscle_mass_kg": 61.0, "bmi": 24.9}


def member(locale: str = "en_US", units: str = "METRIC") -> MemberProfile:
    return MemberProfile(user_id="-abc", first_name="Alex", last_name="Example", locale=locale, unit_system=units)


def test_weight_is_shown_in_the_members_units(qapp, flow) -> None:
    vm = SessionViewModel(flow)
    vm.apply(SessionSnapshot(SessionState.MEASURING, profile=member(units="METRIC"), live_weight_kg=82.4))
    assert (vm.property("liveWeightText"), vm.property("weightUnit")) == ("82.4", "kg")
    vm.apply(SessionSnapshot(SessionState.MEASURING, profile=member(units="US_CUSTOMARY"), live_weight_kg=82.4))
    assert (vm.property("liveWeightText"), vm.property("weightUnit")) == ("181.7", "lb")
    vm.apply(SessionSnapshot(SessionState.MEASURING, profile=member(units="IMPERIAL"), live_weight_kg=82.4))
    assert vm.property("liveWeightText") == "12 st 13.7"


def test_result_rows_come_in_a_fixed_order_with_units(qapp, flow) -> None:
    vm = SessionViewModel(flow)
    vm.apply(SessionSnapshot(SessionState.REVIEW, profile=member(), result=RESULT))
    rows = vm.property("resultRows")
    assert [r["label"] for r in rows] == ["Weight", "Body fat", "Muscle mass", "BMI"]
    assert rows[1] == {"label": "Body fat", "value": "21.3", "unit": "%"}


def test_the_screen_speaks_the_members_language_and_returns_to_the_kiosks(qapp, flow) -> None:
    vm = SessionViewModel(flow)
    vm.apply(SessionSnapshot(SessionState.REVIEW, profile=member(locale="de_DE"), result=RESULT))
    assert vm.property("language") == "de"
    assert vm.property("resultRows")[0] == {"label": "Gewicht", "value": "82,4", "unit": "kg"}
    vm.apply(SessionSnapshot(SessionState.REVIEW, profile=member(locale="es_ES"), result=RESULT))
    assert vm.property("resultRows")[1]["label"] == "Grasa corporal"
    vm.apply(SessionSnapshot())
    assert vm.property("language") == "en"


def test_submission_status_and_failure_reason_are_readable(qapp, flow) -> None:
    vm = SessionViewModel(flow)
    vm.apply(SessionSnapshot(SessionState.DONE, profile=member(), submissions=(DeliveryStatus("egym", DeliveryState.SENT),)))
    assert vm.property("submissions") == [{"name": "EGYM", "state": "sent", "text": "Saved to EGYM", "tone": "good"}]
    queued = DeliveryStatus("egym", DeliveryState.PENDING, reason=MessageCode.OFFLINE.value)
    vm.apply(SessionSnapshot(SessionState.DONE, profile=member(), submissions=(queued,), message=MessageCode.OFFLINE))
    assert vm.property("submissions")[0]["text"] == "Saved on this kiosk, sending to EGYM when online"
    assert vm.property("messageText") == "No connection to EGYM"
    vm.apply(SessionSnapshot(SessionState.FAILED, message=MessageCode.CARD_NOT_REGISTERED))
    assert "not linked" in vm.property("messageText")


@pytest.mark.parametrize("ending", ["not_me", "idle_timeout"])
async def test_nothing_of_the_member_remains_after_the_session_ends(qapp, flow, scheduler, ending: str) -> None:
    vm = SessionViewModel(flow)
    waiter = SnapshotWaiter(flow)
    flow.handle(CredentialPresented(CardCredential(DEMO_MEMBERS[0].uid)))
    await waiter.until(in_state(SessionState.PROFILE), 10, "the greeting")
    assert vm.property("screen") == "profile" and vm.property("greetingName")
    if ending == "not_me":
        vm.notMe()
    else:
        scheduler.advance(30)  # the idle warning appears
        assert vm.property("idleWarning") and vm.property("warningSecondsLeft") == 10
        scheduler.advance(10)
    await waiter.until(in_state(SessionState.ATTRACT), 5, "the attract screen")
    waiter.close()
    assert vm.property("screen") == "attract"
    for name in MEMBER_PROPERTIES:
        assert not vm.property(name), f"{name} still holds member data"
    assert not vm.property("idleWarning")


async def test_still_here_answers_the_idle_warning(qapp, flow, scheduler) -> None:
    vm = SessionViewModel(flow)
    waiter = SnapshotWaiter(flow)
    flow.handle(CredentialPresented(CardCredential(DEMO_MEMBERS[0].uid)))
    await waiter.until(in_state(SessionState.PROFILE), 10, "the greeting")
    scheduler.advance(30)
    assert vm.property("idleWarning")
    vm.stillHere()
    assert not vm.property("idleWarning") and vm.property("screen") == "profile"
    waiter.close()


async def test_a_live_weight_that_stopped_updating_is_not_shown_as_live(qapp, flow) -> None:
    vm = SessionViewModel(flow)
    waiter = SnapshotWaiter(flow)
    flow.handle(CredentialPresented(CardCredential(DEMO_MEMBERS[0].uid)))
    await waiter.until(in_state(SessionState.PROFILE), 10, "the greeting")
    flow.handle(LiveWeight(80.2, stable=False))
    assert vm.property("screen") == "measuring" and vm.property("liveCurrent")
    flow.handle(DataStale(stale=True))
    assert not vm.property("liveCurrent")
    assert vm.property("measuringStatus") == "Waiting for the scale…"
    flow.handle(LiveWeight(80.4, stable=False))
    assert vm.property("liveCurrent")
    waiter.close()


def test_a_scale_that_sends_water_in_kg_and_bmr_in_kj_still_shows_both(qapp, flow) -> None:
    vm = SessionViewModel(flow)
    bc418 = {"weight_kg": 82.4, "fat_free_mass_kg": 64.8, "body_water_kg": 47.1, "bmr_kj": 7473.0, "impedance_ohm": 512.0}
    vm.apply(SessionSnapshot(SessionState.REVIEW, profile=member(), result=bc418))
    rows = {row["label"]: (row["value"], row["unit"]) for row in vm.property("resultRows")}
    assert rows == {"Weight": ("82.4", "kg"), "Fat-free mass": ("64.8", "kg"), "Body water": ("47.1", "kg"),
                    "Basal metabolic rate": ("1,786", "kcal")}


def test_a_scale_that_sends_both_forms_shows_each_value_once(qapp, flow) -> None:
    vm = SessionViewModel(flow)
    mc780 = {"body_water_kg": 47.1, "body_water_percent": 57.2, "bmr_kcal": 1786.0, "bmr_kj": 7473.0, "visceral_fat_rating": 7.5}
    vm.apply(SessionSnapshot(SessionState.REVIEW, profile=member(), result=mc780))
    rows = [(row["label"], row["value"], row["unit"]) for row in vm.property("resultRows")]
    assert rows == [("Body water", "57.2", "%"), ("Visceral fat rating", "7.5", ""), ("Basal metabolic rate", "1,786", "kcal")]


@pytest.mark.parametrize(("states", "outcome"), [
    ((DeliveryState.SENT,), "saved"),
    ((DeliveryState.SENT, DeliveryState.PENDING), "queued"),
    ((DeliveryState.NEEDS_REAUTH,), "queued"),
    ((DeliveryState.SENT, DeliveryState.REJECTED), "refused"),
    ((DeliveryState.EXPIRED,), "refused"),
])
def test_the_done_screen_headline_follows_where_the_result_went(qapp, flow, states, outcome: str) -> None:
    vm = SessionViewModel(flow)
    statuses = tuple(DeliveryStatus(f"destination-{i}", state) for i, state in enumerate(states))
    vm.apply(SessionSnapshot(SessionState.DONE, profile=member(), submissions=statuses))
    assert vm.property("deliveryOutcome") == outcome
    vm.apply(SessionSnapshot())
    assert vm.property("deliveryOutcome") == ""


@pytest.mark.parametrize("code", [MessageCode.OFFLINE, MessageCode.SERVER_REPLY, MessageCode.RATE_LIMITED])
def test_a_failed_login_asks_to_try_again_instead_of_claiming_a_saved_result(qapp, flow, code: MessageCode) -> None:
    vm = SessionViewModel(flow)
    vm.apply(SessionSnapshot(SessionState.FAILED, message=code))
    assert "try again" in vm.property("messageHint") and "saved" not in vm.property("messageHint")
    queued = DeliveryStatus("egym", DeliveryState.PENDING, reason=code.value)
    vm.apply(SessionSnapshot(SessionState.DONE, profile=member(), submissions=(queued,), message=code))
    assert "saved" in vm.property("messageHint")


def test_an_unknown_unit_system_falls_back_to_metric(qapp, flow) -> None:
    vm = SessionViewModel(flow)
    vm.apply(SessionSnapshot(SessionState.MEASURING, profile=member(units="FURLONGS"), live_weight_kg=82.4))
    assert (vm.property("liveWeightText"), vm.property("weightUnit")) == ("82.4", "kg")
