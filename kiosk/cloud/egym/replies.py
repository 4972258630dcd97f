"""Turning EGYM replies into models, and failed replies into typed cloud errors.

Reply bodies never go into a message verbatim: server text is only used after
the values we sent (API key, tokens, card numbers, pass payloads) are blanked
out, and it is cut short. Personal data in profiles stays in the model. Every
JSON body is decoded by :func:`kiosk.cloud.reply_body.load_json`, so all text
from EGYM is free of unpaired surrogates and NUL from here on.
"""
from __future__ import annotations

import logging
import math
import ssl
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from enum import Enum
from typing import Any, Iterable

import httpx

from kiosk.cloud.errors import (
    AuthExpired,
    BadReply,
    CloudError,
    FieldError,
    NotRegistered,
    PermissionDenied,
    RateLimited,
    Rejected,
    Transient,
)
from kiosk.cloud.reply_body import JsonTooDeep, header_int, load_json
from kiosk.cloud.transport import may_have_arrived
from kiosk.logsafety import scrub
from kiosk.models import MemberProfile

log = logging.getLogger(__name__)

PLATFORM = "egym"
REFRESH_TOKEN_SUBJECT = "refresh token"

# The server schema names the refresh-token property literally like this (a spec bug:
# the example value leaked into the property name). ``refreshToken`` is the intended name.
SPEC_BUG_REFRESH_TOKEN_KEY = "ab3a16b67..."

# Epoch values below this are seconds, not milliseconds (10**11 ms is March 1973).
_SMALLEST_PLAUSIBLE_EPOCH_MS = 10**11
_MAX_SERVER_TEXT = 160
_MAX_HTTP_DATE = 64  # an HTTP-date is 29 characters
_REDACTED = "<redacted>"


class Operation(str, Enum):
    """Which EGYM call a reply belongs to; errors mean different things per call."""

    LOGIN = "login"
    PROFILE = "profile"
    MEASUREMENT = "measurement"
    TERMS = "terms"
    HISTORY = "history"
    POINTS = "points"
    ACTIVITY = "activity level"
    HEARTBEAT = "heartbeat"
    PARTNER_INFO = "partner info"
    CARD_LINK = "card link"


class RefusedLocally(Rejected):
    """The kiosk refused to send a request EGYM would reject (or that would leak data).

    ``field_errors`` names the offending part (``payload``, ``issuerId``, ``data``...).
    No HTTP request was made, so ``status`` is None.
    """

    def __init__(self, message: str, field: str) -> None:
        super().__init__(PLATFORM, message, (FieldError(field, message),), status=None)  # type: ignore[arg-type]


@dataclass(frozen=True)
class TokenGrant:
    """The result of a successful ``/oauth/token`` call."""

    access_token: str
    expires_at_ms: int
    refresh_token: str | None = None

    def __repr__(self) -> str:
        refresh = "yes" if self.refresh_token else "no"
        return f"TokenGrant(expires_at_ms={self.expires_at_ms}, refresh_token={refresh}, <redacted>)"

    __str__ = __repr__


def parse_token_reply(response: httpx.Response) -> TokenGrant:
    """A :class:`TokenGrant` from a 200 token reply, or :class:`BadReply`."""
    body = json_object(response, "token reply")
    access_token = body.get("accessToken")
    if not is_token(access_token):
        raise BadReply(PLATFORM, "token reply has no usable accessToken", response.status_code)
    expires_at_ms = epoch_ms(body.get("expirationTime"))
    if expires_at_ms is None:
        raise BadReply(PLATFORM, "token reply has no usable expirationTime", response.status_code)
    refresh_token = body.get("refreshToken") or body.get(SPEC_BUG_REFRESH_TOKEN_KEY)
    if refresh_token is not None and not is_token(refresh_token):
        log.warning("EGYM token reply carried an unusable refresh token; continuing without one")
        refresh_token = None
    return TokenGrant(access_token, expires_at_ms, refresh_token)


def parse_profile_reply(response: httpx.Response) -> MemberProfile:
    """A :class:`MemberProfile` from a 200 ``UserDetailsDTO``, or :class:`BadReply`.

    ``userId`` is required; optional fields of the wrong type are left empty so a
    greeting still works.
    """
    body = json_object(response, "profile reply")
    user = body.get("equipmentUser")
    if not isinstance(user, dict):
        raise BadReply(PLATFORM, "profile reply has no equipmentUser object", response.status_code)
    user_id = user.get("userId")
    if isinstance(user_id, int) and not isinstance(user_id, bool):
        user_id = str(user_id)
    if not isinstance(user_id, str) or not user_id:
        raise BadReply(PLATFORM, "profile reply has no userId", response.status_code)
    return MemberProfile(
        user_id=user_id,
        first_name=optional_text(user, "firstName") or "",
        last_name=optional_text(user, "lastName") or "",
        gender=optional_text(user, "gender"),
        date_of_birth=optional_text(user, "dateOfBirth"),
        height_cm=optional_number(user, "height"),
        weight_kg=optional_number(user, "weight"),
        locale=optional_text(user, "locale"),
        unit_system=optional_text(user, "unitSystem"),
        training_goal=optional_text(user, "trainingGoal"),
    )


def error_for_status(
    response: httpx.Response, operation: Operation, subject: str, secrets: Iterable[str] = ()
) -> CloudError:
    """The typed error for a non-2xx reply.

    ``subject`` names what a login presented ("card", "wallet pass"...) for the
    404 message. ``secrets`` are the values we sent; they are blanked out of any
    server text that makes it into the message.

    404 outside login means EGYM does not know the gym location, the machine
    name or the member at this gym: a setup problem, so :class:`PermissionDenied`
    (final until an installer fixes the registration, and the measurement is kept)
    rather than :class:`Rejected` (which would discard it).
    """
    status = response.status_code
    detail = server_detail(response, secrets)
    if status == 400:
        return Rejected(PLATFORM, f"{operation.value} request rejected as invalid{detail.text}", detail.field_errors)
    if status == 401:
        if operation is Operation.LOGIN and subject == REFRESH_TOKEN_SUBJECT:
            return AuthExpired(PLATFORM, "the refresh token (or the API key) was refused", status)
        if operation is Operation.LOGIN:
            return AuthExpired(PLATFORM, "the API key was refused; check the key configured for this gym", status)
        return AuthExpired(PLATFORM, "the access token was not accepted (expired or revoked)", status)
    if status == 403:
        return PermissionDenied(PLATFORM, f"{operation.value} not permitted for this API key or member{detail.text}", status)
    if status == 404:
        if operation is Operation.LOGIN:
            return NotRegistered(PLATFORM, f"{subject} not registered at EGYM", status)
        return PermissionDenied(
            PLATFORM, "EGYM does not know this gym location, machine name or member; check the registration", status
        )
    if status == 429:
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if retry_after is None and "Retry-After" in response.headers:
            log.warning("EGYM sent a Retry-After header that is neither seconds nor a date; ignored")
        wait = f"; retry after {retry_after:.0f} s" if retry_after is not None else ""
        return RateLimited(PLATFORM, f"too many requests{wait}", retry_after)
    if status >= 500:
        return Transient(PLATFORM, f"EGYM server error during {operation.value}", status)
    if 300 <= status < 400:
        return BadReply(PLATFORM, f"unexpected redirect during {operation.value}", status)
    return Rejected(PLATFORM, f"{operation.value} request refused{detail.text}", detail.field_errors, status=status)


def transport_error(exc: httpx.TransportError, operation: Operation) -> Transient:
    """A :class:`Transient` describing a failure below HTTP (no reply to read)."""
    if isinstance(exc, httpx.TimeoutException):
        what = "timed out"
    elif isinstance(exc, httpx.ConnectError):
        what = "TLS certificate not trusted" if _is_certificate_error(exc) else "could not connect"
    elif isinstance(exc, httpx.RemoteProtocolError):
        what = "connection dropped before a complete reply"
    else:
        what = f"network failure ({type(exc).__name__})"
    return Transient(PLATFORM, f"{operation.value}: {what}", maybe_processed=may_have_arrived(exc))


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP-date); None if absent or garbled.

    Any number of seconds is returned as sent; capping it is the caller's policy.
    """
    if value is None:
        return None
    seconds = header_int(value)
    if seconds is not None:
        return float(seconds)
    value = value.strip(" \t")
    if not value.isascii() or len(value) > _MAX_HTTP_DATE:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        return None
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


def parse_rate_limit_remaining(value: str | None) -> int | None:
    """The ``X-RateLimit-Remaining`` header as a number, None when absent or garbled."""
    return header_int(value)


def expect_no_content(response: httpx.Response) -> None:
    """Accept a measurement reply only as EGYM documents it: 204, or a 2xx with no body.

    Anything else (a captive portal's web page, a proxy's JSON) may not have stored
    the measurement, so it is a :class:`BadReply`: retried, and the unique id makes
    a repeat harmless. Calling it "sent" could lose the measurement.
    """
    if response.status_code == 204 or not response.content.strip():
        return
    content_type = response.headers.get("content-type", "")
    shape = "a web page" if "html" in content_type or response.content.lstrip()[:1] == b"<" else "an unexpected body"
    raise BadReply(PLATFORM, f"measurement answered with {shape} instead of 204 No Content", response.status_code)


@dataclass(frozen=True)
class ServerDetail:
    text: str
    field_errors: tuple[FieldError, ...]


def server_detail(response: httpx.Response, secrets: Iterable[str]) -> ServerDetail:
    """The ErrorDTO ``message`` and ``fieldErrors``, with secrets blanked and text cut short."""
    try:
        body = load_json(response.content)
    except ValueError:
        return ServerDetail(" (reply was not JSON)" if response.content else "", ())
    if not isinstance(body, dict):
        return ServerDetail(" (reply was not an error object)", ())
    secrets = [s for s in secrets if s]
    raw_field_errors = body.get("fieldErrors")
    field_errors = tuple(
        FieldError(_scrub(str(item.get("name", "")), secrets), _scrub(str(item.get("message", "")), secrets))
        for item in (raw_field_errors if isinstance(raw_field_errors, list) else ())
        if isinstance(item, dict)
    )
    parts = []
    message = body.get("message")
    if isinstance(message, str) and message.strip():
        parts.append(_scrub(message.strip(), secrets))
    if field_errors:
        parts.append("; ".join(f"{e.name}: {e.message}" for e in field_errors))
    text = " - ".join(parts)
    return ServerDetail(f": {text}" if text else "", field_errors)


def _scrub(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, _REDACTED)
    text = scrub(text)  # names, card numbers, e-mails, dates, tokens: the text is logged, stored and exported
    if len(text) > _MAX_SERVER_TEXT:
        text = text[: _MAX_SERVER_TEXT - 1] + "…"
    return text


def json_object(response: httpx.Response, what: str) -> dict[str, Any]:
    content_type = response.headers.get("content-type", "")
    try:
        body = load_json(response.content)
    except JsonTooDeep:
        raise BadReply(PLATFORM, f"{what} was JSON nested too deeply", response.status_code) from None
    except ValueError:
        kind = "a web page" if "html" in content_type or response.content.lstrip()[:1] == b"<" else "invalid JSON"
        raise BadReply(PLATFORM, f"{what} was {kind}", response.status_code) from None
    if not isinstance(body, dict):
        raise BadReply(PLATFORM, f"{what} was JSON but not an object", response.status_code)
    return body


def is_token(value: Any) -> bool:
    """A non-empty string that can travel in an HTTP header (visible ASCII, no spaces)."""
    return isinstance(value, str) and bool(value) and value.isascii() and value.isprintable() and " " not in value


def epoch_ms(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        return None
    if value < _SMALLEST_PLAUSIBLE_EPOCH_MS:
        log.warning("EGYM expirationTime looks like seconds, not milliseconds; converting")
        value *= 1000
    return int(value)


def optional_text(user: dict[str, Any], key: str) -> str | None:
    value = user.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        log.warning("EGYM profile field %s has an unexpected type; ignored", key)
        return None
    return value


def optional_number(user: dict[str, Any], key: str) -> float | None:
    value = user.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        log.warning("EGYM profile field %s is not a number; ignored", key)
        return None
    return float(value)


def _is_certificate_error(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
