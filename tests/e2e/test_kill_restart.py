"""A kiosk process killed between capture and EGYM's 204 delivers the measurement after a restart, once."""
from __future__ import annotations

from pathlib import Path

import pytest

from harness.chaos import WorkerProcess
from harness.demo import demo_cards
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS, EgymSandbox
from kiosk.sandbox import serve_loopback

SLOW_SUBMISSION_MS = 60_000  # far longer than the test: the kill always lands before the 204


@pytest.fixture
def sandbox():
    state = EgymSandbox()
    running = serve_loopback(state)
    yield running
    running.stop()


def test_measurement_captured_before_a_kill_is_delivered_once_after_restart(sandbox, tmp_path: Path) -> None:
    state = sandbox.state
    card = demo_cards()[0]
    member = next(m for m in DEMO_MEMBERS if m.uid == card)
    state.faults.latency(SLOW_SUBMISSION_MS, path_prefix="/api/v1/measurements")

    first = WorkerProcess.start(sandbox.base_url, tmp_path, plan=[(1, card)], timeout_s=120.0)
    captured = first.wait_for(lambda line: line.startswith("captured "), timeout_s=60)
    _, _, unique_id, user_id = captured.split()
    first.kill()

    assert state.measurements() == []  # the kiosk died before EGYM answered
    assert user_id == member.user_id

    state.faults.clear()
    # The restarted kiosk plays no session: nobody taps again, it logs the member in by itself.
    second = WorkerProcess.start(sandbox.base_url, tmp_path, plan=[], timeout_s=5.0)
    second.wait_for(lambda line: line == "drained", timeout_s=60)
    assert second.wait_exit(timeout_s=30) == 0

    stored = state.measurements()
    assert [(m["uniqueMeasurementId"], m["userId"]) for m in stored] == [(unique_id, member.user_id)]
    assert state.stats()["loginsByGrantType"].get("REFRESH_TOKEN") == 1
    assert list(second.vault_dir.iterdir()) == []  # re-authentication data is gone once delivered


def test_the_vault_holds_no_readable_credential_or_token(sandbox, tmp_path: Path) -> None:
    state = sandbox.state
    card = demo_cards()[1]
    state.faults.latency(SLOW_SUBMISSION_MS, path_prefix="/api/v1/measurements")
    worker = WorkerProcess.start(sandbox.base_url, tmp_path, plan=[(7, card)], timeout_s=120.0)
    worker.wait_for(lambda line: line.startswith("captured "), timeout_s=60)
    worker.kill()

    entries = list(worker.vault_dir.iterdir())
    assert len(entries) == 1
    stored = entries[0].read_bytes()
    for rendering in (card.hex(), card.hex().upper(), card[::-1].hex().upper()):
        assert rendering.encode() not in stored
    assert worker.key_path.stat().st_mode & 0o777 == 0o600
    assert worker.key_path.parent != worker.vault_dir
