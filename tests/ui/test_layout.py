"""Every screen is readable on every panel we ship, in every language: member screens (attract,
language picker, identifying, greeting, unlinked card and the other failures, waiting and
measuring, result, sending, done, "Still there?") and trainer mode's pages with its on-screen
keyboard. No text cut off, spilling out of its box, off screen or lying
on other text, no button off screen or under 15 mm, and no string left in English.

Panels are given by size and diagonal, as an installer gives them
(``[station] screen_diagonal_inches``), so millimetre sizes are the real ones: 800×1280 10.1″,
1080×1920 21.5″ and 1920×1080 24″. One window per panel; the languages switch in it as they do
on the kiosk. A new member screen is one more entry in :func:`snapshots`.

Set GYM_KIOSK_SHOTS_DIR to also keep a PNG of every screen checked (e.g. /tmp/ui-shots).
"""
from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path
from typing import AsyncIterator, Iterator

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from hardware import fields
from hardware.probe import SerialPortInfo
from kiosk.message_codes import MessageCode
from kiosk.models import MemberProfile
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.cloud.member_services import HeartRateZone, PastResult, Standing, TermsParagraph, TrainingToday
from kiosk.session.analyser_details import AnalyserDetails
from kiosk.session.state import AccountLinkView, CardLinkStep, SessionSnapshot, SessionState
from kiosk.cloud.registry import PLATFORMS
from kiosk.support.setup_form import SetupForm
from tests.kiosk.trainer.conftest import CHEAP_HASHER
from tests.kiosk.trainer.support import TRAINER_PIN
from tests.ui.screen_checks import UntranslatedCheck, layout_problems, shown_items, shown_texts
from tests.ui.test_trainer_mode_ui import Station, open_station, seed
from ui.i18n import Translator
from ui.qml_loader import load_main_window
from ui.screenshot import grab
from ui.setup_app import load_setup_window
from ui.viewmodels.language import LANGUAGE_NAMES, LanguagePickerViewModel
from ui.viewmodels.setup import SetupViewModel

PANELS = [((800, 1280), 10.1), ((1080, 1920), 21.5), ((1920, 1080), 24.0)]
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


ACCOUNTS = (("boditrax", "needs-reconnect"), ("enduco", "linked"), ("lfopen", "not-linked"))
TRAINING = TrainingToday("enduco", "Endurance ride with three long intervals", 45,
                         tuple(HeartRateZone(name, top) for name, top in
                               (("Recovery", 115), ("Endurance", 135), ("Tempo", 150), ("Threshold", 165), ("VO2max", 185))))


def terms(language: str) -> tuple[TermsParagraph, ...]:
    """A platform's terms as it would send them in ``language``: a heading and a dozen long paragraphs."""
    return (TermsParagraph(f"({language}) Terms and conditions", heading=True),
            *(TermsParagraph(f"({language}) Fictional terms, long enough to wrap over several lines. " * 3)
              for _ in range(12)))


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
        "measuring-membership-refused": SessionSnapshot(
            SessionState.MEASURING, profile=dataclasses.replace(alex, membership_refusal="out-of-hours"), live_weight_kg=81.7),
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
        "terms": SessionSnapshot(SessionState.TERMS, profile=alex, terms=terms(language)),
        "terms-not-saved": SessionSnapshot(SessionState.TERMS, profile=alex, terms=terms(language),
                                           message=MessageCode.TERMS_NOT_SAVED, message_platform="egym"),
        "terms-sending": SessionSnapshot(SessionState.TERMS, profile=alex, terms=terms(language), terms_sending=True),
        "profile-link-card": SessionSnapshot(SessionState.PROFILE, profile=alex, can_link_card=True),
        **{f"card-link-{step.value}": SessionSnapshot(SessionState.PROFILE, profile=alex, can_link_card=True,
                                                      card_link=step) for step in CardLinkStep},
        "profile-accounts": SessionSnapshot(SessionState.PROFILE, profile=alex, accounts=ACCOUNTS),
        "profile-training": SessionSnapshot(SessionState.PROFILE, profile=alex, accounts=ACCOUNTS, training=TRAINING),
        "measuring-workout-zones": SessionSnapshot(SessionState.MEASURING, profile=alex, live_values=WORKOUT,
                                                   training=TRAINING),
        **{f"account-link-{status}": SessionSnapshot(
            SessionState.PROFILE, profile=alex, accounts=ACCOUNTS,
            account_link=AccountLinkView("enduco", "https://hub.example/link/abc", "4821", status))
           for status in ("starting", "waiting", "exchanging", "linked", "denied", "failed", "expired", "unavailable")},
        "done-points": SessionSnapshot(SessionState.DONE, profile=alex_profiled, result=TANITA_RESULT, history=HISTORY,
                                       submissions=(DeliveryStatus("egym", DeliveryState.SENT),),
                                       standing=Standing(points_today=1240, level="12", points_to_next_level=3760)),
    }




# Texts meant to read the same in every language: names, the platforms' names (brands, never translated),
# language names, paths, codes.
SAME_EVERYWHERE = re.compile("|".join([
    r"Alex( Example)?", r"(Dana|Lukas|Priya) \w\.( \(\d+\))?", *(re.escape(platform.display_name) for platform in PLATFORMS), "gym-kiosk", "Demo smart scale",
    *LANGUAGE_NAMES.values(), r"/\S*", r"https?://\S*", r"\S*[\d_]\S*",
    r"[a-z0-9]+(-[a-z0-9]+)*",  # protocol names, as the config spells them
    r"/dev/\S+ · .+",  # a serial port and what it says it is
]))
SHOTS = os.environ.get("GYM_KIOSK_SHOTS_DIR")


class Checker:
    """Renders each screen, collects its problems and keeps the English texts to compare with."""

    def __init__(self, engine: QQmlApplicationEngine, panel: str, same_everywhere: set[str] | None = None) -> None:
        self.engine, self.panel, self.same_everywhere = engine, panel, same_everywhere or set()
        self.english: dict[str, set[str]] = {}
        self.problems: list[str] = []
        self.untranslated: UntranslatedCheck | None = None
        self.language = "en"

    def use(self, language: str) -> None:
        self.language = language
        self.untranslated = None if language == "en" else UntranslatedCheck(language, SAME_EVERYWHERE)

    def check(self, window: QQuickWindow, name: str) -> None:
        if SHOTS:
            grab(window, Path(SHOTS) / f"{self.language}-{self.panel}-{name}.png")
        else:
            window.grabWindow()  # renders a frame: layouts settle, lists create their delegates
        where = f"{self.language} {name}"
        self.problems += [f"{where}: {problem}" for problem in layout_problems(self.engine, window)]
        texts = [text for text in shown_texts(window) if text not in self.same_everywhere]
        if self.untranslated is None:
            self.english[name] = set(texts)
        else:
            self.problems += [f"{where}: {problem}" for problem in self.untranslated.problems(texts, self.english.get(name, set()))]


def speak(translator: Translator, language: str) -> None:
    """The kiosk's own language becomes ``language`` (as if configured so), no visitor's pick."""
    translator.default_language = translator.default_locale = language
    translator.chosen = None
    translator.use(None)


async def trainer_screens(station: Station) -> AsyncIterator[str]:
    """Trainer mode's pages, from the Trainer button to an export; yields each page's name once it shows."""
    vm = station.vm

    async def enter(pin: str) -> None:
        for digit in pin:
            vm.pressDigit(digit)
        vm.submitPin()
        await vm.wait_idle()

    await station.tap("trainerButton")
    for digit in "48":
        vm.pressDigit(digit)
    yield "trainer-keypad"
    vm.deleteDigit()
    vm.deleteDigit()
    for _ in range(5):
        await enter("1111")
    yield "trainer-keypad-locked"
    station.clock.advance(30)
    station.scheduler.advance(30)
    await enter(TRAINER_PIN)
    yield "trainer-results"
    vm.setStateFilter("attention")
    await vm.wait_idle()
    yield "trainer-results-attention"
    vm.select(1)
    yield "trainer-detail-rejected"
    vm.back()
    vm.setStateFilter("all")
    await vm.wait_idle()
    vm.select(0)
    yield "trainer-detail-sent"
    vm.showTrend()
    await vm.wait_idle()
    yield "trainer-trend"
    vm.back()
    vm.back()
    vm.setStateFilter("needs-reauth")
    await vm.wait_idle()
    vm.select(0)
    vm.startDiscard()
    await station.tap("reason_0")
    yield "trainer-discard"
    await station.tap("reasonField")
    yield "trainer-discard-keyboard"
    await station.tap("key_done")
    vm.back()
    vm.back()
    vm.setStateFilter("all")
    await vm.wait_idle()
    await station.tap("memberFilterButton")
    yield "trainer-member-picker"
    await station.tap("member_1")
    vm.startExport()
    yield "trainer-export"
    vm.exportTo(0)
    await vm.wait_idle()
    yield "trainer-exported"
    vm.exit()
    await vm.wait_idle()


@pytest.mark.parametrize(("size", "diagonal"), PANELS, ids=lambda v: f"{v[0]}x{v[1]}" if isinstance(v, tuple) else f"{v}in")
async def test_every_member_and_trainer_screen_is_readable_in_every_language(qapp, size, diagonal, tmp_path: Path) -> None:
    translator = Translator(default_language="en")
    picker = LanguagePickerViewModel(translator, lambda _listener: lambda: None)

    def load(engine: QQmlApplicationEngine, session_vm) -> QQuickWindow:
        engine.rootContext().setContextProperty("languages", picker)
        return load_main_window(engine, session_vm, size=size, diagonal_inches=diagonal)

    async with open_station(tmp_path, load, translator) as station:
        await seed(station)
        station.stick.mkdir(parents=True)
        checker = Checker(station.engine, f"{size[0]}x{size[1]}")
        try:
            for language in LOCALES:
                speak(translator, language)
                checker.use(language)
                for name, snapshot in snapshots(language).items():
                    station.session_vm.apply(snapshot)
                    QCoreApplication.processEvents()
                    checker.check(station.window, name)
                station.session_vm.apply(SessionSnapshot())
                speak(translator, language)  # the attract screen speaks the kiosk's language again
                picker.changed.emit()
                language_picker = station.window.findChild(QObject, "languagePicker")
                language_picker.setProperty("visible", True)
                checker.check(station.window, "language-picker")
                language_picker.setProperty("visible", False)
                async for name in trainer_screens(station):
                    checker.check(station.window, name)
        finally:
            picker.close()
            translator.use("en")  # the translator is app-wide: leave English for other tests
    assert not checker.problems, "\n".join(checker.problems)


def setup_screens(window: QQuickWindow, vm: SetupViewModel) -> Iterator[str]:
    """The setup form as it opens, with every required field's message, and with the keypad and the keyboard up."""

    def tap(name: str) -> None:
        window.grabWindow()  # one frame: layouts settle, repeaters create their delegates
        item, page = named(window, name), named(window, "setupPage")
        centre = item.mapToScene(item.boundingRect().center())
        if not 0 <= centre.y() < window.height():  # scroll the form until the item is in view
            page.setProperty("contentY", max(0.0, page.property("contentY") + centre.y() - window.height() / 2))
            window.grabWindow()
            centre = item.mapToScene(item.boundingRect().center())
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(centre.toPoint()))

    yield "setup"
    vm.finish()  # an empty form: every required field says what it needs
    yield "setup-errors"
    tap("enrolment_code")  # the hub's, in place of EGYM's fields: digits, on the keypad
    yield "setup-keypad"
    tap("key_done")
    tap("url")
    yield "setup-keyboard"


def named(window: QQuickWindow, name: str) -> QQuickItem:
    """The item called ``name`` (found in the item tree: Repeater delegates are not QObject children)."""
    return next(item for item, _ in shown_items(window.contentItem()) if item.objectName() == name)


@pytest.mark.parametrize("size", [size for size, _ in PANELS], ids=lambda size: f"{size[0]}x{size[1]}")
async def test_the_setup_screen_and_its_keyboards_are_readable_in_every_language(qapp, size, tmp_path: Path) -> None:
    """The installer's screen: fixed pixel sizes (there is no panel size before setup), the same checks;
    the platforms' own answer checks are shown in the installer's language too."""
    checker = None
    for language in LOCALES:  # as run_setup starts it: a translator for the system's language, then the window
        translator = Translator(default_language=language)
        vm = SetupViewModel(tmp_path / "gym-kiosk" / "config.toml", SetupForm(), startup_problem="config file not found",
                            pin_hasher=CHEAP_HASHER, ports=lambda _configured: [SerialPortInfo("/dev/ttyUSB0", "0403:6001", "FT232R")])
        engine = QQmlApplicationEngine()
        translator.attach(engine)
        window = load_setup_window(engine, vm, size=size)
        # Offscreen Qt drops a window's very first synthetic click; spend it on the header, which does nothing.
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(size[0] // 2, 40))
        checker = checker or Checker(engine, f"{size[0]}x{size[1]}")
        checker.engine = engine
        checker.use(language)
        try:
            for name in setup_screens(window, vm):
                checker.check(window, name)
        finally:
            await vm.aclose()
            translator.use("en")  # the translator is app-wide: leave English for other tests
            window.close()
            shiboken6.delete(engine)
    assert not checker.problems, "\n".join(checker.problems)
