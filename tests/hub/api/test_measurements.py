"""A member logs in through the hub; their measurement is accepted, reaches the EGYM sandbox, and the kiosk sees it."""
from __future__ import annotations

import time

import pytest

from hardware.events import CardCredential
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS
from kiosk.cloud.hub.wire import Intake, credential_to_json, intake_to_json
from kiosk.models import Measurement
from tests.hub.running import HubUnderTest, bearer

MEMBER = DEMO_MEMBERS[1]
CARD = CardCredential(MEMBER.uid)
UNKNOWN_CARD = CardCredential(bytes.fromhex("DEADBEEF01"))
TAKEN_MS = int(time.time() * 1000) - 2000  # one capture time, so a repeated intake is the same measurement


def login(hub: HubUnderTest, kiosk: dict, credential=CARD):
    return hub.http.post("/api/v1/login", json={"credential": credential_to_json(credential)}, headers=bearer(kiosk))


def intake_body(session: str, unique_id: str = "m-hub-1", weight: float = 84.0) -> dict:
    measurement = Measurement("body", {"weight_kg": weight, "fat_pct": 18.5}, unique_id=unique_id,
                              timestamp_ms=TAKEN_MS, device_model="TANITA MC-780")
    return intake_to_json(Intake(measurement=measurement, session=session, credential=CARD))


def wait_for_state(hub: HubUnderTest, kiosk: dict, unique_id: str, state: str, after: int) -> dict:
    """Follow the status by long-poll, as a kiosk does while the member is still there."""
    for _ in range(10):
        reply = hub.http.get(f"/api/v1/measurements/{unique_id}", params={"wait": 25, "after": after},
                             headers=bearer(kiosk))
        assert reply.status_code == 200, reply.text
        document = reply.json()
        if document["destinations"]["egym"]["state"] == state:
            return document
        after = document["version"]
    raise AssertionError(f"{unique_id} never became {state}: {document}")


def test_login_returns_the_profile_a_session_handle_and_the_linked_platforms(hub: HubUnderTest, kiosk: dict) -> None:
    reply = login(hub, kiosk)
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["member"]["first_name"] == MEMBER.first_name and body["member"]["locale"] == MEMBER.locale
    assert body["session"].startswith("s-") and body["expires_in"] == 1800
    assert body["linked_platforms"] == ["egym"]
    assert "access_token" not in reply.text


def test_a_card_no_platform_knows_is_member_unknown(hub: HubUnderTest, kiosk: dict) -> None:
    reply = login(hub, kiosk, UNKNOWN_CARD)
    assert (reply.status_code, reply.json()["error"]["code"]) == (404, "member_unknown")
    assert UNKNOWN_CARD.uid.hex().upper() not in reply.text


def test_an_accepted_measurement_reaches_the_sandbox_and_the_long_poll_sees_it_delivered(
        hub: HubUnderTest, kiosk: dict) -> None:
    session = login(hub, kiosk).json()["session"]
    accepted = hub.http.post("/api/v1/measurements", json=intake_body(session), headers=bearer(kiosk))
    assert accepted.status_code == 202, accepted.text
    assert accepted.json()["status"] == "accepted"
    assert accepted.json()["destinations"]["egym"]["state"] in ("pending", "delivered")
    document = wait_for_state(hub, kiosk, "m-hub-1", "delivered", after=0)
    assert document["uniqueMeasurementId"] == "m-hub-1"
    [stored] = hub.sandbox.state.measurements()
    assert (stored["userId"], stored["uniqueMeasurementId"], stored["kind"]) == (MEMBER.user_id, "m-hub-1", "body")


def test_intake_is_idempotent_on_the_id_and_a_different_body_is_a_conflict(hub: HubUnderTest, kiosk: dict) -> None:
    first = hub.http.post("/api/v1/measurements", json=intake_body(""), headers=bearer(kiosk))
    assert first.status_code == 202, first.text
    wait_for_state(hub, kiosk, "m-hub-1", "delivered", after=0)
    again = hub.http.post("/api/v1/measurements", json=intake_body(""), headers=bearer(kiosk))
    assert again.status_code == 202 and again.json()["destinations"]["egym"]["state"] == "delivered"
    conflict = hub.http.post("/api/v1/measurements", json=intake_body("", weight=90.0), headers=bearer(kiosk))
    assert (conflict.status_code, conflict.json()["error"]["code"]) == (409, "measurement_conflict")
    assert len(hub.sandbox.state.measurements()) == 1


def test_a_measurement_egym_refused_is_failed_and_a_trainer_resend_delivers_it(hub: HubUnderTest, kiosk: dict) -> None:
    hub.sandbox.state.faults.fail_next(400, path_prefix="/api/v1/measurements")
    hub.http.post("/api/v1/measurements", json=intake_body(""), headers=bearer(kiosk))
    failed = wait_for_state(hub, kiosk, "m-hub-1", "failed", after=0)
    resent = hub.http.post("/api/v1/measurements/m-hub-1/resend", json={"destination": "egym"}, headers=bearer(kiosk))
    assert resent.status_code == 202 and resent.json()["destinations"]["egym"]["state"] == "pending"
    wait_for_state(hub, kiosk, "m-hub-1", "delivered", after=failed["version"])
    listed = hub.http.get("/api/v1/measurements", headers=bearer(kiosk)).json()["measurements"]
    assert [(item["uniqueMeasurementId"], item["kind"]) for item in listed] == [("m-hub-1", "body")]


def test_a_discarded_measurement_is_never_sent(hub: HubUnderTest, kiosk: dict) -> None:
    hub.sandbox.state.faults.fail_next(503, count=50, path_prefix="/api/v1/measurements")
    hub.http.post("/api/v1/measurements", json=intake_body(""), headers=bearer(kiosk))
    wait_for_state(hub, kiosk, "m-hub-1", "retrying", after=0)
    discarded = hub.http.post("/api/v1/measurements/m-hub-1/discard",
                              json={"destination": "egym", "reason": "wrong member"}, headers=bearer(kiosk))
    assert discarded.status_code == 200
    assert discarded.json()["destinations"]["egym"] == {**discarded.json()["destinations"]["egym"],
                                                        "state": "discarded", "detail": "wrong member"}
    assert hub.sandbox.state.measurements() == []


@pytest.mark.parametrize("path", ["/api/v1/measurements/nope", "/api/v1/measurements/nope/resend"])
def test_another_kiosks_or_no_measurement_is_measurement_unknown(hub: HubUnderTest, kiosk: dict, path: str) -> None:
    hub.http.post("/api/v1/measurements", json=intake_body("", unique_id="nope"), headers=bearer(kiosk))
    other = hub.enrol("scale-2")
    reply = (hub.http.get(path, headers=bearer(other)) if path.endswith("nope")
             else hub.http.post(path, json={"destination": "egym"}, headers=bearer(other)))
    assert (reply.status_code, reply.json()["error"]["code"]) == (404, "measurement_unknown")
