"""An enrolled hub kiosk, built and started like the real one, and a member's session on it."""
from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path
from typing import AsyncIterator

from hardware import fields
from hardware.events import MeasurementRecord
from harness.autoplay import SnapshotWaiter, in_state
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS
from kiosk.composition import KioskParts, build_kiosk
from kiosk.config.loader import load_config
from kiosk.session.state import SessionSnapshot, SessionState
from tests.kiosk.cloud.hub.conftest import QUICK_RETRIES


@asynccontextmanager
async def running_kiosk(config_path: Path) -> AsyncIterator[KioskParts]:
    parts = await build_kiosk(load_config(config_path), outbox_options=QUICK_RETRIES)
    await parts.start(chores=False)
    try:
        yield parts
    finally:
        await parts.aclose()


async def greet(parts: KioskParts, waiter: SnapshotWaiter, member: int = 0) -> SessionSnapshot:
    """A demo member taps and is greeted (or refused)."""
    parts.devices.simulator("reader").tap(DEMO_MEMBERS[member].uid)
    return await waiter.until(in_state(SessionState.PROFILE, SessionState.FAILED), 10, "the greeting")


async def weigh_and_confirm(parts: KioskParts, waiter: SnapshotWaiter, kg: float = 71.5) -> str:
    """The scale reports a result, the member confirms it; returns its measurement id once captured."""
    captured: list[str] = []
    unsubscribe = parts.outbox.subscribe(lambda unique_id, _status: captured.append(unique_id))
    parts.dispatcher(MeasurementRecord("body", {fields.WEIGHT_KG: kg}, model="test scale"))
    await waiter.until(in_state(SessionState.REVIEW), 10, "the result")
    parts.flow.confirm()
    await waiter.until(lambda snapshot: bool(captured), 10, "the capture")
    unsubscribe()
    return captured[0]
