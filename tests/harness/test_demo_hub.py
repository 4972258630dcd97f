"""The demo's hub and its enrolled kiosk: a member's result goes kiosk → hub → EGYM sandbox, and the demo
kiosk's config folder, data folder and log hold no EGYM API key."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest

from harness.autoplay import SnapshotWaiter
from harness.demo import demo_simulator_options
from harness.demo_hub import demo_hub, enrolled_demo_kiosk
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, EgymSandbox
from kiosk.composition import build_kiosk
from kiosk.outbox.status import DeliveryState
from kiosk.runtime.logfile import install_file_logging, log_directory, remove_file_logging
from kiosk.sandbox import serve_loopback
from tests.kiosk.cloud.hub.kiosks import greet, weigh_and_confirm
from tests.kiosk.outbox.support import wait_for_state


async def test_the_demo_kiosk_delivers_through_its_hub_and_holds_no_egym_key(
    tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    kiosk_folder = tmp_path / "kiosk"
    with serve_loopback(EgymSandbox()) as egym, demo_hub(tmp_path / "hub", egym.base_url) as (hub, hub_url):
        config = await enrolled_demo_kiosk(hub, hub_url, kiosk_folder)
        logs = log_directory(config.storage.database)
        install_file_logging(logs, logging.DEBUG)
        parts = await build_kiosk(config, simulator_options=demo_simulator_options())
        await parts.start(chores=False)
        try:
            waiter = SnapshotWaiter(parts.flow)
            await greet(parts, waiter)
            unique_id = await weigh_and_confirm(parts, waiter)
            await wait_for_state(parts.outbox, unique_id, "hub", DeliveryState.SENT)
            await parts.connections["hub"].destination.follow(unique_id, lambda _states: None)
        finally:
            await parts.aclose()
            remove_file_logging(logs)
        delivered = [m["uniqueMeasurementId"] for m in egym.state.measurements()]

    assert delivered == [unique_id]
    assert config.source is not None and config.source.parent == kiosk_folder / "etc"
    assert "egym" not in config.platforms and (kiosk_folder / "etc" / "hub-device-credential").exists()
    assert any("the hub accepted" in path.read_text() for path in logs.glob("*.log*"))
    holding = [path for path in kiosk_folder.rglob("*") if path.is_file() and DEMO_API_KEY.encode() in path.read_bytes()]
    assert holding == []
