"""Fixtures for the sandbox tests: a state on a controllable clock and an in-process client."""
from __future__ import annotations

from typing import AsyncIterator

import httpx
import pytest

from kiosk.cloud.egym.sandbox import SandboxState, create_app
from tests.kiosk.cloud.egym.sandbox.support import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def state(clock: FakeClock) -> SandboxState:
    return SandboxState(clock=clock)


@pytest.fixture
async def client(state: SandboxState) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=create_app(state))
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox.test") as http:
        yield http
