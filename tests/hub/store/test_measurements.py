"""Intake, status, trainer actions and claiming in the store, on both engines."""
from __future__ import annotations

import pytest

from hub.store.deliveries import claim_due, mark_sending, next_due_ms, record_outcome, release_claims
from hub.store.measurements import (
    MeasurementConflict, accept_measurement, deliveries_by_state, delivery_status, forget_finished_members,
    queue_depth_by_destination,
    recent_measurements, trainer_action,
)

NOW = 1_764_806_400_000
BODY = {"kind": "body", "timestamp_ms": NOW - 5000, "device_model": "TANITA MC-780", "values": {"weight_kg": 72.4}}


def accept(engine, unique_id="m-1", device_id="k-1", body=BODY, now_ms=NOW):
    return accept_measurement(engine, unique_id=unique_id, device_id=device_id, gym="g", body=body,
                              member="sealed", destinations=["egym"], now_ms=now_ms)


def test_intake_is_idempotent_on_the_id_and_refuses_another_body_or_kiosk(engine) -> None:
    first = accept(engine)
    assert first.new and first.status.destinations["egym"].state == "pending"
    again = accept(engine, now_ms=NOW + 10)
    assert not again.new and again.status == first.status
    with pytest.raises(MeasurementConflict):
        accept(engine, body={**BODY, "values": {"weight_kg": 80.0}})
    with pytest.raises(MeasurementConflict):
        accept(engine, device_id="k-2")
    assert queue_depth_by_destination(engine) == {"egym": 1}


def test_a_claimed_delivery_is_not_claimed_again_until_its_lease_lapses(engine) -> None:
    accept(engine)
    [claim] = claim_due(engine, "worker-a", NOW, lease_ms=30_000, limit=10)
    assert claim.body == BODY and claim.member == "sealed" and claim.attempts == 0
    assert claim_due(engine, "worker-b", NOW + 29_999, lease_ms=30_000, limit=10) == []
    [taken_over] = claim_due(engine, "worker-b", NOW + 30_001, lease_ms=30_000, limit=10)
    assert not record_outcome(engine, claim, "worker-a", "delivered", "", NOW + 30_002)  # no longer worker-a's
    assert record_outcome(engine, taken_over, "worker-b", "delivered", "", NOW + 30_003)
    status = delivery_status(engine, "k-1", "m-1")
    assert status.destinations["egym"].state == "delivered" and status.version == 2
    assert queue_depth_by_destination(engine) == {}
    assert deliveries_by_state(engine) == {("egym", "delivered"): 1}


def test_a_delivery_whose_hub_died_while_sending_it_is_taken_over_as_checking(engine) -> None:
    """A platform without an idempotency key is asked (read back) before the taken-over delivery is sent again."""
    accept(engine)
    [claim] = claim_due(engine, "worker-a", NOW, lease_ms=30_000, limit=10)
    assert claim.state == "pending" and mark_sending(engine, claim, "worker-a", NOW + 1)
    assert not mark_sending(engine, claim, "worker-b", NOW + 1)  # only the claim's holder marks it
    [taken_over] = claim_due(engine, "worker-b", NOW + 30_001, lease_ms=30_000, limit=10)  # worker-a was killed
    assert taken_over.state == "checking"
    assert record_outcome(engine, taken_over, "worker-b", "retrying", "", NOW + 30_002, next_try_ms=NOW + 30_002)
    [again] = claim_due(engine, "worker-b", NOW + 30_003, lease_ms=30_000, limit=10)
    assert again.state == "retrying"  # the outcome cleared the mark


def test_a_retry_waits_for_its_time_and_a_released_claim_is_due_at_once(engine) -> None:
    accept(engine)
    [claim] = claim_due(engine, "w", NOW, lease_ms=30_000, limit=10)
    record_outcome(engine, claim, "w", "retrying", "EGYM did not answer", NOW, next_try_ms=NOW + 5000)
    assert next_due_ms(engine) == NOW + 5000
    assert claim_due(engine, "w", NOW + 4999, lease_ms=30_000, limit=10) == []
    [retry] = claim_due(engine, "w", NOW + 5000, lease_ms=30_000, limit=10)
    assert retry.attempts == 1
    assert release_claims(engine, "w") == 1
    assert len(claim_due(engine, "v", NOW + 5001, lease_ms=30_000, limit=10)) == 1


def test_status_is_only_for_the_kiosk_that_sent_the_measurement(engine) -> None:
    accept(engine)
    assert delivery_status(engine, "k-2", "m-1") is None
    assert delivery_status(engine, "k-1", "m-unknown") is None


def test_a_trainer_resends_a_failed_delivery_and_discards_a_pending_one(engine) -> None:
    accept(engine, "m-1")
    accept(engine, "m-2", now_ms=NOW + 1)
    claims = claim_due(engine, "w", NOW + 1, lease_ms=30_000, limit=10)
    record_outcome(engine, claims[0], "w", "failed", "EGYM refused it", NOW + 2)
    resent = trainer_action(engine, "k-1", "m-1", "egym", "resend", "", NOW + 3)
    assert resent.destinations["egym"].state == "pending"
    discarded = trainer_action(engine, "k-1", "m-2", "egym", "discard", "wrong member", NOW + 4)
    assert discarded.destinations["egym"] .state == "discarded"
    assert discarded.destinations["egym"].detail == "wrong member"
    assert not record_outcome(engine, claims[1], "w", "delivered", "", NOW + 5)  # discarded while in flight
    assert trainer_action(engine, "k-2", "m-1", "egym", "resend", "", NOW) is None
    assert trainer_action(engine, "k-1", "m-1", "perfectgym", "resend", "", NOW) is None
    assert [listed.status.unique_id for listed in recent_measurements(engine, "k-1", 10)] == ["m-2", "m-1"]


def test_the_members_credential_is_forgotten_once_no_delivery_needs_it(engine) -> None:
    accept(engine, "m-open")
    accept(engine, "m-delivered")
    accept(engine, "m-failed")
    claims = {claim.unique_id: claim for claim in claim_due(engine, "w", NOW, lease_ms=30_000, limit=10)}
    record_outcome(engine, claims["m-delivered"], "w", "delivered", "", NOW)
    record_outcome(engine, claims["m-failed"], "w", "failed", "refused", NOW)
    release_claims(engine, "w")
    assert forget_finished_members(engine, NOW + 1) == 1
    members = {claim.unique_id: claim.member for claim in claim_due(engine, "v", NOW + 2, lease_ms=1, limit=10)}
    assert members == {"m-open": "sealed"}  # still open: still needed
    trainer_action(engine, "k-1", "m-failed", "egym", "resend", "", NOW + 3)  # a failed one may still be resent
    claims = {claim.unique_id: claim for claim in claim_due(engine, "u", NOW + 4, lease_ms=1, limit=10)}
    assert claims["m-failed"].member == "sealed"
    record_outcome(engine, claims["m-open"], "u", "delivered", "", NOW + 5)
    record_outcome(engine, claims["m-failed"], "u", "failed", "refused again", NOW + 5)
    assert forget_finished_members(engine, NOW + 6) == 1  # m-open, now delivered
    assert forget_finished_members(engine, NOW + 9 * 86_400_000) == 1  # m-failed, past the time a resend could help
    assert delivery_status(engine, "k-1", "m-delivered").destinations["egym"].state == "delivered"
