"""Low-level HTTP client for the EGYM Equipment Vendor API (server-to-server variant).

One :class:`httpx.AsyncClient` per :class:`EgymClient`, kept for its lifetime so
connections are reused. Login sends ``x-api-key``; every other call sends
``Authorization: Bearer``; never both. Failures surface as :mod:`kiosk.cloud.errors`
types. A short, bounded retry happens here (:class:`~kiosk.cloud.call_retry.CallRetry`);
the long-term schedule is the outbox's.
Reply bodies are streamed and cut off past :data:`~kiosk.cloud.reply_body.MAX_REPLY_BYTES`.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
from collections import OrderedDict
from contextlib import nullcontext
from typing import Any, Awaitable, Callable, Iterable, TypeVar

import httpx

from hardware.events import CardCredential, Credential
from kiosk.cloud.egym import grants
from kiosk.cloud.egym.replies import (
    PLATFORM,
    REFRESH_TOKEN_SUBJECT,
    Operation,
    RefusedLocally,
    TokenGrant,
    error_for_status,
    expect_no_content,
    parse_profile_reply,
    parse_rate_limit_remaining,
    parse_token_reply,
    transport_error,
)
from kiosk.cloud.egym.settings import EgymSettings
from kiosk.cloud.call_retry import CallRetry
from kiosk.cloud.errors import BadReply, CloudError
from kiosk.cloud.pacing import RatePacer
from kiosk.cloud.reply_body import read_capped
from kiosk.cloud.transport import network_transport
from kiosk.logsafety import register_card_uid, register_name, register_secret
from kiosk.models import Measurement, MemberProfile

log = logging.getLogger(__name__)

T = TypeVar("T")

TOKEN_PATH = "/api/v1/oauth/token"
MEASUREMENT_KINDS = ("body", "cardio", "flexibility")
RESERVED_FOR_MEMBERS = 2  # rate budget queued measurements leave free: a member's login and profile fetch
_TOKEN_BUDGETS_KEPT = 256  # per-token pacers remembered (rate_limit_scope = "token")


class EgymClient:
    """The EGYM HTTP calls, each returning a model or raising a typed cloud error."""

    def __init__(
        self,
        settings: EgymSettings,
        *,
        retry: CallRetry = CallRetry(),
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        """``transport`` replaces the network (e.g. ``httpx.ASGITransport`` for an in-process
        server); ``sleep`` is how retry waits are spent."""
        self._settings = settings
        self._retry = retry
        self._sleep = sleep
        self._partner_budget = RatePacer(RESERVED_FOR_MEMBERS)
        self._token_budgets: OrderedDict[str, RatePacer] = OrderedDict()
        self._http = httpx.AsyncClient(
            base_url=settings.base_url,
            timeout=httpx.Timeout(settings.timeout_s, connect=min(settings.timeout_s, 5.0)),
            transport=transport or network_transport(settings.ca_bundle, ca_bundle_key="egym.ca_bundle"),
            headers={"Accept": "application/json"},
        )

    async def __aenter__(self) -> "EgymClient":
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close pooled connections. The client cannot be used afterwards."""
        await self._http.aclose()

    async def login(self, credential: Credential) -> TokenGrant:
        """Log in with a tapped card (RFID grant) or wallet pass (NFC grant)."""
        subject = "card" if isinstance(credential, CardCredential) else "wallet pass"
        if isinstance(credential, CardCredential):
            register_card_uid(credential.uid)  # every rendering, not only the one sent
        body = grants.credential_grant(credential, self._settings)
        return await self._token(body, subject)

    async def login_encrypted_user_id(self, user_id: int) -> TokenGrant:
        """ENCRYPTED_USER_ID grant (needs EGYM's approval for the integration)."""
        return await self._token(grants.encrypted_user_id_grant(user_id), "user id")

    async def login_obfuscated_user_id(self, obfuscated_user_id: str) -> TokenGrant:
        """OBFUSCATED_USER_ID grant (needs EGYM's approval for the integration)."""
        return await self._token(grants.obfuscated_user_id_grant(obfuscated_user_id), "user id")

    async def refresh(self, refresh_token: str) -> TokenGrant:
        """REFRESH_TOKEN grant: a new access token without the member present."""
        return await self._token(grants.refresh_token_grant(refresh_token), REFRESH_TOKEN_SUBJECT)

    async def fetch_profile(self, access_token: str) -> MemberProfile:
        """``GET /api/v1/gyms/{gymId}/users`` for the member the token belongs to."""
        profile = await self._call(
            Operation.PROFILE,
            "GET",
            f"/api/v1/gyms/{self._settings.gym_id}/users",
            headers=_bearer(access_token),
            secrets=(access_token,),
            parse=parse_profile_reply,
            budget=self._budget(access_token),
        )
        register_secret(profile.user_id, profile.date_of_birth)
        register_name(profile.first_name, profile.last_name, profile.display_name)
        return profile

    async def submit_measurement(self, measurement: Measurement, access_token: str) -> None:
        """``POST /api/v1/measurements/{kind}``; returns once EGYM stored it (204).

        The body carries ``measurement.unique_id`` unchanged on every attempt, so a
        repeat after a lost reply is recognised by EGYM as the same measurement.
        Measurements are paced on EGYM's ``X-RateLimit-Remaining`` (see
        :mod:`kiosk.cloud.pacing`), so a queue being drained leaves room for members.
        """
        body = measurement_body(measurement, self._settings)
        await self._call(
            Operation.MEASUREMENT,
            "POST",
            f"/api/v1/measurements/{measurement.kind}",
            json=body,
            headers=_bearer(access_token),
            secrets=(access_token,),
            parse=expect_no_content,
            budget=self._budget(access_token),
            paced=True,
        )

    async def _token(self, body: dict[str, Any], subject: str) -> TokenGrant:
        secrets = [self._settings.api_key, *(str(v) for k, v in body.items() if k in _SECRET_GRANT_FIELDS)]
        register_secret(*secrets)
        grant = await self._call(
            Operation.LOGIN,
            "POST",
            TOKEN_PATH,
            json=body,
            headers={"x-api-key": self._settings.api_key},
            secrets=secrets,
            parse=parse_token_reply,
            subject=subject,
            budget=self._budget(None),
        )
        register_secret(grant.access_token, grant.refresh_token)
        log.info("EGYM login succeeded (%s, grant %s)", subject, body["grantType"])
        return grant

    async def _call(
        self,
        operation: Operation,
        method: str,
        path: str,
        *,
        headers: dict[str, str],
        secrets: Iterable[str],
        parse: Callable[[httpx.Response], T],
        json: dict[str, Any] | None = None,
        data: dict[str, str] | None = None,
        params: dict[str, str] | None = None,
        subject: str = "",
        budget: RatePacer | None = None,
        paced: bool = False,
    ) -> T:
        """One call with the client's own short retries; ``paced`` calls wait for room in ``budget``."""
        login = operation is Operation.LOGIN
        attempt = 0
        while True:
            attempt += 1
            try:
                async with budget.turn() if paced and budget is not None else nullcontext():
                    async with self._http.stream(
                        method, path, json=json, data=data, params=params, headers=headers
                    ) as streamed:
                        _note_rate_limit(streamed, budget)
                        response = await read_capped(streamed, PLATFORM)
            except httpx.TransportError as exc:
                error: CloudError = transport_error(exc, operation)
            except httpx.DecodingError:
                error = BadReply(PLATFORM, f"{operation.value} reply could not be decompressed")
            except BadReply as exc:
                error = exc
            else:
                if response.is_success:
                    try:
                        return parse(response)
                    except BadReply as exc:
                        error = exc
                else:
                    error = self._error_for_status(response, operation, subject, secrets)
            delay = self._retry.delay_s(error, attempt, login=login)
            if delay is None:
                raise error
            log.warning("EGYM %s failed (%s); retry %d of %d in %.2f s", operation.value, error, attempt,
                        self._retry.attempts(login=login) - 1, delay)
            await self._sleep(delay)

    def _error_for_status(
        self, response: httpx.Response, operation: Operation, subject: str, secrets: Iterable[str]
    ) -> CloudError:
        """The typed error for a non-2xx reply (the standalone flavour reads its errorCode too)."""
        return error_for_status(response, operation, subject, secrets)

    def _budget(self, access_token: str | None) -> RatePacer | None:
        """The pacer of the rate-limit bucket a request draws from (``settings.rate_limit_scope``).

        Per-token buckets are keyed by a digest, so no token is kept for this.
        """
        if self._settings.rate_limit_scope == "partner":
            return self._partner_budget
        if access_token is None:
            return None
        key = hashlib.sha256(access_token.encode()).hexdigest()
        budget = self._token_budgets.pop(key, None) or RatePacer(RESERVED_FOR_MEMBERS)
        self._token_budgets[key] = budget
        while len(self._token_budgets) > _TOKEN_BUDGETS_KEPT:
            self._token_budgets.popitem(last=False)
        return budget


def _note_rate_limit(response: httpx.Response, budget: RatePacer | None) -> None:
    """Tell ``budget`` what EGYM reported; a reply without the header means no limit applies now.

    A garbled header is ignored (and logged by name only): it must not fail the call.
    """
    if budget is None:
        return
    header = response.headers.get("X-RateLimit-Remaining")
    remaining = parse_rate_limit_remaining(header)
    if header is None:
        budget.forget()
    elif remaining is None:
        log.warning("EGYM sent an X-RateLimit-Remaining header that is not a whole number; ignored")
    else:
        budget.observe(remaining, counted=response.status_code != 429)


# Grant fields whose values identify a member or grant access; kept out of messages.
_SECRET_GRANT_FIELDS = frozenset({"rfid", "payload", "userId", "obfuscatedUserId", "refreshToken"})


def measurement_body(measurement: Measurement, settings: EgymSettings) -> dict[str, Any]:
    """The ``MeasurementDTO`` for a captured reading.

    ``data`` holds the canonical values mapped through ``settings.metric_map`` for the
    measurement's kind (a :class:`Measurement` holds finite numbers only); unmapped fields
    are not sent. If nothing is left, the measurement is refused locally (no request).
    """
    if measurement.kind not in MEASUREMENT_KINDS:
        raise RefusedLocally(f"unknown measurement kind {measurement.kind!r}", "kind")
    mapping = settings.metric_map.get(measurement.kind, {})
    data: dict[str, float] = {}
    for device_field, value in measurement.values.items():
        egym_key = mapping.get(device_field)
        if egym_key is not None:
            data[egym_key] = value
    if not data:
        raise RefusedLocally(
            f"none of the {measurement.kind} values has an EGYM metric mapped (see [egym.metrics.{measurement.kind}])",
            "data",
        )
    return {
        "timestamp": measurement.timestamp_ms,
        "machineName": settings.machine_name,
        "gymId": settings.gym_id,
        "uniqueMeasurementId": measurement.unique_id,
        "data": data,
    }


def _bearer(access_token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {access_token}"}
