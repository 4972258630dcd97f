"""Typed cloud failures. Each class means one thing to the session flow and the outbox.

Messages are written for logs and trainers; they never carry tokens, API keys,
card numbers or member names.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    """One constraint violation from an ErrorDTO ``fieldErrors`` entry."""

    name: str
    message: str


class CloudError(Exception):
    """Base of every failure a platform client raises."""

    retryable = False

    def __init__(self, platform: str, message: str, status: int | None = None) -> None:
        super().__init__(f"{platform}: {message}" + (f" (HTTP {status})" if status else ""))
        self.platform = platform
        self.message = message
        self.status = status


class Rejected(CloudError):
    """400: the platform refused the request as invalid. Final; never retried."""

    def __init__(self, platform: str, message: str, field_errors: tuple[FieldError, ...] = (), status: int = 400):
        super().__init__(platform, message, status)
        self.field_errors = field_errors


class AuthExpired(CloudError):
    """401: the token (or API key) was not accepted; log in again, then retry."""


class KioskNotAccepted(AuthExpired):
    """401 for the kiosk itself: the platform revoked it or never enrolled it (the hub's device credential).

    Nothing a member can fix: an installer enrols the kiosk again. Queued results wait for that.
    """


class PermissionDenied(CloudError):
    """403: the API key or member lacks a permission. Final until an installer fixes it."""


class NotRegistered(CloudError):
    """404 on login: the card or pass is not linked to any member."""


class RateLimited(CloudError):
    """429: slow down. ``retry_after`` in seconds when the server said so."""

    retryable = True

    def __init__(self, platform: str, message: str, retry_after: float | None = None, status: int = 429):
        super().__init__(platform, message, status)
        self.retry_after = retry_after


class Transient(CloudError):
    """5xx, a dropped connection, a timeout or a reply we could not read. Retried.

    ``maybe_processed`` marks the ambiguous failure: the request may have reached the platform and
    been stored before the reply was lost (the connection dropped after sending, a timeout waiting
    for the answer). A destination without an idempotency key then checks before sending again
    (:class:`~kiosk.cloud.base.ChecksAmbiguousDelivery`).
    """

    retryable = True

    def __init__(self, platform: str, message: str, status: int | None = None, *, maybe_processed: bool = False) -> None:
        super().__init__(platform, message, status)
        self.maybe_processed = maybe_processed


class BadReply(Transient):
    """The server answered, but not with the shape we expect (HTML error page, bad or too deeply
    nested JSON, a body too large to read)."""


class MembershipRefused(PermissionDenied):
    """The member is known but the club refuses their visit; ``reason`` is a stable word the kiosk translates.

    Reasons: ``frozen``, ``no-active-contract``, ``blocked``, ``out-of-hours``, ``other``.
    """

    def __init__(self, platform: str, reason: str) -> None:
        super().__init__(platform, f"membership refused: {reason}", 403)
        self.reason = reason
