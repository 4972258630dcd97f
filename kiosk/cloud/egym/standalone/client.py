"""The standalone flavour's HTTP calls, on the server flavour's connection, retries and pacing.

:class:`StandaloneClient` is an :class:`~kiosk.cloud.egym.client.EgymClient` whose requests
differ: token requests are form-encoded with ``Authorization: Basic`` and wait their turn in
the login rate limit; the member's calls use ``Bearer`` as before; partner calls
(``partners/info``, the heartbeat) use Basic. Failed replies are read as
``ApiErrorResponseDTO`` (:func:`~kiosk.cloud.egym.standalone.replies.standalone_error`).
"""
from __future__ import annotations

import base64
import logging
from typing import Any, Iterable

import httpx

from hardware.events import CardCredential, Credential
from kiosk.cloud.egym.client import MEASUREMENT_KINDS, TOKEN_PATH, EgymClient, measurement_body
from kiosk.cloud.egym.replies import (
    REFRESH_TOKEN_SUBJECT,
    Operation,
    RefusedLocally,
    TokenGrant,
    expect_no_content,
    json_object,
)
from kiosk.cloud.egym.settings import EgymSettings
from kiosk.cloud.egym.standalone import grants
from kiosk.cloud.egym.standalone.login_limit import LoginRateLimit
from kiosk.cloud.egym.standalone.member_data import (
    ActivityLevel,
    HistoryEntry,
    parse_activity_level,
    parse_history_page,
    parse_todays_points,
)
from kiosk.cloud.egym.standalone.replies import StandaloneUser, parse_token_reply, parse_user_reply, standalone_error
from kiosk.cloud.errors import CloudError, PermissionDenied
from kiosk.logsafety import register_card_uid, register_name, register_secret
from kiosk.models import Measurement, MemberProfile

log = logging.getLogger(__name__)

USERS_PATH = "/api/v1/users"
TERMS_PATH = "/api/v1/resources/terms-and-conditions"  # the description's "ressources" is a typo
ACCEPT_TERMS_PATH = "/api/v1/users/terms-and-conditions"
PARTNER_INFO_PATH = "/api/v1/partners/info"
HEARTBEAT_PATH = "/api/v1/machines/heartbeat"
CARD_LINK_PATH = "/api/v1/users/rfid"
POINTS_PATH = "/api/v1/points"
ACTIVITY_PATH = "/api/v1/users/activity-levels"


class StandaloneClient(EgymClient):
    """EGYM's machine API: each call returns a model or raises a typed cloud error."""

    def __init__(self, settings: EgymSettings, *, login_limit: LoginRateLimit | None = None, **options: Any) -> None:
        super().__init__(settings, **options)
        self._login_limit = login_limit or LoginRateLimit(sleep=self._sleep)
        basic = base64.b64encode(f"{settings.client_id}:{settings.client_secret}".encode()).decode("ascii")
        self._basic = {"Authorization": f"Basic {basic}"}
        register_secret(settings.client_secret, basic)

    async def login(self, credential: Credential) -> TokenGrant:
        """Log in with a tapped card (RFID grant) or wallet pass (NFC grant)."""
        subject = "card" if isinstance(credential, CardCredential) else "wallet pass"
        if isinstance(credential, CardCredential):
            register_card_uid(credential.uid)
        return await self._standalone_token(grants.credential_grant(credential, self._settings), subject)

    async def refresh(self, refresh_token: str) -> TokenGrant:
        """REFRESH_TOKEN grant."""
        body = grants.refresh_token_grant(refresh_token, self._settings)
        return await self._standalone_token(body, REFRESH_TOKEN_SUBJECT)

    async def login_encrypted_user_id(self, user_id: int) -> TokenGrant:
        """Not a grant of the standalone API."""
        raise RefusedLocally("EGYM's standalone API has no ENCRYPTED_USER_ID grant", "grant_type")

    async def login_obfuscated_user_id(self, obfuscated_user_id: str) -> TokenGrant:
        """Not a grant of the standalone API."""
        raise RefusedLocally("EGYM's standalone API has no OBFUSCATED_USER_ID grant", "grant_type")

    async def fetch_user(self, access_token: str) -> StandaloneUser:
        """``GET /api/v1/users``: the member the token belongs to, unwrapped."""
        user = await self._member_call(Operation.PROFILE, "GET", USERS_PATH, access_token, parse_user_reply)
        profile = user.profile
        register_secret(profile.user_id, profile.date_of_birth, user.bma_user_id)
        register_name(profile.first_name, profile.last_name, profile.display_name)
        return user

    async def fetch_profile(self, access_token: str) -> MemberProfile:
        """The member's profile (see :meth:`fetch_user` for what else EGYM tells)."""
        return (await self.fetch_user(access_token)).profile

    async def submit_measurement(self, measurement: Measurement, access_token: str) -> None:
        """``POST /api/v1/measurements/{kind}``: the body carries no machine or gym id here."""
        body = measurement_body(measurement, self._settings)
        del body["machineName"], body["gymId"]
        await self._member_call(
            Operation.MEASUREMENT, "POST", f"/api/v1/measurements/{measurement.kind}", access_token,
            expect_no_content, json=body, paced=True,
        )

    async def terms_html(self, locale: str) -> str:
        """EGYM's terms and conditions in ``locale`` (``en_US``), as the HTML EGYM serves (no auth)."""
        return await self._call(
            Operation.TERMS, "GET", TERMS_PATH, params={"locale": locale},
            headers={"Accept": "text/html"}, secrets=(), parse=_html_text,
        )

    async def accept_terms(self, access_token: str, locale: str) -> None:
        """``PUT users/terms-and-conditions?locale=``: the locale as query parameter, no body (see quirks)."""
        await self._member_call(
            Operation.TERMS, "PUT", ACCEPT_TERMS_PATH, access_token, expect_no_content, params={"locale": locale}
        )

    async def link_card(self, access_token: str, card: CardCredential) -> None:
        """``POST users/rfid``: the tapped card becomes the member's (EGYM re-assigns it if it was another's)."""
        register_card_uid(card.uid)
        rfid, rfid_format = grants.card_format(card, self._settings)
        await self._member_call(
            Operation.CARD_LINK, "POST", CARD_LINK_PATH, access_token, expect_no_content,
            json={"rfid": rfid, "rfidFormat": rfid_format},
        )

    async def todays_points(self, access_token: str) -> int:
        """``GET /api/v1/points``: the member's activity points today."""
        return await self._member_call(Operation.POINTS, "GET", POINTS_PATH, access_token, parse_todays_points)

    async def activity_level(self, access_token: str) -> ActivityLevel | None:
        """``GET /api/v1/users/activity-levels``; None when EGYM answers 403 (not enabled for this member or gym)."""
        try:
            return await self._member_call(
                Operation.ACTIVITY, "GET", ACTIVITY_PATH, access_token, parse_activity_level
            )
        except PermissionDenied:
            return None

    async def history(self, access_token: str, kind: str, *, page_size: int = 50, most: int = 200) -> list[HistoryEntry]:
        """``GET /api/v1/measurements/{kind}/history``, newest first, paged backwards by ``lastId`` up to ``most``."""
        if kind not in MEASUREMENT_KINDS:
            raise RefusedLocally(f"unknown measurement kind {kind!r}", "kind")
        entries: list[HistoryEntry] = []
        last_id: int | None = None
        while len(entries) < most:
            params = {"measurementLimit": str(min(page_size, most - len(entries)))}
            if last_id is not None:
                params["lastId"] = str(last_id)
            page = await self._member_call(
                Operation.HISTORY, "GET", f"/api/v1/measurements/{kind}/history", access_token,
                parse_history_page, params=params,
            )
            entries += [entry for entry in page if last_id is None or entry.id < last_id]
            if len(page) < int(params["measurementLimit"]) or not page:
                break
            last_id = min(entry.id for entry in page)
        return entries

    async def partner_info(self) -> str:
        """``GET /api/v1/partners/info``: the credential test; the partner's name."""
        return await self._call(
            Operation.PARTNER_INFO, "GET", PARTNER_INFO_PATH,
            headers=self._basic, secrets=(self._settings.client_secret,), parse=partner_info_name,
        )

    async def heartbeat(self) -> None:
        """``POST /api/v1/machines/heartbeat``: this machine is alive (camelCase JSON, Basic)."""
        body = {"serialNumber": self._settings.serial_number, "machineType": self._settings.machine_type}
        await self._call(
            Operation.HEARTBEAT, "POST", HEARTBEAT_PATH,
            json=body, headers=self._basic, secrets=(self._settings.client_secret,), parse=expect_no_content,
        )

    async def _member_call(
        self, operation: Operation, method: str, path: str, access_token: str, parse: Any, **options: Any
    ) -> Any:
        return await self._call(
            operation, method, path,
            headers={"Authorization": f"Bearer {access_token}"}, secrets=(access_token,), parse=parse,
            budget=self._budget(access_token), **options,
        )

    async def _standalone_token(self, body: dict[str, str], subject: str) -> TokenGrant:
        secrets = [self._settings.client_secret, *(v for k, v in body.items() if k in grants.SECRET_FIELDS)]
        register_secret(*secrets)
        await self._login_limit.wait_turn()
        grant = await self._call(
            Operation.LOGIN, "POST", TOKEN_PATH,
            data=body, headers=self._basic, secrets=secrets, parse=parse_token_reply, subject=subject,
            budget=self._budget(None),
        )
        register_secret(grant.access_token, grant.refresh_token)
        log.info("EGYM login succeeded (%s, grant %s)", subject, body["grant_type"])
        return grant

    def _error_for_status(
        self, response: httpx.Response, operation: Operation, subject: str, secrets: Iterable[str]
    ) -> CloudError:
        return standalone_error(response, operation, subject, secrets)


def _html_text(response: httpx.Response) -> str:
    """The reply as text; the caller renders it safely (never as live HTML)."""
    return response.text


def partner_info_name(response: httpx.Response) -> str:
    """The partner name from ``PartnerInfoDTO`` (empty when EGYM leaves it out)."""
    name = json_object(response, "partner info").get("name")
    return name if isinstance(name, str) else ""
