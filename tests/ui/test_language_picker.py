"""A visitor picks their language on the attract screen before tapping: the attract and unlinked-card
screens speak it, an identified member's own profile language then wins, and the next visitor
starts in the kiosk's language again."""
from __future__ import annotations

from typing import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from hardware.events import CardCredential, CardTechnology, CredentialPresented
from harness.autoplay import SnapshotWaiter, in_state
from harness.demo import UNREGISTERED_CARD
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS
from kiosk.session.state import SessionState
from ui.i18n import Translator
from ui.qml_loader import load_main_window
from ui.viewmodels.language import LanguagePickerViewModel
from ui.viewmodels.session import SessionViewModel

SAM = next(member for member in DEMO_MEMBERS if member.locale == "es_ES")


class Kiosk:
    def __init__(self, window, translator: Translator, picker: LanguagePickerViewModel) -> None:
        self.window, self.translator, self.picker = window, translator, picker

    def find(self, name: str) -> QQuickItem:
        self.window.grabWindow()  # one frame: layouts settle, repeaters create their delegates
        pending = [self.window.contentItem()]
        while pending:
            item = pending.pop()
            if item.objectName() == name:
                return item
            pending.extend(item.childItems())
        raise AssertionError(f"{name} is not on screen")

    def tap(self, name: str) -> None:
        item = self.find(name)
        assert item.isVisible() and min(item.width(), item.height()) >= self.window.property("touchTarget")
        centre = item.mapToScene(item.boundingRect().center()).toPoint()
        QTest.mouseClick(self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(centre))

    def texts(self, screen: str) -> list[str]:
        found, pending = [], [self.find(screen)]
        while pending:
            item = pending.pop()
            if item.inherits("QQuickText") and item.isVisible():
                found.append(item.property("text"))
            pending.extend(item.childItems())
        return found


@pytest.fixture
def kiosk(qapp, flow) -> Iterator[Kiosk]:
    translator = Translator(default_language="en")
    engine = QQmlApplicationEngine()
    translator.attach(engine)
    vm = SessionViewModel(flow, translator=translator, station_name="Smart scale")
    picker = LanguagePickerViewModel(translator, flow.subscribe)
    engine.rootContext().setContextProperty("languages", picker)
    window = load_main_window(engine, vm, size=(1080, 1920))
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(540, 40))  # offscreen drops the first
    yield Kiosk(window, translator, picker)
    picker.close()
    translator.choose(None)  # the translator is app-wide: leave English for other tests
    window.close()
    shiboken6.delete(engine)
    vm.close()


async def test_the_picked_language_shows_until_a_member_is_identified(kiosk: Kiosk, flow, scheduler) -> None:
    assert [language["name"] for language in kiosk.picker.languages] == [
        "English", "Deutsch", "Español", "Français", "Italiano", "Nederlands", "Polski", "Português"]
    kiosk.tap("languageButton")
    assert kiosk.find("languagePicker").isVisible()
    kiosk.tap("deLanguageButton")

    assert not kiosk.find("languagePicker").isVisible()
    assert "Karte oder Handy anhalten" in kiosk.texts("attractScreen")
    assert kiosk.find("languageButton").property("text") == "Deutsch"

    waiter = SnapshotWaiter(flow)
    flow.handle(CredentialPresented(CardCredential(UNREGISTERED_CARD)))  # the unlinked-card screen, in German
    await waiter.until(in_state(SessionState.FAILED), 10, "the unlinked-card screen")
    assert "Diese Karte ist mit keinem EGYM-Konto verknüpft" in kiosk.texts("failedScreen")
    scheduler.advance(60)  # the failed screen's time is up
    await waiter.until(in_state(SessionState.ATTRACT), 5, "the attract screen")
    waiter.close()
    assert kiosk.translator.language == "en"  # the next visitor starts in the kiosk's language


async def test_the_members_own_language_wins_over_the_pick(kiosk: Kiosk, flow) -> None:
    kiosk.tap("languageButton")
    kiosk.tap("plLanguageButton")
    assert kiosk.translator.language == "pl"

    waiter = SnapshotWaiter(flow)
    flow.handle(CredentialPresented(CardCredential(SAM.uid, CardTechnology.LEGIC)))  # Sam's card is LEGIC
    await waiter.until(in_state(SessionState.PROFILE, SessionState.MEASURING), 10, "the greeting")
    waiter.close()

    assert kiosk.translator.language == "es"
