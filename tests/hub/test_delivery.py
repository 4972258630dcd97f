"""The delivery worker: measurements reach EGYM through failures, old ones are refused, abandoned claims are taken over,
and a second hub process on the same PostgreSQL store sees what the first delivered."""
from __future__ import annotations

import time
from pathlib import Path

import sqlalchemy as sa
from cryptography.fernet import Fernet

from hardware.events import CardCredential
from hub.store.deliveries import claim_due
from hub.store.schema import measurements, member_sessions
from hub.store.sealing import Sealer
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS
from kiosk.cloud.hub.wire import Intake, credential_to_json, intake_to_json
from kiosk.models import Measurement
from kiosk.outbox.schedule import DeliverySchedule
from tests.hub.conftest import new_postgres_database
from tests.hub.running import HubUnderTest, bearer, running_hub

MEMBER = DEMO_MEMBERS[0]
CARD = CardCredential(MEMBER.uid)
DAY_MS = 86_400_000
QUICK_RETRIES = {"schedule": DeliverySchedule(base_s=0.05, cap_s=0.2), "poll_s": 0.2}


def intake(hub: HubUnderTest, kiosk: dict, unique_id: str, taken_ms: int | None = None, session: str = ""):
    measurement = Measurement("body", {"weight_kg": 63.0}, unique_id=unique_id,
                              timestamp_ms=taken_ms or int(time.time() * 1000))
    reply = hub.http.post("/api/v1/measurements", headers=bearer(kiosk),
                          json=intake_to_json(Intake(measurement=measurement, session=session, credential=CARD)))
    assert reply.status_code == 202, reply.text
    return reply.json()


def final_state(hub: HubUnderTest, kiosk: dict, unique_id: str, states=("delivered", "failed")) -> dict:
    after = -1
    for _ in range(20):
        document = hub.http.get(f"/api/v1/measurements/{unique_id}", params={"wait": 20, "after": after},
                                headers=bearer(kiosk)).json()
        if document["destinations"]["egym"]["state"] in states:
            return document["destinations"]["egym"]
        after = document["version"]
    raise AssertionError(f"{unique_id} stayed {document}")


def test_a_measurement_egym_answers_503_for_is_retried_until_it_is_delivered_once(tmp_path: Path, sandbox) -> None:
    sandbox.state.faults.fail_next(503, count=4, path_prefix="/api/v1/measurements")
    outcomes: list[tuple[str, str, float]] = []
    observed = {**QUICK_RETRIES, "on_outcome": lambda *outcome: outcomes.append(outcome)}
    with running_hub(tmp_path, sandbox, worker_options=observed) as hub:
        kiosk = hub.enrol()
        intake(hub, kiosk, "m-retry")
        assert final_state(hub, kiosk, "m-retry")["state"] == "delivered"
    assert [record["uniqueMeasurementId"] for record in sandbox.state.measurements()] == ["m-retry"]
    assert [(destination, outcome) for destination, outcome, _ in outcomes][-1] == ("egym", "delivered")
    assert {outcome for _, outcome, _ in outcomes[:-1]} <= {"retrying"}
    assert all(age_s >= 0 for _, _, age_s in outcomes)


def test_a_measurement_older_than_seven_days_fails_without_being_sent(tmp_path: Path, sandbox) -> None:
    with running_hub(tmp_path, sandbox) as hub:
        kiosk = hub.enrol()
        intake(hub, kiosk, "m-old", taken_ms=int(time.time() * 1000) - 8 * DAY_MS)
        final = final_state(hub, kiosk, "m-old")
    assert (final["state"], final["detail"]) == ("failed", "older than 7 days")
    assert sandbox.state.measurements() == []


def test_a_claim_left_by_a_killed_process_is_taken_over_once_its_lease_lapses(tmp_path: Path, sandbox) -> None:
    lapsed = {"clock": lambda: time.time() + 600, "poll_s": 0.2}  # this process lives ten minutes after the kill
    with running_hub(tmp_path, sandbox, worker_options={"poll_s": 3600}) as first:
        kiosk = first.enrol()
        first.running.stop()  # its worker is gone; the store stays
        now_ms = int(time.time() * 1000)
        with first.hub.engine.begin() as connection:
            connection.execute(sa.insert(measurements).values(
                unique_id="m-orphan", device_id=kiosk["device_id"], gym="berlin-mitte",
                body='{"kind": "body", "timestamp_ms": %d, "device_model": "", "values": {"weight_kg": 63.0}}'
                     % now_ms, body_hash="h",
                member=first.hub.context.sealer.seal({"credential": credential_to_json(CARD), "sessions": {}}),
                accepted_ms=now_ms))
            connection.execute(sa.text(
                "INSERT INTO deliveries (unique_id, destination, state, detail, attempts, next_try_ms, version, "
                "updated_ms) VALUES ('m-orphan', 'egym', 'pending', '', 0, :now, 1, :now)"), {"now": now_ms})
        assert len(claim_due(first.hub.engine, "killed-process", now_ms, lease_ms=120_000, limit=10)) == 1
    with running_hub(tmp_path, sandbox, worker_options=lapsed) as second:
        assert final_state(second, kiosk, "m-orphan")["state"] == "delivered"
    assert [record["uniqueMeasurementId"] for record in sandbox.state.measurements()] == ["m-orphan"]


def test_tokens_and_card_numbers_are_encrypted_at_rest_and_the_key_is_owner_only(tmp_path: Path, sandbox) -> None:
    with running_hub(tmp_path, sandbox) as hub:
        kiosk = hub.enrol()
        session = hub.http.post("/api/v1/login", json={"credential": credential_to_json(CARD)},
                                headers=bearer(kiosk)).json()["session"]
        intake(hub, kiosk, "m-sealed", session=session)
        final_state(hub, kiosk, "m-sealed")
        with hub.hub.engine.connect() as connection:
            stored = " ".join(str(value) for table in (measurements, member_sessions)
                              for row in connection.execute(sa.select(table)) for value in row)
    assert MEMBER.uid.hex().upper() not in stored and MEMBER.uid.hex() not in stored
    assert session not in stored and "access_token" not in stored
    assert (tmp_path / "hub.key").stat().st_mode & 0o077 == 0


def test_a_second_hub_process_on_the_same_postgresql_store_sees_the_delivery(tmp_path: Path, sandbox,
                                                                             postgres_server) -> None:
    url = new_postgres_database(postgres_server)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with running_hub(tmp_path / "a", sandbox, store_url=url) as first:
        # Hub processes of one chain share the key that seals members' tokens (deployed beside each config).
        (tmp_path / "b" / "hub.key").write_bytes((tmp_path / "a" / "hub.key").read_bytes())
        (tmp_path / "b" / "hub.key").chmod(0o600)
        with running_hub(tmp_path / "b", sandbox, store_url=url) as second:
            kiosk = first.enrol()
            intake(first, kiosk, "m-shared")
            assert final_state(second, kiosk, "m-shared", states=("delivered",))["state"] == "delivered"
    assert [record["uniqueMeasurementId"] for record in sandbox.state.measurements()] == ["m-shared"]


def test_records_sealed_under_a_replaced_hub_key_lose_nothing(tmp_path: Path, sandbox) -> None:
    """A replaced hub.key: a session it cannot open logs the member in again from the card; a stored result
    it cannot open waits, saying why, and is delivered once the key it was sealed with is back."""
    other_key = Sealer(Fernet.generate_key())
    with running_hub(tmp_path, sandbox, worker_options={"poll_s": 3600}) as first:
        kiosk = first.enrol()
        session = first.http.post("/api/v1/login", json={"credential": credential_to_json(CARD)},
                                  headers=bearer(kiosk)).json()["session"]
        with first.hub.engine.begin() as connection:
            connection.execute(sa.update(member_sessions).values(sessions=other_key.seal({"sessions": {}})))
        intake(first, kiosk, "m-new-key", session=session)  # 202, not a 500
        assert final_state(first, kiosk, "m-new-key")["state"] == "delivered"
        first.running.stop()  # its worker is gone; the store stays
        now_ms = int(time.time() * 1000)
        member = {"credential": credential_to_json(CARD), "sessions": {}}
        sealed = first.hub.context.sealer.seal(member)
        with first.hub.engine.begin() as connection:
            connection.execute(sa.insert(measurements).values(
                unique_id="m-old-key", device_id=kiosk["device_id"], gym="berlin-mitte",
                body='{"kind": "body", "timestamp_ms": %d, "device_model": "", "values": {"weight_kg": 63.0}}'
                     % now_ms, body_hash="h", member=other_key.seal(member), accepted_ms=now_ms))
            connection.execute(sa.text(
                "INSERT INTO deliveries (unique_id, destination, state, detail, attempts, next_try_ms, version, "
                "updated_ms) VALUES ('m-old-key', 'egym', 'pending', '', 0, :now, 1, :now)"), {"now": now_ms})
    with running_hub(tmp_path, sandbox, worker_options=QUICK_RETRIES) as second:
        waiting = final_state(second, kiosk, "m-old-key", states=("retrying",))
        assert "restore the hub.key" in waiting["detail"]
        with second.hub.engine.begin() as connection:
            connection.execute(sa.update(measurements).where(measurements.c.unique_id == "m-old-key")
                               .values(member=sealed))
        assert final_state(second, kiosk, "m-old-key")["state"] == "delivered"
    assert sorted(record["uniqueMeasurementId"] for record in sandbox.state.measurements()) == ["m-new-key",
                                                                                                "m-old-key"]
