"""What the member is told when something did not work: failures and delivery states to codes."""
from __future__ import annotations

from typing import Sequence

from kiosk.cloud.errors import (
    AuthExpired,
    BadReply,
    KioskNotAccepted,
    MembershipRefused,
    NotRegistered,
    PermissionDenied,
    RateLimited,
    Rejected,
    Transient,
)
from kiosk.message_codes import MessageCode
from kiosk.outbox.status import DeliveryState, DeliveryStatus

# Checked in order: BadReply is a Transient, so it must come first.
_IDENTIFY_FAILURES: tuple[tuple[type[BaseException], MessageCode], ...] = (
    (NotRegistered, MessageCode.CARD_NOT_REGISTERED),
    (PermissionDenied, MessageCode.PERMISSION),
    (RateLimited, MessageCode.RATE_LIMITED),
    (BadReply, MessageCode.SERVER_REPLY),
    (Transient, MessageCode.OFFLINE),
    (TimeoutError, MessageCode.OFFLINE),
    (KioskNotAccepted, MessageCode.KIOSK_NOT_ENROLLED),  # an AuthExpired: before it
    (AuthExpired, MessageCode.AUTH),
    # The credential itself could not be used: refused before sending (a wallet payload
    # too long, a card family the platform does not take) or refused by the platform.
    (Rejected, MessageCode.UNSUPPORTED_CARD),
)

_MEMBERSHIP_REFUSALS = {
    "frozen": MessageCode.MEMBERSHIP_FROZEN,
    "no-active-contract": MessageCode.MEMBERSHIP_NO_ACTIVE_CONTRACT,
    "blocked": MessageCode.MEMBERSHIP_BLOCKED,
    "out-of-hours": MessageCode.MEMBERSHIP_OUT_OF_HOURS,
}


def identify_failure(error: BaseException) -> MessageCode:
    """The code to show when logging a member in or fetching their profile failed.

    A refused membership says why (an unknown reason: MEMBERSHIP_REFUSED).
    Anything unexpected is reported as OFFLINE: the member can only try again later.
    """
    if isinstance(error, MembershipRefused):
        return _MEMBERSHIP_REFUSALS.get(error.reason, MessageCode.MEMBERSHIP_REFUSED)
    for error_type, code in _IDENTIFY_FAILURES:
        if isinstance(error, error_type):
            return code
    return MessageCode.OFFLINE


def refusal(statuses: Sequence[DeliveryStatus]) -> MessageCode | None:
    """REJECTED or PERMISSION when any destination finally refused the measurement, else None."""
    status = _refusing(statuses)
    if status is None:
        return None
    return MessageCode.PERMISSION if status.reason == MessageCode.PERMISSION.value else MessageCode.REJECTED


def queued_reason(statuses: Sequence[DeliveryStatus]) -> MessageCode | None:
    """Why a measurement is waiting on this kiosk instead of sent (first destination that says)."""
    status = _waiting(statuses)
    if status is None:
        return None
    if status.state is DeliveryState.NEEDS_REAUTH:
        return MessageCode.AUTH
    try:
        return MessageCode(status.reason)
    except ValueError:
        return MessageCode.OFFLINE


def refused_at(statuses: Sequence[DeliveryStatus]) -> str:
    """The destination whose refusal :func:`refusal` reports ("" when none refused)."""
    status = _refusing(statuses)
    return status.destination if status is not None else ""


def queued_at(statuses: Sequence[DeliveryStatus]) -> str:
    """The destination whose reason :func:`queued_reason` reports ("" when none says)."""
    status = _waiting(statuses)
    return status.destination if status is not None else ""


def _refusing(statuses: Sequence[DeliveryStatus]) -> DeliveryStatus | None:
    return next((s for s in statuses if s.state in (DeliveryState.REJECTED, DeliveryState.EXPIRED)), None)


def _waiting(statuses: Sequence[DeliveryStatus]) -> DeliveryStatus | None:
    return next((s for s in statuses if s.state is DeliveryState.NEEDS_REAUTH or (not s.state.final and s.reason)), None)
