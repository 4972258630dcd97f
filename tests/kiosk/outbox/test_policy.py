"""What a destination's failure means for an item is the destination's to say; when to try again, the schedule's."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from kiosk.cloud.base import DeliveryPolicy, ErrorMeaning
from kiosk.cloud.errors import (
    AuthExpired,
    BadReply,
    CloudError,
    FieldError,
    NotRegistered,
    PermissionDenied,
    RateLimited,
    Rejected,
    Transient,
)
from kiosk.outbox.items import Claimed
from kiosk.outbox.policy import AttemptPolicy
from kiosk.outbox.schedule import DAY_S, LAST_TRY_LEAD_S, DeliverySchedule
from kiosk.outbox.status import DeliveryState
from tests.kiosk.outbox.support import weighing

NOW = 1_800_000_000.0
SCHEDULE = DeliverySchedule(base_s=10, cap_s=10, reauth_delay_s=900, max_retry_after_s=600, rand=lambda: 1.0)


def decide(error: Exception, delivery: DeliveryPolicy = DeliveryPolicy(), *, age_s: float = 60.0):
    item = Claimed(weighing(timestamp_ms=int((NOW - age_s) * 1000)), member_key=None, attempts=2)
    return AttemptPolicy("somewhere", delivery, SCHEDULE, clock=lambda: NOW).failed(item, error)


@pytest.mark.parametrize(
    ("error", "state", "reason", "wait_s"),
    [
        (Rejected("p", "no", (FieldError("timestamp", "too old"),)), DeliveryState.REJECTED, "rejected", None),
        (PermissionDenied("p", "no"), DeliveryState.REJECTED, "permission", None),
        (RateLimited("p", "slow", retry_after=120), DeliveryState.PENDING, "rate-limited", 120),
        (RateLimited("p", "slow", retry_after=99_999), DeliveryState.PENDING, "rate-limited", 600),
        (AuthExpired("p", "again"), DeliveryState.NEEDS_REAUTH, "auth", 900),
        (BadReply("p", "html"), DeliveryState.PENDING, "server-reply", 10),
        (Transient("p", "down", 503), DeliveryState.PENDING, "offline", 10),
        (NotRegistered("p", "who?"), DeliveryState.PENDING, "server-reply", 10),
        (CloudError("p", "odd"), DeliveryState.PENDING, "server-reply", 10),
        (KeyError("bug in a destination"), DeliveryState.PENDING, "server-reply", 10),
    ],
)
def test_each_kind_of_failure_has_one_meaning_for_the_item(error, state, reason, wait_s) -> None:
    outcome = decide(error)

    assert (outcome.state, outcome.reason, outcome.attempts) == (state, reason, 3)
    assert outcome.next_attempt_at == (None if wait_s is None else NOW + wait_s)
    if isinstance(error, Rejected):
        assert outcome.field_errors == error.field_errors


def test_a_destination_can_say_what_its_own_errors_mean() -> None:
    @dataclass(frozen=True)
    class ForbiddenMeansLogInAgain(DeliveryPolicy):  # a platform answering 403 for an expired session
        def meaning(self, error: CloudError) -> ErrorMeaning:
            if isinstance(error, PermissionDenied):
                return ErrorMeaning.LOG_IN_AGAIN
            return super().meaning(error)

    assert decide(PermissionDenied("p", "no")).state is DeliveryState.REJECTED
    assert decide(PermissionDenied("p", "no"), ForbiddenMeansLogInAgain()).state is DeliveryState.NEEDS_REAUTH


def test_a_retry_never_lands_past_the_destinations_age_limit() -> None:
    seven_days = DeliveryPolicy(max_age_s=7 * DAY_S)
    expires_at = NOW + 300  # the item is five minutes from its limit

    outcome = decide(AuthExpired("p", "again"), seven_days, age_s=7 * DAY_S - 300)

    assert outcome.next_attempt_at == expires_at - LAST_TRY_LEAD_S  # a last try instead of the usual 900 s
