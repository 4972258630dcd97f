"""How trainer mode reads the states a hub reports, the ambiguous ones included."""
from __future__ import annotations

import pytest

from kiosk.cloud.base import DownstreamState, DownstreamStatus
from kiosk.outbox.history import DeliveryRecord, HistoryItem
from kiosk.outbox.status import DeliveryState
from kiosk.trainer.downstream import as_status
from kiosk.trainer.results import UNCERTAIN_REASON, can_discard, can_resend


def item_with(status: DownstreamStatus) -> HistoryItem:
    shown = as_status(status)
    record = DeliveryRecord(shown.destination, shown.state, attempts=1, next_attempt_at=None, reason=shown.reason,
                            detail=shown.detail, field_errors=(), updated_at=0.0)
    return HistoryItem(unique_id="m-1", kind="body", timestamp_ms=0, values={}, device_model="", captured_at=0.0,
                       deliveries=(record,))


@pytest.mark.parametrize(("state", "resend", "discard"), [
    (DownstreamState.CHECKING, False, True),  # the hub is asking the platform: it may still be stopped
    (DownstreamState.UNCERTAIN, True, True),  # the trainer checks at the platform, then resends or discards
    (DownstreamState.FAILED, True, False),
    (DownstreamState.RETRYING, False, True),
])
def test_what_a_trainer_may_do_with_each_reported_state(state: DownstreamState, resend: bool, discard: bool) -> None:
    item = item_with(DownstreamStatus("egym", state, "detail"))
    assert (can_resend(item), can_discard(item)) == (resend, discard)


def test_an_uncertain_delivery_reads_as_its_own_reason_not_as_a_refusal() -> None:
    shown = as_status(DownstreamStatus("enduco", DownstreamState.UNCERTAIN, "reply lost"))
    assert (shown.state, shown.reason) == (DeliveryState.REJECTED, UNCERTAIN_REASON)
