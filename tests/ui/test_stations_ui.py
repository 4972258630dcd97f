"""Cardio and flexibility members see screens made for their station: what to do on the greeting,
a running workout as big tiles, the summary as averages, a short result as tiles, in their
language and units, in portrait and landscape."""
from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, QSizeF
from PySide6.QtQml import QQmlApplicationEngine, qmlEngine
from PySide6.QtQuick import QQuickItem

from hardware import fields
from kiosk.cloud.member_services import HeartRateZone, TrainingToday
from kiosk.message_codes import MessageCode
from kiosk.models import MemberProfile
from kiosk.session.state import SessionSnapshot, SessionState
from tests.ui.loopback_images import is_plain_text
from ui.qml_loader import load_main_window
from ui.viewmodels.session import SessionViewModel

WORKOUT = {
    fields.DURATION_S: 650.0, fields.DISTANCE_M: 4630.0, fields.CALORIES_KCAL: 121.6,
    fields.SPEED_KMH: 26.4, fields.HEART_RATE_BPM: 128.0, fields.POWER_W: 171.0,
}
HIP_FLEXOR = {fields.HIP_FLEXOR_LEFT_DEG: 17.5, fields.HIP_FLEXOR_RIGHT_DEG: 15.0}
BODY = {fields.WEIGHT_KG: 82.4, fields.BODY_FAT_PERCENT: 21.3, fields.MUSCLE_MASS_KG: 61.0, fields.BMI: 24.9}
PORTRAIT, LANDSCAPE = (1080, 1920), (1920, 1080)


def member(locale: str = "en_GB", units: str = "METRIC") -> MemberProfile:
    return MemberProfile(user_id="-abc", first_name="Alex", last_name="Example", locale=locale, unit_system=units)


@pytest.fixture
def open_window(qapp, flow):
    """Opens the kiosk window for a station at a size; everything is closed after the test."""
    opened = []

    def open_(station: str, size: tuple[int, int] = PORTRAIT):
        engine = QQmlApplicationEngine()
        vm = SessionViewModel(flow, station_name="Test station", station=station)
        win = load_main_window(engine, vm, size=size)
        opened.append((engine, vm, win))
        return win, vm

    yield open_
    for engine, vm, win in opened:
        vm.apply(SessionSnapshot())  # back to the kiosk's language, which the translator installs app-wide
        win.close()
        shiboken6.delete(engine)  # QML goes before the view-model it binds to
        vm.close()


def find(window, name: str) -> QQuickItem | None:
    return window.findChild(QObject, name)


def tiles(container: QQuickItem) -> list[QQuickItem]:
    """The figure tiles drawn inside ``container`` (Repeater delegates live in the visual tree only)."""
    found = []
    for child in container.childItems():
        found += [child] if child.objectName() == "figureTile" else tiles(child)
    return found


def _all_items(item: QQuickItem) -> list[QQuickItem]:
    return [child for direct in item.childItems() for child in (direct, *_all_items(direct))]


def laid_out(window):
    """Let the window take its size and render one frame, so layouts have placed every item."""
    QCoreApplication.processEvents()
    window.grabWindow()
    return window


def scene_rect(item: QQuickItem) -> QRectF:
    return QRectF(item.mapToScene(QPointF(0, 0)), QSizeF(item.width(), item.height()))


def apart(items: list[QQuickItem]) -> bool:
    """No two items cover each other."""
    rects = [scene_rect(item) for item in items]
    return not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])


def inside(window, item: QQuickItem) -> bool:
    top_left = item.mapToScene(QPointF(0, 0))
    return (top_left.x() >= 0 and top_left.y() >= 0
            and top_left.x() + item.width() <= window.width() and top_left.y() + item.height() <= window.height())


@pytest.mark.parametrize(("station", "prompt"), [
    ("scale", "Please step onto the scale"),
    ("cardio", "Start your workout"),
    ("flexibility", "Take your position for the test"),
])
def test_the_greeting_tells_the_member_what_to_do_at_this_station(open_window, station: str, prompt: str) -> None:
    win, vm = open_window(station)
    vm.apply(SessionSnapshot(SessionState.PROFILE, profile=member()))
    shown = find(win, "prompt")
    assert shown.isVisible() and shown.property("text") == prompt
    assert vm.property("promptHint")


def test_the_greeting_speaks_the_members_language(open_window) -> None:
    _win, vm = open_window("cardio")
    vm.apply(SessionSnapshot(SessionState.PROFILE, profile=member(locale="de_DE")))
    assert vm.property("promptText") == "Starte dein Training"
    vm.apply(SessionSnapshot(SessionState.PROFILE, profile=member(locale="es_ES")))
    assert vm.property("promptText") == "Empieza tu entrenamiento"


@pytest.mark.parametrize("size", [PORTRAIT, LANDSCAPE], ids=["portrait", "landscape"])
def test_a_running_workout_fills_the_screen_with_big_tiles(open_window, size: tuple[int, int]) -> None:
    win, vm = open_window("cardio", size)
    vm.apply(SessionSnapshot(SessionState.MEASURING, profile=member(), live_values=WORKOUT))
    laid_out(win)
    assert find(win, "liveFigures").isVisible() and not find(win, "liveWeight").isVisible()
    shown = tiles(find(win, "liveFigures"))
    assert len(shown) == len(WORKOUT)
    touch_target = win.property("touchTarget")
    assert all(tile.height() >= 1.5 * touch_target and tile.width() >= win.width() / 4 for tile in shown), "tiles are big"
    assert all(inside(win, tile) for tile in shown) and apart(shown), "every tile is on screen, none covers another"
    button = find(win, "notMeButton")
    assert inside(win, button) and button.mapToScene(QPointF(0, 0)).y() >= max(
        tile.mapToScene(QPointF(0, tile.height())).y() for tile in shown), "the button is below the tiles"
    assert vm.property("measuringStatus") == "Workout in progress…"


def test_a_linked_member_s_heart_rate_shows_their_own_zone_and_the_greeting_their_plan(open_window) -> None:
    """enduco's user_read and plans_read at the cardio station: the zone is theirs, its name plain text."""
    zones = tuple(HeartRateZone(name, top) for name, top in (("Easy", 120), ("<b>Steady</b>", 140), ("Hard", 170)))
    training = TrainingToday("enduco", "Tempo intervals", 40, zones)
    win, vm = open_window("cardio")
    vm.apply(SessionSnapshot(SessionState.PROFILE, profile=member(locale="de_DE"), training=training))
    assert vm.property("extras").property("trainingPlanText") == "Heutiger Plan in enduco: Tempo intervals, 40 Min."
    vm.apply(SessionSnapshot(SessionState.MEASURING, profile=member(), live_values=WORKOUT, training=training))
    laid_out(win)
    [heart] = [row for row in vm.property("liveRows") if row["field"] == fields.HEART_RATE_BPM]
    assert heart["zoneText"] == "Zone 2 of 3: <b>Steady</b>" and heart["zoneIndex"] == 2  # 128 bpm, three zones on five colours
    [zone_text] = [item for tile in tiles(find(win, "liveFigures")) for item in _all_items(tile)
                   if item.objectName() == "figureZone" and item.isVisible()]
    assert zone_text.property("text") == heart["zoneText"] and is_plain_text(qmlEngine(zone_text), zone_text)
    vm.apply(SessionSnapshot(SessionState.MEASURING, profile=member(), live_values=WORKOUT))
    assert all(row["zoneIndex"] == -1 for row in vm.property("liveRows"))  # not linked: nothing coloured


def test_a_scale_still_shows_the_weight_while_measuring(open_window) -> None:
    win, vm = open_window("scale")
    vm.apply(SessionSnapshot(SessionState.MEASURING, profile=member(), live_weight_kg=81.9))
    assert find(win, "liveWeight").isVisible() and not find(win, "liveFigures").isVisible()
    assert vm.property("measuringStatus") == "Please stand still…"


def test_live_figures_are_current_values_and_the_summary_shows_averages(open_window) -> None:
    _win, vm = open_window("cardio")
    vm.apply(SessionSnapshot(SessionState.MEASURING, profile=member(), live_values=WORKOUT))
    live = [row["label"] for row in vm.property("liveRows")]
    assert live == ["Time", "Distance", "Energy", "Speed", "Heart rate", "Power"]
    vm.apply(SessionSnapshot(SessionState.REVIEW, profile=member(), result=WORKOUT))
    summary = [row["label"] for row in vm.property("resultRows")]
    assert summary == ["Time", "Distance", "Energy", "Average speed", "Average heart rate", "Average power"]


def test_workout_distances_follow_the_members_units_and_language(open_window) -> None:
    _win, vm = open_window("cardio")
    vm.apply(SessionSnapshot(SessionState.REVIEW, profile=member(units="US_CUSTOMARY"), result=WORKOUT))
    rows = {row["label"]: (row["value"], row["unit"]) for row in vm.property("resultRows")}
    assert rows["Distance"] == ("2.88", "mi") and rows["Average speed"] == ("16.4", "mph")
    assert rows["Time"] == ("10:50", ""), "minutes and seconds as m:ss, not '10:50 min'"
    vm.apply(SessionSnapshot(SessionState.REVIEW, profile=member(locale="de_DE"), result=WORKOUT))
    rows = {row["label"]: (row["value"], row["unit"]) for row in vm.property("resultRows")}
    assert rows["Strecke"] == ("4,63", "km") and rows["Durchschnittstempo"] == ("26,4", "km/h")
    assert rows["Durchschnittspuls"] == ("128", "S/min")


@pytest.mark.parametrize("size", [PORTRAIT, LANDSCAPE], ids=["portrait", "landscape"])
def test_a_test_with_left_and_right_angles_is_reviewed_as_two_tiles(open_window, size: tuple[int, int]) -> None:
    win, vm = open_window("flexibility", size)
    vm.apply(SessionSnapshot(SessionState.REVIEW, profile=member(locale="de_DE"), result=HIP_FLEXOR))
    laid_out(win)
    assert find(win, "resultTiles").isVisible() and not find(win, "resultRows").isVisible()
    assert vm.property("resultRows") == [
        {"label": "Hüftbeuger links", "value": "17,5°", "unit": ""},
        {"label": "Hüftbeuger rechts", "value": "15,0°", "unit": ""},
    ]
    shown = tiles(find(win, "resultTiles"))
    assert len(shown) == 2 and all(inside(win, tile) for tile in shown) and apart(shown)
    assert shown[0].mapToScene(QPointF(0, 0)).y() == shown[1].mapToScene(QPointF(0, 0)).y(), "left and right side by side"
    assert find(win, "saveButton").isVisible()


def test_a_long_result_is_still_reviewed_as_rows(open_window) -> None:
    win, vm = open_window("scale")
    vm.apply(SessionSnapshot(SessionState.REVIEW, profile=member(), result=BODY))
    assert find(win, "resultRows").isVisible() and not find(win, "resultTiles").isVisible()


@pytest.mark.parametrize(("station", "text"), [
    ("scale", "The scale is disconnected"),
    ("cardio", "The cardio machine is disconnected"),
    ("flexibility", "The flexibility station is disconnected"),
])
def test_the_greeting_says_when_the_stations_device_is_disconnected(open_window, station: str, text: str) -> None:
    win, vm = open_window(station)
    vm.apply(SessionSnapshot(SessionState.PROFILE, profile=member(), device_connected=False, message=MessageCode.DEVICE_DISCONNECTED))
    status = find(win, "deviceStatus")
    assert status.isVisible() and vm.property("messageText") == text
    vm.apply(SessionSnapshot(SessionState.PROFILE, profile=member()))
    assert not status.isVisible()


def test_a_cardio_console_dropping_out_mid_workout_is_explained(open_window) -> None:
    _win, vm = open_window("cardio")
    vm.apply(SessionSnapshot(SessionState.MEASURING, profile=member(), live_values=WORKOUT, device_connected=False,
                             message=MessageCode.DEVICE_DISCONNECTED))
    assert vm.property("measuringStatus") == "Console disconnected, reconnecting…"
    assert vm.property("measuringTone") == "wait"


def test_an_unknown_station_is_refused(qapp, flow) -> None:
    with pytest.raises(ValueError, match="station must be one of scale, cardio, flexibility"):
        SessionViewModel(flow, station="rowing")
