"""LFopen as a destination over real HTTP: what LFopen stores, refresh through the session, local refusal of
other kinds, error meanings, and the ambiguous-failure rule (read the results list back)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from hardware.fields import CALORIES_KCAL, DISTANCE_M, DURATION_S, HEART_RATE_BPM, WEIGHT_KG
from kiosk.cloud.base import AfterAmbiguousFailure, ChecksAmbiguousDelivery, ErrorMeaning, MeasurementDestination
from kiosk.cloud.errors import AuthExpired, Rejected, Transient
from kiosk.cloud.lfopen.client import LfopenClient
from kiosk.cloud.lfopen.integration import LfopenDestination
from kiosk.cloud.lfopen.sandbox import DEMO_LF_MEMBERS
from kiosk.models import Measurement
from tests.kiosk.cloud.lfopen.conftest import link

STARTED_MS = 1_764_930_000_250  # 2025-12-05 10:20:00.250 UTC


def rowing(**values: float) -> Measurement:
    return Measurement(kind="cardio", timestamp_ms=STARTED_MS, device_model="rower",
                       values={DURATION_S: 1530.0, DISTANCE_M: 5234.0, CALORIES_KCAL: 312.4, HEART_RATE_BPM: 141.0,
                               **values})


def test_the_destination_has_both_interfaces(client: LfopenClient) -> None:
    destination = LfopenDestination(client)
    assert isinstance(destination, MeasurementDestination) and isinstance(destination, ChecksAmbiguousDelivery)
    assert destination.name == "lfopen"


async def test_a_cardio_result_is_stored_as_a_manual_cardio_workout_with_every_value(client, sandbox) -> None:
    session = await link(client, DEMO_LF_MEMBERS[2])
    await LfopenDestination(client).submit(rowing(), session)
    [stored] = sandbox.state.workouts
    assert stored.member == DEMO_LF_MEMBERS[2]
    assert stored.body == {"name": "Rowing", "datePerformed": "2025-12-05T10:20:00.250+00:00", "preferredUnit": "M",
                           "time": 25.5, "calories": 312.0, "distance": 5.234}
    assert stored.performed == datetime(2025, 12, 5, 10, 20, 0, 250_000, tzinfo=timezone.utc)


async def test_an_expired_session_is_refreshed_first_and_updated_in_place(client, sandbox) -> None:
    session = await link(client)
    old_access, old_refresh = session.access_token, session.refresh_token
    session.expires_at_ms = 0  # the hub's clock says it expired
    await LfopenDestination(client).submit(rowing(), session)
    assert session.access_token != old_access and session.refresh_token != old_refresh
    assert session.access_token in sandbox.state.access_tokens and not session.expired()
    assert len(sandbox.state.workouts) == 1


async def test_a_token_lfopen_expired_early_is_refreshed_once_and_the_post_repeated(client, sandbox) -> None:
    session = await link(client)
    sandbox.state.expire_access_tokens()  # LFopen's clock says so; the session still thinks it is valid
    old_access = session.access_token
    await LfopenDestination(client).submit(rowing(), session)
    assert session.access_token != old_access and len(sandbox.state.workouts) == 1


async def test_without_a_usable_refresh_token_the_member_must_link_again(client, sandbox) -> None:
    session = await link(client)
    await client.revoke(session.refresh_token or "", "refresh_token")
    destination = LfopenDestination(client)
    with pytest.raises(AuthExpired) as expired:
        await destination.submit(rowing(), session)
    assert destination.delivery_policy.meaning(expired.value) is ErrorMeaning.LOG_IN_AGAIN
    assert sandbox.state.workouts == []


@pytest.mark.parametrize("measurement", [
    Measurement(kind="body", values={WEIGHT_KG: 80.0}),
    Measurement(kind="cardio", values={DISTANCE_M: 100.0}),  # no duration
], ids=["body", "cardio-without-duration"])
async def test_what_lfopen_cannot_take_is_refused_locally_with_a_reason(client, sandbox, measurement) -> None:
    session = await link(client)
    destination = LfopenDestination(client)
    with pytest.raises(Rejected) as refused:
        await destination.submit(measurement, session)
    assert "cardio" in refused.value.message or "duration" in refused.value.message
    assert destination.delivery_policy.meaning(refused.value) is ErrorMeaning.REFUSED
    assert sandbox.state.workouts == []


@pytest.mark.parametrize(("status", "meaning"), [
    (400, ErrorMeaning.REFUSED), (403, ErrorMeaning.NOT_PERMITTED), (429, ErrorMeaning.SLOW_DOWN),
    (500, ErrorMeaning.UNREACHABLE), (503, ErrorMeaning.UNREACHABLE),
])
async def test_each_error_of_postcardio_has_its_meaning(client, sandbox, status: int, meaning: ErrorMeaning) -> None:
    session = await link(client)
    sandbox.state.faults.fail_next(1, status, "/web/api2/workoutresults/postcardio")
    destination = LfopenDestination(client)
    with pytest.raises(Exception) as failed:
        await destination.submit(rowing(), session)
    assert destination.delivery_policy.meaning(failed.value) is meaning
    assert sandbox.state.workouts == []


async def test_dropped_after_processing_the_read_back_says_delivered(client, sandbox) -> None:
    session = await link(client)
    sandbox.state.faults.drop_next(1, after_processing=True, path_prefix="/web/api2/workoutresults/postcardio")
    destination = LfopenDestination(client)
    with pytest.raises(Transient):
        await destination.submit(rowing(), session)
    assert len(sandbox.state.workouts) == 1  # LFopen stored it; the hub never heard
    assert await destination.after_ambiguous_failure(rowing(), session) is AfterAmbiguousFailure.DELIVERED


async def test_dropped_before_processing_the_read_back_says_not_delivered(client, sandbox) -> None:
    session = await link(client)
    destination = LfopenDestination(client)
    await destination.submit(rowing(**{DURATION_S: 600.0}), session)  # another workout the same day
    sandbox.state.faults.drop_next(1, after_processing=False, path_prefix="/web/api2/workoutresults/postcardio")
    with pytest.raises(Transient):
        await destination.submit(rowing(), session)
    assert len(sandbox.state.workouts) == 1
    assert await destination.after_ambiguous_failure(rowing(), session) is AfterAmbiguousFailure.NOT_DELIVERED
    await destination.submit(rowing(), session)  # so sending again is safe
    assert await destination.after_ambiguous_failure(rowing(), session) is AfterAmbiguousFailure.DELIVERED


async def test_another_members_identical_workout_does_not_count(client, sandbox) -> None:
    destination = LfopenDestination(client)
    await destination.submit(rowing(), await link(client, DEMO_LF_MEMBERS[3]))
    mine = await link(client, DEMO_LF_MEMBERS[0])
    assert await destination.after_ambiguous_failure(rowing(), mine) is AfterAmbiguousFailure.NOT_DELIVERED


async def test_an_unreadable_results_list_is_uncertain(client, sandbox) -> None:
    session = await link(client)
    sandbox.state.unreadable_results = True
    assert await LfopenDestination(client).after_ambiguous_failure(rowing(), session) is AfterAmbiguousFailure.UNCERTAIN


async def test_when_the_list_cannot_be_asked_the_rule_raises(client, sandbox) -> None:
    session = await link(client)
    sandbox.state.faults.fail_next(1, 502, "/web/api2/workoutresults/get_manualcardio_results")
    with pytest.raises(Transient):
        await LfopenDestination(client).after_ambiguous_failure(rowing(), session)


async def test_the_profile_gives_display_data_and_records_the_user_id(client, sandbox) -> None:
    session = await link(client, DEMO_LF_MEMBERS[2])
    profile = await LfopenDestination(client).profile(session)
    member = DEMO_LF_MEMBERS[2]
    assert (profile.first_name, profile.last_name, profile.nick_name, profile.preferred_unit) == (
        member.first_name, member.last_name, member.first_name, "I")
    assert session.user_id == member.email
