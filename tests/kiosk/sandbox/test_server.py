"""The sandbox framework with EGYM's emulation: the loopback runner and the ``gym-kiosk sandbox`` command."""
from __future__ import annotations

import io
import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MEMBERS, EgymSandbox
from kiosk.sandbox import serve_loopback
from kiosk.sandbox.server import describe
from tests.kiosk.cloud.egym.sandbox.support import FakeClock, bearer, login, measurement_body, rfid_body

REPO = Path(__file__).resolve().parents[3]
KEY = {"x-api-key": DEMO_API_KEY}


# --- loopback runner ----------------------------------------------------------------


async def test_loopback_serves_the_full_flow_over_tcp():
    state = EgymSandbox()
    with serve_loopback(state) as sandbox:
        assert sandbox.base_url.startswith("http://127.0.0.1:")
        async with httpx.AsyncClient(base_url=sandbox.base_url) as client:
            token = await login(client, DEMO_MEMBERS[2])
            profile = await client.get(f"/api/v1/gyms/{DEMO_GYM_ID}/users", headers=bearer(token))
            stored = await client.post("/api/v1/measurements/body", json=measurement_body(FakeClock()), headers=bearer(token))
    assert profile.json()["equipmentUser"]["locale"] == DEMO_MEMBERS[2].locale
    assert stored.status_code == 204
    assert state.measurements()[0]["userId"] == DEMO_MEMBERS[2].user_id


def test_two_sandboxes_get_their_own_free_ports():
    with serve_loopback(EgymSandbox()) as first, serve_loopback(EgymSandbox()) as second:
        assert first.base_url != second.base_url


def test_stopped_sandbox_refuses_connections():
    sandbox = serve_loopback(EgymSandbox())
    url = sandbox.base_url
    sandbox.stop()
    sandbox.stop()  # harmless twice
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/_sandbox/stats")


def test_port_in_use_is_a_clear_error():
    with serve_loopback(EgymSandbox()) as sandbox:
        port = int(sandbox.base_url.rsplit(":", 1)[1])
        with pytest.raises(OSError):
            serve_loopback(EgymSandbox(), port=port)


# --- the command ----------------------------------------------------------------------


def test_describe_lists_the_key_and_every_demo_card():
    out = io.StringIO()
    describe(EgymSandbox(), "http://127.0.0.1:9999", out)
    text = out.getvalue()
    assert "http://127.0.0.1:9999" in text and DEMO_API_KEY in text
    for member in DEMO_MEMBERS:
        assert member.rfid in text and member.wallet_payload in text


def _read_line(process: subprocess.Popen, deadline_s: float) -> str:
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        if selector.select(timeout=end - time.monotonic()):
            return process.stdout.readline()
    raise AssertionError("the sandbox command printed nothing in time")


def test_sandbox_command_serves_until_interrupted():
    environment = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "kiosk.sandbox", "--port", "0", "--token-ttl", "60"]
    process = subprocess.Popen(command, cwd=REPO, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first_line = _read_line(process, 30)
        base_url = first_line.strip().rsplit(" ", 1)[-1]
        assert base_url.startswith("http://127.0.0.1:")
        reply = httpx.post(f"{base_url}/api/v1/oauth/token", json=rfid_body(DEMO_MEMBERS[0]), headers=KEY, timeout=10)
        assert reply.status_code == 200
        assert 0 < reply.json()["expirationTime"] - int(time.time() * 1000) <= 60_000  # not the 900 s default
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        process.stdout.close()
        process.stderr.close()


def test_sandbox_command_refuses_bad_arguments():
    result = subprocess.run(
        [sys.executable, "-m", "kiosk.sandbox", "--token-ttl", "0"], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert "--token-ttl must be positive" in result.stderr
