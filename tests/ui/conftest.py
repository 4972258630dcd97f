"""A real session flow behind the view-model: sandbox over in-process HTTP, outbox on SQLite."""
from __future__ import annotations

from pathlib import Path
from typing import AsyncIterator

import httpx
import pytest

from harness.demo import demo_config
from kiosk.cloud.egym import EgymClient, EgymIntegration
from kiosk.cloud.egym.sandbox import SandboxState, create_app
from kiosk.outbox.outbox import Outbox
from kiosk.session.flow import FlowTimings, SessionFlow
from kiosk.session.timers import ManualScheduler
from kiosk.storage import Database


@pytest.fixture
def scheduler() -> ManualScheduler:
    """The flow's timers, advanced by the test instead of waited for."""
    return ManualScheduler()


@pytest.fixture
async def flow(tmp_path: Path, scheduler: ManualScheduler) -> AsyncIterator[SessionFlow]:
    config = demo_config("https://sandbox.test", database=tmp_path / "kiosk.sqlite3")
    client = EgymClient(config.egym, transport=httpx.ASGITransport(app=create_app(SandboxState())))
    egym = EgymIntegration(client, config.egym)
    database = Database(config.storage.database)
    outbox = Outbox(database, [egym])
    session_flow = SessionFlow(egym, outbox, timings=FlowTimings(idle_s=30, warning_s=10), scheduler=scheduler)
    yield session_flow
    await session_flow.aclose()
    await outbox.aclose()
    await client.aclose()
    database.close()
