"""A hub served over real HTTP on loopback in front of the EGYM sandbox, for the hub's tests."""
from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Mapping

import httpx

from hub.composition import Hub, build_hub
from hub.config import parse_hub_config
from hub.serving import RunningHub
from hub.store.kiosks import create_enrolment_code
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME
from kiosk.sandbox import RunningSandbox

GYM = "berlin-mitte"


@dataclass
class HubUnderTest:
    hub: Hub
    running: RunningHub
    sandbox: RunningSandbox
    http: httpx.Client

    def enrol(self, machine: str = "scale-1", station: str = "body") -> dict:
        """Enrol a kiosk through the API with a fresh code; its enrolment answer."""
        code = create_enrolment_code(self.hub.engine, GYM, machine, station, int(time.time() * 1000))
        reply = self.http.post("/api/v1/enrol", json={"code": code})
        assert reply.status_code == 201, reply.text
        return reply.json()


@contextlib.contextmanager
def running_hub(folder: Path, sandbox: RunningSandbox, store_url: str | None = None,
                worker_options: Mapping[str, Any] | None = None, **build_options: Any) -> Iterator[HubUnderTest]:
    """A hub with one gym location on the sandbox; its files in ``folder``, its store at ``store_url`` (default SQLite).

    ``build_options`` go to :func:`build_hub` (``platforms``, ``platform_options``)."""
    settings: dict[str, Any] = {"listen": "127.0.0.1:0"}
    if store_url:
        settings["store"] = store_url
    config = parse_hub_config(
        {"hub": settings, "gyms": {GYM: {"egym": {"base_url": sandbox.base_url, "gym_id": DEMO_GYM_ID,
                                                   "machine_name": DEMO_MACHINE_NAME}}}},
        source=folder / "hub.toml", secrets={"egym": DEMO_API_KEY})
    built = build_hub(config, worker_options=worker_options, **build_options)
    running = built.start()
    try:
        with httpx.Client(base_url=running.base_url, timeout=40) as http:
            yield HubUnderTest(built, running, sandbox, http)
    finally:
        running.stop()
        built.close()


def bearer(kiosk: dict) -> dict[str, str]:
    return {"Authorization": f"Bearer {kiosk['credential']}"}
