"""Real parts for the outbox tests: a SQLite file on tmp_path and EGYM sandboxes over in-process HTTP."""
from __future__ import annotations

from typing import AsyncIterator, Awaitable, Callable

import httpx
import pytest

from kiosk.cloud.egym import EgymClient, EgymIntegration, EgymSettings
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME, SandboxState, create_app
from kiosk.cloud.egym import CallRetry
from kiosk.outbox.outbox import Outbox
from kiosk.storage import Database
from tests.kiosk.outbox.support import FAST_RETRY, Platform


@pytest.fixture
async def db(tmp_path) -> AsyncIterator[Database]:
    database = Database(tmp_path / "kiosk.db")
    yield database
    database.close()


@pytest.fixture
async def platforms() -> AsyncIterator[Callable[[str], Platform]]:
    """Makes EGYM sandboxes; each gets its own state, client and destination name."""
    clients: list[EgymClient] = []

    def make(name: str = "egym") -> Platform:
        state = SandboxState()
        settings = EgymSettings(
            base_url="http://egym-sandbox.test", gym_id=DEMO_GYM_ID, machine_name=DEMO_MACHINE_NAME,
            api_key=DEMO_API_KEY,
        )
        # The client's own short retries are off, so every failure reaches the outbox.
        transport = httpx.ASGITransport(app=create_app(state))
        client = EgymClient(settings, retry=CallRetry(max_attempts=1), transport=transport)
        clients.append(client)
        integration = EgymIntegration(client, settings)
        if name != integration.name:
            integration.name = name  # a second EGYM account, delivered to as its own destination
        return Platform(state, integration)

    yield make
    for client in clients:
        await client.aclose()


@pytest.fixture
def egym(platforms) -> Platform:
    return platforms("egym")


@pytest.fixture
async def outboxes(db, platforms) -> AsyncIterator[Callable[..., Awaitable[Outbox]]]:
    """Makes started outboxes on the test database and closes them at the end (before the platforms)."""
    made: list[Outbox] = []

    async def make(destinations, *, start: bool = True, database: Database | None = None, **options) -> Outbox:
        options.setdefault("retry", FAST_RETRY)
        outbox = Outbox(database or db, [platform.integration for platform in destinations], **options)
        made.append(outbox)
        if start:
            await outbox.start()
        return outbox

    yield make
    for outbox in made:
        await outbox.aclose()
