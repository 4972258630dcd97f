"""No EGYM API key on a hub kiosk: its config folder, data folder and log hold none after members used it."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest

from harness.autoplay import SnapshotWaiter
from kiosk.cloud.egym.sandbox import DEMO_API_KEY
from kiosk.cloud.hub.enrolment import enrol_kiosk
from kiosk.runtime.logfile import install_file_logging, log_directory, remove_file_logging
from kiosk.sandbox import RunningSandbox
from tests.kiosk.cloud.hub.conftest import RunningGymHub
from tests.kiosk.cloud.hub.kiosks import greet, running_kiosk, weigh_and_confirm
from kiosk.outbox.status import DeliveryState
from tests.kiosk.outbox.support import wait_for_state


def holding(folder: Path, secret: bytes) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file() and secret in path.read_bytes()]


async def test_a_hub_kiosks_files_and_log_hold_no_egym_api_key(
    tmp_path: Path, config_path: Path, hub: RunningGymHub, egym: RunningSandbox, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    data_dir = tmp_path / "data"
    logs = log_directory(data_dir / "kiosk.sqlite3")
    install_file_logging(logs, logging.DEBUG)
    try:
        await enrol_kiosk(config_path.parent, hub.base_url, hub.new_code())
        async with running_kiosk(config_path) as parts:
            waiter = SnapshotWaiter(parts.flow)
            await greet(parts, waiter)
            unique_id = await weigh_and_confirm(parts, waiter)
            await wait_for_state(parts.outbox, unique_id, "hub", DeliveryState.SENT)
            await parts.connections["hub"].destination.follow(unique_id, lambda states: None)  # until EGYM's is final
    finally:
        remove_file_logging(logs)

    assert [m["uniqueMeasurementId"] for m in egym.state.measurements()] == [unique_id]  # EGYM got it, through the hub
    assert any("the hub accepted" in path.read_text() for path in data_dir.rglob("*.log*")), "the kiosk wrote its log"
    for folder in (config_path.parent, data_dir):
        assert holding(folder, DEMO_API_KEY.encode()) == []
