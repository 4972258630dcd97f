"""The loopback runner, the ``gym-kiosk sandbox`` command, the read-back API and what gets logged."""
from __future__ import annotations

import io
import logging
import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from kiosk.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MEMBERS, SandboxState, serve_loopback
from kiosk.sandbox.server import describe
from tests.kiosk.sandbox.support import FakeClock, bearer, login, measurement_body, rfid_body

REPO = Path(__file__).resolve().parents[3]
KEY = {"x-api-key": DEMO_API_KEY}


# --- loopback runner ----------------------------------------------------------------


async def test_loopback_serves_the_full_flow_over_tcp():
    state = SandboxState()
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
    with serve_loopback(SandboxState()) as first, serve_loopback(SandboxState()) as second:
        assert first.base_url != second.base_url


def test_stopped_sandbox_refuses_connections():
    sandbox = serve_loopback(SandboxState())
    url = sandbox.base_url
    sandbox.stop()
    sandbox.stop()  # harmless twice
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/_sandbox/stats")


def test_port_in_use_is_a_clear_error():
    with serve_loopback(SandboxState()) as sandbox:
        port = int(sandbox.base_url.rsplit(":", 1)[1])
        with pytest.raises(OSError):
            serve_loopback(SandboxState(), port=port)


# --- read-back API ------------------------------------------------------------------


async def test_read_back_endpoints_over_http(client, state: SandboxState, clock: FakeClock):
    token = await login(client, DEMO_MEMBERS[0])
    await client.post("/api/v1/measurements/cardio", json=measurement_body(clock, data={"VO2MAX": 40}), headers=bearer(token))

    stored = (await client.get("/_sandbox/measurements", params={"kind": "cardio"})).json()
    assert [(m["kind"], m["data"]) for m in stored] == [("cardio", {"VO2MAX": 40})]
    assert (await client.get("/_sandbox/measurements", params={"kind": "body"})).json() == []
    assert (await client.get("/_sandbox/measurements", params={"kind": "yoga"})).status_code == 400
    assert (await client.get("/_sandbox/stats")).json() == state.stats()

    members = (await client.get("/_sandbox/members")).json()
    assert [m["userId"] for m in members] == [m.user_id for m in DEMO_MEMBERS]
    assert members[0]["uidHex"] == DEMO_MEMBERS[0].uid.hex().upper()
    assert not any("token" in key.lower() for member in members for key in member)


async def test_expire_tokens_and_reset_over_http(client, state: SandboxState, clock: FakeClock):
    token = await login(client)
    assert (await client.post("/_sandbox/expire-tokens")).status_code == 204
    assert (await client.get(f"/api/v1/gyms/{DEMO_GYM_ID}/users", headers=bearer(token))).status_code == 401

    token = await login(client)
    await client.post("/api/v1/measurements/body", json=measurement_body(clock), headers=bearer(token))
    state.faults.fail_next(500, path_prefix="/api/v1/measurements")
    assert (await client.post("/_sandbox/reset")).status_code == 204
    assert state.measurements() == []
    assert state.stats()["logins"] == 0
    assert (await client.get(f"/api/v1/gyms/{DEMO_GYM_ID}/users", headers=bearer(token))).status_code == 401
    token = await login(client)
    assert (await client.post("/api/v1/measurements/body", json=measurement_body(clock), headers=bearer(token))).status_code == 204


async def test_unknown_path_and_wrong_method_get_error_dtos(client):
    missing = await client.get("/api/v1/nothing-here")
    assert (missing.status_code, missing.json()["status"]) == (404, 404)
    wrong_method = await client.get("/api/v1/oauth/token")
    assert (wrong_method.status_code, wrong_method.json()["error"]) == (405, "Method Not Allowed")


async def test_jwks_is_a_public_rsa_key_set(client):
    keys = (await client.get("/api/v1/oauth/.well-known/jwks.json")).json()["keys"]
    assert keys and all(key["kty"] == "RSA" and key["alg"] == "RS256" and key["n"] and key["e"] for key in keys)


# --- logging hygiene ----------------------------------------------------------------


async def test_debug_log_names_requests_but_no_secrets(client, state: SandboxState, clock: FakeClock, caplog):
    member = DEMO_MEMBERS[1]
    with caplog.at_level(logging.DEBUG, logger="kiosk.sandbox"):
        reply = await client.post("/api/v1/oauth/token", json=rfid_body(member), headers=KEY)
        token = reply.json()["accessToken"]
        await client.post("/api/v1/measurements/body", json=measurement_body(clock), headers=bearer(token))
    assert "POST /api/v1/oauth/token -> 200" in caplog.text
    assert "POST /api/v1/measurements/body -> 204" in caplog.text
    for secret in (token, reply.json()["refreshToken"], DEMO_API_KEY, member.rfid, member.first_name):
        assert secret not in caplog.text


def test_reprs_hide_personal_data():
    member = DEMO_MEMBERS[0]
    text = repr(member) + repr(SandboxState())
    for secret in (member.first_name, member.last_name, member.rfid, member.user_id, member.wallet_payload):
        assert secret not in text


# --- the command ----------------------------------------------------------------------


def test_describe_lists_the_key_and_every_demo_card():
    out = io.StringIO()
    describe(SandboxState(), "http://127.0.0.1:9999", out)
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
