"""A PerfectGym emulation served over real HTTP on loopback, and settings pointing at it."""
from __future__ import annotations

from typing import Iterator

import pytest

from kiosk.cloud.perfectgym import PerfectGymSettings
from kiosk.cloud.perfectgym.sandbox import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_CLUB_ID, PerfectGymSandbox
from kiosk.sandbox import serve_loopback
from kiosk.sandbox.server import RunningSandbox


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    with serve_loopback(PerfectGymSandbox()) as server:
        yield server


def settings_for(server: RunningSandbox, **changes: object) -> PerfectGymSettings:
    values: dict[str, object] = dict(base_url=f"{server.base_url}/Api", client_id=DEMO_CLIENT_ID,
                                     client_secret=DEMO_CLIENT_SECRET, club_id=DEMO_CLUB_ID)
    values.update(changes)
    return PerfectGymSettings(**values)  # type: ignore[arg-type]
