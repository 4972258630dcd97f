"""A hub-configured kiosk against a hub over loopback HTTP, with EGYM played by the sandbox."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest

from kiosk.cloud.egym.sandbox import EgymSandbox
from kiosk.config.loader import KioskConfig, load_config
from kiosk.outbox.schedule import DeliverySchedule
from kiosk.sandbox import RunningSandbox, serve_loopback
from kiosk.support.setup_form import to_toml
from tests.kiosk.cloud.hub.standin_hub import StandInHub

QUICK_RETRIES = {"retry": DeliverySchedule(base_s=0.05, cap_s=0.2, confirm_wait_s=0.1)}


@pytest.fixture
def egym() -> Iterator[RunningSandbox]:
    with serve_loopback(EgymSandbox()) as server:
        yield server


@pytest.fixture
def hub(egym: RunningSandbox) -> Iterator[RunningSandbox]:
    with serve_loopback(StandInHub(egym.base_url)) as server:
        yield server


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
def config_path(tmp_path: Path, hub: RunningSandbox) -> Path:
    return write_config(tmp_path / "etc", hub_config_table(hub.base_url, tmp_path / "data"))


def loaded(path: Path) -> KioskConfig:
    return load_config(path)
