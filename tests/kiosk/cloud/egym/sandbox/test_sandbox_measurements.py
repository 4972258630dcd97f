"""Profiles and measurements at the sandbox: validation, storage, de-duplication, gym checks."""
from __future__ import annotations

import httpx
import pytest

from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MEMBERS, SandboxState, create_app
from tests.kiosk.cloud.egym.sandbox.support import FakeClock, bearer, field_names, login, measurement_body

USERS_PATH = f"/api/v1/gyms/{DEMO_GYM_ID}/users"
SAMPLE_DATA = {
    "body": {"WEIGHT_KG": 72.5, "BODY_FAT_PERCENTS": 18.2},
    "cardio": {"HEART_RATE_BPM": 64, "VO2MAX": 41.3},
    "flexibility": {"HIP_FLEXOR_LEFT_DEGREE": 12.5, "TOTAL_SCORE": 78},
}
MINUTE_MS = 60_000
DAY_MS = 24 * 60 * MINUTE_MS


# --- user details -------------------------------------------------------------------


@pytest.mark.parametrize("member", DEMO_MEMBERS, ids=lambda m: m.locale)
async def test_user_details_describe_the_logged_in_member(client, member):
    token = await login(client, member)
    reply = await client.get(USERS_PATH, headers=bearer(token))
    assert reply.status_code == 200
    user = reply.json()["equipmentUser"]
    assert user["userId"] == member.user_id
    assert (user["firstName"], user["lastName"]) == (member.first_name, member.last_name)
    assert (user["locale"], user["unitSystem"], user["gender"]) == (member.locale, member.unit_system, member.gender)
    assert set(user) >= {"dateOfBirth", "height", "weight", "trainingGoal"}


async def test_user_details_need_a_bearer_token(client):
    assert (await client.get(USERS_PATH)).status_code == 401
    assert (await client.get(USERS_PATH, headers=bearer("not-a-token"))).status_code == 401
    assert (await client.get(USERS_PATH, headers={"Authorization": "Basic abc"})).status_code == 401


async def test_user_details_gym_id_must_be_an_integer(client):
    token = await login(client)
    reply = await client.get("/api/v1/gyms/one-three-oh/users", headers=bearer(token))
    assert reply.status_code == 400
    assert field_names(reply) == {"gymId"}


async def test_user_details_at_another_gym_are_not_found(client):
    token = await login(client)
    reply = await client.get(f"/api/v1/gyms/{DEMO_GYM_ID + 1}/users", headers=bearer(token))
    assert reply.status_code == 404
    assert reply.json()["status"] == 404


# --- storing ------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(SAMPLE_DATA))
async def test_each_measurement_kind_is_stored_for_the_member(client, state: SandboxState, clock: FakeClock, kind):
    member = DEMO_MEMBERS[1]
    token = await login(client, member)
    body = measurement_body(clock, f"{kind}-1", data=SAMPLE_DATA[kind])
    reply = await client.post(f"/api/v1/measurements/{kind}", json=body, headers=bearer(token))
    assert reply.status_code == 204
    assert reply.content == b""
    assert state.measurements() == [
        {
            "kind": kind,
            "userId": member.user_id,
            "uniqueMeasurementId": f"{kind}-1",
            "timestamp": body["timestamp"],
            "machineName": body["machineName"],
            "gymId": DEMO_GYM_ID,
            "data": SAMPLE_DATA[kind],
            "receivedAt": clock.ms(),
        }
    ]
    assert state.stats()["measurements"][kind] == 1


async def test_read_back_filters_by_kind(client, state: SandboxState, clock: FakeClock):
    token = await login(client)
    for kind in SAMPLE_DATA:
        body = measurement_body(clock, f"id-{kind}", data=SAMPLE_DATA[kind])
        assert (await client.post(f"/api/v1/measurements/{kind}", json=body, headers=bearer(token))).status_code == 204
    assert [m["kind"] for m in state.measurements()] == list(SAMPLE_DATA)
    assert [m["uniqueMeasurementId"] for m in state.measurements("cardio")] == ["id-cardio"]
    with pytest.raises(ValueError):
        state.measurements("strength")


async def test_repeat_of_the_same_measurement_is_stored_once_and_counted(client, state: SandboxState, clock: FakeClock):
    token = await login(client)
    body = measurement_body(clock, "retry-me")
    first = await client.post("/api/v1/measurements/body", json=body, headers=bearer(token))
    again = await client.post("/api/v1/measurements/body", json=body, headers=bearer(token))
    assert (first.status_code, again.status_code) == (204, 204)
    assert len(state.measurements()) == 1
    assert state.stats()["duplicates"] == 1


async def test_same_measurement_id_from_another_member_is_refused(client, state: SandboxState, clock: FakeClock):
    first_token = await login(client, DEMO_MEMBERS[0])
    second_token = await login(client, DEMO_MEMBERS[1])
    body = measurement_body(clock, "shared-id")
    assert (await client.post("/api/v1/measurements/body", json=body, headers=bearer(first_token))).status_code == 204
    reply = await client.post("/api/v1/measurements/body", json=body, headers=bearer(second_token))
    assert reply.status_code == 400
    assert field_names(reply) == {"uniqueMeasurementId"}
    assert [m["userId"] for m in state.measurements()] == [DEMO_MEMBERS[0].user_id]


async def test_measurement_needs_a_valid_token(client, state: SandboxState, clock: FakeClock):
    assert (await client.post("/api/v1/measurements/body", json=measurement_body(clock))).status_code == 401
    token = await login(client)
    state.expire_tokens()
    reply = await client.post("/api/v1/measurements/body", json=measurement_body(clock), headers=bearer(token))
    assert reply.status_code == 401
    assert state.measurements() == []


async def test_unknown_measurement_kind_is_404(client, clock: FakeClock):
    token = await login(client)
    reply = await client.post("/api/v1/measurements/strength", json=measurement_body(clock), headers=bearer(token))
    assert reply.status_code == 404
    assert reply.json()["path"] == "/api/v1/measurements/strength"


# --- validation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"timestamp": -8 * DAY_MS}, {"timestamp"}),
        ({"timestamp": 6 * MINUTE_MS}, {"timestamp"}),
        ({"timestamp": "now"}, {"timestamp"}),
        ({"machineName": ""}, {"machineName"}),
        ({"gymId": DEMO_GYM_ID + 1}, {"gymId"}),
        ({"gymId": "130"}, {"gymId"}),
        ({"uniqueMeasurementId": "x" * 129}, {"uniqueMeasurementId"}),
        ({"uniqueMeasurementId": 17}, {"uniqueMeasurementId"}),
        ({"data": {}}, {"data"}),
        ({"data": [72.5]}, {"data"}),
        ({"data": {"WEIGHT_KG": 70, "weight": 70}}, {"data.weight"}),
        ({"data": {"HEART_RATE_BPM": 60}}, {"data.HEART_RATE_BPM"}),
        ({"data": {"WEIGHT_KG": "70"}}, {"data.WEIGHT_KG"}),
        ({"data": {"WEIGHT_KG": True}}, {"data.WEIGHT_KG"}),
    ],
    ids=[
        "eight-days-old", "six-minutes-ahead", "timestamp-string", "blank-machine", "other-gym", "gym-string",
        "id-too-long", "id-not-string", "empty-data", "data-list", "unknown-metric", "cardio-metric-on-body",
        "value-string", "value-bool",
    ],
)
async def test_invalid_body_measurement_is_refused_naming_the_field(client, state, clock: FakeClock, overrides, expected):
    token = await login(client)
    if isinstance(overrides.get("timestamp"), int):
        overrides = {**overrides, "timestamp": clock.ms() + overrides["timestamp"]}
    reply = await client.post("/api/v1/measurements/body", json=measurement_body(clock, **overrides), headers=bearer(token))
    assert reply.status_code == 400
    assert field_names(reply) == expected
    assert state.measurements() == []


@pytest.mark.parametrize("offset_ms", [-7 * DAY_MS + MINUTE_MS, 4 * MINUTE_MS], ids=["almost-week-old", "clock-skew"])
async def test_timestamps_inside_the_window_are_accepted(client, clock: FakeClock, offset_ms):
    token = await login(client)
    body = measurement_body(clock, timestamp=clock.ms() + offset_ms)
    assert (await client.post("/api/v1/measurements/body", json=body, headers=bearer(token))).status_code == 204


async def test_timestamp_in_seconds_instead_of_ms_is_refused(client, clock: FakeClock):
    token = await login(client)
    body = measurement_body(clock, timestamp=int(clock.now))
    reply = await client.post("/api/v1/measurements/body", json=body, headers=bearer(token))
    assert reply.status_code == 400
    assert "milliseconds" in reply.json()["fieldErrors"][0]["message"]


async def test_missing_fields_are_all_reported_at_once(client):
    token = await login(client)
    reply = await client.post("/api/v1/measurements/cardio", json={}, headers=bearer(token))
    assert reply.status_code == 400
    assert field_names(reply) == {"timestamp", "machineName", "gymId", "uniqueMeasurementId", "data"}


async def test_overflowing_number_gets_a_json_error_reply(client):
    token = await login(client)
    content = b'{"timestamp": 1e400, "machineName": "m", "gymId": 130, "uniqueMeasurementId": "a", "data": {"VO2MAX": 1e400}}'
    headers = {**bearer(token), "content-type": "application/json"}
    reply = await client.post("/api/v1/measurements/cardio", content=content, headers=headers)
    assert reply.status_code == 400
    assert field_names(reply) == {"timestamp", "data.VO2MAX"}


async def test_measurement_gym_must_match_the_login_gym(clock: FakeClock):
    state = SandboxState(api_keys={DEMO_API_KEY: DEMO_GYM_ID, "gym-131-key": 131}, clock=clock)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(state)), base_url="http://sandbox.test") as client:
        token = await login(client, api_key="gym-131-key")
        reply = await client.post("/api/v1/measurements/body", json=measurement_body(clock), headers=bearer(token))
        assert reply.status_code == 400
        assert field_names(reply) == {"gymId"}
        ok = await client.post("/api/v1/measurements/body", json=measurement_body(clock, gymId=131), headers=bearer(token))
        assert ok.status_code == 204
