"""Switchable faults: error replies, rate limit, garbage, latency, dropped connections."""
from __future__ import annotations

import json
from typing import AsyncIterator

import httpx
import pytest

from kiosk.cloud.egym.sandbox import (
    DEMO_API_KEY,
    DEMO_GYM_ID,
    DEMO_MEMBERS,
    ConnectionDropped,
    EgymSandbox,
    SandboxState,
)
from kiosk.sandbox import serve_loopback
from tests.kiosk.cloud.egym.sandbox.support import FakeClock, bearer, login, measurement_body, rfid_body

USERS_PATH = f"/api/v1/gyms/{DEMO_GYM_ID}/users"
KEY = {"x-api-key": DEMO_API_KEY}


# --- error replies ------------------------------------------------------------------


async def test_fail_next_answers_the_given_status_then_recovers(client, state: SandboxState):
    token = await login(client)
    state.faults.fail_next(503, count=2)
    replies = [await client.get(USERS_PATH, headers=bearer(token)) for _ in range(3)]
    assert [r.status_code for r in replies] == [503, 503, 200]
    error = replies[0].json()
    assert (error["status"], error["error"], error["path"]) == (503, "Service Unavailable", USERS_PATH)


async def test_429_carries_retry_after_when_asked(client, state: SandboxState):
    state.faults.fail_next(429, retry_after=7)
    reply = await client.post("/api/v1/oauth/token", json=rfid_body(DEMO_MEMBERS[0]), headers=KEY)
    assert reply.status_code == 429
    assert reply.headers["retry-after"] == "7"
    assert state.stats()["logins"] == 0


async def test_429_without_retry_after_like_egym(client, state: SandboxState):
    state.faults.fail_next(429)
    reply = await client.post("/api/v1/oauth/token", json=rfid_body(DEMO_MEMBERS[0]), headers=KEY)
    assert reply.status_code == 429
    assert "retry-after" not in reply.headers


async def test_path_prefix_limits_a_fault_to_matching_requests(client, state: SandboxState, clock: FakeClock):
    state.faults.fail_next(500, path_prefix="/api/v1/measurements")
    token = await login(client)
    assert (await client.get(USERS_PATH, headers=bearer(token))).status_code == 200
    failed = await client.post("/api/v1/measurements/body", json=measurement_body(clock), headers=bearer(token))
    assert failed.status_code == 500
    assert state.measurements() == []
    retried = await client.post("/api/v1/measurements/body", json=measurement_body(clock), headers=bearer(token))
    assert retried.status_code == 204


async def test_faults_never_touch_the_read_back_api(client, state: SandboxState):
    state.faults.fail_next(500)
    assert (await client.get("/_sandbox/stats")).status_code == 200
    assert (await client.post("/api/v1/oauth/token", json=rfid_body(DEMO_MEMBERS[0]), headers=KEY)).status_code == 500


@pytest.mark.parametrize("status", [200, 302, 600, True])
def test_fail_next_refuses_non_error_statuses(state: SandboxState, status):
    with pytest.raises(ValueError):
        state.faults.fail_next(status)


# --- garbage ------------------------------------------------------------------------


async def test_html_garbage_is_a_502_page_and_nothing_happens(client, state: SandboxState):
    state.faults.garbage_next(kind="html")
    reply = await client.post("/api/v1/oauth/token", json=rfid_body(DEMO_MEMBERS[0]), headers=KEY)
    assert reply.status_code == 502
    assert reply.headers["content-type"].startswith("text/html")
    with pytest.raises(json.JSONDecodeError):
        reply.json()
    assert state.stats()["logins"] == 0


async def test_json_garbage_is_a_200_that_does_not_parse(client, state: SandboxState):
    state.faults.garbage_next(count=2, kind="json")
    for _ in range(2):
        reply = await client.post("/api/v1/oauth/token", json=rfid_body(DEMO_MEMBERS[0]), headers=KEY)
        assert reply.status_code == 200
        with pytest.raises(json.JSONDecodeError):
            reply.json()
    assert (await client.post("/api/v1/oauth/token", json=rfid_body(DEMO_MEMBERS[0]), headers=KEY)).json()["accessToken"]


async def test_deep_garbage_is_json_nested_deeper_than_a_parser_recurses(client, state: SandboxState):
    state.faults.garbage_next(kind="deep")
    reply = await client.post("/api/v1/oauth/token", json=rfid_body(DEMO_MEMBERS[0]), headers=KEY)
    assert (reply.status_code, reply.headers["content-type"]) == (200, "application/json")
    assert reply.content.startswith(b"[" * 10_000) and reply.content.endswith(b"]" * 10_000)
    with pytest.raises(RecursionError):
        json.loads(reply.content)
    assert state.stats()["logins"] == 0


async def test_oversized_garbage_is_a_well_formed_token_reply_of_two_mebibytes(client, state: SandboxState):
    state.faults.garbage_next(kind="oversized")
    reply = await client.post("/api/v1/oauth/token", json=rfid_body(DEMO_MEMBERS[0]), headers=KEY)
    assert reply.status_code == 200 and len(reply.content) > 2 << 20
    assert reply.json()["accessToken"]
    assert state.stats()["logins"] == 0


# --- odd headers --------------------------------------------------------------------


async def test_headers_next_runs_the_request_and_adds_the_headers_as_given(loopback):
    state, client = loopback
    token = await login(client)
    state.faults.headers_next({"X-RateLimit-Remaining": "\u0663", "Retry-After": "\u00b2"}, path_prefix="/api/v1/measurements")
    reply = await client.post("/api/v1/measurements/body", json=measurement_body(FakeClock()), headers=bearer(token))
    assert reply.status_code == 204
    assert (reply.headers["x-ratelimit-remaining"], reply.headers["retry-after"]) == ("\u0663", "\u00b2")
    assert len(state.measurements()) == 1
    again = await client.post("/api/v1/measurements/body", json=measurement_body(FakeClock(), "m-2"), headers=bearer(token))
    assert "retry-after" not in again.headers


async def test_fail_next_can_send_a_retry_after_no_parser_should_trust(loopback):
    state, client = loopback
    state.faults.fail_next(429, headers={"Retry-After": "\u00b2"})
    reply = await client.post("/api/v1/oauth/token", json=rfid_body(DEMO_MEMBERS[0]), headers=KEY)
    assert (reply.status_code, reply.headers["retry-after"]) == (429, "\u00b2")


@pytest.mark.parametrize("headers", [{}, {"Bad Name": "1"}, {"X-Ok": "line\nbreak"}, {"X-Ok": 5}, ["X-Ok"]])
def test_headers_that_cannot_go_on_the_wire_are_refused(state: SandboxState, headers):
    with pytest.raises(ValueError):
        state.faults.headers_next(headers)


async def test_put_faults_switches_odd_headers_on(client, state: SandboxState):
    spec = {"headersNext": {"headers": {"X-RateLimit-Remaining": "\u00b2"}}, "failNext": {"status": 429, "headers": {"Retry-After": "x"}}}
    snapshot = (await client.put("/_sandbox/faults", json=spec)).json()
    assert snapshot["headersNext"] == [{"count": 1, "pathPrefix": None, "headers": {"X-RateLimit-Remaining": "\u00b2"}}]
    assert snapshot["failNext"] == [{"count": 1, "pathPrefix": None, "status": 429, "retryAfter": None, "headers": {"Retry-After": "x"}}]


# --- rate limit ---------------------------------------------------------------------


async def test_rate_limit_spends_the_partners_bucket_and_reports_remaining(client, state: SandboxState, clock: FakeClock):
    state.faults.rate_limit(per_second=1, burst=3)
    body = rfid_body(DEMO_MEMBERS[0])
    replies = [await client.post("/api/v1/oauth/token", json=body, headers=KEY) for _ in range(2)]
    assert [r.headers["x-ratelimit-remaining"] for r in replies] == ["2", "1"]

    token = replies[0].json()["accessToken"]
    profile = await client.get(USERS_PATH, headers=bearer(token))  # the key's token shares its bucket
    assert (profile.status_code, profile.headers["x-ratelimit-remaining"]) == (200, "0")
    refused = await client.post("/api/v1/oauth/token", json=body, headers=KEY)
    assert (refused.status_code, refused.headers["x-ratelimit-remaining"]) == (429, "0")
    assert refused.json()["status"] == 429

    clock.advance(1)
    assert (await client.get(USERS_PATH, headers=bearer(token))).status_code == 200


async def test_rate_limit_per_credential_gives_each_token_its_own_bucket(client, state: SandboxState):
    state.faults.rate_limit(per_second=1, burst=2, scope="credential")
    body = rfid_body(DEMO_MEMBERS[0])
    replies = [await client.post("/api/v1/oauth/token", json=body, headers=KEY) for _ in range(3)]
    assert [r.status_code for r in replies] == [200, 200, 429]
    token = replies[0].json()["accessToken"]
    profile = await client.get(USERS_PATH, headers=bearer(token))
    assert (profile.status_code, profile.headers["x-ratelimit-remaining"]) == (200, "1")


async def test_rate_limit_off_sends_no_header(client, state: SandboxState):
    state.faults.rate_limit(per_second=5, burst=5)
    state.faults.rate_limit(None)
    reply = await client.post("/api/v1/oauth/token", json=rfid_body(DEMO_MEMBERS[0]), headers=KEY)
    assert reply.status_code == 200
    assert "x-ratelimit-remaining" not in reply.headers


# --- latency ------------------------------------------------------------------------


def test_latency_applies_only_under_its_prefix(state: SandboxState):
    state.faults.latency(250, path_prefix="/api/v1/measurements")
    assert state.faults.plan("/api/v1/measurements/body", "k").latency_s == 0.25
    assert state.faults.plan(USERS_PATH, "k").latency_s == 0.0
    state.faults.latency(0)
    assert state.faults.plan("/api/v1/measurements/body", "k").latency_s == 0.0


async def test_latency_makes_a_client_with_a_short_timeout_give_up():
    state = EgymSandbox()
    state.faults.latency(1000)
    with serve_loopback(state) as sandbox:
        async with httpx.AsyncClient(base_url=sandbox.base_url, timeout=0.1) as client:
            with pytest.raises(httpx.ReadTimeout):
                await client.post("/api/v1/oauth/token", json=rfid_body(DEMO_MEMBERS[0]), headers=KEY)


# --- dropped connections ------------------------------------------------------------


@pytest.fixture
async def loopback() -> AsyncIterator[tuple[SandboxState, httpx.AsyncClient]]:
    state = EgymSandbox()
    with serve_loopback(state) as sandbox:
        async with httpx.AsyncClient(base_url=sandbox.base_url) as client:
            yield state, client


async def test_drop_before_processing_loses_the_request(loopback):
    state, client = loopback
    token = await login(client)
    state.faults.drop_next()
    body = measurement_body(FakeClock(), "dropped-early")
    with pytest.raises(httpx.RemoteProtocolError):
        await client.post("/api/v1/measurements/body", json=body, headers=bearer(token))
    assert state.measurements() == []
    assert state.stats()["droppedConnections"] == 1

    assert (await client.post("/api/v1/measurements/body", json=body, headers=bearer(token))).status_code == 204
    assert len(state.measurements()) == 1
    assert state.stats()["duplicates"] == 0


async def test_drop_after_processing_stores_it_and_the_retry_is_a_duplicate(loopback):
    state, client = loopback
    token = await login(client)
    state.faults.drop_next(after_processing=True, path_prefix="/api/v1/measurements")
    body = measurement_body(FakeClock(), "stored-but-unanswered")
    with pytest.raises(httpx.RemoteProtocolError):
        await client.post("/api/v1/measurements/body", json=body, headers=bearer(token))
    assert len(state.measurements()) == 1

    retry = await client.post("/api/v1/measurements/body", json=body, headers=bearer(token))
    assert retry.status_code == 204
    assert len(state.measurements()) == 1
    assert state.stats()["duplicates"] == 1


async def test_drop_in_process_raises_the_documented_transport_error(client, state: SandboxState):
    state.faults.drop_next()
    with pytest.raises(ConnectionDropped) as raised:
        await client.post("/api/v1/oauth/token", json=rfid_body(DEMO_MEMBERS[0]), headers=KEY)
    assert isinstance(raised.value, httpx.TransportError)


# --- one-shot ordering and switching over HTTP --------------------------------------


async def test_one_shot_faults_apply_in_the_order_switched_on(client, state: SandboxState):
    state.faults.fail_next(500)
    state.faults.garbage_next(kind="html")
    state.faults.fail_next(502)
    body = rfid_body(DEMO_MEMBERS[0])
    statuses = [(await client.post("/api/v1/oauth/token", json=body, headers=KEY)).status_code for _ in range(4)]
    assert statuses == [500, 502, 502, 200]
    assert state.stats()["requestsByStatus"] == {"200": 1, "500": 1, "502": 2}


async def test_put_faults_replaces_the_switches(client, state: SandboxState):
    state.faults.fail_next(500, count=5)
    spec = {"failNext": {"status": 503, "count": 1, "retryAfter": 2}, "rateLimit": {"perSecond": 10, "burst": 3}}
    reply = await client.put("/_sandbox/faults", json=spec)
    assert reply.status_code == 200
    snapshot = reply.json()
    assert snapshot["failNext"] == [{"count": 1, "pathPrefix": None, "status": 503, "retryAfter": 2.0, "headers": {}}]
    assert snapshot["rateLimit"] == {"perSecond": 10.0, "burst": 3, "scope": "partner"}
    assert (await client.get("/_sandbox/faults")).json() == snapshot

    first = await client.post("/api/v1/oauth/token", json=rfid_body(DEMO_MEMBERS[0]), headers=KEY)
    assert (first.status_code, first.headers["retry-after"], first.headers["x-ratelimit-remaining"]) == (503, "2", "2")
    second = await client.post("/api/v1/oauth/token", json=rfid_body(DEMO_MEMBERS[0]), headers=KEY)
    assert second.status_code == 200


async def test_put_faults_with_drop_and_garbage_lists(client, state: SandboxState):
    spec = {"dropNext": [{"count": 2, "afterProcessing": True}], "garbageNext": {"kind": "json"}, "latency": {"ms": 0}}
    snapshot = (await client.put("/_sandbox/faults", json=spec)).json()
    assert snapshot["dropNext"] == [{"count": 2, "pathPrefix": None, "afterProcessing": True}]
    assert snapshot["garbageNext"] == [{"count": 1, "pathPrefix": None, "kind": "json"}]


async def test_put_faults_rejects_a_bad_spec_and_keeps_the_old_one(client, state: SandboxState):
    state.faults.fail_next(500)
    spec = {"failNext": {"status": 200}, "garbageNext": {"kind": "xml"}, "rateLimit": {"perSecond": -1},
            "dropNext": {"count": 0}, "latency": {"ms": 5, "color": "red"}, "explode": True}
    reply = await client.put("/_sandbox/faults", json=spec)
    assert reply.status_code == 400
    names = {problem["name"] for problem in reply.json()["fieldErrors"]}
    assert names == {"failNext", "garbageNext", "rateLimit", "dropNext", "latency", "explode"}
    assert state.faults.snapshot()["failNext"] == [
        {"count": 1, "pathPrefix": None, "status": 500, "retryAfter": None, "headers": {}}]


async def test_clear_switches_everything_off(client, state: SandboxState):
    state.faults.fail_next(500)
    state.faults.rate_limit(per_second=1, burst=1)
    state.faults.latency(100)
    state.faults.clear()
    body = rfid_body(DEMO_MEMBERS[0])
    replies = [await client.post("/api/v1/oauth/token", json=body, headers=KEY) for _ in range(2)]
    assert [r.status_code for r in replies] == [200, 200]
    assert state.faults.plan("/api/v1/oauth/token", "k").latency_s == 0.0
