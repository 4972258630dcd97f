"""A hub-configured kiosk against the real hub (SQLite in tmp_path) over loopback HTTP, EGYM played by the sandbox."""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import pytest

from hub.composition import Hub, build_hub
from hub.config import parse_hub_config
from hub.serving import RunningHub
from hub.store.kiosks import Kiosk, create_enrolment_code, list_kiosks, revoke_kiosk
from harness.demo import demo_egym_table
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, EgymSandbox
from kiosk.config.loader import KioskConfig, load_config
from kiosk.outbox.schedule import DeliverySchedule
from kiosk.sandbox import RunningSandbox, serve_loopback
from kiosk.support.setup_form import to_toml

QUICK_RETRIES = {"retry": DeliverySchedule(base_s=0.05, cap_s=0.2, confirm_wait_s=0.1)}
GYM = "demo-gym"
# The hub's own retries, quick enough for a test to see a second attempt.
HUB_WORKER = {"schedule": DeliverySchedule(base_s=0.2, cap_s=0.5), "poll_s": 0.2}


def now_ms() -> int:
    return int(time.time() * 1000)


@dataclass
class RunningGymHub:
    """The hub as an installer and the fleet page use it: codes, revocation, the kiosks' heartbeats."""

    hub: Hub
    running: RunningHub
    egym: EgymSandbox

    @property
    def base_url(self) -> str:
        return self.running.base_url

    def new_code(self, machine: str = "scale-1", station: str = "body") -> str:
        return create_enrolment_code(self.hub.engine, GYM, machine, station, now_ms())

    def kiosks(self) -> list[Kiosk]:
        return list_kiosks(self.hub.engine)

    def revoke_all(self) -> None:
        for kiosk in self.kiosks():
            revoke_kiosk(self.hub.engine, kiosk.device_id, now_ms())


@pytest.fixture
def egym() -> Iterator[RunningSandbox]:
    with serve_loopback(EgymSandbox(api_keys={DEMO_API_KEY: DEMO_GYM_ID})) as server:
        yield server


@pytest.fixture
def hub(tmp_path: Path, egym: RunningSandbox) -> Iterator[RunningGymHub]:
    folder = tmp_path / "hub"
    folder.mkdir()
    config = parse_hub_config(
        {"hub": {"listen": "127.0.0.1:0"},
         "gyms": {GYM: {"egym": demo_egym_table(egym.base_url)}}},  # the demo gym: its wallet issuers too
        source=folder / "hub.toml", secrets={"egym": DEMO_API_KEY})
    built = build_hub(config, worker_options=HUB_WORKER)
    running = built.start()
    try:
        yield RunningGymHub(built, running, egym.state)
    finally:
        running.stop()
        built.close()


def hub_config_table(hub_url: str, data_dir: Path) -> dict[str, Any]:
    """An installer's config for a scale kiosk that talks to the hub only (no [egym] table)."""
    return {
        "station": {"type": "scale", "identity": ["hub"], "review_seconds": 1},
        "hub": {"url": hub_url, "timeout_s": 5},
        "readers": [{"protocol": "uid-lines", "port": "simulated"}],
        "storage": {"database": str(data_dir / "kiosk.sqlite3")},
    }


def write_config(config_dir: Path, table: dict[str, Any]) -> Path:
    config_dir.mkdir(parents=True, exist_ok=True)
    path = config_dir / "config.toml"
    path.write_text(to_toml(table), encoding="utf-8")
    return path


@pytest.fixture
def config_path(tmp_path: Path, hub: RunningGymHub) -> Path:
    return write_config(tmp_path / "etc", hub_config_table(hub.base_url, tmp_path / "data"))


def loaded(path: Path) -> KioskConfig:
    return load_config(path)
