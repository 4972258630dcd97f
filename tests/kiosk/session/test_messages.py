"""Which message a member sees for each kind of cloud failure and delivery outcome."""
import pytest

from kiosk.cloud.egym.replies import RefusedLocally
from kiosk.cloud.errors import (
    AuthExpired,
    BadReply,
    NotRegistered,
    PermissionDenied,
    RateLimited,
    Rejected,
    Transient,
)
from kiosk.message_codes import MessageCode
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.session.messages import identify_failure, queued_reason, refusal


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (NotRegistered("egym", "card not registered", 404), MessageCode.CARD_NOT_REGISTERED),
        (PermissionDenied("egym", "not permitted", 403), MessageCode.PERMISSION),
        (RateLimited("egym", "slow down", retry_after=3), MessageCode.RATE_LIMITED),
        (Transient("egym", "server error", 503), MessageCode.OFFLINE),
        (BadReply("egym", "HTML instead of JSON", 200), MessageCode.SERVER_REPLY),
        (AuthExpired("egym", "API key refused", 401), MessageCode.AUTH),
        (RefusedLocally("payload too long", "payload"), MessageCode.UNSUPPORTED_CARD),
        (Rejected("egym", "login request rejected"), MessageCode.UNSUPPORTED_CARD),
        (TimeoutError(), MessageCode.OFFLINE),
        (RuntimeError("unexpected"), MessageCode.OFFLINE),
    ],
)
def test_identification_failures_map_to_what_the_member_can_act_on(error, code):
    assert identify_failure(error) is code


def test_a_final_refusal_is_reported_with_its_reason():
    sent = DeliveryStatus("egym", DeliveryState.SENT)
    refused = DeliveryStatus("egym", DeliveryState.REJECTED, "rejected", "weight out of range")
    forbidden = DeliveryStatus("egym", DeliveryState.REJECTED, "permission")
    assert refusal([sent]) is None
    assert refusal([sent, refused]) is MessageCode.REJECTED
    assert refusal([forbidden]) is MessageCode.PERMISSION


def test_a_queued_measurement_says_why_it_waits():
    assert queued_reason([DeliveryStatus("egym", DeliveryState.SENT)]) is None
    assert queued_reason([DeliveryStatus("egym", DeliveryState.PENDING, "rate-limited")]) is MessageCode.RATE_LIMITED
    assert queued_reason([DeliveryStatus("egym", DeliveryState.NEEDS_REAUTH, "auth")]) is MessageCode.AUTH
    assert queued_reason([DeliveryStatus("egym", DeliveryState.PENDING, "no-such-code")]) is MessageCode.OFFLINE
