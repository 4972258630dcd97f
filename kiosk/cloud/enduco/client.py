"""enduco's HTTP calls: the OAuth code exchange, refresh and revoke (bent to enduco's spellings), the upload.

Token requests use HTTP Basic client authentication and the grant type ``code``; a refresh also
carries ``clientId`` in the body, as enduco's article shows. Failures become
:mod:`kiosk.cloud.errors` types; nothing a member or enduco sent back is logged.
"""
from __future__ import annotations

import base64
import time
from typing import Any
from urllib.parse import urlencode

import httpx

from kiosk.cloud.base import LinkTokens
from kiosk.cloud.enduco.settings import PLATFORM, EnducoSettings
from kiosk.cloud.errors import AuthExpired, BadReply, CloudError, PermissionDenied, RateLimited, Rejected, Transient
from kiosk.cloud.member_services import HeartRateZone
from kiosk.cloud.reply_body import header_int, load_json
from kiosk.cloud.transport import may_have_arrived, network_transport
from kiosk.logsafety import register_secret

TOKEN_PATH = "/oauth2/token"
AUTHORIZE_PATH = "/oauth2/authorize"
REVOKE_PATH = "/oauth2/revoke"


class EnducoClient:
    """One hub's enduco client; implements :class:`~kiosk.cloud.base.LinksAccounts` too."""

    name = PLATFORM

    def __init__(self, settings: EnducoSettings, *, transport: httpx.AsyncBaseTransport | None = None,
                 clock_ms: Any = lambda: int(time.time() * 1000)) -> None:
        self._settings = settings
        self._clock_ms = clock_ms
        basic = base64.b64encode(f"{settings.client_id}:{settings.client_secret}".encode()).decode("ascii")
        register_secret(settings.client_secret, basic)
        self._basic = {"Authorization": f"Basic {basic}"}
        self._http = httpx.AsyncClient(base_url=settings.base_url, timeout=settings.timeout_s,
                                       transport=transport or network_transport(None, ca_bundle_key="enduco.ca_bundle"))

    async def aclose(self) -> None:
        await self._http.aclose()

    def authorize_url(self, *, state: str, code_challenge: str, redirect_uri: str) -> str:
        query = {"response_type": "code", "client_id": self._settings.client_id, "redirect_uri": redirect_uri,
                 "scope": self._settings.scopes, "state": state}
        if self._settings.pkce:
            query.update(code_challenge=code_challenge, code_challenge_method="S256")
        return f"{self._settings.base_url}{AUTHORIZE_PATH}?{urlencode(query)}"

    async def exchange_code(self, *, code: str, code_verifier: str, redirect_uri: str) -> LinkTokens:
        body = {"grant_type": "code", "code": code, "redirect_uri": redirect_uri}
        if self._settings.pkce:
            body["code_verifier"] = code_verifier
        register_secret(code, code_verifier)
        return await self._token("code exchange", body)

    async def refresh(self, refresh_token: str) -> LinkTokens:
        """A new access token; :class:`AuthExpired` when enduco no longer honours the refresh token."""
        register_secret(refresh_token)
        return await self._token("refresh", {"grant_type": "refresh_token", "refresh_token": refresh_token,
                                             "clientId": self._settings.client_id})

    async def revoke(self, tokens: LinkTokens) -> None:
        token = tokens.refresh_token or tokens.access_token
        await self._send("revoke", "POST", REVOKE_PATH, headers=self._basic,
                         data={"token_type_hint": "refresh_token" if tokens.refresh_token else "access_token",
                               "token": token})

    async def upload(self, fit_file: bytes, file_name: str, access_token: str) -> None:
        """Upload a finished workout (``workouts_write``)."""
        await self._send("upload", "POST", self._settings.upload_path,
                         headers={"Authorization": f"Bearer {access_token}"},
                         files={self._settings.upload_field: (file_name, fit_file, "application/vnd.ant.fit")})

    async def planned_today(self, access_token: str) -> tuple[str, int | None]:
        """Today's planned session (``plans_read``): its title and minutes; ("", None) when nothing is planned."""
        reply = await self._send("plan", "GET", self._settings.plan_path, headers={"Authorization": f"Bearer {access_token}"})
        if reply.status_code == 204:
            return "", None
        document = _json_object(reply, "plan")
        title, minutes = document.get("title"), document.get("durationMinutes")
        if not isinstance(title, str) or (minutes is not None and (isinstance(minutes, bool) or not isinstance(minutes, int))):
            raise BadReply(PLATFORM, "plan: no title, or minutes that are not whole", reply.status_code)
        return title.strip()[:80], minutes

    async def heart_rate_zones(self, access_token: str) -> tuple[HeartRateZone, ...]:
        """The member's heart-rate zones (``user_read``), low to high; () when they have none set."""
        reply = await self._send("zones", "GET", self._settings.zones_path, headers={"Authorization": f"Bearer {access_token}"})
        zones = _json_object(reply, "zones").get("zones")
        if not isinstance(zones, list) or not all(isinstance(z, dict) and isinstance(z.get("name"), str)
                                                  and isinstance(z.get("maxBpm"), int) for z in zones):
            raise BadReply(PLATFORM, "zones: not a list of names with a whole maxBpm", reply.status_code)
        found = tuple(HeartRateZone(z["name"].strip()[:30], z["maxBpm"]) for z in zones)
        if any(low.max_bpm >= high.max_bpm for low, high in zip(found, found[1:])):
            raise BadReply(PLATFORM, "zones: their tops do not rise", reply.status_code)
        return found

    async def _token(self, what: str, body: dict[str, str]) -> LinkTokens:
        reply = await self._send(what, "POST", TOKEN_PATH, headers=self._basic, data=body)
        document = _json_object(reply, what)
        access, refresh, lifetime = document.get("access_token"), document.get("refresh_token"), document.get("expires_in")
        if not isinstance(access, str) or not access:
            raise BadReply(PLATFORM, f"{what}: no access token in the reply", reply.status_code)
        register_secret(access, refresh if isinstance(refresh, str) else "")
        expires = self._clock_ms() + int(lifetime) * 1000 if isinstance(lifetime, int) and lifetime > 0 else None
        return LinkTokens(access, refresh if isinstance(refresh, str) and refresh else None, expires)

    async def _send(self, what: str, method: str, path: str, **request: Any) -> httpx.Response:
        try:
            reply = await self._http.request(method, path, **request)
        except httpx.TransportError as error:
            raise Transient(PLATFORM, f"{what}: no answer from enduco ({type(error).__name__})",
                            maybe_processed=may_have_arrived(error)) from None
        if reply.is_success:
            return reply
        raise _error(reply, what)


def _json_object(reply: httpx.Response, what: str) -> dict[str, Any]:
    try:
        document = load_json(reply.content)
    except ValueError:
        raise BadReply(PLATFORM, f"{what}: the reply was not JSON", reply.status_code) from None
    if not isinstance(document, dict):
        raise BadReply(PLATFORM, f"{what}: the reply was not a JSON object", reply.status_code)
    return document


def _error(reply: httpx.Response, what: str) -> CloudError:
    """An OAuth error (``{"error": "invalid_grant"}``) or an HTTP status, as the shared error types."""
    try:
        document = load_json(reply.content)
    except ValueError:
        document = None
    code = document.get("error") if isinstance(document, dict) else None
    code = code if isinstance(code, str) and code.replace("_", "").isalnum() and len(code) <= 40 else None
    message = f"{what}: enduco answered {code or reply.status_code}"
    status = reply.status_code
    if status == 401 or code in ("invalid_grant", "invalid_token"):
        return AuthExpired(PLATFORM, message, status)
    if status == 403 or code in ("insufficient_scope", "unauthorized_client"):
        return PermissionDenied(PLATFORM, message, status)
    if status == 429:
        retry_after = header_int(reply.headers.get("retry-after"))
        return RateLimited(PLATFORM, message, float(retry_after) if retry_after is not None else None)
    if 400 <= status < 500:
        return Rejected(PLATFORM, message, status=status)
    return Transient(PLATFORM, message, status)
