"""What the outbox's parts hand each other: a claimed item, and what one attempt decided for it."""
from __future__ import annotations

from dataclasses import dataclass

from kiosk.cloud.errors import FieldError
from kiosk.models import Measurement
from kiosk.outbox.status import DeliveryState, DeliveryStatus


@dataclass(slots=True)
class Claimed:
    """An item a destination's queue has marked SENDING and is about to submit.

    ``member_key`` is the kiosk's own key of the member it belongs to (None: unknown member).
    """

    measurement: Measurement
    member_key: str | None
    attempts: int


@dataclass(slots=True)
class Outcome:
    """What one attempt (or a shutdown) means for one delivery row."""

    unique_id: str
    destination: str
    state: DeliveryState
    attempts: int
    next_attempt_at: float | None
    reason: str | None = None
    detail: str = ""
    field_errors: tuple[FieldError, ...] = ()

    @property
    def status(self) -> DeliveryStatus:
        return DeliveryStatus(self.destination, self.state, self.reason, self.detail)
