"""Trainer mode on screen: entry by the Trainer button and PIN or by card, the lock on the
keypad, results, resend, discard, trend and export through the real buttons, the idle exit, and
every trainer-mode screen rendered in portrait and landscape."""
from __future__ import annotations

import asyncio
import csv
import dataclasses
import os
import re
from contextlib import asynccontextmanager
from pathlib import Path
from typing import AsyncIterator, Callable

import httpx
import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from hardware.events import CardCredential, CredentialPresented
from harness.demo import demo_config
from kiosk.cloud.egym import EgymClient, EgymIntegration
from kiosk.cloud.egym import CallRetry
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS, SandboxState, create_app
from kiosk.outbox.outbox import Outbox
from kiosk.outbox.schedule import DeliverySchedule
from kiosk.outbox.status import DeliveryState
from kiosk.session.dispatch import EventDispatcher
from kiosk.session.flow import FlowTimings, SessionFlow
from kiosk.session.state import SessionState
from kiosk.session.timers import ManualScheduler
from kiosk.storage import Database
from kiosk.trainer import AuditLog, ExportFolder, PinLock, TrainerMode, TrainerCards, card_actor
from kiosk.trainer.pin import hash_pin
from tests.kiosk.trainer.conftest import CHEAP_HASHER
from tests.kiosk.trainer.support import SITE_SECRET, TRAINER_CARD, TRAINER_PIN, WallClock, capture_and_send, log_in, wait_for_state, weighing
from ui.i18n import Translator
from ui.qml_loader import load_main_window
from ui.screenshot import grab
from ui.viewmodels.session import SessionViewModel
from ui.viewmodels.trainer_mode import TrainerModeViewModel

PORTRAIT, LANDSCAPE = (1080, 1920), (1920, 1080)
DANA, LUKAS, PRIYA = DEMO_MEMBERS[0], DEMO_MEMBERS[1], DEMO_MEMBERS[3]
UNREGISTERED = bytes.fromhex("0BADCAFE")


class Station:
    """A kiosk with trainer mode: real outbox and sandbox, the QML window, the view-models."""

    def __init__(self, window, trainer_mode: TrainerMode, trainer_mode_vm: TrainerModeViewModel, route, outbox: Outbox,
                 sandbox: SandboxState, egym: EgymIntegration, db: Database, scheduler: ManualScheduler,
                 clock: WallClock, stick: Path) -> None:
        self.window, self.trainer_mode, self.vm, self.route = window, trainer_mode, trainer_mode_vm, route
        self.outbox, self.sandbox, self.egym, self.db = outbox, sandbox, egym, db
        self.scheduler, self.clock, self.stick = scheduler, clock, stick
        self.session_vm: SessionViewModel | None = None  # the member screens' view-model, and the engine of the window
        self.engine: QQmlApplicationEngine | None = None

    def items(self) -> list[QQuickItem]:
        """Every item in the window, laid out as the next frame shows it."""
        self.window.grabWindow()  # renders a frame now: layouts settle, lists create their delegates
        found, pending = [], [self.window.contentItem()]
        while pending:
            item = pending.pop()
            found.append(item)
            pending.extend(item.childItems())
        return found

    def find(self, name: str) -> QQuickItem | None:
        """The item called ``name`` (found in the item tree: Repeater delegates are not QObject children);
        a visible one first, since a screen that is not shown may hold an item of the same name."""
        found = [item for item in self.items() if item.objectName() == name]
        return next((item for item in found if item.isVisible()), found[0] if found else None)

    def shown(self, name: str) -> bool:
        item = self.find(name)
        return item is not None and item.isVisible()

    async def tap(self, name: str) -> None:
        """A finger on the middle of the named item, then whatever work it started."""
        item = self.find(name)
        assert item is not None and item.isVisible(), f"{name} is not on screen"
        assert item.height() >= self.window.property("touchTarget"), f"{name} is smaller than 15 mm"
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
        QTest.mouseClick(self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
        await self.vm.wait_idle()

    async def type_pin(self, pin: str) -> None:
        for digit in pin:
            await self.tap(f"key_{digit}")
        await self.tap("key_ok")

    async def audit(self) -> list[tuple[str, str, str | None, str]]:
        await self.vm.wait_idle()
        return [(e.actor, e.action, e.item_id, e.reason) for e in reversed(await AuditLog(self.db).entries())]


@pytest.fixture(params=[PORTRAIT], ids=["portrait"])
def size(request) -> tuple[int, int]:
    return request.param


@asynccontextmanager
async def open_station(tmp_path: Path, load: Callable[[QQmlApplicationEngine, SessionViewModel], QQuickWindow],
                       translator: Translator | None = None) -> AsyncIterator[Station]:
    """A kiosk with trainer mode whose window ``load(engine, session_vm)`` opens (``trainerMode`` is set on the engine)."""
    config = demo_config("https://sandbox.test", database=tmp_path / "kiosk.sqlite3")
    sandbox = SandboxState()
    client = EgymClient(config.egym, retry=CallRetry(max_attempts=1),
                        transport=httpx.ASGITransport(app=create_app(sandbox)))
    egym = EgymIntegration(client, config.egym)
    db = Database(config.storage.database)
    outbox = Outbox(db, [egym], retry=DeliverySchedule(base_s=0.005, cap_s=0.02, rand=lambda: 1.0))
    await outbox.start()
    scheduler, clock = ManualScheduler(), WallClock()
    flow = SessionFlow(egym, outbox, timings=FlowTimings(idle_s=30, warning_s=10), scheduler=scheduler)
    pin = PinLock(db, hash_pin(TRAINER_PIN, CHEAP_HASHER), clock=clock)
    await pin.load()
    stick = tmp_path / "media" / "kiosk" / "STICK"
    trainer_mode = TrainerMode(
        db=db, outbox=outbox, cards=TrainerCards([TRAINER_CARD], SITE_SECRET), pin=pin, audit=AuditLog(db, clock=clock),
        data_dir=tmp_path / "data", can_enter=lambda: flow.snapshot.state is SessionState.ATTRACT,
        scheduler=scheduler, export_folders=lambda data_dir: [ExportFolder(stick, True), ExportFolder(data_dir / "exports", False)],
    )
    session_vm = SessionViewModel(flow, translator=translator, station_name="Demo smart scale")
    trainer_mode_vm = TrainerModeViewModel(trainer_mode, translator)
    engine = QQmlApplicationEngine()
    if translator is not None:
        translator.attach(engine)
    engine.rootContext().setContextProperty("trainerMode", trainer_mode_vm)
    window = load(engine, session_vm)
    station = Station(window, trainer_mode, trainer_mode_vm, EventDispatcher(flow.handle, claimers=[trainer_mode.claims]),
                      outbox, sandbox, egym, db, scheduler, clock, stick)
    station.session_vm, station.engine = session_vm, engine
    try:
        yield station
    finally:
        window.close()
        shiboken6.delete(engine)  # QML goes before the view-models it binds to
        await trainer_mode_vm.aclose()
        session_vm.close()
        await flow.aclose()
        await outbox.aclose()
        await client.aclose()
        db.close()


@pytest.fixture
async def station(qapp, tmp_path: Path, size) -> AsyncIterator[Station]:
    async with open_station(tmp_path, lambda engine, session_vm: load_main_window(engine, session_vm, size=size)) as opened:
        yield opened


async def seed(station: Station) -> dict[str, str]:
    """A week at the scale: Dana weighs five times, Lukas's last result was refused, Priya's waits."""
    dana = await log_in(station.egym, DANA)
    ids = {}
    for days_ago, kg, fat, muscle in [(6, 64.8, 27.9, 44.1), (5, 64.5, 27.6, 44.3), (3, 64.1, 27.0, 44.2),
                                      (1.5, 63.8, 26.8, 44.6), (0.02, 63.4, 26.3, 44.9)]:
        result = weighing(kg, days_ago=days_ago, body_fat_percent=fat, muscle_mass_kg=muscle, bmi=kg / 1.68 ** 2)
        assert (await capture_and_send(station.outbox, result, dana, "Dana W.")).state is DeliveryState.SENT
        ids.setdefault("dana", result.unique_id)
    lukas = await log_in(station.egym, LUKAS)
    assert (await capture_and_send(station.outbox, weighing(84.6, days_ago=2), lukas, "Lukas B.")).state is DeliveryState.SENT
    station.sandbox.faults.fail_next(400, path_prefix="/api/v1/measurements")
    refused = weighing(84.1, days_ago=0.5)
    assert (await capture_and_send(station.outbox, refused, lukas, "Lukas B.")).state is DeliveryState.REJECTED
    priya = await log_in(station.egym, PRIYA)
    station.sandbox.expire_tokens()
    station.sandbox.faults.fail_next(401, count=2 if priya.refresh_token else 1, path_prefix="/api/v1/oauth/token")
    waiting = weighing(70.3, days_ago=0.1)
    assert (await capture_and_send(station.outbox, waiting, priya, "Priya A.")).state is DeliveryState.NEEDS_REAUTH
    ids.update(dana_latest=result.unique_id, refused=refused.unique_id, waiting=waiting.unique_id)
    return ids


async def test_the_trainer_button_and_the_right_pin_open_the_results(station: Station) -> None:
    assert station.shown("attractScreen") and station.shown("trainerButton")
    await station.tap("trainerButton")
    assert station.shown("trainerModeKeypad") and station.shown("attractScreen")  # the keypad covers the attract screen

    await station.type_pin(TRAINER_PIN)

    assert station.shown("trainerModeResults")
    assert await station.audit() == [("pin", "enter", None, "pin")]
    await station.tap("trainerModeExitButton")
    assert not station.shown("trainerMode") and station.shown("attractScreen")
    assert (await station.audit())[-1] == ("pin", "exit", None, "button")


async def test_wrong_pins_lock_the_keypad_and_it_shows_how_long(station: Station) -> None:
    await station.tap("trainerButton")
    await station.type_pin("1111")
    assert "4 attempts left" in station.find("pinMessage").property("text")
    for _ in range(4):
        await station.type_pin("1111")

    message = station.find("pinMessage").property("text")
    assert "Try again in 30 s" in message
    assert not station.find("key_5").property("enabled")
    station.clock.advance(25)
    station.scheduler.advance(25)
    assert "Try again in 5 s" in station.find("pinMessage").property("text")
    station.clock.advance(5)
    station.scheduler.advance(5)
    assert station.find("key_5").property("enabled")


async def test_a_trainer_card_opens_results_and_member_taps_are_ignored_meanwhile(station: Station) -> None:
    ids = await seed(station)
    station.route(CredentialPresented(CardCredential(TRAINER_CARD)))
    await station.vm.wait_idle()

    assert station.shown("trainerModeResults")
    rows = station.vm.results
    assert rows.rowCount() == 8
    labels = [rows.row(i)["memberLabel"] for i in range(rows.rowCount())]
    assert labels[:3] == ["Dana W.", "Priya A.", "Lukas B."]  # newest first
    station.route(CredentialPresented(CardCredential(DANA.uid)))
    assert station.shown("trainerModeResults")

    await station.tap("filter_attention")
    assert [rows.row(i)["uniqueId"] for i in range(rows.rowCount())] == [ids["waiting"], ids["refused"]]
    assert rows.row(1)["deliveries"][0]["text"].startswith("EGYM: rejected")
    await station.tap("filter_all")
    await station.tap("memberFilterButton")
    await station.tap(f"member_{station.vm.memberChoices.index('Dana W. (5)')}")
    assert station.shown("trainerModeResults") and not station.shown("memberPicker")  # the tap did not fall through
    assert {rows.row(i)["memberLabel"] for i in range(rows.rowCount())} == {"Dana W."} and rows.rowCount() == 5


async def test_a_members_card_in_trainer_mode_shows_that_members_results(station: Station) -> None:
    await seed(station)

    async def member_of(credential) -> str | None:  # as the kiosk does it: the member key of the card's account
        session = await station.egym.login(credential)
        await station.egym.fetch_profile(session)
        return await station.outbox.member_key(session)

    vm = TrainerModeViewModel(station.trainer_mode, find_member=member_of)
    try:
        station.route(CredentialPresented(CardCredential(TRAINER_CARD)))
        await vm.wait_idle()
        station.route(CredentialPresented(CardCredential(DANA.uid)))  # Dana taps while a trainer looks
        await vm.wait_idle()

        assert station.trainer_mode.is_open and vm.page == "results"  # no session started
        assert vm.memberChoices[vm.memberFilter] == "Dana W. (5)"
        rows = vm.results
        assert rows.rowCount() == 5 and {rows.row(i)["memberLabel"] for i in range(rows.rowCount())} == {"Dana W."}

        station.route(CredentialPresented(CardCredential(UNREGISTERED)))
        await vm.wait_idle()
        assert vm.notice == "This card could not be looked up. Pick the member from the list."
        assert vm.memberChoices[vm.memberFilter] == "Dana W. (5)"  # what was shown stays
    finally:
        await vm.aclose()


async def test_trainer_mode_speaks_the_kiosks_language(station: Station) -> None:
    translator = Translator()
    translator.use("de")
    german = TrainerModeViewModel(station.trainer_mode, translator)
    try:
        station.trainer_mode.open_keypad()
        assert german.pinMessage == "Trainer-PIN eingeben oder Trainerkarte auflegen."
        assert [f["label"] for f in german.stateFilters][:2] == ["Alle", "Prüfen"]
    finally:
        translator.use("en")
        await german.aclose()


async def test_trainer_mode_shows_the_sites_units_and_its_locales_dates(station: Station) -> None:
    """A Portuguese site on US customary units: pounds and 04/12/26, never kg and US dates (12/4/26)."""
    await seed(station)
    portuguese = TrainerModeViewModel(station.trainer_mode, Translator(default_language="pt"), units="us_customary")
    try:
        station.route(CredentialPresented(CardCredential(TRAINER_CARD)))
        await portuguese.wait_idle()
        rows = portuguese.results
        first = rows.row(0)
        assert re.fullmatch(r"\d\d/\d\d/\d\d \d\d:\d\d", first["timeText"]), first["timeText"]  # pt_PT: dd/MM/yy HH:mm
        assert " lb" in first["valuesText"] and " kg" not in first["valuesText"]
        dana = next(i for i in range(rows.rowCount()) if rows.row(i)["memberLabel"] == "Dana W.")
        portuguese.select(dana)
        await portuguese.wait_idle()
        weight = portuguese.detail["rows"][0]
        assert (weight["value"], weight["unit"]) == ("139,8", "lb")  # 63.4 kg, with the Portuguese decimal comma
        portuguese.showTrend()
        await portuguese.wait_idle()
        units = {series["key"]: series["unit"] for series in portuguese.trend["series"]}
        assert units == {"weight_kg": "lb", "body_fat_percent": "%", "muscle_mass_kg": "lb"}
        assert re.fullmatch(r"\d\d/\d\d/\d\d", portuguese.trend["toText"])
    finally:
        await portuguese.aclose()


async def test_resend_from_the_detail_page_delivers_to_the_sandbox(station: Station) -> None:
    ids = await seed(station)
    station.route(CredentialPresented(CardCredential(TRAINER_CARD)))
    await station.vm.wait_idle()
    await station.tap("filter_needs-reauth")
    station.vm.select(0)
    assert station.shown("trainerModeDetail") and station.shown("resendButton")

    await station.tap("resendButton")

    await wait_for_state(station.outbox, ids["waiting"], DeliveryState.SENT)
    assert ids["waiting"] in [m["uniqueMeasurementId"] for m in station.sandbox.measurements()]
    assert station.vm.notice == "Queued again; sending now."
    assert (await station.audit())[-1] == (card_actor(TRAINER_CARD, SITE_SECRET), "resend", ids["waiting"], "egym pending")


async def test_discard_with_a_picked_reason_goes_to_the_audit_log(station: Station) -> None:
    ids = await seed(station)
    station.route(CredentialPresented(CardCredential(TRAINER_CARD)))
    await station.vm.wait_idle()
    await station.tap("filter_needs-reauth")
    station.vm.select(0)
    await station.tap("discardButton")
    assert station.shown("trainerModeDiscard") and not station.find("confirmDiscardButton").property("enabled")

    await station.tap("reason_1")
    await station.tap("confirmDiscardButton")

    assert station.outbox.statuses(ids["waiting"])[0].state is DeliveryState.DISCARDED
    assert station.shown("trainerModeDetail") and not station.shown("discardButton")
    assert (await station.audit())[-1] == (card_actor(TRAINER_CARD, SITE_SECRET), "discard", ids["waiting"], "Test or demo measurement")


async def test_a_discard_reason_is_typed_on_the_on_screen_keyboard(station: Station, tmp_path: Path) -> None:
    ids = await seed(station)
    station.route(CredentialPresented(CardCredential(TRAINER_CARD)))
    await station.vm.wait_idle()
    await station.tap("filter_needs-reauth")
    station.vm.select(0)
    await station.tap("discardButton")

    await station.tap("reasonField")
    assert station.shown("onScreenKeyboard")
    grab(station.window, Path(os.environ.get("GYM_KIOSK_SHOTS_DIR", tmp_path)) / "trainer-discard-keyboard.png")
    for key in ["shift", "s", "c", "a", "l", "e", "space", "t", "e", "s", "t", "back", "t", "done"]:
        await station.tap(f"key_{key}")
    assert not station.shown("onScreenKeyboard")
    await station.tap("confirmDiscardButton")

    assert station.outbox.statuses(ids["waiting"])[0].state is DeliveryState.DISCARDED
    assert (await station.audit())[-1] == (card_actor(TRAINER_CARD, SITE_SECRET), "discard", ids["waiting"], "Scale test")


async def test_export_writes_the_listed_results_to_the_usb_stick(station: Station) -> None:
    await seed(station)
    station.route(CredentialPresented(CardCredential(TRAINER_CARD)))
    await station.vm.wait_idle()
    await station.tap("filter_sent")
    await station.tap("exportButton")
    assert station.shown("trainerModeExport")

    await station.tap("exportFolder_0")

    [exported] = list(station.stick.glob("gym-kiosk-results-*.csv"))
    with exported.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 6 and {row["egym state"] for row in rows} == {"sent"}
    assert station.vm.notice == f"Saved 6 results to {exported}"


async def test_trainer_mode_ends_after_two_idle_minutes_and_touches_keep_it_open(station: Station) -> None:
    station.route(CredentialPresented(CardCredential(TRAINER_CARD)))
    await station.vm.wait_idle()
    station.scheduler.advance(100)
    await station.tap("filter_sent")  # a touch
    station.scheduler.advance(100)
    assert station.shown("trainerMode")

    station.scheduler.advance(20)

    assert not station.shown("trainerMode") and station.shown("attractScreen")
    assert station.vm.results.rowCount() == 0  # nothing about members stays behind
    assert (await station.audit())[-1] == (card_actor(TRAINER_CARD, SITE_SECRET), "exit", None, "idle")


@pytest.mark.parametrize("size", [PORTRAIT, LANDSCAPE], ids=["portrait", "landscape"], indirect=True)
async def test_every_trainer_mode_screen_renders(station: Station, size, tmp_path: Path) -> None:
    await seed(station)
    station.stick.mkdir(parents=True)
    shots = tmp_path / "screens"
    saved = []

    async def shoot(name: str, screen: str) -> None:
        await station.vm.wait_idle()
        assert station.shown(screen), f"{screen} not shown"
        saved.append(grab(station.window, shots / f"trainer-mode-{name}-{'portrait' if size == PORTRAIT else 'landscape'}.png"))

    await shoot("00-attract", "trainerButton")
    await station.tap("trainerButton")
    for digit in "48":
        await station.tap(f"key_{digit}")
    await shoot("01-keypad", "trainerModeKeypad")
    for _ in range(5):
        await station.type_pin("1111")
    await shoot("02-keypad-locked", "trainerModeKeypad")
    station.clock.advance(30)
    station.scheduler.advance(30)
    await station.type_pin(TRAINER_PIN)
    await shoot("03-results", "trainerModeResults")
    await station.tap("filter_attention")
    await shoot("04-results-attention", "trainerModeResults")
    station.vm.select(1)
    await shoot("05-detail-rejected", "resendButton")
    await station.tap("detailBackButton")
    await station.tap("filter_all")
    station.vm.select(0)
    await shoot("06-detail-sent", "trendButton")
    await station.tap("trendButton")
    await shoot("07-trend", "trainerModeTrend")
    await station.tap("trendBackButton")
    await station.tap("detailBackButton")
    await station.tap("filter_needs-reauth")
    station.vm.select(0)
    await station.tap("discardButton")
    await station.tap("reason_0")
    await shoot("08-discard", "trainerModeDiscard")
    await station.tap("discardBackButton")
    await station.tap("detailBackButton")
    await station.tap("filter_all")
    await station.tap("memberFilterButton")
    await shoot("09-member-picker", "memberPicker")
    await station.tap("member_1")
    await shoot("10-results-one-member", "trainerModeResults")
    await station.tap("exportButton")
    await shoot("11-export", "trainerModeExport")
    await station.tap("exportFolder_0")
    await shoot("12-exported", "trainerModeNotice")
    assert all(path.stat().st_size > 0 for path in saved)


async def test_a_trainer_card_on_the_kiosks_own_reader_opens_trainer_mode(qapp, tmp_path: Path) -> None:
    """The composition root routes the tap: the simulated reader, the real flow, trainer mode, the window."""
    from kiosk.config.loader import TrainerConfig
    from kiosk.cloud.egym.sandbox import EgymSandbox
    from kiosk.sandbox import serve_loopback
    from ui.app import start_kiosk

    with serve_loopback(EgymSandbox()) as server:
        config = demo_config(server.base_url, database=tmp_path / "kiosk.sqlite3")
        kiosk = await start_kiosk(dataclasses.replace(config, trainer=TrainerConfig(cards=(TRAINER_CARD,))), size=PORTRAIT)
        try:
            opened = asyncio.Event()
            kiosk.trainer_mode.changed.connect(lambda: opened.set() if kiosk.trainer_mode.active else None)
            kiosk.devices.simulator("reader").tap(TRAINER_CARD)
            async with asyncio.timeout(10):
                await opened.wait()
            assert kiosk.trainer_mode.page == "results"
            assert kiosk.flow.snapshot.state is SessionState.ATTRACT  # nobody was logged in as a member
        finally:
            await kiosk.stop()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the engine goes now, not at exit
        reopened = Database(config.storage.database)
        entries = await AuditLog(reopened).entries()
        reopened.close()
        site_secret = (tmp_path / "site-secret").read_bytes().strip()  # made at the first start
        assert [(e.actor, e.action, e.reason) for e in reversed(entries)] == [
            (card_actor(TRAINER_CARD, site_secret), "enter", "card"), (card_actor(TRAINER_CARD, site_secret), "exit", "shutdown")]
