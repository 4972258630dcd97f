"""Real parts for trainer mode: SQLite on tmp_path, the EGYM sandbox over in-process HTTP, a started outbox."""
from __future__ import annotations

from pathlib import Path
from typing import AsyncIterator, Awaitable, Callable

import httpx
import pytest
from argon2 import PasswordHasher

from kiosk.cloud.egym import EgymClient, EgymIntegration, EgymSettings
from kiosk.cloud.egym import CallRetry
from kiosk.outbox.outbox import Outbox
from kiosk.outbox.schedule import DeliverySchedule
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME, SandboxState, create_app
from kiosk.session.timers import ManualScheduler
from kiosk.storage import Database
from kiosk.trainer import AuditLog, PinLock, TrainerMode, TrainerCards
from kiosk.trainer.pin import hash_pin
from tests.kiosk.trainer.support import SITE_SECRET, TRAINER_CARD, TRAINER_PIN, WallClock

# A cheap argon2id cost keeps the many wrong-PIN checks quick; the production cost is tested on its own.
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = Database(tmp_path / "kiosk.sqlite3")
    yield database
    database.close()


@pytest.fixture
def sandbox() -> SandboxState:
    return SandboxState()


@pytest.fixture
async def egym(sandbox: SandboxState) -> AsyncIterator[EgymIntegration]:
    settings = EgymSettings(
        base_url="http://egym-sandbox.test", gym_id=DEMO_GYM_ID, machine_name=DEMO_MACHINE_NAME, api_key=DEMO_API_KEY
    )
    client = EgymClient(settings, retry=CallRetry(max_attempts=1), transport=httpx.ASGITransport(app=create_app(sandbox)))
    yield EgymIntegration(client, settings)
    await client.aclose()


@pytest.fixture
async def outbox(db: Database, egym: EgymIntegration) -> AsyncIterator[Outbox]:
    # Quick retries after failures; a result waiting for re-authentication waits the real 15 minutes.
    box = Outbox(db, [egym], retry=DeliverySchedule(base_s=0.005, cap_s=0.02, rand=lambda: 1.0))
    await box.start()
    yield box
    await box.aclose()


@pytest.fixture
def clock() -> WallClock:
    return WallClock()


@pytest.fixture
def scheduler() -> ManualScheduler:
    return ManualScheduler()


@pytest.fixture
def pin_hash() -> str:
    return hash_pin(TRAINER_PIN, CHEAP_HASHER)


@pytest.fixture
async def make_trainer_mode(db, outbox, clock, scheduler, pin_hash, tmp_path) -> AsyncIterator[Callable[..., Awaitable[TrainerMode]]]:
    """Builds trainer mode on the shared database; ``member_session_running`` says whether entry is blocked."""
    made: list[TrainerMode] = []

    async def make(*, member_session_running: bool = False, export_folders=None, pin: str | None = "set") -> TrainerMode:
        lock = PinLock(db, pin_hash if pin else None, clock=clock)
        await lock.load()
        options = {"export_folders": export_folders} if export_folders else {}
        trainer_mode = TrainerMode(
            db=db, outbox=outbox, cards=TrainerCards([TRAINER_CARD], SITE_SECRET), pin=lock, audit=AuditLog(db, clock=clock),
            data_dir=tmp_path / "data", can_enter=lambda: not member_session_running, scheduler=scheduler, **options,
        )
        made.append(trainer_mode)
        return trainer_mode

    yield make
    for trainer_mode in made:
        await trainer_mode.aclose()
