"""Enrolling a kiosk with a one-time code, and refusing unknown, revoked, replayed and expired ones."""
from __future__ import annotations

import time

from hub.store.kiosks import CODE_VALID_MS, create_enrolment_code, revoke_kiosk
from tests.hub.api.test_measurements import intake_body, wait_for_state
from tests.hub.running import GYM, HubUnderTest, bearer

HEARTBEAT = {"version": "0.1.0", "devices": {"reader": "ok"}, "queue_depth": 0, "last_error": None}


def error_code(reply) -> str:
    return reply.json()["error"]["code"]


def test_a_code_enrols_a_kiosk_bound_to_its_gym_machine_and_station(hub: HubUnderTest) -> None:
    enrolled = hub.enrol("bike-2", "cardio")
    assert (enrolled["gym"], enrolled["machine"], enrolled["station"]) == (GYM, "bike-2", "cardio")
    assert enrolled["device_id"].startswith("k-") and len(enrolled["credential"]) >= 43
    assert hub.http.post("/api/v1/heartbeat", json=HEARTBEAT, headers=bearer(enrolled)).status_code == 204


def test_a_replayed_code_is_refused(hub: HubUnderTest) -> None:
    code = create_enrolment_code(hub.hub.engine, GYM, "scale-1", "body", int(time.time() * 1000))
    assert hub.http.post("/api/v1/enrol", json={"code": code}).status_code == 201
    replay = hub.http.post("/api/v1/enrol", json={"code": code})
    assert (replay.status_code, error_code(replay)) == (400, "enrolment_code_used")


def test_an_expired_code_is_refused(hub: HubUnderTest) -> None:
    code = create_enrolment_code(hub.hub.engine, GYM, "scale-1", "body", int(time.time() * 1000) - CODE_VALID_MS)
    reply = hub.http.post("/api/v1/enrol", json={"code": code})
    assert (reply.status_code, error_code(reply)) == (400, "enrolment_code_expired")
    assert "15 minutes" in reply.json()["error"]["message"]


def test_wrong_codes_from_one_address_are_rate_limited(hub: HubUnderTest) -> None:
    answers = [hub.http.post("/api/v1/enrol", json={"code": f"{n:08d}"}) for n in range(11)]
    assert {error_code(reply) for reply in answers[:10]} == {"enrolment_code_unknown"}
    assert (answers[10].status_code, error_code(answers[10])) == (429, "too_many_attempts")
    assert int(answers[10].headers["Retry-After"]) > 0


def test_an_unknown_device_is_refused_with_the_reason(hub: HubUnderTest) -> None:
    for headers in ({}, {"Authorization": "Bearer never-issued-by-this-hub"}, {"Authorization": "Basic abc"}):
        reply = hub.http.post("/api/v1/heartbeat", json=HEARTBEAT, headers=headers)
        assert (reply.status_code, error_code(reply)) == (401, "device_unknown")
        assert "Enrol" in reply.json()["error"]["message"]


def test_a_revoked_kiosk_is_refused_with_the_reason(hub: HubUnderTest, kiosk: dict) -> None:
    assert revoke_kiosk(hub.hub.engine, kiosk["device_id"], int(time.time() * 1000))
    reply = hub.http.get("/api/v1/measurements", headers=bearer(kiosk))
    assert (reply.status_code, error_code(reply)) == (401, "device_revoked")
    assert "revoked" in reply.json()["error"]["message"]


def test_a_revoked_kiosk_re_enrolled_sends_its_queue_and_follows_it(hub: HubUnderTest, kiosk: dict) -> None:
    assert hub.http.post("/api/v1/measurements", json=intake_body("", "m-before"),
                         headers=bearer(kiosk)).status_code == 202
    revoke_kiosk(hub.hub.engine, kiosk["device_id"], int(time.time() * 1000))
    refused = hub.http.post("/api/v1/measurements", json=intake_body("", "m-queued"), headers=bearer(kiosk))
    assert (refused.status_code, error_code(refused)) == (401, "device_revoked")
    again = hub.enrol("scale-1")  # the installer enrols the same kiosk again with a new code
    for unique_id in ("m-before", "m-queued"):  # its outbox sends what it holds, the answer of m-before having been lost
        assert hub.http.post("/api/v1/measurements", json=intake_body("", unique_id),
                             headers=bearer(again)).status_code == 202
        wait_for_state(hub, again, unique_id, "delivered", after=0)
    assert sorted(record["uniqueMeasurementId"] for record in hub.sandbox.state.measurements()) == [
        "m-before", "m-queued"]
    stranger = hub.enrol("scale-2")
    conflict = hub.http.post("/api/v1/measurements", json=intake_body("", "m-before"), headers=bearer(stranger))
    assert (conflict.status_code, error_code(conflict)) == (409, "measurement_conflict")
