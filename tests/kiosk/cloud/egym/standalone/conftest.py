"""Fixtures: a fresh standalone sandbox, and clients talking HTTP to it in process."""
from __future__ import annotations

from typing import AsyncIterator

import httpx
import pytest

from kiosk.cloud.egym.sandbox.standalone import StandaloneState, create_standalone_app
from kiosk.cloud.egym.standalone.client import StandaloneClient
from tests.kiosk.cloud.egym.standalone.support import ONE_TRY, Factory, settings


@pytest.fixture
def state() -> StandaloneState:
    return StandaloneState()


@pytest.fixture
async def connect(state: StandaloneState) -> AsyncIterator[Factory]:
    clients: list[StandaloneClient] = []

    def make(**changes: object) -> StandaloneClient:
        transport = httpx.ASGITransport(app=create_standalone_app(state))
        client = StandaloneClient(settings(**changes), retry=ONE_TRY, transport=transport)
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.aclose()
