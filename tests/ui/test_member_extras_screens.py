"""The terms screen, the card-linking panel and the points line, on screen, driven by touch.

A standalone-EGYM kiosk built as in production, against the sandbox's machine API over loopback
HTTP; the member's touches are mouse clicks on the real QML window. PNGs go to ``tmp_path``.
"""
from __future__ import annotations

from pathlib import Path
from typing import AsyncIterator

import pytest
import shiboken6
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from hardware import fields
from hardware.events import CardCredential, CredentialPresented, MeasurementRecord, WalletCredential, WalletPlatform
from harness.autoplay import SnapshotWaiter, in_state
from harness.demo import demo_standalone_config
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS, EgymSandbox
from kiosk.cloud.member_services import TermsParagraph
from kiosk.composition import KioskParts, build_kiosk
from kiosk.models import MemberProfile
from kiosk.sandbox import serve_loopback
from kiosk.session.flow import FlowTimings
from kiosk.session.state import CardLinkStep, SessionSnapshot, SessionState
from tests.ui.loopback_images import LoopbackImages, is_plain_text, text_items
from ui.qml_loader import load_main_window
from ui.screenshot import grab
from ui.viewmodels.session import SessionViewModel

WAIT_S = 20.0
DANA, LUKAS, PRIYA = DEMO_MEMBERS[0], DEMO_MEMBERS[1], DEMO_MEMBERS[3]


class Screen:
    def __init__(self, window: QObject, parts: KioskParts, sandbox: EgymSandbox) -> None:
        self.window, self.parts, self.sandbox = window, parts, sandbox
        self.waiter = SnapshotWaiter(parts.flow)

    def find(self, name: str) -> QQuickItem:
        item = self.window.findChild(QObject, name)
        assert item is not None, f"{name} is not on screen"
        return item

    def tap(self, name: str) -> None:
        item = self.find(name)
        assert item.isVisible() and item.height() >= self.window.property("touchTarget"), f"{name} is hard to hit"
        centre = item.mapToScene(item.boundingRect().center()).toPoint()
        QTest.mouseClick(self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(centre))

    def present(self, credential: object) -> None:
        self.parts.flow.handle(CredentialPresented(credential))  # type: ignore[arg-type]

    async def until(self, condition, what: str) -> SessionSnapshot:  # noqa: ANN001
        return await self.waiter.until(condition, WAIT_S, what)


@pytest.fixture
async def screen(qapp, tmp_path: Path) -> AsyncIterator[Screen]:
    with serve_loopback(EgymSandbox()) as sandbox:
        config = demo_standalone_config(sandbox.base_url, database=tmp_path / "kiosk.sqlite3")
        parts = await build_kiosk(config, timings=FlowTimings(idle_s=120, review_s=60, result_idle_s=120))
        await parts.outbox.start()
        engine = QQmlApplicationEngine()
        vm = SessionViewModel(parts.flow, station_name="Test scale")
        window = load_main_window(engine, vm, size=(1080, 1920))
        shown = Screen(window, parts, sandbox.state)
        try:
            yield shown
        finally:
            shown.waiter.close()
            vm.apply(SessionSnapshot())  # the kiosk's own language again: Qt's translators are process-wide
            window.close()
            shiboken6.delete(engine)
            vm.close()
            await parts.aclose()


async def test_a_member_reads_the_terms_in_german_and_accepts_them_by_touch(screen: Screen, tmp_path: Path) -> None:
    screen.sandbox.standalone.terms_pending.add(LUKAS.user_id)
    screen.present(CardCredential(LUKAS.uid))
    await screen.until(in_state(SessionState.TERMS), "the terms")
    assert screen.find("termsScreen").isVisible()
    assert screen.find("acceptTermsButton").property("text") == "Akzeptieren"
    assert "Bedingungen" in screen.find("termsIntro").property("text")
    grab(screen.window, tmp_path / "terms-de.png")
    screen.tap("acceptTermsButton")
    await screen.until(in_state(SessionState.PROFILE), "the greeting after Accept")
    assert LUKAS.user_id not in screen.sandbox.standalone.terms_pending


async def test_declining_by_touch_says_so_politely_and_sends_nothing(screen: Screen, tmp_path: Path) -> None:
    screen.present(CardCredential(PRIYA.uid))
    await screen.until(in_state(SessionState.TERMS), "the terms")
    screen.tap("declineTermsButton")
    await screen.until(in_state(SessionState.FAILED), "the polite goodbye")
    assert screen.find("failureReason").property("text") == "No problem. Nothing was measured or sent"
    grab(screen.window, tmp_path / "declined.png")
    assert screen.sandbox.standalone.measurements == []


def test_terms_text_is_shown_as_plain_text_and_loads_nothing(qapp, flow) -> None:
    images = LoopbackImages()
    engine = QQmlApplicationEngine()
    vm = SessionViewModel(flow, station_name="Test scale")
    window = load_main_window(engine, vm, size=(1080, 1920))
    try:
        hostile = f'<img src="{images.url("tracker.png")}"><b>bold</b>'
        vm.apply(SessionSnapshot(SessionState.TERMS, profile=MemberProfile("u", "Alex", locale="en_US"),
                                 terms=(TermsParagraph("Terms", heading=True), TermsParagraph(hostile))))
        shown = [item for item in text_items(window) if item.property("text") == hostile]
        assert shown and all(is_plain_text(engine, item) for item in shown)
        assert images.requests_after_render(engine, window) == []
    finally:
        window.close()
        shiboken6.delete(engine)
        vm.close()
        images.close()


async def test_a_wallet_member_links_a_card_by_touch_and_sees_each_step(screen: Screen, tmp_path: Path) -> None:
    screen.present(WalletCredential(DANA.wallet_payload or "", WalletPlatform.APPLE))
    await screen.until(in_state(SessionState.PROFILE), "the greeting")
    screen.tap("linkCardButton")
    await screen.until(lambda s: s.card_link is CardLinkStep.CONFIRM, "the explanation")
    assert "another member" in screen.find("cardLinkText").property("text")
    grab(screen.window, tmp_path / "card-link-confirm.png")
    screen.tap("startCardLinkButton")
    await screen.until(lambda s: s.card_link is CardLinkStep.WAITING, "hold the card")
    screen.present(CardCredential(LUKAS.uid))  # somebody else's card
    await screen.until(lambda s: s.card_link is CardLinkStep.REFUSED, "the refusal")
    assert screen.find("cardLinkTitle").property("text") == "This card belongs to another member"
    grab(screen.window, tmp_path / "card-link-refused.png")
    screen.tap("closeCardLinkButton")
    await screen.until(lambda s: s.card_link is None, "the greeting again")
    assert screen.find("profileScreen").isVisible() and not screen.find("cardLinkPanel").isVisible()


async def test_points_show_on_the_done_screen(screen: Screen) -> None:
    screen.present(CardCredential(DANA.uid))
    await screen.until(in_state(SessionState.PROFILE), "the greeting")
    screen.parts.flow.handle(MeasurementRecord(kind="body", values={fields.WEIGHT_KG: 70.2}, model="MC-780"))
    await screen.until(in_state(SessionState.REVIEW), "the result")
    screen.tap("saveButton")
    await screen.until(lambda s: s.standing is not None, "the points")
    standing = screen.find("standing")
    assert standing.isVisible() and standing.property("text") == "+17 points today · level 3, 40 to go"
