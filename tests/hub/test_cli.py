"""``gym-kiosk hub enrol | kiosks | revoke``: an installer's code enrols a kiosk, which can be listed and revoked."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from gym_kiosk.cli import main as gym_kiosk
from hub.config import load_hub_config
from hub.store.engine import open_engine
from hub.store.kiosks import DeviceRefused, authenticate_kiosk, exchange_enrolment_code
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID

CONFIG = """
[gyms.berlin-mitte.egym]
base_url = "http://127.0.0.1:9"
gym_id = 7
machine_name = "hub"
"""


@pytest.fixture
def config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GYM_KIOSK_EGYM_API_KEY", "key-from-the-environment")
    path = tmp_path / "hub.toml"
    path.write_text(CONFIG)
    return path


def test_an_installer_enrols_lists_and_revokes_a_kiosk(config_file: Path, capsys: pytest.CaptureFixture) -> None:
    assert gym_kiosk(["hub", "enrol", "--config", str(config_file), "--gym", "berlin-mitte", "--machine", "scale-1",
                      "--station", "body"]) == 0
    printed = capsys.readouterr().out
    code = re.search(r"enrolment code (\d{8}) ", printed).group(1)
    assert "valid until" in printed
    engine = open_engine(load_hub_config(config_file).store_url)
    enrolment = exchange_enrolment_code(engine, code, int(time.time() * 1000))
    assert gym_kiosk(["hub", "kiosks", "--config", str(config_file)]) == 0
    listed = capsys.readouterr().out
    assert enrolment.kiosk.device_id in listed and "scale-1" in listed and "no heartbeat yet" in listed
    assert enrolment.credential not in listed
    assert gym_kiosk(["hub", "revoke", "--config", str(config_file), "--device", enrolment.kiosk.device_id]) == 0
    with pytest.raises(DeviceRefused):
        authenticate_kiosk(engine, enrolment.credential)
    assert gym_kiosk(["hub", "revoke", "--config", str(config_file), "--device", enrolment.kiosk.device_id]) == 1
    engine.dispose()


def test_an_unknown_gym_or_a_broken_config_says_what_to_fix(config_file: Path, capsys: pytest.CaptureFixture) -> None:
    assert gym_kiosk(["hub", "enrol", "--config", str(config_file), "--gym", "hamburg", "--machine", "m",
                      "--station", "body"]) == 2
    assert "berlin-mitte" in capsys.readouterr().err
    config_file.write_text(CONFIG + "colour = 'red'\n")
    assert gym_kiosk(["hub", "kiosks", "--config", str(config_file)]) == 2
    assert "gyms.berlin-mitte.egym.colour" in capsys.readouterr().err


def test_the_hub_serves_until_sigterm_and_then_stops_cleanly(tmp_path: Path, sandbox) -> None:
    config = tmp_path / "hub.toml"
    config.write_text(f"""
[hub]
listen = "127.0.0.1:0"

[gyms.berlin-mitte.egym]
base_url = "{sandbox.base_url}"
gym_id = {DEMO_GYM_ID}
machine_name = "hub"
""")
    environment = {**os.environ, "GYM_KIOSK_EGYM_API_KEY": DEMO_API_KEY}
    process = subprocess.Popen([sys.executable, "-m", "gym_kiosk.cli", "hub", "--config", str(config)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)
    try:
        line = process.stdout.readline()
        url = re.search(r"hub listening on (http://\S+)", line).group(1)
        reply = httpx.post(f"{url}/api/v1/heartbeat", json={"version": "0.1.0"}, timeout=20)
        assert (reply.status_code, reply.json()["error"]["code"]) == (401, "device_unknown")
    finally:
        process.send_signal(signal.SIGTERM)
        _out, errors = process.communicate(timeout=60)
    assert process.returncode in (0, -signal.SIGTERM), errors  # uvicorn re-raises the signal once it has shut down
    assert "Application shutdown complete" in errors
    assert DEMO_API_KEY not in errors
