"""Trainer mode shows a member's name and EGYM's reason for a refusal exactly as EGYM sent them: plain
text on one line, with control and bidi characters dropped and long text cut short, and
markup in them neither obeyed nor fetched."""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import AsyncIterator

import httpx
import pytest
import shiboken6
from PySide6.QtQml import QQmlApplicationEngine

from hardware.events import CardCredential
from harness.demo import demo_config
from kiosk.cloud.egym import EgymClient, EgymIntegration
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS, SandboxState, create_app
from kiosk.cloud.egym import CallRetry
from kiosk.outbox.outbox import Outbox
from kiosk.outbox.schedule import DeliverySchedule
from kiosk.outbox.status import DeliveryState
from kiosk.session.flow import FlowTimings, SessionFlow
from kiosk.session.state import SessionState
from kiosk.session.timers import ManualScheduler
from kiosk.storage import Database
from kiosk.trainer import AuditLog, PinLock, TrainerMode, TrainerCards
from tests.kiosk.trainer.support import SITE_SECRET, TRAINER_CARD, WallClock, capture_and_send, weighing
from tests.ui.loopback_images import LoopbackImages, is_plain_text, text_items
from ui.qml_loader import load_main_window
from ui.viewmodels.session import SessionViewModel
from ui.viewmodels.trainer_mode import TrainerModeViewModel
from ui.viewmodels.trainer_rows import delivery_line

# No word of the name appears in the reason: the log filter masks a member's name wherever it
# appears in EGYM's text, and that masking is not what this test is about.
NAME = 'Eve<br>Saved to EGYM<u>Welcome back, friend</u>'  # cut at 40 characters on these pages
REASON = 'Refused<p>weight out of range<img src="{url}">'
NAME_LIMIT, REASON_LIMIT = 40, 160  # characters shown, the ellipsis included


class RefusingMeasurements(httpx.AsyncBaseTransport):
    """The sandbox, except that while ``status`` is set EGYM answers a measurement with it and ``message``."""

    def __init__(self, sandbox: httpx.AsyncBaseTransport, message: str) -> None:
        self.sandbox, self.message, self.status = sandbox, message, 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.status and request.url.path.startswith("/api/v1/measurements"):
            headers = {"Retry-After": "3600"} if self.status == 429 else {}  # the queue waits: no retries meanwhile
            return httpx.Response(self.status, json={"message": self.message}, headers=headers)
        return await self.sandbox.handle_async_request(request)


@dataclasses.dataclass
class Kiosk:
    engine: QQmlApplicationEngine
    window: object
    trainer_mode: TrainerMode
    vm: TrainerModeViewModel
    egym: EgymIntegration
    outbox: Outbox
    egym_transport: RefusingMeasurements


@pytest.fixture
def images():
    server = LoopbackImages()
    yield server
    server.close()


@pytest.fixture
async def kiosk(qapp, tmp_path: Path, images: LoopbackImages) -> AsyncIterator[Kiosk]:
    """A kiosk whose only member has markup for a name, and whose EGYM can refuse with markup."""
    member = dataclasses.replace(DEMO_MEMBERS[0], first_name=NAME.format(url=images.url("name")))
    transport = RefusingMeasurements(httpx.ASGITransport(app=create_app(SandboxState(members=[member]))),
                                     REASON.format(url=images.url("reason")))
    config = demo_config("https://sandbox.test", database=tmp_path / "kiosk.sqlite3")
    client = EgymClient(config.egym, retry=CallRetry(max_attempts=1), transport=transport)
    egym = EgymIntegration(client, config.egym)
    db = Database(config.storage.database)
    outbox = Outbox(db, [egym], retry=DeliverySchedule(base_s=0.005, cap_s=0.02, rand=lambda: 1.0))
    await outbox.start()
    scheduler, clock = ManualScheduler(), WallClock()
    flow = SessionFlow(egym, outbox, timings=FlowTimings(idle_s=30, warning_s=10), scheduler=scheduler)
    pin = PinLock(db, None, clock=clock)
    await pin.load()
    trainer_mode = TrainerMode(
        db=db, outbox=outbox, cards=TrainerCards([TRAINER_CARD], SITE_SECRET), pin=pin, audit=AuditLog(db, clock=clock),
        data_dir=tmp_path / "data", can_enter=lambda: flow.snapshot.state is SessionState.ATTRACT, scheduler=scheduler,
    )
    session_vm = SessionViewModel(flow, station_name="Demo smart scale")
    trainer_mode_vm = TrainerModeViewModel(trainer_mode)
    engine = QQmlApplicationEngine()
    engine.rootContext().setContextProperty("trainerMode", trainer_mode_vm)
    window = load_main_window(engine, session_vm, size=(1080, 1920))
    yield Kiosk(engine, window, trainer_mode, trainer_mode_vm, egym, outbox, transport)
    window.close()
    shiboken6.delete(engine)  # QML goes before the view-models it binds to
    await trainer_mode_vm.aclose()
    session_vm.close()
    await flow.aclose()
    await outbox.aclose()
    await client.aclose()
    db.close()


def check_page(kiosk: Kiosk, images: LoopbackImages, page: str, *shown: str) -> None:
    """Every text on the page is plain text, each of ``shown`` appears as typed, and nothing was fetched."""
    texts = text_items(kiosk.window)
    for item in texts:
        assert is_plain_text(kiosk.engine, item), f"{page}: {item.property('text')!r} is not plain text"
    for fragment in shown:
        assert any(fragment in item.property("text") for item in texts), f"{page} does not show {fragment!r} as typed"
    assert images.requests_after_render(kiosk.engine, kiosk.window) == [], f"{page} fetched a URL from EGYM's text"


async def test_markup_from_egym_is_shown_as_typed_on_every_trainer_mode_page_and_fetches_nothing(kiosk: Kiosk, images) -> None:
    session = await kiosk.egym.login(CardCredential(DEMO_MEMBERS[0].uid))
    label = (await kiosk.egym.fetch_profile(session)).display_name  # what the member flow stores with a result
    assert (await capture_and_send(kiosk.outbox, weighing(days_ago=2), session, label)).state is DeliveryState.SENT
    kiosk.egym_transport.status = 400
    refused = weighing(days_ago=1)
    assert (await capture_and_send(kiosk.outbox, refused, session, label)).state is DeliveryState.REJECTED
    kiosk.egym_transport.status = 429
    waiting = weighing()
    assert (await capture_and_send(kiosk.outbox, waiting, session, label)).state is DeliveryState.PENDING
    name = label[:NAME_LIMIT - 1] + "…"
    reason = REASON.format(url=images.url("reason"))

    assert kiosk.trainer_mode.claims(CardCredential(TRAINER_CARD))
    await kiosk.vm.wait_idle()
    assert kiosk.vm.page == "results"
    check_page(kiosk, images, "results", name, reason)
    kiosk.vm.select(row_of(kiosk, refused.unique_id))
    check_page(kiosk, images, "detail", name, reason)
    kiosk.vm.showTrend()
    await kiosk.vm.wait_idle()
    check_page(kiosk, images, "trend", f"Trend for {name}")
    kiosk.vm.back()
    kiosk.vm.back()
    kiosk.vm.select(row_of(kiosk, waiting.unique_id))
    kiosk.vm.startDiscard()
    check_page(kiosk, images, "discard", f"Discard {name}'s result")
    kiosk.vm.back()
    kiosk.vm.back()
    assert kiosk.vm.page == "results"
    picker = item_named(kiosk.window, "memberPicker")
    picker.setProperty("shown", True)
    check_page(kiosk, images, "member picker", "Member: All members", f"{name} (3)")


def test_a_reason_from_egym_is_one_line_without_control_or_bidi_characters(qapp) -> None:
    line = delivery_line("egym", DeliveryState.REJECTED, "rejected", "\u202edilav ton\u202c\n\nfield\x1b[2J\u2066x\u2069")
    assert line["text"] == "EGYM: rejected (dilav ton field[2Jx)"


def test_a_long_reason_from_egym_is_cut_short_with_an_ellipsis(qapp) -> None:
    detail = "measurement request rejected as invalid: " + "the value is out of range " * 10
    line = delivery_line("egym", DeliveryState.REJECTED, "rejected", detail)
    assert line["text"] == f"EGYM: rejected ({detail[:REASON_LIMIT - 1].rstrip()}…)"


def row_of(kiosk: Kiosk, unique_id: str) -> int:
    rows = kiosk.vm.results
    return next(i for i in range(rows.rowCount()) if rows.row(i)["uniqueId"] == unique_id)


def item_named(window, name: str):
    """The item called ``name`` in the window's item tree."""
    pending = [window.contentItem()]
    while pending:
        item = pending.pop()
        if item.objectName() == name:
            return item
        pending.extend(item.childItems())
    raise AssertionError(f"no item called {name}")
