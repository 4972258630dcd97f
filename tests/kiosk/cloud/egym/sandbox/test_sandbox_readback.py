"""EGYM's emulation over HTTP: the read-back API, error replies, and what gets logged."""
from __future__ import annotations

import logging

from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MEMBERS, SandboxState
from tests.kiosk.cloud.egym.sandbox.support import FakeClock, bearer, login, measurement_body, rfid_body

KEY = {"x-api-key": DEMO_API_KEY}


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
    with caplog.at_level(logging.DEBUG, logger="kiosk.cloud.egym.sandbox"):
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
