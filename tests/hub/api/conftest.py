"""A hub over real HTTP on loopback, in front of the EGYM sandbox (also on loopback), and an enrolled kiosk."""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from hub.composition import Hub, build_hub
from hub.config import parse_hub_config
from hub.serving import RunningHub
from hub.store.kiosks import create_enrolment_code
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME, EgymSandbox
from kiosk.sandbox import RunningSandbox, serve_loopback

GYM = "berlin-mitte"


@dataclass
class HubUnderTest:
    hub: Hub
    running: RunningHub
    sandbox: RunningSandbox
    http: httpx.Client

    def enrol(self, machine: str = "scale-1", station: str = "body") -> dict:
        code = create_enrolment_code(self.hub.engine, GYM, machine, station, int(time.time() * 1000))
        reply = self.http.post("/api/v1/enrol", json={"code": code})
        assert reply.status_code == 201, reply.text
        return reply.json()


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    with serve_loopback(EgymSandbox(api_keys={DEMO_API_KEY: DEMO_GYM_ID})) as running:
        yield running


@pytest.fixture
def hub(tmp_path: Path, sandbox: RunningSandbox) -> Iterator[HubUnderTest]:
    config = parse_hub_config(
        {"hub": {"listen": "127.0.0.1:0"},
         "gyms": {GYM: {"egym": {"base_url": sandbox.base_url, "gym_id": DEMO_GYM_ID,
                                 "machine_name": DEMO_MACHINE_NAME}}}},
        source=tmp_path / "hub.toml", secrets={"egym": DEMO_API_KEY})
    built = build_hub(config)
    running = built.start()
    try:
        with httpx.Client(base_url=running.base_url, timeout=40) as http:
            yield HubUnderTest(built, running, sandbox, http)
    finally:
        running.stop()
        built.close()


@pytest.fixture
def kiosk(hub: HubUnderTest) -> dict:
    """An enrolled kiosk's enrolment answer (device_id, credential, …)."""
    return hub.enrol()


def bearer(kiosk: dict) -> dict[str, str]:
    return {"Authorization": f"Bearer {kiosk['credential']}"}
