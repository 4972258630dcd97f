"""When the outbox tries a queued measurement again: its delivery schedule.

This is the outbox's retry, minutes to days long, per item. A client's quick repeat
of one call is :class:`~kiosk.cloud.call_retry.CallRetry`; how old a measurement a
destination still takes is the destination's own
:attr:`~kiosk.cloud.base.DeliveryPolicy.max_age_s`.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from typing import Callable

DAY_S = 86_400.0
DEFAULT_MAX_RETRY_AFTER_S = 900.0
LAST_TRY_LEAD_S = 60.0  # an item's last try comes this long before its age limit, so a busy queue still makes it


@dataclass(frozen=True)
class DeliverySchedule:
    """When queued measurements are tried: first attempt, backoff, re-auth wait, rate-limit pauses.

    A fresh capture waits up to ``confirm_wait_s`` for :meth:`Outbox.deliver_now`
    (the member confirming on the review screen, or "Not me" discarding it)
    before the background worker sends it anyway. After the n-th failed attempt the next one
    waits a random time between 0 and ``min(cap_s, base_s * 2 ** (n - 1))``. An item the destination refused for
    authentication waits ``reauth_delay_s`` (unless the member taps again first).
    A destination's ``Retry-After`` pauses its queue at most ``max_retry_after_s``.
    No retry is scheduled past an item's age limit (see :meth:`next_attempt_at`).
    ``rand`` returns a number in [0, 1); inject a fixed one in tests.
    """

    base_s: float = 2.0
    cap_s: float = 900.0
    reauth_delay_s: float = 900.0
    confirm_wait_s: float = 120.0
    max_retry_after_s: float = DEFAULT_MAX_RETRY_AFTER_S
    rand: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in ("base_s", "cap_s", "reauth_delay_s", "confirm_wait_s", "max_retry_after_s"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
                raise ValueError(f"DeliverySchedule.{name} must be a finite number of seconds >= 0, got {value!r}")
        if self.cap_s < self.base_s:
            raise ValueError(f"DeliverySchedule.cap_s ({self.cap_s}) must not be below base_s ({self.base_s})")

    def backoff_s(self, failed_attempts: int) -> float:
        """Seconds to wait after ``failed_attempts`` consecutive failures (1 for the first)."""
        exponent = max(0, failed_attempts - 1)
        ceiling = self.cap_s if exponent >= 64 else min(self.cap_s, self.base_s * 2.0**exponent)
        return ceiling * min(max(self.rand(), 0.0), 1.0)

    def rate_limit_wait_s(self, retry_after: float | None, failed_attempts: int) -> float:
        """How long a rate-limited queue waits: the server's ``Retry-After`` up to the ceiling, else backoff."""
        if retry_after is None or not retry_after >= 0:  # None or NaN: no usable wait was given
            return self.backoff_s(failed_attempts)
        return min(retry_after, self.max_retry_after_s)

    def next_attempt_at(self, timestamp_ms: int, now: float, delay_s: float, max_age_s: float | None) -> float:
        """When to try an item taken at ``timestamp_ms`` again: ``delay_s`` from ``now``, never after its age limit.

        ``max_age_s`` is the destination's limit (None: none). A retry that would land
        past it is moved to ``LAST_TRY_LEAD_S`` before it, so the item gets a last try
        instead of expiring unsent; once that moment has passed, it is moved to the limit itself.
        """
        at = now + max(0.0, delay_s)
        if max_age_s is None:
            return at
        expires_at = timestamp_ms / 1000 + max_age_s
        last_try = expires_at - LAST_TRY_LEAD_S
        return min(at, last_try if now < last_try else expires_at)
