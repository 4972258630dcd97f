"""Every member screen loads, shows the right content for the flow's state, and its buttons
are big enough to hit with a sweaty finger (15 mm)."""
from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from hardware.events import CardCredential, CredentialPresented
from harness.autoplay import SnapshotWaiter, in_state
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS
from kiosk.cloud.member_services import TermsParagraph
from kiosk.message_codes import MessageCode

from kiosk.models import MemberProfile
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.session.analyser_details import AnalyserDetails
from kiosk.session.state import SessionSnapshot, SessionState
from ui.qml_loader import load_main_window
from ui.screenshot import grab
from ui.viewmodels.session import SessionViewModel

MEMBER = MemberProfile(user_id="-x", first_name="Alex", last_name="Example", locale="en_US", unit_system="METRIC")
RESULT = {"weight_kg": 82.4, "body_fat_percent": 21.3, "fat_mass_kg": 17.6, "muscle_mass_kg": 61.9, "bmi": 24.9}
SCREENS = {
    SessionState.ATTRACT: (SessionSnapshot(), "attractScreen", []),
    SessionState.IDENTIFYING: (SessionSnapshot(SessionState.IDENTIFYING), "identifyingScreen", []),
    SessionState.DETAILS: (SessionSnapshot(SessionState.DETAILS, profile=MEMBER, details=AnalyserDetails(168.0, 37, "female")),
                           "detailsScreen", ["notMeButton", "confirmDetailsButton", "changeHeightButton", "maleChoice"]),
    SessionState.TERMS: (SessionSnapshot(SessionState.TERMS, profile=MEMBER, terms=(TermsParagraph("Terms", heading=True),
                                                                                     TermsParagraph("You agree."))),
                         "termsScreen", ["declineTermsButton", "acceptTermsButton"]),
    SessionState.PROFILE: (SessionSnapshot(SessionState.PROFILE, profile=MEMBER), "profileScreen", ["notMeButton"]),
    SessionState.MEASURING: (SessionSnapshot(SessionState.MEASURING, profile=MEMBER, live_weight_kg=81.9), "measuringScreen", ["notMeButton"]),
    SessionState.REVIEW: (SessionSnapshot(SessionState.REVIEW, profile=MEMBER, result=RESULT), "reviewScreen", ["notMeButton", "saveButton"]),
    SessionState.SUBMITTING: (SessionSnapshot(SessionState.SUBMITTING, profile=MEMBER, result=RESULT), "submittingScreen", []),
    SessionState.DONE: (SessionSnapshot(SessionState.DONE, profile=MEMBER, submissions=(DeliveryStatus("egym", DeliveryState.SENT),)), "doneScreen", []),
    SessionState.FAILED: (SessionSnapshot(SessionState.FAILED, message=MessageCode.CARD_NOT_REGISTERED), "failedScreen", []),
}


@pytest.fixture
def window(qapp, flow):
    engine = QQmlApplicationEngine()
    vm = SessionViewModel(flow, station_name="Test scale")
    win = load_main_window(engine, vm, size=(1080, 1920))
    yield win, vm
    win.close()
    shiboken6.delete(engine)  # QML goes before the view-model it binds to


def find(window, name: str) -> QQuickItem | None:
    return window.findChild(QObject, name)


@pytest.mark.parametrize("state", list(SCREENS), ids=lambda s: s.value)
def test_each_state_shows_its_screen_with_big_enough_buttons(window, state: SessionState, tmp_path: Path) -> None:
    win, vm = window
    snapshot, screen_name, buttons = SCREENS[state]
    vm.apply(snapshot)
    screen = find(win, screen_name)
    assert screen is not None and screen.isVisible(), f"{screen_name} is not shown for {state.value}"
    touch_target = win.property("touchTarget")
    for button_name in buttons:
        button = find(win, button_name)
        assert button is not None and button.isVisible()
        assert button.height() >= touch_target and button.width() >= touch_target
    assert grab(win, tmp_path / f"{state.value}.png").stat().st_size > 0


def test_idle_warning_overlays_the_screen_with_a_big_button(window) -> None:
    win, vm = window
    vm.apply(SessionSnapshot(SessionState.PROFILE, profile=MEMBER, idle_warning=True, warning_seconds_left=9))
    overlay, button = find(win, "idleOverlay"), find(win, "stillHereButton")
    assert overlay.isVisible() and button.isVisible()
    assert button.height() >= win.property("touchTarget")
    vm.apply(SessionSnapshot(SessionState.PROFILE, profile=MEMBER))
    assert not overlay.isVisible()


async def test_tapping_not_me_on_the_screen_ends_the_session(window, flow) -> None:
    win, vm = window
    waiter = SnapshotWaiter(flow)
    flow.handle(CredentialPresented(CardCredential(DEMO_MEMBERS[0].uid)))
    await waiter.until(in_state(SessionState.PROFILE), 10, "the greeting")
    button = find(win, "notMeButton")
    centre = button.mapToScene(button.boundingRect().center()).toPoint()
    QTest.mouseClick(win, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(centre))
    await waiter.until(in_state(SessionState.ATTRACT), 5, "the attract screen")
    waiter.close()
    assert vm.property("greetingName") == ""


@pytest.mark.parametrize(("state", "title"), [
    (DeliveryState.SENT, "Saved. See you next time!"),
    (DeliveryState.PENDING, "Saved on this kiosk"),
    (DeliveryState.REJECTED, "Your result was not saved"),
])
def test_the_done_screen_never_calls_a_refused_result_saved(window, state: DeliveryState, title: str) -> None:
    win, vm = window
    vm.apply(SessionSnapshot(SessionState.DONE, profile=MEMBER, submissions=(DeliveryStatus("egym", state),)))
    assert find(win, "doneTitle").property("text") == title


def test_a_failure_says_what_happened_and_what_to_do(window) -> None:
    win, vm = window
    vm.apply(SessionSnapshot(SessionState.FAILED, message=MessageCode.OFFLINE))
    assert find(win, "failureReason").property("text") == "No connection to EGYM"
    assert find(win, "failureAdvice").property("text") == "Please try again in a few minutes."
