"""Where one measurement stands at one destination."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class DeliveryState(str, Enum):
    """Per-item, per-destination state, as stored and as shown to trainers."""

    PENDING = "pending"  # captured, waiting for its turn (or for its next retry)
    SENDING = "sending"  # a request is in flight
    SENT = "sent"  # the destination confirmed it (EGYM: 204)
    NEEDS_REAUTH = "needs-reauth"  # token expired and logging in again failed for now
    REJECTED = "rejected"  # the destination refused it as invalid; final
    EXPIRED = "expired"  # too old for the destination to accept; final
    DISCARDED = "discarded"  # removed on purpose ("Not me", or a trainer); final

    @property
    def final(self) -> bool:
        return self in (DeliveryState.SENT, DeliveryState.REJECTED, DeliveryState.EXPIRED, DeliveryState.DISCARDED)


@dataclass(frozen=True)
class DeliveryStatus:
    """One destination's state for one measurement, with a reason when it did not go through.

    ``reason`` is a short code (see :class:`kiosk.message_codes.MessageCode`) the UI
    translates; ``detail`` is the platform's own text for trainers, free of personal data.
    """

    destination: str
    state: DeliveryState
    reason: str | None = None
    detail: str = ""
