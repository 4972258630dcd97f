"""Every member screen is readable on every kiosk screen we support, in every language we ship:
no text cut off, spilling out of its box or lying on other text, no button off screen or
smaller than 15 mm, in portrait 1080×1920 and 800×1280 and landscape 1920×1080.

Set GYM_KIOSK_SHOTS_DIR to also keep a PNG of every screen checked (e.g. /tmp/ui-shots).
"""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt
from PySide6.QtQml import QQmlApplicationEngine, QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem, QQuickWindow

from hardware import fields
from kiosk.message_codes import MessageCode
from kiosk.models import MemberProfile
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.results.history import PastResult
from kiosk.session.analyser_details import AnalyserDetails
from kiosk.session.state import SessionSnapshot, SessionState
from ui.i18n import Translator
from ui.qml_loader import load_main_window
from ui.screenshot import grab
from ui.viewmodels.language import LanguagePickerViewModel
from ui.viewmodels.session import SessionViewModel

SIZES = [(1080, 1920), (1920, 1080), (800, 1280)]
LOCALES = {"en": "en_GB", "de": "de_DE", "es": "es_ES", "fr": "fr_FR", "it": "it_IT", "nl": "nl_NL", "pl": "pl_PL",
           "pt": "pt_PT"}
TANITA_RESULT = {
    fields.WEIGHT_KG: 82.4, fields.BODY_FAT_PERCENT: 21.3, fields.FAT_MASS_KG: 17.6, fields.FAT_FREE_MASS_KG: 64.8,
    fields.MUSCLE_MASS_KG: 61.5, fields.BODY_WATER_KG: 47.1, fields.BODY_WATER_PERCENT: 57.2, fields.BONE_MASS_KG: 3.3,
    fields.BMI: 24.9, fields.VISCERAL_FAT_RATING: 7.0, fields.BMR_KCAL: 1786.0, fields.BMR_KJ: 7473.0,
    fields.METABOLIC_AGE: 31.0, fields.IMPEDANCE_OHM: 512.0, fields.HEIGHT_CM: 182.0,
}
WORKOUT = {fields.DURATION_S: 1850.0, fields.DISTANCE_M: 10230.0, fields.CALORIES_KCAL: 612.0,
           fields.SPEED_KMH: 19.9, fields.HEART_RATE_BPM: 151.0, fields.POWER_W: 214.0}


HISTORY = (PastResult(1_764_000_000_000, {fields.WEIGHT_KG: 83.9, fields.BODY_FAT_PERCENT: 22.4, fields.MUSCLE_MASS_KG: 60.8}),
           PastResult(1_764_600_000_000, {fields.WEIGHT_KG: 83.1, fields.BODY_FAT_PERCENT: 21.9, fields.MUSCLE_MASS_KG: 61.2}))


def snapshots(language: str) -> dict[str, SessionSnapshot]:
    """One snapshot per screen and look, for the fictional member Alex Example."""
    alex = MemberProfile(user_id="-alex", first_name="Alex", last_name="Example", locale=LOCALES[language],
                         unit_system="METRIC")
    imperial = MemberProfile(user_id="-alex", first_name="Alex", last_name="Example", locale=LOCALES[language],
                             unit_system="IMPERIAL")
    sending = (DeliveryStatus("egym", DeliveryState.SENDING),)
    alex_profiled = dataclasses.replace(alex, gender="FEMALE", date_of_birth="1989-06-01")
    return {
        "attract": SessionSnapshot(),
        "identifying": SessionSnapshot(SessionState.IDENTIFYING),
        "profile": SessionSnapshot(SessionState.PROFILE, profile=alex),
        "profile-device-lost": SessionSnapshot(SessionState.PROFILE, profile=alex, device_connected=False,
                                               message=MessageCode.DEVICE_DISCONNECTED),
        "measuring-unstable": SessionSnapshot(SessionState.MEASURING, profile=alex, live_weight_kg=81.7),
        "measuring-stable": SessionSnapshot(SessionState.MEASURING, profile=alex, live_weight_kg=82.4, weight_stable=True),
        "measuring-imperial": SessionSnapshot(SessionState.MEASURING, profile=imperial, live_weight_kg=82.4),
        "measuring-device-lost": SessionSnapshot(SessionState.MEASURING, profile=alex, live_weight_kg=82.4,
                                                 device_connected=False, message=MessageCode.DEVICE_DISCONNECTED),
        "measuring-workout": SessionSnapshot(SessionState.MEASURING, profile=alex, live_values=WORKOUT),
        "review": SessionSnapshot(SessionState.REVIEW, profile=alex, result=TANITA_RESULT),
        "review-workout": SessionSnapshot(SessionState.REVIEW, profile=alex, result=WORKOUT),
        "idle-warning": SessionSnapshot(SessionState.REVIEW, profile=alex, result=TANITA_RESULT, idle_warning=True,
                                        warning_seconds_left=9),
        "submitting": SessionSnapshot(SessionState.SUBMITTING, profile=alex, result=TANITA_RESULT, submissions=sending),
        "done-saved": SessionSnapshot(SessionState.DONE, profile=alex,
                                      submissions=(DeliveryStatus("egym", DeliveryState.SENT),)),
        "done-queued": SessionSnapshot(SessionState.DONE, profile=alex, message=MessageCode.OFFLINE,
                                       submissions=(DeliveryStatus("egym", DeliveryState.PENDING, reason="offline"),)),
        "review-progress": SessionSnapshot(SessionState.REVIEW, profile=alex_profiled, result=TANITA_RESULT,
                                           history=HISTORY, screen_seconds_left=42),
        "done-with-result": SessionSnapshot(SessionState.DONE, profile=alex_profiled, result=TANITA_RESULT, history=HISTORY,
                                            submissions=(DeliveryStatus("egym", DeliveryState.SENT),), screen_seconds_left=57),
        "profile-workout-offer": SessionSnapshot(SessionState.PROFILE, profile=alex, offered_result=WORKOUT),
        "details": SessionSnapshot(SessionState.DETAILS, profile=alex, details=AnalyserDetails(168.0, 37, "female")),
        "details-to-choose": SessionSnapshot(SessionState.DETAILS, profile=alex,
                                             details=AnalyserDetails(None, None, None, "athletic", choose_body_model=True)),
        "details-refused": SessionSnapshot(SessionState.DETAILS, profile=alex, details=AnalyserDetails(168.0, 37, "male"),
                                           message=MessageCode.ANALYSER_NOT_ANSWERING),
        "details-sending": SessionSnapshot(SessionState.DETAILS, profile=alex, details=AnalyserDetails(168.0, 37, "female"),
                                           details_sending=True),
        "done-refused": SessionSnapshot(SessionState.DONE, profile=alex, message=MessageCode.REJECTED,
                                        submissions=(DeliveryStatus("egym", DeliveryState.REJECTED, reason="rejected"),)),
        **{f"failed-{code.value}": SessionSnapshot(SessionState.FAILED, message=code) for code in MessageCode},
    }


def descendants(item: QQuickItem) -> list[QQuickItem]:
    found = []
    for child in item.childItems():
        found += [child, *descendants(child)]
    return found


def shown(item: QQuickItem) -> bool:
    """Visible and not faded out, counting every ancestor."""
    if not item.isVisible():
        return False
    opacity = 1.0
    while item is not None:
        opacity *= item.opacity()
        item = item.parentItem()
    return opacity > 0.01


def painted_rect(engine: QQmlEngine, text: QQuickItem) -> QRectF:
    """Where a Text item's glyphs are, in window coordinates (its box may be wider than its text)."""
    width, height = text.property("contentWidth"), text.property("contentHeight")
    # Alignment enums do not convert to Python; QML hands them over as numbers.
    alignment, _ = QQmlExpression(engine.rootContext(), text, "effectiveHorizontalAlignment | verticalAlignment").evaluate()
    x = {int(Qt.AlignmentFlag.AlignRight.value): text.width() - width,
         int(Qt.AlignmentFlag.AlignHCenter.value): (text.width() - width) / 2}.get(int(alignment) & 0x0F, 0.0)
    y = {int(Qt.AlignmentFlag.AlignBottom.value): text.height() - height,
         int(Qt.AlignmentFlag.AlignVCenter.value): (text.height() - height) / 2}.get(int(alignment) & 0xF0, 0.0)
    return text.mapRectToScene(QRectF(x, y, width, height))


def layout_problems(engine: QQmlEngine, window: QQuickWindow) -> list[str]:
    """Everything a member would see as broken on the screen as it is now."""
    overlay = window.findChild(QObject, "idleOverlay")
    top = overlay if shown(overlay) else window.contentItem()  # under the overlay nothing is readable anyway
    items = [item for item in descendants(top) if shown(item)]
    texts = [item for item in items if item.metaObject().className() == "QQuickText" and item.property("text")]
    bounds = QRectF(0, 0, window.width(), window.height()).adjusted(-1, -1, 1, 1)
    problems = []
    for text in texts:
        label = repr(text.property("text"))
        if text.property("truncated"):
            problems.append(f"{label} is cut off")
        if text.property("contentWidth") > text.width() + 1 or text.property("contentHeight") > text.height() + 1:
            problems.append(f"{label} spills out of its box")
        if not bounds.contains(painted_rect(engine, text)):
            problems.append(f"{label} is not fully on screen")
    rects = [(text.property("text"), painted_rect(engine, text)) for text in texts]
    for i, (first, a) in enumerate(rects):
        for second, b in rects[i + 1:]:
            overlap = a.intersected(b)
            if overlap.width() > 1 and overlap.height() > 1:
                problems.append(f"{first!r} overlaps {second!r}")
    touch_target = window.property("touchTarget")
    for button in (item for item in items if item.objectName().endswith("Button")):
        if not bounds.contains(button.mapRectToScene(QRectF(0, 0, button.width(), button.height()))):
            problems.append(f"{button.objectName()} is not fully on screen")
        if min(button.width(), button.height()) < touch_target:
            problems.append(f"{button.objectName()} is smaller than 15 mm")
    return problems


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("language", list(LOCALES))
def test_every_screen_is_readable_at_every_size_in_every_language(qapp, flow, size, language, tmp_path: Path) -> None:
    translator = Translator(default_language=language)
    engine = QQmlApplicationEngine()
    translator.attach(engine)
    vm = SessionViewModel(flow, translator=translator, station_name="Smart scale · Studio 2")
    picker = LanguagePickerViewModel(translator, flow.subscribe)
    engine.rootContext().setContextProperty("languages", picker)
    window = load_main_window(engine, vm, size=size)
    shots = Path(os.environ.get("GYM_KIOSK_SHOTS_DIR", tmp_path))
    problems = []
    try:
        for name, snapshot in snapshots(language).items():
            vm.apply(snapshot)
            QCoreApplication.processEvents()
            grab(window, shots / f"{language}-{size[0]}x{size[1]}-{name}.png")  # renders: layouts settle
            problems += [f"{name}: {problem}" for problem in layout_problems(engine, window)]
    finally:
        picker.close()
        translator.default_language = "en"  # the translator is app-wide: leave English for other tests
        vm.apply(SessionSnapshot())
        window.close()
        shiboken6.delete(engine)  # QML goes before the view-model it binds to
        vm.close()
    assert not problems, "\n".join(problems)
