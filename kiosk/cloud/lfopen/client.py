"""LFopen's HTTP calls: linking (see :mod:`.linking`), the profile, posting and listing manual cardio workouts.

Every API call carries the member's access token as the ``access_token`` query parameter
(LFopen's only scheme). The token is registered with :mod:`kiosk.logsafety` before each call,
so httpx's own request log line shows it masked, and no error text here ever quotes a URL.
Failures become the shared types of :mod:`kiosk.cloud.errors`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import httpx

from kiosk.cloud.base import LinkTokens
from kiosk.cloud.errors import AuthExpired, BadReply, CloudError, PermissionDenied, RateLimited, Rejected, Transient
from kiosk.cloud.lfopen import linking
from kiosk.cloud.lfopen.linking import PLATFORM, TokenGrant
from kiosk.cloud.lfopen.settings import LfopenSettings
from kiosk.cloud.lfopen.workout import CardioWorkout
from kiosk.cloud.reply_body import header_int, load_json
from kiosk.cloud.transport import may_have_arrived, network_transport
from kiosk.logsafety import register_name, register_secret

RESULTS_DATE = "%m/%d/%Y"


@dataclass(frozen=True)
class LfopenProfile:
    """What the kiosk shows of a linked LFconnect member (``GET api2/user``)."""

    user_id: str = field(repr=False)  # LFopen's token carries no user id; tapiriik uses emailAddress
    first_name: str = field(repr=False)
    last_name: str = field(repr=False)
    nick_name: str = field(repr=False)
    preferred_unit: str  # "M" metric, "I" imperial


class LfopenClient:
    """One LFopen app registration, through one connection pool (the hub's)."""

    def __init__(self, settings: LfopenSettings, transport: httpx.AsyncBaseTransport | None = None) -> None:
        register_secret(settings.client_secret)
        self._settings = settings
        self._http = httpx.AsyncClient(base_url=f"{settings.base_url}/", timeout=settings.timeout_s,
                                       transport=transport or network_transport(), follow_redirects=False)

    async def aclose(self) -> None:
        await self._http.aclose()

    def authorize_url(self, state: str, code_challenge: str, redirect_uri: str) -> str:
        """Where the member's phone goes to allow the app (see :func:`.linking.authorize_url`)."""
        return linking.authorize_url(self._settings, state, code_challenge, redirect_uri)

    async def exchange_code(self, code: str, code_verifier: str, redirect_uri: str) -> TokenGrant:
        """The callback's code for tokens, server-side (JSON or redirect reply, whichever LFopen sends)."""
        return await linking.exchange_code(self._http, self._settings, code, code_verifier, redirect_uri)

    async def refresh(self, refresh_token: str) -> TokenGrant:
        """New tokens ahead of (or after) expiry; AuthExpired means the member links again."""
        return await linking.refresh(self._http, self._settings, refresh_token)

    async def revoke(self, token: str, hint: str | None = None) -> None:
        """Revoke an access token, or a refresh token to unlink (``hint``: ``access_token``/``refresh_token``)."""
        await linking.revoke(self._http, token, hint)

    async def profile(self, access_token: str) -> LfopenProfile:
        """The member's LFconnect profile, as JSON (``Accept: application/json``; XML is LFopen's default)."""
        body = await self._call("GET", "api2/user", access_token)
        user = body.get("LFUser", body)
        if not isinstance(user, dict) or not isinstance(user.get("emailAddress"), str):
            raise BadReply(PLATFORM, "the profile has no emailAddress")
        first, last, nick = (str(user.get(k) or "") for k in ("firstName", "lastName", "nickName"))
        register_secret(user["emailAddress"])
        register_name(first, last, nick)
        return LfopenProfile(user_id=user["emailAddress"], first_name=first, last_name=last, nick_name=nick,
                             preferred_unit=str(user.get("preferredUnit") or "M"))

    async def post_cardio(self, access_token: str, workout: CardioWorkout) -> None:
        """Store the workout as a manual cardio workout; HTTP 200 is success (its body is not used)."""
        await self._call("POST", "api2/workoutresults/postcardio", access_token,
                         json=workout.body(self._settings.activity))

    async def manual_cardio_results(self, access_token: str, around: datetime) -> Any:
        """The ``resultWorkoutData`` list for the days around ``around`` (a day either side: time zones)."""
        params = {"fromDate": (around - timedelta(days=1)).strftime(RESULTS_DATE),
                  "toDate": (around + timedelta(days=1)).strftime(RESULTS_DATE), "timezone": self._settings.timezone}
        body = await self._call("GET", "api2/workoutresults/get_manualcardio_results", access_token, params=params)
        return body.get("resultWorkoutData")

    async def _call(self, method: str, path: str, access_token: str, params: dict[str, str] | None = None,
                    **kwargs: Any) -> dict[str, Any]:
        register_secret(access_token)
        try:
            response = await self._http.request(method, path, params={**(params or {}), "access_token": access_token},
                                                headers={"Accept": "application/json"}, **kwargs)
        except httpx.TimeoutException as error:
            raise Transient(PLATFORM, "no answer in time", maybe_processed=may_have_arrived(error)) from None
        except httpx.TransportError as error:  # a request cut after it was sent may have been stored: read back
            raise Transient(PLATFORM, f"could not reach the server ({type(error).__name__})",
                            maybe_processed=may_have_arrived(error)) from None
        except httpx.HTTPError as error:
            raise Transient(PLATFORM, f"could not reach the server ({type(error).__name__})") from None
        if response.status_code >= 400 or response.is_redirect:
            raise api_error(response)
        try:
            body = load_json(response.content) if response.content else {}
        except ValueError:
            raise BadReply(PLATFORM, "the reply is not JSON", response.status_code) from None
        if not isinstance(body, dict):
            raise BadReply(PLATFORM, "the reply is not a JSON object", response.status_code)
        return body


def api_error(response: httpx.Response) -> CloudError:
    """The shared error type for a failed API reply (LFopen's error bodies are not published: status decides)."""
    status = response.status_code
    if status == 401:
        return AuthExpired(PLATFORM, "the member's access token was not accepted", status)
    if status == 403:
        return PermissionDenied(PLATFORM, "the app or member lacks a permission", status)
    if status == 429:
        return RateLimited(PLATFORM, "too many requests", header_int(response.headers.get("Retry-After")))
    if status >= 500:
        return Transient(PLATFORM, "server error", status)
    if 400 <= status < 500:
        return Rejected(PLATFORM, "request refused", status=status)
    return BadReply(PLATFORM, "unexpected redirect", status)


class LfopenAccountLinks:
    """LFopen for the hub's account linking (:class:`~kiosk.cloud.base.LinksAccounts`) over :class:`LfopenClient`."""

    name = PLATFORM

    def __init__(self, client: LfopenClient) -> None:
        self._client = client

    def authorize_url(self, *, state: str, code_challenge: str, redirect_uri: str) -> str:
        return self._client.authorize_url(state, code_challenge, redirect_uri)

    async def exchange_code(self, *, code: str, code_verifier: str, redirect_uri: str) -> LinkTokens:
        grant = await self._client.exchange_code(code, code_verifier, redirect_uri)
        return LinkTokens(grant.access_token, grant.refresh_token, grant.expires_at_ms)

    async def revoke(self, tokens: LinkTokens) -> None:
        """The refresh token where there is one: that unlinks (the access token alone only logs out)."""
        if tokens.refresh_token:
            await self._client.revoke(tokens.refresh_token, "refresh_token")
        else:
            await self._client.revoke(tokens.access_token, "access_token")
