"""A client's own retry of one failed call: a few quick attempts, decided here for every platform.

This is the cloud layer's retry, seconds long, while the caller waits. The long-term
schedule of a queued measurement (minutes to days) is the outbox's
:class:`~kiosk.outbox.schedule.DeliverySchedule`, which takes over when a call
finally fails.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Callable

from kiosk.cloud.errors import BadReply, CloudError, RateLimited, Transient

LOGIN_ATTEMPTS = 2  # a member standing at the kiosk waits for at most one repeat of a login


@dataclass(frozen=True)
class CallRetry:
    """How often and how patiently a client repeats a failed call by itself.

    Calls are repeated on 5xx, transport failures, unreadable replies and 429 (waiting
    the server's ``Retry-After`` when given; a wait longer than ``max_retry_after_s``
    is left to the outbox). A login is repeated at most once, and only on 5xx or
    transport failures, because the member is standing there. ``max_attempts=1``
    disables retries entirely. ``rand`` returns a number in [0, 1) for the jitter.
    """

    max_attempts: int = 3
    base_delay_s: float = 0.5
    max_delay_s: float = 8.0
    max_retry_after_s: float = 30.0
    rand: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def attempts(self, *, login: bool = False) -> int:
        """How many attempts one call gets in all."""
        return min(LOGIN_ATTEMPTS, self.max_attempts) if login else max(1, self.max_attempts)

    def delay_s(self, error: CloudError, attempt: int, *, login: bool = False) -> float | None:
        """Seconds to wait before repeating a call whose ``attempt``-th try raised ``error``; None to give up."""
        if attempt >= self.attempts(login=login):
            return None
        if login:
            retryable = isinstance(error, Transient) and not isinstance(error, BadReply)
        else:
            retryable = isinstance(error, (Transient, RateLimited))
        if not retryable:
            return None
        if isinstance(error, RateLimited) and error.retry_after is not None:
            return error.retry_after if error.retry_after <= self.max_retry_after_s else None
        return self.backoff_s(attempt, self.rand())

    def backoff_s(self, retry_number: int, rand: float) -> float:
        """Exponential backoff with jitter for the ``retry_number``-th retry (1-based)."""
        delay = min(self.max_delay_s, self.base_delay_s * 2 ** (retry_number - 1))
        return delay * (0.5 + rand / 2)
