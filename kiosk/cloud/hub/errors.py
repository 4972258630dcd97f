"""The hub's refusals (``{"error": {"code", "message"}}``, docs/hub-api.md) as :mod:`kiosk.cloud.errors` types.

The hub's ``message`` is English for installers and holds no secret; it is kept as the error's text.
"""
from __future__ import annotations

import httpx

from kiosk.cloud.errors import (
    AuthExpired,
    BadReply,
    CloudError,
    KioskNotAccepted,
    MembershipRefused,
    NotRegistered,
    RateLimited,
    Rejected,
    Transient,
)
from kiosk.cloud.hub.wire import MEMBERSHIP_REFUSED

PLATFORM = "hub"
DEVICE_REFUSALS = ("device_revoked", "device_unknown")
# Refusals of the request itself, which sending it again cannot change.
FINAL_REFUSALS = ("bad_request", "measurement_conflict", "measurement_unknown", "too_large")


class DeviceRefused(KioskNotAccepted):
    """401: the hub does not accept this kiosk (``code``: revoked, or a credential it never issued)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(PLATFORM, message, 401)
        self.code = code


class SessionUnknown(AuthExpired):
    """409 ``session_unknown``: the hub's session handle expired; log the member in again."""


class EnrolmentRefused(Rejected):
    """400 on enrolment: the code is unknown, used or expired (``code`` says which)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(PLATFORM, message)
        self.code = code


def error_for(status: int, code: str, message: str, retry_after: float | None = None) -> CloudError:
    """The typed error for a hub refusal with ``status`` and ``code``."""
    text = message or code or f"HTTP {status}"
    if status == 401:
        return DeviceRefused(code if code in DEVICE_REFUSALS else "device_unknown", text)
    if code.startswith("enrolment_code_"):
        return EnrolmentRefused(code, text)
    if status == 403 and code.startswith(MEMBERSHIP_REFUSED):
        return MembershipRefused(PLATFORM, code.removeprefix(MEMBERSHIP_REFUSED))
    if status == 404 and code == "member_unknown":
        return NotRegistered(PLATFORM, text, status)
    if status == 409 and code == "session_unknown":
        return SessionUnknown(PLATFORM, text, status)
    if status == 429:
        return RateLimited(PLATFORM, text, retry_after)
    if status >= 500:
        return Transient(PLATFORM, text, status)
    if code in FINAL_REFUSALS:
        return Rejected(PLATFORM, text, status=status)
    # Anything else (no such path, a code this kiosk does not know): not the hub it expects, or a
    # newer one. Nothing is given up for that; it is tried again and the check explains it.
    return BadReply(PLATFORM, f"unexpected answer: {text}", status)


def transport_error(exc: httpx.TransportError, what: str) -> Transient:
    """A :class:`Transient` for a failure below HTTP (no reply to read)."""
    if isinstance(exc, httpx.TimeoutException):
        reason = "timed out"
    elif isinstance(exc, httpx.ConnectError):
        reason = "could not connect"
    elif isinstance(exc, httpx.RemoteProtocolError):
        reason = "connection dropped before a complete reply"
    else:
        reason = f"network failure ({type(exc).__name__})"
    return Transient(PLATFORM, f"{what}: {reason}")
