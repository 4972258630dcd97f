"""Logging in at the sandbox: every grant type, how EGYM-style validation answers, tokens."""
from __future__ import annotations

from datetime import datetime
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.cloud.egym.sandbox import (
    DEMO_API_KEY,
    DEMO_APPLE_PASS_TYPE_ID,
    DEMO_CONFIGURATION_INDEX,
    DEMO_GOOGLE_COLLECTOR_ID,
    DEMO_GYM_ID,
    DEMO_MACHINE_NAME,
    DEMO_MEMBERS,
    SandboxState,
    create_app,
)
from tests.kiosk.cloud.egym.sandbox.support import FakeClock, bearer, field_names, rfid_body

TOKEN_PATH = "/api/v1/oauth/token"
KEY = {"x-api-key": DEMO_API_KEY}
APPLE = next(m for m in DEMO_MEMBERS if m.wallet_platform == "APPLE")
GOOGLE = next(m for m in DEMO_MEMBERS if m.wallet_platform == "GOOGLE")


def nfc_body(member=APPLE, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "grantType": "NFC",
        "machineName": DEMO_MACHINE_NAME,
        "gymId": DEMO_GYM_ID,
        "payload": member.wallet_payload,
        "transponderType": member.wallet_platform,
    }
    if member.wallet_platform == "APPLE":
        body["issuerId"] = {"passTypeId": DEMO_APPLE_PASS_TYPE_ID}
    else:
        body["issuerId"] = {"collectorId": DEMO_GOOGLE_COLLECTOR_ID}
    body.update(overrides)
    return {key: value for key, value in body.items() if value is not None}


async def whoami(client: httpx.AsyncClient, token: str) -> str:
    reply = await client.get(f"/api/v1/gyms/{DEMO_GYM_ID}/users", headers=bearer(token))
    assert reply.status_code == 200, reply.text
    return reply.json()["equipmentUser"]["userId"]


async def token_for(client: httpx.AsyncClient, body: dict[str, Any]) -> dict[str, Any]:
    reply = await client.post(TOKEN_PATH, json=body, headers=KEY)
    assert reply.status_code == 200, reply.text
    return reply.json()


def assert_error_dto(reply: httpx.Response, status: int) -> dict[str, Any]:
    assert reply.status_code == status
    body = reply.json()
    assert set(body) == {"timestamp", "path", "requestId", "status", "error", "message", "fieldErrors"}
    assert body["status"] == status
    assert body["path"] == reply.request.url.path
    assert body["requestId"] and body["message"] and body["error"]
    datetime.fromisoformat(body["timestamp"].replace("Z", "+00:00"))
    return body


# --- RFID ---------------------------------------------------------------------------


@pytest.mark.parametrize("member", DEMO_MEMBERS, ids=lambda m: f"{m.rfid_format}-{len(m.uid)}B")
async def test_every_demo_card_logs_its_member_in(client, member):
    reply = await token_for(client, rfid_body(member))
    assert await whoami(client, reply["accessToken"]) == member.user_id


async def test_rfid_match_ignores_hex_case(client):
    member = DEMO_MEMBERS[0]
    reply = await token_for(client, {**rfid_body(member), "rfid": member.rfid.lower()})
    assert await whoami(client, reply["accessToken"]) == member.user_id


async def test_rfid_with_the_wrong_format_is_not_registered(client):
    member = next(m for m in DEMO_MEMBERS if m.rfid_format == "MIFARE")
    reply = await client.post(TOKEN_PATH, json={**rfid_body(member), "rfidFormat": "LEGIC"}, headers=KEY)
    assert_error_dto(reply, 404)


async def test_unknown_card_is_a_404_error_dto(client):
    reply = await client.post(TOKEN_PATH, json={**rfid_body(DEMO_MEMBERS[0]), "rfid": "DEADBEEF"}, headers=KEY)
    body = assert_error_dto(reply, 404)
    assert body["fieldErrors"] == []


async def test_rfid_validation_names_each_bad_field(client):
    reply = await client.post(TOKEN_PATH, json={"grantType": "RFID", "rfidFormat": "HID", "machineName": ""}, headers=KEY)
    body = assert_error_dto(reply, 400)
    assert field_names(reply) == {"rfid", "rfidFormat", "machineName"}
    format_error = next(e for e in body["fieldErrors"] if e["name"] == "rfidFormat")
    assert format_error["rejectedValue"] == "HID"


async def test_rfid_must_be_a_string(client):
    reply = await client.post(TOKEN_PATH, json={**rfid_body(DEMO_MEMBERS[0]), "rfid": 12345678}, headers=KEY)
    assert_error_dto(reply, 400)
    assert field_names(reply) == {"rfid"}


# --- API key ------------------------------------------------------------------------


async def test_login_without_api_key_is_401(client):
    reply = await client.post(TOKEN_PATH, json=rfid_body(DEMO_MEMBERS[0]))
    assert_error_dto(reply, 401)


async def test_login_with_wrong_api_key_is_401(client):
    reply = await client.post(TOKEN_PATH, json=rfid_body(DEMO_MEMBERS[0]), headers={"x-api-key": "not-the-key"})
    assert_error_dto(reply, 401)


async def test_api_key_error_does_not_echo_the_key(client):
    reply = await client.post(TOKEN_PATH, json=rfid_body(DEMO_MEMBERS[0]), headers={"x-api-key": "secret-looking-key"})
    assert "secret-looking-key" not in reply.text


# --- NFC wallet ---------------------------------------------------------------------


async def test_apple_wallet_pass_logs_in(client):
    reply = await token_for(client, nfc_body(APPLE))
    assert await whoami(client, reply["accessToken"]) == APPLE.user_id


async def test_google_pass_with_schema_spelling_collector_id(client):
    reply = await token_for(client, nfc_body(GOOGLE, issuerId={"collectorId": DEMO_GOOGLE_COLLECTOR_ID}))
    assert await whoami(client, reply["accessToken"]) == GOOGLE.user_id


async def test_google_pass_with_example_spelling_collector(client):
    reply = await token_for(client, nfc_body(GOOGLE, issuerId={"collector": DEMO_GOOGLE_COLLECTOR_ID}))
    assert await whoami(client, reply["accessToken"]) == GOOGLE.user_id


@pytest.mark.parametrize("index", [DEMO_CONFIGURATION_INDEX, int(DEMO_CONFIGURATION_INDEX)])
async def test_vtap_configuration_index_as_string_or_int(client, index):
    body = nfc_body(GOOGLE, issuerId=None, configurationIndex={"configurationIndex": index})
    reply = await token_for(client, body)
    assert await whoami(client, reply["accessToken"]) == GOOGLE.user_id


@pytest.mark.parametrize(
    "overrides",
    [
        {"issuerId": {"passTypeId": "pass.com.other.gym"}},
        {"issuerId": None, "configurationIndex": {"configurationIndex": "5"}},
        {"payload": "SBX-unknown-pass"},
        {"transponderType": "GOOGLE", "issuerId": {"collectorId": DEMO_GOOGLE_COLLECTOR_ID}},
    ],
    ids=["foreign-pass-type", "other-vtap-slot", "unknown-payload", "payload-on-wrong-platform"],
)
async def test_wallet_pass_not_matching_the_gym_setup_is_not_registered(client, overrides):
    reply = await client.post(TOKEN_PATH, json=nfc_body(APPLE, **overrides), headers=KEY)
    assert_error_dto(reply, 404)


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"issuerId": None}, {"issuerId"}),
        ({"configurationIndex": {"configurationIndex": "2"}}, {"issuerId"}),
        ({"issuerId": None, "configurationIndex": {"configurationIndex": "two"}}, {"configurationIndex.configurationIndex"}),
        ({"issuerId": None, "configurationIndex": "2"}, {"configurationIndex"}),
        ({"payload": "x" * 65}, {"payload"}),
        ({"payload": "pass-ü"}, {"payload"}),
        ({"gymId": DEMO_GYM_ID + 1}, {"gymId"}),
        ({"gymId": "130"}, {"gymId"}),
        ({"transponderType": "SAMSUNG"}, {"transponderType"}),
        ({"issuerId": {"collectorId": DEMO_GOOGLE_COLLECTOR_ID}}, {"issuerId.passTypeId"}),
        ({"machineName": None, "payload": None}, {"machineName", "payload"}),
    ],
    ids=[
        "neither-issuer-nor-index", "both-issuer-and-index", "non-numeric-index", "index-not-an-object",
        "payload-too-long", "payload-not-ascii", "gym-of-other-key", "gym-id-string", "unknown-transponder",
        "apple-without-pass-type", "missing-fields",
    ],
)
async def test_nfc_validation_names_each_bad_field(client, overrides, expected):
    reply = await client.post(TOKEN_PATH, json=nfc_body(APPLE, **overrides), headers=KEY)
    assert_error_dto(reply, 400)
    assert field_names(reply) == expected


async def test_google_pass_with_conflicting_collector_spellings_is_rejected(client):
    body = nfc_body(GOOGLE, issuerId={"collectorId": DEMO_GOOGLE_COLLECTOR_ID, "collector": "999"})
    reply = await client.post(TOKEN_PATH, json=body, headers=KEY)
    assert_error_dto(reply, 400)
    assert field_names(reply) == {"issuerId.collectorId"}


async def test_rejected_payload_is_not_echoed(client):
    secret_payload = "pass-ü-" + "s" * 10
    reply = await client.post(TOKEN_PATH, json=nfc_body(APPLE, payload=secret_payload), headers=KEY)
    assert reply.status_code == 400
    assert "s" * 10 not in reply.text


# --- user-id grants -----------------------------------------------------------------


async def test_encrypted_user_id_logs_in(client):
    member = DEMO_MEMBERS[1]
    reply = await token_for(client, {"grantType": "ENCRYPTED_USER_ID", "userId": member.encrypted_user_id})
    assert await whoami(client, reply["accessToken"]) == member.user_id


@pytest.mark.parametrize("user_id", [str(DEMO_MEMBERS[1].encrypted_user_id), 1.5, True, 2**63, None])
async def test_encrypted_user_id_must_be_an_int64(client, user_id):
    reply = await client.post(TOKEN_PATH, json={"grantType": "ENCRYPTED_USER_ID", "userId": user_id}, headers=KEY)
    assert_error_dto(reply, 400)
    assert field_names(reply) == {"userId"}


async def test_unknown_encrypted_user_id_is_404(client):
    reply = await client.post(TOKEN_PATH, json={"grantType": "ENCRYPTED_USER_ID", "userId": 42}, headers=KEY)
    assert_error_dto(reply, 404)


async def test_obfuscated_user_id_logs_in(client):
    member = DEMO_MEMBERS[2]
    reply = await token_for(client, {"grantType": "OBFUSCATED_USER_ID", "obfuscatedUserId": member.user_id})
    assert await whoami(client, reply["accessToken"]) == member.user_id


async def test_obfuscated_user_id_unknown_or_missing(client):
    unknown = await client.post(TOKEN_PATH, json={"grantType": "OBFUSCATED_USER_ID", "obfuscatedUserId": "-nobody"}, headers=KEY)
    assert_error_dto(unknown, 404)
    missing = await client.post(TOKEN_PATH, json={"grantType": "OBFUSCATED_USER_ID"}, headers=KEY)
    assert_error_dto(missing, 400)
    assert field_names(missing) == {"obfuscatedUserId"}


# --- grant type and body shape ------------------------------------------------------


@pytest.mark.parametrize("grant", ["PASSWORD", None, 7])
async def test_unknown_or_missing_grant_type_is_400(client, grant):
    reply = await client.post(TOKEN_PATH, json={"grantType": grant, "rfid": "AB"}, headers=KEY)
    assert_error_dto(reply, 400)
    assert field_names(reply) == {"grantType"}


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b'{"grantType": NaN}'])
async def test_body_that_is_not_a_json_object_is_400(client, content):
    reply = await client.post(TOKEN_PATH, content=content, headers={**KEY, "content-type": "application/json"})
    assert_error_dto(reply, 400)


async def test_form_encoded_body_is_415(client):
    reply = await client.post(TOKEN_PATH, data={"grantType": "RFID"}, headers=KEY)
    assert_error_dto(reply, 415)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=st.dictionaries(
        st.sampled_from(["grantType", "rfid", "rfidFormat", "machineName", "gymId", "payload", "transponderType",
                         "issuerId", "configurationIndex", "userId", "obfuscatedUserId", "refreshToken"]),
        st.one_of(
            st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=80),
            st.sampled_from(["RFID", "NFC", "ENCRYPTED_USER_ID", "OBFUSCATED_USER_ID", "REFRESH_TOKEN", "APPLE", "GOOGLE", "MIFARE"]),
            st.dictionaries(st.sampled_from(["passTypeId", "collectorId", "collector", "configurationIndex"]),
                            st.one_of(st.none(), st.integers(), st.text(max_size=10), st.lists(st.integers(), max_size=2))),
        ),
    )
)
async def test_any_login_body_gets_a_clear_answer_never_a_server_error(body):
    transport = httpx.ASGITransport(app=create_app(SandboxState()))
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox.test") as client:
        reply = await client.post(TOKEN_PATH, json=body, headers=KEY)
    assert reply.status_code in (200, 400, 401, 404)
    if reply.status_code != 200:
        assert reply.json()["message"]


# --- tokens -------------------------------------------------------------------------


async def test_token_reply_carries_ms_expiry_and_refresh_token(client, clock: FakeClock, state: SandboxState):
    reply = await token_for(client, rfid_body(DEMO_MEMBERS[0]))
    assert set(reply) == {"accessToken", "refreshToken", "expirationTime"}
    assert reply["expirationTime"] == int((clock.now + state.token_ttl_s) * 1000)
    assert reply["accessToken"] != reply["refreshToken"]


async def test_access_token_expires_after_its_ttl(client, clock: FakeClock, state: SandboxState):
    token = (await token_for(client, rfid_body(DEMO_MEMBERS[0])))["accessToken"]
    clock.advance(state.token_ttl_s - 1)
    assert (await client.get(f"/api/v1/gyms/{DEMO_GYM_ID}/users", headers=bearer(token))).status_code == 200
    clock.advance(1)
    assert_error_dto(await client.get(f"/api/v1/gyms/{DEMO_GYM_ID}/users", headers=bearer(token)), 401)


async def test_expire_tokens_switch_ends_every_session(client, state: SandboxState):
    tokens = [(await token_for(client, rfid_body(m)))["accessToken"] for m in DEMO_MEMBERS[:2]]
    state.expire_tokens()
    for token in tokens:
        assert_error_dto(await client.get(f"/api/v1/gyms/{DEMO_GYM_ID}/users", headers=bearer(token)), 401)
    fresh = (await token_for(client, rfid_body(DEMO_MEMBERS[0])))["accessToken"]
    assert await whoami(client, fresh) == DEMO_MEMBERS[0].user_id


async def test_refresh_token_gives_a_fresh_pair_once(client, state: SandboxState):
    first = await token_for(client, rfid_body(DEMO_MEMBERS[3]))
    state.expire_tokens()
    second = await token_for(client, {"grantType": "REFRESH_TOKEN", "refreshToken": first["refreshToken"]})
    assert second["accessToken"] != first["accessToken"]
    assert second["refreshToken"] != first["refreshToken"]
    assert await whoami(client, second["accessToken"]) == DEMO_MEMBERS[3].user_id

    reused = await client.post(TOKEN_PATH, json={"grantType": "REFRESH_TOKEN", "refreshToken": first["refreshToken"]}, headers=KEY)
    assert_error_dto(reused, 401)
    third = await token_for(client, {"grantType": "REFRESH_TOKEN", "refreshToken": second["refreshToken"]})
    assert await whoami(client, third["accessToken"]) == DEMO_MEMBERS[3].user_id


async def test_unknown_refresh_token_is_401(client):
    reply = await client.post(TOKEN_PATH, json={"grantType": "REFRESH_TOKEN", "refreshToken": "made-up"}, headers=KEY)
    assert_error_dto(reply, 401)


async def test_refresh_token_only_works_with_its_gyms_key(clock: FakeClock):
    state = SandboxState(api_keys={DEMO_API_KEY: DEMO_GYM_ID, "other-gym-key": 131}, clock=clock)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(state)), base_url="http://sandbox.test") as client:
        first = await token_for(client, rfid_body(DEMO_MEMBERS[0]))
        body = {"grantType": "REFRESH_TOKEN", "refreshToken": first["refreshToken"]}
        assert_error_dto(await client.post(TOKEN_PATH, json=body, headers={"x-api-key": "other-gym-key"}), 401)
        assert (await client.post(TOKEN_PATH, json=body, headers=KEY)).status_code == 200


async def test_refresh_tokens_can_be_switched_off(clock: FakeClock):
    state = SandboxState(issue_refresh_tokens=False, clock=clock)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(state)), base_url="http://sandbox.test") as client:
        reply = await token_for(client, rfid_body(DEMO_MEMBERS[0]))
    assert set(reply) == {"accessToken", "expirationTime"}


async def test_successful_logins_are_counted_by_grant_type(client, state: SandboxState):
    await token_for(client, rfid_body(DEMO_MEMBERS[0]))
    await token_for(client, nfc_body(APPLE))
    await client.post(TOKEN_PATH, json={**rfid_body(DEMO_MEMBERS[0]), "rfid": "00"}, headers=KEY)
    stats = state.stats()
    assert stats["logins"] == 2
    assert stats["loginsByGrantType"] == {"NFC": 1, "RFID": 1}
    assert stats["requestsByStatus"] == {"200": 2, "404": 1}
