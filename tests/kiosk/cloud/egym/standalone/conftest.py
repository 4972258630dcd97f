"""Fixtures: a fresh sandbox served on loopback, and clients talking HTTP to its standalone API."""
from __future__ import annotations

from typing import AsyncIterator, Iterator

import pytest

from kiosk.cloud.egym.sandbox import EgymSandbox
from kiosk.cloud.egym.sandbox.standalone import StandaloneState
from kiosk.cloud.egym.standalone.client import StandaloneClient
from kiosk.sandbox import RunningSandbox, serve_loopback
from tests.kiosk.cloud.egym.standalone.support import ONE_TRY, Factory, settings


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    with serve_loopback(EgymSandbox()) as server:
        yield server


@pytest.fixture
def standalone_url(sandbox: RunningSandbox) -> str:
    """The standalone API's address: the sandbox serves it under ``/standalone``."""
    return f"{sandbox.base_url}/standalone"


@pytest.fixture
def state(sandbox: RunningSandbox) -> StandaloneState:
    return sandbox.state.standalone


@pytest.fixture
async def connect(standalone_url: str) -> AsyncIterator[Factory]:
    clients: list[StandaloneClient] = []

    def make(**changes: object) -> StandaloneClient:
        client = StandaloneClient(settings(**{"base_url": standalone_url, **changes}), retry=ONE_TRY)
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.aclose()
