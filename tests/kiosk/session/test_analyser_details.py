"""Before a body-composition measurement the member confirms what the analyser is told, and it measures with that.

Real parts throughout: the EGYM sandbox, the SQLite outbox, the device hub and a simulated
Tanita MC-780 in PC mode on a pty (tests/kiosk/session/pc_mode_station.py).
"""
from __future__ import annotations

import dataclasses
import datetime
from pathlib import Path

import pytest

from hardware import fields
from hardware.protocols.tanita_pc_mode import AnalyserErrorCode, ProfileRefused, RefusalReason
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS
from kiosk.message_codes import MessageCode
from kiosk.models import MemberProfile
from kiosk.session.analyser_details import AnalyserDetails, age_on, details_from_profile, refusal_message
from kiosk.session.state import SessionState
from tests.kiosk.session.pc_mode_station import TARE_KG, LosesDetailsOnce, pc_mode_station

S = SessionState
DANA, LUKAS, SAM = DEMO_MEMBERS[0], DEMO_MEMBERS[1], DEMO_MEMBERS[2]
SAM_WITH_MIFARE = dataclasses.replace(SAM, rfid_format="MIFARE")  # the station's reader is a MIFARE reader
TODAY = datetime.date.today()


def test_the_profile_gives_height_age_and_body_model_and_nothing_the_analyser_cannot_take():
    profile = MemberProfile("u", gender="FEMALE", date_of_birth="1988-04-12", height_cm=168.0)
    assert details_from_profile(profile, datetime.date(2026, 4, 11)) == AnalyserDetails(168.0, 37, "female")
    assert details_from_profile(profile, datetime.date(2026, 4, 12)).age == 38, "a birthday counts on the day"
    odd = MemberProfile("u", gender="NON_BINARY", date_of_birth=None, height_cm=40.0)
    assert details_from_profile(odd, TODAY) == AnalyserDetails(None, None, None, choose_body_model=True)
    assert details_from_profile(odd, TODAY).missing == ("height_cm", "age", "body_model")
    assert age_on("not a date", TODAY) is None
    assert "168" not in repr(details_from_profile(profile, TODAY)), "personal data stays out of logs"


@pytest.mark.parametrize(
    ("outcome", "code"),
    [
        (ProfileRefused("G1", RefusalReason.ANALYSER_ERROR, AnalyserErrorCode.NO_PERSONAL_DATA), MessageCode.ANALYSER_NO_DETAILS),
        (ProfileRefused("G1", RefusalReason.ANALYSER_ERROR, AnalyserErrorCode.INCOMPLETE_DATA), MessageCode.ANALYSER_NO_DETAILS),
        (ProfileRefused("G1", RefusalReason.ANALYSER_ERROR, AnalyserErrorCode.SCALE_OVERLOAD), MessageCode.ANALYSER_ERROR),
        (ProfileRefused("D3", RefusalReason.REFUSED), MessageCode.ANALYSER_DETAILS_REFUSED),
        (ProfileRefused("M1", RefusalReason.NO_REPLY), MessageCode.ANALYSER_NOT_ANSWERING),
        (ProfileRefused("M1", RefusalReason.NOT_CONNECTED), MessageCode.ANALYSER_NOT_ANSWERING),
    ],
)
def test_every_refusal_becomes_a_message_the_member_can_act_on(outcome, code):
    assert refusal_message(outcome) is code


async def test_confirmed_details_reach_the_analyser_and_it_measures_with_them(tmp_path: Path):
    async with pc_mode_station(tmp_path) as station:
        station.tap(DANA)
        details = (await station.until(S.DETAILS)).details
        assert details == AnalyserDetails(168.0, age_on(DANA.date_of_birth, TODAY), "female")
        assert station.analyser.received == b"", "nothing is sent before the member confirms"

        station.flow.adjust_details("body_type", "athletic")
        station.flow.confirm_details()
        await station.until(S.PROFILE)
        age = details.age
        assert station.analyser.received == f"M1\r\nD001.0\r\nD12\r\nD22\r\nD3168.0\r\nD4{age:02d}\r\nG1\r\n".encode()

        visit = station.analyser.stand_on(64.0)
        review = await station.until(S.REVIEW)
        assert visit.personal_data is not None and visit.personal_data.body_type == "athletic"
        assert review.result[fields.WEIGHT_KG] == 64.0 - TARE_KG
        assert review.result == visit.values


async def test_a_profile_without_a_birth_date_asks_for_the_age_before_anything_is_sent(tmp_path: Path):
    no_birth_date = dataclasses.replace(LUKAS, date_of_birth=None)
    async with pc_mode_station(tmp_path, [no_birth_date]) as station:
        station.tap(no_birth_date)
        asked = await station.until(S.DETAILS)
        assert asked.details is not None and asked.details.missing == ("age",)
        station.flow.confirm_details()
        assert station.flow.snapshot.details_sending is False and station.analyser.received == b""

        station.flow.adjust_details("age", 130)  # the keypad keeps to 5-99; a stray value changes nothing
        assert station.flow.snapshot.details == asked.details
        station.flow.adjust_details("age", 46)
        station.flow.confirm_details()
        await station.until(S.PROFILE)
        assert b"D11\r\nD20\r\nD3183.0\r\nD446\r\nG1\r\n" in station.analyser.received


async def test_a_non_binary_member_chooses_the_analysers_body_model(tmp_path: Path):
    async with pc_mode_station(tmp_path, [SAM_WITH_MIFARE]) as station:
        station.tap(SAM_WITH_MIFARE)
        asked = await station.until(S.DETAILS)
        assert asked.details is not None and asked.details.missing == ("body_model",)
        assert asked.details.choose_body_model
        station.flow.confirm_details()
        assert station.analyser.received == b"", "the analyser is not told a gender the member did not choose"

        station.flow.adjust_details("body_model", "male")
        assert station.flow.snapshot.details.choose_body_model, "the choice stays on screen to change"
        station.flow.confirm_details()
        await station.until(S.PROFILE)
        assert b"D11\r\n" in station.analyser.received


async def test_e4_from_the_analyser_is_explained_and_the_member_tries_again_without_losing_anything(tmp_path: Path):
    async with pc_mode_station(tmp_path) as station:
        station.analyser.pc_mode = LosesDetailsOnce()
        station.tap(DANA)
        await station.until(S.DETAILS)
        station.flow.confirm_details()
        refused = await station.until_true(lambda s: s.message is not None, "the analyser's refusal")
        assert (refused.state, refused.message, refused.details_sending) == (S.DETAILS, MessageCode.ANALYSER_NO_DETAILS, False)
        assert station.analyser.received.endswith(b"G1\r\n")

        station.flow.confirm_details()  # "Try again"
        await station.until(S.PROFILE)
        station.analyser.stand_on(70.0)
        review = await station.until(S.REVIEW)
        assert review.result[fields.WEIGHT_KG] == 70.0 - TARE_KG


async def test_an_error_the_analyser_reports_while_measuring_sends_the_member_back_to_try_again(tmp_path: Path):
    async with pc_mode_station(tmp_path) as station:
        station.tap(DANA)
        await station.until(S.DETAILS)
        station.flow.confirm_details()
        await station.until(S.PROFILE)
        [analyser_port] = [device.pty for device in station.hub.devices if device.config.role == "measuring"]
        analyser_port.write(b"E2\r\n")  # impedance error: the member stood on it in shoes
        stopped = await station.until(S.DETAILS)
        assert stopped.message is MessageCode.ANALYSER_ERROR and not stopped.details_sending

        station.flow.confirm_details()  # "Try again" gives the analyser the details and starts it again
        await station.until(S.PROFILE)
        assert station.analyser.received.count(b"G1\r\n") == 2
        station.analyser.stand_on(64.0)
        assert (await station.until(S.REVIEW)).result[fields.WEIGHT_KG] == 64.0 - TARE_KG


async def test_measure_again_asks_for_the_details_again_as_the_member_last_confirmed_them(tmp_path: Path):
    async with pc_mode_station(tmp_path) as station:
        station.tap(DANA)
        await station.until(S.DETAILS)
        station.flow.adjust_details("height_cm", 171)
        station.flow.confirm_details()
        await station.until(S.PROFILE)
        station.analyser.stand_on(64.0)
        await station.until(S.REVIEW)

        station.flow.measure_again()
        again = await station.until(S.DETAILS)
        assert again.details is not None and again.details.height_cm == 171.0, "the member's own change stays"
        station.flow.confirm_details()
        await station.until(S.PROFILE)
        assert station.analyser.received.count(b"D3171.0\r\n") == 2, "each measurement gets the details again"
