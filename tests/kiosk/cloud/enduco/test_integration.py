"""A finished workout reaches enduco as a FIT file with the member's linked tokens; the ambiguous-failure rule."""
from __future__ import annotations

import pytest
from garmin_fit_sdk import Decoder, Stream

from hardware import fields
from hardware.events import CardCredential
from kiosk.cloud.base import AfterAmbiguousFailure
from kiosk.cloud.enduco.client import EnducoClient
from kiosk.cloud.enduco.integration import EnducoDestination
from kiosk.cloud.enduco.sandbox.emulation import DEMO_ZONES
from kiosk.cloud.errors import AuthExpired, BadReply, Rejected, Transient
from kiosk.models import Measurement, MemberSession
from kiosk.sandbox import RunningSandbox
from tests.kiosk.cloud.enduco.test_client import linked

WORKOUT = {fields.DURATION_S: 1800.0, fields.DISTANCE_M: 15000.0, fields.HEART_RATE_BPM: 138.0, fields.POWER_W: 170.0}


async def member_session(client: EnducoClient, *, expired: bool = False) -> MemberSession:
    tokens = await linked(client)
    return MemberSession("enduco", CardCredential(b"\x01\x02\x03\x04"), tokens.access_token,
                         0 if expired else tokens.expires_at_ms or 0, tokens.refresh_token)


async def test_a_workout_arrives_as_the_fit_file_of_its_values(client: EnducoClient, enduco: RunningSandbox) -> None:
    session = await member_session(client)
    await EnducoDestination(client).submit(Measurement("cardio", dict(WORKOUT), unique_id="w-1"), session)
    [upload] = enduco.state.uploads
    messages, errors = Decoder(Stream.from_byte_array(bytearray(upload["fit"]))).read()
    assert errors == [] and upload["file_name"] == "w-1.fit"
    session_mesg = messages["session_mesgs"][0]
    assert (session_mesg["total_timer_time"], session_mesg["total_distance"], session_mesg["avg_heart_rate"],
            session_mesg["avg_power"]) == (1800.0, 15000.0, 138, 170)


async def test_a_lapsed_token_is_refreshed_first_and_the_session_keeps_the_new_one(client: EnducoClient,
                                                                                    enduco: RunningSandbox) -> None:
    session = await member_session(client, expired=True)
    old = session.access_token
    await EnducoDestination(client).submit(Measurement("cardio", dict(WORKOUT)), session)
    assert session.access_token != old and enduco.state.uploads[0]["token"] == session.access_token


async def test_a_token_enduco_refuses_before_its_time_is_refreshed_once_and_the_workout_sent(
        client: EnducoClient, enduco: RunningSandbox) -> None:
    session = await member_session(client)
    old = session.access_token
    enduco.state.access[old] = 0.0  # enduco let it lapse early, though the session's expiry says it is good
    await EnducoDestination(client).submit(Measurement("cardio", dict(WORKOUT)), session)
    assert session.access_token != old and [u["token"] for u in enduco.state.uploads] == [session.access_token]


async def test_a_workout_whose_reply_was_lost_is_uncertain_never_sent_twice(client: EnducoClient,
                                                                           enduco: RunningSandbox) -> None:
    session = await member_session(client)
    destination = EnducoDestination(client)
    measurement = Measurement("cardio", dict(WORKOUT))
    enduco.state.drop_after_upload = 1
    with pytest.raises(Transient) as lost:
        await destination.submit(measurement, session)
    assert lost.value.maybe_processed and len(enduco.state.uploads) == 1  # it arrived; the reply did not
    assert await destination.after_ambiguous_failure(measurement, session) is AfterAmbiguousFailure.UNCERTAIN


async def test_what_enduco_cannot_take_is_refused_before_sending(client: EnducoClient, enduco: RunningSandbox) -> None:
    destination = EnducoDestination(client)
    with pytest.raises(Rejected, match="cardio"):
        await destination.submit(Measurement("body", {fields.WEIGHT_KG: 70.0}), await member_session(client))
    unlinked = MemberSession.credential_only("enduco", CardCredential(b"\x01\x02\x03\x04"))
    with pytest.raises(AuthExpired, match="not connected"):
        await destination.submit(Measurement("cardio", dict(WORKOUT)), unlinked)
    assert enduco.state.uploads == []


async def test_today_s_plan_and_the_member_s_zones_are_read_with_their_tokens(client: EnducoClient,
                                                                             enduco: RunningSandbox) -> None:
    """plans_read and user_read: what the cardio station shows a linked member."""
    session = await member_session(client, expired=True)
    today = await EnducoDestination(client).training_today(session)
    assert (today.platform, today.plan_title, today.plan_minutes) == ("enduco", "Endurance ride", 45)
    assert [(zone.name, zone.max_bpm) for zone in today.zones] == list(DEMO_ZONES)
    assert today.zone_of(140) == 2 and today.zone_of(60) == 0 and today.zone_of(200) == 4
    assert session.access_token in enduco.state.access  # refreshed first, as for a workout


async def test_a_day_without_a_plan_and_zones_that_make_no_sense(client: EnducoClient, enduco: RunningSandbox) -> None:
    session = await member_session(client)
    enduco.state.plan = None
    assert (await EnducoDestination(client).training_today(session)).plan_title == ""
    enduco.state.zones = [("Easy", 150), ("Hard", 140)]
    with pytest.raises(BadReply, match="do not rise"):
        await EnducoDestination(client).training_today(session)
