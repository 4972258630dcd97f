"""What the fleet page and /metrics read from the store, on both engines: per-kiosk queues, online kiosks, states."""
from __future__ import annotations

from hub.admin.fleet import fleet_rows
from hub.admin.queries import StoreFleet
from hub.store.deliveries import claim_due, record_outcome
from hub.store.kiosks import exchange_enrolment_code, record_heartbeat
from hub.store.measurements import accept_measurement

NOW = 1_764_806_400_000
BODY = {"kind": "body", "timestamp_ms": NOW - 5000, "device_model": "TANITA MC-780", "values": {"weight_kg": 72.4}}


def enrolled(fleet: StoreFleet, engine, machine: str) -> str:
    code = fleet.create_enrolment_code("berlin-mitte", machine, "body").code
    return exchange_enrolment_code(engine, code, NOW).kiosk.device_id


def accept(engine, device_id: str, unique_id: str, destinations=("egym", "lockers")) -> None:
    accept_measurement(engine, unique_id=unique_id, device_id=device_id, gym="berlin-mitte",
                       body={**BODY, "uniqueMeasurementId": unique_id}, member="sealed",
                       destinations=list(destinations), now_ms=NOW)


def test_each_kiosk_shows_the_hubs_waiting_deliveries_per_destination(engine) -> None:
    fleet = StoreFleet(engine, clock_ms=lambda: NOW)
    busy, idle = enrolled(fleet, engine, "scale-1"), enrolled(fleet, engine, "scale-2")
    for n in range(3):
        accept(engine, busy, f"m-{n}")
    accept(engine, idle, "m-idle", destinations=("egym",))
    for claim in claim_due(engine, "worker", NOW, 60_000, limit=10):
        if claim.unique_id == "m-idle" or (claim.unique_id == "m-0" and claim.destination == "egym"):
            assert record_outcome(engine, claim, "worker", "delivered", "", NOW)
        elif claim.unique_id == "m-1" and claim.destination == "lockers":
            assert record_outcome(engine, claim, "worker", "retrying", "503", NOW, NOW + 60_000)
        elif claim.unique_id == "m-2" and claim.destination == "lockers":
            assert record_outcome(engine, claim, "worker", "failed", "refused", NOW)
    records = {record.machine: record for record in fleet.fleet()}
    assert records["scale-1"].undelivered_by_destination == {"egym": 2, "lockers": 2}  # pending or retrying
    assert records["scale-2"].undelivered_by_destination == {}
    assert fleet.count_deliveries() == {("egym", "delivered"): 2, ("egym", "pending"): 2, ("lockers", "pending"): 1,
                                        ("lockers", "retrying"): 1, ("lockers", "failed"): 1}


def test_online_means_a_heartbeat_younger_than_two_minutes_from_a_kiosk_not_revoked(engine) -> None:
    fleet = StoreFleet(engine, clock_ms=lambda: NOW)
    fresh, stale, revoked, silent = (enrolled(fleet, engine, name) for name in ("a", "b", "c", "d"))
    heartbeat = {"version": "0.1.0", "devices": {"scale": "ok"}, "queue_depth": 2, "last_error": None}
    record_heartbeat(engine, fresh, heartbeat, NOW - 119_000)
    record_heartbeat(engine, stale, heartbeat, NOW - 121_000)
    record_heartbeat(engine, revoked, heartbeat, NOW - 1_000)
    assert fleet.revoke_device(revoked) and not fleet.revoke_device(revoked)
    assert fleet.count_kiosks_seen_since(NOW - 120_000) == 1
    rows = {row.machine: row for row in fleet_rows(fleet.fleet(), NOW)}
    assert [rows[name].status for name in "abcd"] == ["online", "offline", "revoked", "never seen"]
    assert (rows["a"].heartbeat_age, rows["b"].heartbeat_age, rows["d"].heartbeat_age) == ("1 min ago", "2 min ago", "never")
    assert rows["a"].devices == (("scale", "ok"),) and rows["a"].reported_queue == "2"
    assert list(rows) == ["a", "b", "d", "c"], "revoked kiosks last"
