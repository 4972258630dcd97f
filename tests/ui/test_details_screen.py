"""A member confirms, by touch, what the analyser is told, and a simulated Tanita in PC mode measures with it.

The whole kiosk below the window is real: EGYM sandbox, SQLite outbox, session flow, device
hub, and the simulated reader and MC-780 on ptys (tests/kiosk/session/pc_mode_station.py).
The test only touches the screen and the simulated devices.
"""
from __future__ import annotations

import dataclasses
import datetime
from pathlib import Path
from typing import AsyncIterator

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from hardware import fields
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS
from kiosk.message_codes import MessageCode
from kiosk.session.analyser_details import age_on
from kiosk.session.state import SessionState
from tests.kiosk.session.pc_mode_station import TARE_KG, LosesDetailsOnce, PcModeStation, pc_mode_station
from ui.i18n import Translator
from ui.qml_loader import load_main_window
from ui.screenshot import grab
from ui.viewmodels.session import SessionViewModel

S = SessionState
DANA, LUKAS, SAM = DEMO_MEMBERS[0], DEMO_MEMBERS[1], DEMO_MEMBERS[2]
LUKAS_WITHOUT_BIRTH_DATE = dataclasses.replace(LUKAS, date_of_birth=None)
SAM_WITH_MIFARE = dataclasses.replace(SAM, rfid_format="MIFARE")  # the station's reader is a MIFARE reader
DANA_AGE = age_on(DANA.date_of_birth, datetime.date.today())


class Screen:
    """The kiosk window as a member's finger and eyes know it."""

    def __init__(self, window: QQuickWindow) -> None:
        self.window = window
        # The offscreen platform drops the first click it gets; spend it on the header.
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(10, 10))

    def find(self, name: str) -> QQuickItem | None:
        self.window.grabWindow()  # one frame: layouts settle
        pending = [self.window.contentItem()]
        while pending:
            item = pending.pop()
            if item.objectName() == name and item.isVisible():
                return item
            pending.extend(item.childItems())
        return None

    def shown(self, name: str) -> QQuickItem:
        item = self.find(name)
        assert item is not None, f"{name} is not on screen"
        return item

    def tap(self, name: str) -> None:
        item = self.shown(name)
        assert min(item.width(), item.height()) >= self.window.property("touchTarget"), f"{name} is under 15 mm"
        centre = item.mapToScene(item.boundingRect().center()).toPoint()
        QTest.mouseClick(self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(centre))

    def type_on_keypad(self, digits: str) -> None:
        for key in [*digits, "done"]:
            self.tap(f"key_{key}")

    def text(self, name: str) -> str:
        return self.shown(name).property("text")


@pytest.fixture
async def kiosk(qapp, tmp_path: Path, request) -> AsyncIterator[tuple[PcModeStation, Screen]]:
    members = getattr(request, "param", DEMO_MEMBERS)
    translator = Translator(default_language="en")
    async with pc_mode_station(tmp_path, members) as station:
        engine = QQmlApplicationEngine()
        translator.attach(engine)
        vm = SessionViewModel(station.flow, translator=translator, station_name="Body analyser")
        window = load_main_window(engine, vm, size=(1080, 1920))
        try:
            yield station, Screen(window)
        finally:
            vm.close()
            translator.use(None)  # the translator is app-wide: leave English for other tests
            window.close()
            shiboken6.delete(engine)


async def test_a_member_adjusts_their_height_on_the_keypad_and_the_analyser_measures_with_it(kiosk, tmp_path: Path):
    station, screen = kiosk
    station.tap(DANA)
    await station.until(S.DETAILS)
    assert screen.text("summaryText") == f"168 cm · {DANA_AGE} · female — correct?"

    screen.tap("changeHeightButton")
    screen.type_on_keypad("172")
    assert screen.find("detailsKeypad") is None, "the keypad closes once the value is taken"
    assert screen.text("summaryText") == f"172 cm · {DANA_AGE} · female — correct?"
    grab(screen.window, tmp_path / "details-adjusted.png")
    assert station.analyser.received == b"", "nothing goes to the analyser before the member says it is correct"

    screen.tap("confirmDetailsButton")
    await station.until(S.PROFILE)
    assert station.analyser.received == (
        b"M1\r\nD001.0\r\nD12\r\nD20\r\nD3172.0\r\n" + f"D4{DANA_AGE:02d}\r\n".encode() + b"G1\r\n"
    )
    assert station.sandbox.members[0].height_cm == 168.0, "nothing is written back to EGYM"

    visit = station.analyser.stand_on(65.0)
    review = await station.until(S.REVIEW)
    assert visit.personal_data is not None and visit.personal_data.height_cm == 172.0
    assert review.result == visit.values and review.result[fields.WEIGHT_KG] == 65.0 - TARE_KG
    assert screen.find("reviewScreen") is not None


async def test_e4_from_the_analyser_is_shown_as_a_message_and_try_again_measures(kiosk):
    station, screen = kiosk
    station.analyser.pc_mode = LosesDetailsOnce()
    station.tap(DANA)
    await station.until(S.DETAILS)
    screen.tap("confirmDetailsButton")
    refused = await station.until_true(lambda s: s.message is not None, "the analyser's refusal")
    assert refused.message is MessageCode.ANALYSER_NO_DETAILS
    assert screen.text("analyserMessage") == "The scale did not get your details\nPlease step off the scale and tap Try again."
    assert screen.text("confirmDetailsButton") == "Try again"

    screen.tap("confirmDetailsButton")
    await station.until(S.PROFILE)
    station.analyser.stand_on(70.0)
    assert (await station.until(S.REVIEW)).result[fields.WEIGHT_KG] == 70.0 - TARE_KG


@pytest.mark.parametrize("kiosk", [[LUKAS_WITHOUT_BIRTH_DATE]], indirect=True)
async def test_a_profile_without_a_birth_date_asks_for_the_age_in_the_members_language(kiosk):
    station, screen = kiosk
    station.tap(LUKAS_WITHOUT_BIRTH_DATE)
    await station.until(S.DETAILS)
    assert screen.text("missingText") == "Bitte gib dein Alter ein."
    assert screen.find("summaryText") is None
    assert not screen.shown("confirmDetailsButton").isEnabled()

    screen.tap("changeAgeButton")
    screen.type_on_keypad("3")  # the analyser takes 5 to 99
    assert screen.text("keypadHint") == "Bitte gib eine Zahl von 5 bis 99 Jahre ein."
    screen.tap("key_back")
    screen.type_on_keypad("46")
    assert screen.text("summaryText") == "183 cm · 46 · männlich – stimmt das?"
    screen.tap("confirmDetailsButton")
    await station.until(S.PROFILE)
    assert station.analyser.received.endswith(b"D11\r\nD20\r\nD3183.0\r\nD446\r\nG1\r\n")


@pytest.mark.parametrize("kiosk", [[SAM_WITH_MIFARE]], indirect=True)
async def test_a_non_binary_member_chooses_the_body_model_before_the_analyser_is_told_anything(kiosk):
    station, screen = kiosk
    station.tap(SAM_WITH_MIFARE)
    await station.until(S.DETAILS)
    assert screen.text("missingText").startswith("La báscula calcula con uno de dos modelos corporales.")
    assert screen.find("summaryText") is None and not screen.shown("confirmDetailsButton").isEnabled()

    screen.tap("femaleChoice")
    age = age_on(SAM.date_of_birth, datetime.date.today())
    assert screen.text("summaryText") == f"171 cm · {age} · femenino: ¿es correcto?"
    screen.tap("confirmDetailsButton")
    await station.until(S.PROFILE)
    assert b"D12\r\n" in station.analyser.received
