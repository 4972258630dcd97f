"""What one delivery attempt means for the item: its next state, the reason shown, and when it is tried again.

The destination says how old a measurement it takes and what each of its failures
means (:class:`~kiosk.cloud.base.DeliveryPolicy`); the outbox's
:class:`~kiosk.outbox.schedule.DeliverySchedule` says how long to wait. This is the
one place the outbox turns those into an item's next state.
"""
from __future__ import annotations

import logging
from typing import Callable

from kiosk.cloud.base import DeliveryPolicy, ErrorMeaning
from kiosk.cloud.errors import CloudError, FieldError, Rejected
from kiosk.message_codes import MessageCode
from kiosk.outbox.items import Claimed, Outcome
from kiosk.outbox.schedule import DAY_S, DeliverySchedule
from kiosk.outbox.status import DeliveryState

log = logging.getLogger(__name__)

PENDING, NEEDS_REAUTH = DeliveryState.PENDING, DeliveryState.NEEDS_REAUTH
UNREADABLE = "the stored measurement could not be read"

# Per meaning: the item's next state, the reason shown, and whether it is tried again after a backoff.
_RETRIED_LATER = {
    ErrorMeaning.BAD_REPLY: MessageCode.SERVER_REPLY,
    ErrorMeaning.UNREACHABLE: MessageCode.OFFLINE,
}
_FINAL = {
    ErrorMeaning.REFUSED: MessageCode.REJECTED,
    ErrorMeaning.NOT_PERMITTED: MessageCode.PERMISSION,
}


class AttemptPolicy:
    """Decides, for one destination, what becomes of an item after an attempt (or instead of one)."""

    def __init__(
        self, destination: str, delivery: DeliveryPolicy, schedule: DeliverySchedule, clock: Callable[[], float]
    ) -> None:
        self.destination = destination
        self.max_age_s = delivery.max_age_s
        self.expired_detail = "" if self.max_age_s is None else f"older than {self.max_age_s / DAY_S:g} days"
        self._delivery = delivery
        self._schedule = schedule
        self._clock = clock

    def oldest_accepted_ms(self, now: float) -> int | None:
        """Measurements taken before this moment (ms) are too old for the destination; None: no limit."""
        return None if self.max_age_s is None else int((now - self.max_age_s) * 1000)

    def sent(self, item: Claimed) -> Outcome:
        return self._outcome(item, DeliveryState.SENT)

    def failed(self, item: Claimed, error: Exception) -> Outcome:
        """The destination raised ``error`` for ``item``: refused for good, or tried again when?"""
        attempts = item.attempts + 1
        if not isinstance(error, CloudError):  # a bug in a destination must not lose the item or stop the queue
            log.error("outbox %s: submit failed unexpectedly (%s); will retry", self.destination, type(error).__name__)
            return self._outcome(item, PENDING, MessageCode.SERVER_REPLY, type(error).__name__,
                                 self._schedule.backoff_s(attempts))
        meaning = self._delivery.meaning(error)
        if meaning in _FINAL:
            field_errors = tuple(error.field_errors) if isinstance(error, Rejected) else ()
            return self._outcome(item, DeliveryState.REJECTED, _FINAL[meaning], error.message,
                                 field_errors=field_errors)
        if meaning is ErrorMeaning.SLOW_DOWN:  # Retry-After, up to the ceiling
            wait_s = self._schedule.rate_limit_wait_s(getattr(error, "retry_after", None), attempts)
            return self._outcome(item, PENDING, MessageCode.RATE_LIMITED, error.message, wait_s)
        if meaning is ErrorMeaning.LOG_IN_AGAIN:
            return self._outcome(item, NEEDS_REAUTH, MessageCode.AUTH, error.message, self._schedule.reauth_delay_s)
        return self._outcome(item, PENDING, _RETRIED_LATER[meaning], error.message, self._schedule.backoff_s(attempts))

    def without_session(self, item: Claimed) -> Outcome:
        """No session for the member (e.g. after a restart): it waits until they tap again; no attempt counted."""
        return Outcome(item.measurement.unique_id, self.destination, NEEDS_REAUTH, item.attempts, None,
                       MessageCode.AUTH.value)

    def put_back(self, item: Claimed, wait_s: float, reason: str | None = None, detail: str = "") -> Outcome:
        """Claimed but never sent (a shutdown, or the queue paused): PENDING again, its attempt count unchanged."""
        next_at = self._schedule.next_attempt_at(item.measurement.timestamp_ms, self._clock(), wait_s, self.max_age_s)
        return Outcome(item.measurement.unique_id, self.destination, PENDING, item.attempts, next_at, reason, detail)

    def expired(self, unique_id: str, attempts: int) -> Outcome:
        return Outcome(unique_id, self.destination, DeliveryState.EXPIRED, attempts, None, None, self.expired_detail)

    def unreadable(self, unique_id: str, attempts: int) -> Outcome:
        log.error("outbox %s: stored measurement %s is unreadable; marked rejected", self.destination, unique_id)
        return Outcome(unique_id, self.destination, DeliveryState.REJECTED, attempts, None,
                       MessageCode.REJECTED.value, UNREADABLE)

    def _outcome(
        self,
        item: Claimed,
        state: DeliveryState,
        reason: MessageCode | None = None,
        detail: str = "",
        delay_s: float | None = None,
        field_errors: tuple[FieldError, ...] = (),
    ) -> Outcome:
        next_at = None
        if delay_s is not None:  # never past the item's age limit: a last try comes before it
            next_at = self._schedule.next_attempt_at(item.measurement.timestamp_ms, self._clock(), delay_s,
                                                     self.max_age_s)
        code = None if reason is None else reason.value
        return Outcome(item.measurement.unique_id, self.destination, state, item.attempts + 1, next_at, code, detail,
                       field_errors)
