"""A hub over real HTTP on loopback, in front of the EGYM sandbox (also on loopback), and an enrolled kiosk."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from kiosk.sandbox import RunningSandbox
from tests.hub.running import HubUnderTest, running_hub


@pytest.fixture
def hub(tmp_path: Path, sandbox: RunningSandbox) -> Iterator[HubUnderTest]:
    with running_hub(tmp_path, sandbox) as under_test:
        yield under_test


@pytest.fixture
def kiosk(hub: HubUnderTest) -> dict:
    """An enrolled kiosk's enrolment answer (device_id, credential, …)."""
    return hub.enrol()
