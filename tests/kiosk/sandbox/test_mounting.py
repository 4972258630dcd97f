"""The sandbox serves whatever emulations the registry's platforms bring; it knows none of them by name."""
from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import httpx

from kiosk.sandbox import serve_loopback
from kiosk.sandbox.server import emulations
from tests.kiosk.cloud.fake_platform import LOCKERS, LockersEmulation
from tests.kiosk.sandbox.test_server import KEY

REPO = Path(__file__).resolve().parents[3]
# `gym-kiosk sandbox` with a registry of EGYM and the test suite's lockers platform.
WITH_LOCKERS = """
import sys
import kiosk.cloud.registry as registry
from tests.kiosk.cloud.fake_platform import LOCKERS
registry.PLATFORMS = (*registry.PLATFORMS, LOCKERS)
from kiosk.sandbox.server import main
raise SystemExit(main(sys.argv[1:]))
"""


def test_any_emulation_is_served_over_loopback() -> None:
    with serve_loopback(LockersEmulation()) as running:
        assert httpx.get(running.base_url, timeout=10).text == "lockers"


def test_each_platform_with_an_emulation_gets_a_fresh_one_with_the_options_given() -> None:
    made = emulations((LOCKERS,), token_ttl_s=30.0, issue_refresh_tokens=False)
    assert [type(emulation) for emulation in made] == [LockersEmulation] and made[0].token_ttl_s == 30.0


def test_the_command_serves_every_platforms_emulation_each_on_its_own_port() -> None:
    environment = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen([sys.executable, "-c", WITH_LOCKERS, "--port", "0"], cwd=REPO, env=environment,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()
    try:
        listening = {}
        while len(listening) < 6:
            line = lines.get(timeout=30)
            if " sandbox listening on " in line:
                name, _, url = line.strip().partition(" sandbox listening on ")
                listening[name] = url
        assert list(listening) == ["EGYM", "PerfectGym", "enduco", "LFopen", "Boditrax", "Lockers"] and listening["EGYM"] != listening["Lockers"]
        assert httpx.get(listening["Lockers"], timeout=10).text == "lockers"
        egym = httpx.post(f"{listening['EGYM']}/api/v1/oauth/token", json={}, headers=KEY, timeout=10)
        assert egym.status_code == 400  # EGYM's own validation answers: its emulation is behind that port
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        process.stdout.close()
        process.stderr.close()
