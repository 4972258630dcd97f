"""The member's result on screen: it stays while they touch it, is sent in the background on the
same page, asks before "Not me" deletes it, offers "Measure again", and explains each value."""
from __future__ import annotations

import datetime
import os
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from hardware import fields
from hardware.events import CardCredential, CredentialPresented, MeasurementRecord
from harness.autoplay import SnapshotWaiter, in_state
from kiosk.models import MemberProfile
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.cloud.member_services import PastResult
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS
from kiosk.session.state import SessionSnapshot, SessionState
from ui.i18n import Translator
from ui.qml_loader import load_main_window
from ui.screenshot import grab
from ui.viewmodels.session import SessionViewModel

RESULT = {fields.WEIGHT_KG: 82.4, fields.BODY_FAT_PERCENT: 21.3, fields.MUSCLE_MASS_KG: 61.9, fields.BMI: 24.9,
          fields.VISCERAL_FAT_RATING: 7.0, fields.METABOLIC_AGE: 41.0}
MEMBER = MemberProfile(user_id="-x", first_name="Alex", last_name="Example", gender="FEMALE",
                       date_of_birth="1989-06-01", locale="en_GB", unit_system="METRIC")
EARLIER = (PastResult(1_764_000_000_000, {fields.WEIGHT_KG: 83.8, fields.MUSCLE_MASS_KG: 61.5}),)
TODAY = datetime.date(2026, 12, 4)


@pytest.fixture
def window(qapp, flow):
    engine = QQmlApplicationEngine()
    vm = SessionViewModel(flow, station_name="Test scale", today=lambda: TODAY)
    win = load_main_window(engine, vm, size=(800, 1280))
    yield win, vm
    win.close()
    shiboken6.delete(engine)
    vm.close()


def find(window, name: str) -> QQuickItem | None:
    return window.findChild(QObject, name)


def shown_named(root: QQuickItem, name: str) -> list[QQuickItem]:
    """The visible items called ``name`` under ``root`` (Repeater delegates are found only this way)."""
    found, stack = [], [root]
    while stack:
        item = stack.pop()
        if item.objectName() == name and item.isVisible():
            found.append(item)
        stack.extend(item.childItems())
    return found


def tap(window, name: str) -> None:
    QCoreApplication.processEvents()
    shown = shown_named(window.contentItem(), name)
    assert shown, f"{name} is not on screen"
    item = shown[0]
    centre = item.mapToScene(item.boundingRect().center()).toPoint()
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(centre))


async def measured(flow) -> SnapshotWaiter:
    waiter = SnapshotWaiter(flow)
    flow.handle(CredentialPresented(CardCredential(DEMO_MEMBERS[0].uid)))
    await waiter.until(in_state(SessionState.PROFILE), 10, "the greeting")
    flow.handle(MeasurementRecord("body", dict(RESULT), model="BC-418"))
    await waiter.until(in_state(SessionState.REVIEW), 10, "the result")
    return waiter


async def test_the_result_stays_on_screen_for_60_s_with_touches_and_is_sent_on_the_same_page(window, flow, scheduler) -> None:
    win, vm = window
    waiter = await measured(flow)
    for _ in range(6):  # 72 s: the flow's own idle time is 40 s, the result stays while touched
        scheduler.advance(12)
        QTest.mouseClick(win, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(400, 60))  # any touch
        assert vm.screen in ("review", "submitting", "done")
        assert flow.snapshot.result == RESULT and len(vm.property("detailRows")) == len(RESULT)
    done = await waiter.until(in_state(SessionState.DONE), 10, "the sent result")
    waiter.close()
    assert done.result == RESULT
    QCoreApplication.processEvents()
    [screen] = shown_named(win.contentItem(), "doneScreen")
    assert len(shown_named(screen, "resultRow")) == len(RESULT)
    lines = shown_named(find(win, "doneScreen"), "submissionLine")
    assert len(lines) == 1 and vm.property("submissions")[0]["name"] == "EGYM"
    assert vm.property("submissions")[0]["state"] == done.submissions[0].state.value
    assert "Touch the screen" in find(win, "closesIn").property("text")


async def test_not_me_on_the_result_asks_before_deleting_it(window, flow) -> None:
    win, vm = window
    waiter = await measured(flow)
    tap(win, "notMeButton")
    assert find(win, "notMeDialog").isVisible() and vm.screen == "review"
    tap(win, "keepResultButton")
    assert not find(win, "notMeDialog").isVisible() and vm.screen == "review"
    tap(win, "notMeButton")
    tap(win, "confirmNotMeButton")
    await waiter.until(in_state(SessionState.ATTRACT), 5, "the attract screen")
    waiter.close()
    assert vm.property("greetingName") == "" and vm.property("detailRows") == []


async def test_measure_again_goes_back_to_the_greeting(window, flow) -> None:
    win, vm = window
    waiter = await measured(flow)
    tap(win, "measureAgainButton")
    await waiter.until(in_state(SessionState.PROFILE), 5, "the greeting")
    waiter.close()
    QCoreApplication.processEvents()
    assert shown_named(win.contentItem(), "profileScreen") and vm.property("detailRows") == []


def test_rows_show_the_change_the_trend_the_range_and_the_members_age(window) -> None:
    win, vm = window
    vm.apply(SessionSnapshot(SessionState.REVIEW, profile=MEMBER, result=RESULT, history=EARLIER))
    rows = {row["label"]: row for row in vm.property("detailRows")}
    assert rows["Weight"]["change"] == "▼ 1.4 kg" and len(rows["Weight"]["trend"]) == 2
    assert rows["Muscle mass"]["change"] == "▲ 0.4 kg"
    assert rows["Body fat"]["change"] == "" and rows["Body fat"]["band"] == "Healthy"
    assert rows["BMI"]["band"] == "Normal" and rows["Visceral fat rating"]["band"] == "Healthy"
    assert rows["Metabolic age"]["band"] == "Your age: 37"
    assert rows["Muscle mass"]["meaning"].endswith("No published range.")
    assert vm.property("progressSince").startswith("▲ ▼ change since your last result on")


def test_tapping_a_row_explains_it_in_one_sentence(window) -> None:
    win, vm = window
    vm.apply(SessionSnapshot(SessionState.REVIEW, profile=MEMBER, result=RESULT, history=EARLIER))
    QCoreApplication.processEvents()
    rows = sorted(shown_named(win.contentItem(), "resultRow"), key=lambda row: row.mapToScene(row.boundingRect().topLeft()).y())
    centre = rows[3].mapToScene(rows[3].boundingRect().center()).toPoint()  # BMI
    QTest.mouseClick(win, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(centre))
    assert find(win, "rowMeaning").property("text") == (
        "Your weight relative to your height: kilograms divided by metres squared. Range from WHO.")


def test_the_done_screen_keeps_the_values_and_offers_a_code_without_personal_data(window) -> None:
    win, vm = window
    vm.apply(SessionSnapshot(SessionState.DONE, profile=MEMBER, result=RESULT, history=EARLIER,
                             submissions=(DeliveryStatus("egym", DeliveryState.PENDING, reason="offline"),)))
    assert [row["value"] for row in vm.property("detailRows")][:2] == ["82.4", "21.3"]
    assert "sending to EGYM when online" in vm.property("submissions")[0]["text"]
    assert vm.property("takeawayCode") == ""  # made only when the member asks for it
    tap(win, "takeawayButton")
    code = vm.property("takeawayCode")
    assert code.startswith("image://qr/")
    [image] = shown_named(win.contentItem(), "takeawayCode")
    assert image.width() > 100 and image.property("source").toString() == code
    assert image.property("sourceSize").width() > 20  # drawn at once, not a frame later
    from ui.viewmodels import result_view
    text = result_view.takeaway_text(vm.property("detailRows"), TODAY, "en")
    assert "Weight: 82.4 kg" in text and "Alex" not in text and "http" not in text and MEMBER.user_id not in text


@pytest.mark.parametrize("size", [(800, 1280), (1920, 1080)], ids=["800x1280", "1920x1080"])
@pytest.mark.parametrize("language", ["en", "de"])
def test_result_and_done_screens_render(qapp, flow, size, language, tmp_path: Path) -> None:
    translator = Translator(default_language=language)
    engine = QQmlApplicationEngine()
    translator.attach(engine)
    vm = SessionViewModel(flow, translator=translator, station_name="Smart scale", today=lambda: TODAY)
    win = load_main_window(engine, vm, size=size)
    shots = Path(os.environ.get("GYM_KIOSK_SHOTS_DIR", tmp_path))
    profile = MemberProfile(**{**MEMBER.__dict__, "locale": {"en": "en_GB", "de": "de_DE"}[language]})
    try:
        vm.apply(SessionSnapshot(SessionState.REVIEW, profile=profile, result=RESULT, history=EARLIER, screen_seconds_left=52))
        QCoreApplication.processEvents()
        assert grab(win, shots / f"{language}-{size[0]}x{size[1]}-result.png").stat().st_size > 0
        vm.apply(SessionSnapshot(SessionState.REVIEW, profile=profile, result=RESULT, confirming_not_me=True))
        QCoreApplication.processEvents()
        assert grab(win, shots / f"{language}-{size[0]}x{size[1]}-not-me.png").stat().st_size > 0
        vm.apply(SessionSnapshot(SessionState.DONE, profile=profile, result=RESULT, history=EARLIER, screen_seconds_left=40,
                                 submissions=(DeliveryStatus("egym", DeliveryState.SENT),)))
        QCoreApplication.processEvents()
        assert grab(win, shots / f"{language}-{size[0]}x{size[1]}-done.png").stat().st_size > 0
        tap(win, "takeawayButton")
        QCoreApplication.processEvents()
        assert grab(win, shots / f"{language}-{size[0]}x{size[1]}-takeaway.png").stat().st_size > 0
    finally:
        translator.default_language = "en"
        vm.apply(SessionSnapshot())
        win.close()
        shiboken6.delete(engine)
        vm.close()


def test_a_workout_is_compared_with_the_members_last_workout_in_m_ss(window) -> None:
    win, vm = window
    last = (PastResult(1_764_000_000_000, {fields.DURATION_S: 600.0, fields.DISTANCE_M: 4000.0}),)
    vm.apply(SessionSnapshot(SessionState.REVIEW, profile=MEMBER, history=last,
                             result={fields.DURATION_S: 665.0, fields.DISTANCE_M: 3900.0, fields.HEART_RATE_BPM: 140.0}))
    rows = {row["label"]: row for row in vm.property("detailRows")}
    assert (rows["Time"]["value"], rows["Time"]["unit"], rows["Time"]["change"]) == ("11:05", "", "▲ 1:05")
    assert rows["Distance"]["change"] == "▼ 0.10 km"
    assert rows["Average heart rate"]["change"] == "" and rows["Average heart rate"]["meaning"].endswith("No published range.")


def test_a_workout_before_the_tap_is_offered_with_its_values_and_confirmed_by_touch(window) -> None:
    win, vm = window
    vm.apply(SessionSnapshot(SessionState.PROFILE, profile=MEMBER, offered_result={fields.DURATION_S: 125.0}))
    QCoreApplication.processEvents()
    assert shown_named(win.contentItem(), "workoutOffer") and shown_named(win.contentItem(), "claimWorkoutButton")
    assert vm.property("offeredRows") == [{"label": "Time", "value": "2:05", "unit": ""}]
