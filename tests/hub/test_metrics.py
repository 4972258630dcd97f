"""GET /metrics on a running hub: kiosks online, intake, deliveries by state and destination, delivery latency."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Iterator

import pytest
from prometheus_client.parser import text_string_to_metric_families

from hardware.events import CardCredential
from hub.store.kiosks import record_heartbeat, revoke_kiosk
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS
from kiosk.cloud.hub.wire import Intake, credential_to_json, intake_to_json
from kiosk.models import Measurement
from kiosk.sandbox import RunningSandbox
from tests.hub.running import GYM, HubUnderTest, bearer, running_hub

CARD = CardCredential(DEMO_MEMBERS[1].uid)
HEARTBEAT = {"version": "0.1.0", "devices": {"reader": "ok"}, "queue_depth": 0, "last_error": None}


@pytest.fixture
def hub(tmp_path: Path, sandbox: RunningSandbox) -> Iterator[HubUnderTest]:
    with running_hub(tmp_path, sandbox) as running:
        yield running


@pytest.fixture
def kiosk(hub: HubUnderTest) -> dict:
    return hub.enrol()


def scrape(hub: HubUnderTest) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of /metrics by (name, sorted labels)."""
    reply = hub.http.get("/metrics")
    assert reply.status_code == 200 and reply.headers["content-type"].startswith("text/plain")
    return {(sample.name, tuple(sorted(sample.labels.items()))): sample.value
            for family in text_string_to_metric_families(reply.text) for sample in family.samples}


def deliver_one(hub: HubUnderTest, kiosk: dict, unique_id: str) -> dict:
    """A member logs in, a measurement is taken in, and the kiosk follows it until EGYM has it; the intake body."""
    session = hub.http.post("/api/v1/login", json={"credential": credential_to_json(CARD)}, headers=bearer(kiosk))
    assert session.status_code == 200, session.text
    measurement = Measurement("body", {"weight_kg": 84.0}, unique_id=unique_id, timestamp_ms=int(time.time() * 1000),
                              device_model="TANITA MC-780")
    body = intake_to_json(Intake(measurement=measurement, session=session.json()["session"], credential=CARD))
    assert hub.http.post("/api/v1/measurements", json=body, headers=bearer(kiosk)).status_code == 202
    after = 0
    for _ in range(10):
        status = hub.http.get(f"/api/v1/measurements/{unique_id}", params={"wait": 25, "after": after},
                              headers=bearer(kiosk)).json()
        if status["destinations"]["egym"]["state"] == "delivered":
            return body
        after = status["version"]
    raise AssertionError(f"{unique_id} was never delivered: {status}")


def test_kiosks_online_counts_heartbeats_younger_than_two_minutes(hub: HubUnderTest) -> None:
    fresh, stale, revoked = hub.enrol("scale-1"), hub.enrol("scale-2"), hub.enrol("scale-3")
    assert scrape(hub)[("gym_hub_kiosks_online", ())] == 0
    for kiosk in (fresh, revoked):
        assert hub.http.post("/api/v1/heartbeat", json=HEARTBEAT, headers=bearer(kiosk)).status_code == 204
    record_heartbeat(hub.hub.engine, stale["device_id"], HEARTBEAT, int(time.time() * 1000) - 121_000)
    revoke_kiosk(hub.hub.engine, revoked["device_id"], int(time.time() * 1000))
    assert scrape(hub)[("gym_hub_kiosks_online", ())] == 1


def test_intake_deliveries_and_latency_are_counted(hub: HubUnderTest, kiosk: dict) -> None:
    assert ("gym_hub_intake_total", (("gym", GYM),)) not in scrape(hub)
    deliver_one(hub, kiosk, "m-metrics-1")
    deliver_one(hub, kiosk, "m-metrics-2")
    refused = hub.http.post("/api/v1/measurements", json={"uniqueMeasurementId": 7}, headers=bearer(kiosk))
    assert refused.status_code == 400
    samples = scrape(hub)
    assert samples[("gym_hub_intake_total", (("gym", GYM),))] == 2
    assert samples[("gym_hub_delivery_attempts_total", (("destination", "egym"), ("outcome", "delivered")))] == 2
    assert samples[("gym_hub_deliveries", (("destination", "egym"), ("state", "delivered")))] == 2
    assert samples[("gym_hub_delivery_latency_seconds_count", (("destination", "egym"),))] == 2
    assert samples[("gym_hub_delivery_latency_seconds_bucket", (("destination", "egym"), ("le", "+Inf")))] == 2
    assert samples[("gym_hub_delivery_latency_seconds_sum", (("destination", "egym"),))] >= 0
    assert samples[("process_resident_memory_bytes", ())] > 0


def test_a_resent_measurement_is_not_counted_twice(hub: HubUnderTest, kiosk: dict) -> None:
    body = deliver_one(hub, kiosk, "m-metrics-3")
    assert hub.http.post("/api/v1/measurements", json=body, headers=bearer(kiosk)).status_code == 202
    assert scrape(hub)[("gym_hub_intake_total", (("gym", GYM),))] == 1
