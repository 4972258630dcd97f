"""The kiosk's domain parts wired as in production, against an in-process EGYM sandbox."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import AsyncIterator

import httpx
import pytest

from harness.autoplay import SnapshotWaiter
from harness.demo import demo_config
from kiosk.cloud.egym import EgymClient, EgymIntegration
from kiosk.cloud.egym.sandbox import SandboxState, create_app
from kiosk.config.loader import KioskConfig
from kiosk.outbox.outbox import Outbox
from kiosk.session.flow import FlowTimings, SessionFlow
from kiosk.storage import Database


@dataclass
class Kiosk:
    config: KioskConfig
    sandbox: SandboxState
    outbox: Outbox
    flow: SessionFlow
    waiter: SnapshotWaiter


@pytest.fixture
async def kiosk(tmp_path: Path) -> AsyncIterator[Kiosk]:
    """Sandbox, EGYM client, SQLite outbox and session flow (idle and review long enough not to interfere)."""
    sandbox = SandboxState()
    config = demo_config("https://sandbox.test", database=tmp_path / "kiosk.sqlite3")
    client = EgymClient(config.egym, transport=httpx.ASGITransport(app=create_app(sandbox)))
    egym = EgymIntegration(client, config.egym)
    database = Database(config.storage.database)
    outbox = Outbox(database, [egym])
    await outbox.start()
    flow = SessionFlow(egym, outbox, timings=FlowTimings(idle_s=120, review_s=60))
    waiter = SnapshotWaiter(flow)
    yield Kiosk(config, sandbox, outbox, flow, waiter)
    waiter.close()
    await flow.aclose()
    await outbox.aclose()
    await client.aclose()
    database.close()
