"""The states of a member's session and the snapshot the UI renders.

The domain speaks in codes; the UI turns every code into a translated sentence.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from kiosk.models import MemberProfile
from kiosk.outbox.status import DeliveryStatus


class SessionState(str, Enum):
    ATTRACT = "attract"  # "Tap your card or phone"
    IDENTIFYING = "identifying"  # login + profile requests in flight
    PROFILE = "profile"  # greeting; waiting for the member to step on / start
    MEASURING = "measuring"  # live values, unstable then stable
    REVIEW = "review"  # the finished result; auto-confirms after a few seconds
    SUBMITTING = "submitting"  # first delivery attempt in flight
    DONE = "done"  # saved, or safely queued on this kiosk
    FAILED = "failed"  # login failed or the measurement was refused


class MessageCode(str, Enum):
    """Why something did not work, in terms a member (or trainer) can act on."""

    CARD_NOT_REGISTERED = "card-not-registered"
    PERMISSION = "permission"
    RATE_LIMITED = "rate-limited"
    OFFLINE = "offline"  # transport failure / 5xx: queued, will retry
    SERVER_REPLY = "server-reply"  # unreadable reply from the platform
    REJECTED = "rejected"  # the platform refused the data
    AUTH = "auth"  # the platform refused our credentials (API key / token)
    UNSUPPORTED_CARD = "unsupported-card"  # the reader produced something we cannot use
    DEVICE_DISCONNECTED = "device-disconnected"
    STORAGE = "storage"  # this kiosk could not save the result; nothing was sent
    NOT_SAVED_YET = "not-saved-yet"  # the disk refused the result for now: kept in memory, written again


@dataclass(frozen=True)
class SessionSnapshot:
    """Everything the screen shows, and nothing else. Empty in ATTRACT."""

    state: SessionState = SessionState.ATTRACT
    profile: MemberProfile | None = None
    live_weight_kg: float | None = None
    weight_stable: bool = False
    live_values: dict[str, float] = field(default_factory=dict)
    result: dict[str, float] = field(default_factory=dict)
    submissions: tuple[DeliveryStatus, ...] = ()
    message: MessageCode | None = None
    idle_warning: bool = False
    warning_seconds_left: int = 0
    device_connected: bool = True
    live_stale: bool = False  # the device stopped sending: the live value on screen is not current
