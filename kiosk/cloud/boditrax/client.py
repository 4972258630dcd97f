"""Boditrax's HTTP calls: tokens (see :mod:`.tokens`), the hub's scan performer, adding and listing readings,
and removing a linked account.

REST calls go to ``{base_url}/rest/v2.10/{collection}/{id}`` (B1) with ``Authorization: Bearer``.
Boditrax's REST error bodies are not public, so the HTTP status decides what a failure means;
a request cut after it was sent is marked as maybe processed, for the read-back rule.
"""
from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any

import httpx

from kiosk.cloud.boditrax import tokens
from kiosk.cloud.boditrax.settings import BoditraxSettings
from kiosk.cloud.boditrax.tokens import PLATFORM, Token
from kiosk.cloud.errors import AuthExpired, BadReply, CloudError, PermissionDenied, RateLimited, Rejected, Transient
from kiosk.cloud.reply_body import header_int, load_json
from kiosk.cloud.transport import may_have_arrived, network_transport
from kiosk.logsafety import register_secret

LIST_DATE = "%Y-%m-%d"
MOST_READINGS_FETCHED = 50  # a day's readings listed as bare ids are fetched one by one, up to this many


class BoditraxClient:
    """One Boditrax app registration, through one connection pool (the hub's)."""

    def __init__(self, settings: BoditraxSettings, transport: httpx.AsyncBaseTransport | None = None) -> None:
        register_secret(settings.client_secret)
        self.settings = settings
        self._http = httpx.AsyncClient(base_url=f"{settings.base_url}/", timeout=settings.timeout_s,
                                       transport=transport or network_transport(), follow_redirects=False)
        self._scanperformer = settings.scanperformer_id
        self._registering = asyncio.Lock()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def member_token(self, username: str, secret: str) -> Token:
        """A 30-minute member token through the Linked Account grant."""
        return await tokens.member_token(self._http, self.settings, username, secret)

    async def scanperformer(self) -> str:
        """The scan performer readings are added from: configured, found by its name, or registered once.

        Found first, so that a restarted hub (or a second hub process) keeps the one already registered.
        """
        async with self._registering:
            if not self._scanperformer:
                token = await tokens.client_token(self._http, self.settings)
                found = await self._named_performers(token.access_token)
                if found:
                    self._scanperformer = min(found)
                else:
                    body = await self._call("POST", "scanperformers", token.access_token,
                                            json={"name": self.settings.scanperformer_name})
                    if not isinstance(body, dict) or not str(body.get("id") or ""):
                        raise BadReply(PLATFORM, "the scan performer was registered without an id")
                    self._scanperformer = str(body["id"])
            return self._scanperformer

    async def our_scanperformers(self) -> set[str]:
        """Every scan performer that is this hub's (by name, as two processes may each have registered one)."""
        token = await tokens.client_token(self._http, self.settings)
        return await self._named_performers(token.access_token) | {await self.scanperformer()}

    async def _named_performers(self, access_token: str) -> set[str]:
        rows = await self._call("GET", "scanperformers", access_token)
        if not isinstance(rows, list) or len(rows) > MOST_READINGS_FETCHED:
            raise BadReply(PLATFORM, "the scan performers cannot be listed")
        rows = [await self._call("GET", f"scanperformers/{row}", access_token) if isinstance(row, (str, int)) else row
                for row in rows]  # a collection may list its entities' ids only (B1)
        return {str(row["id"]) for row in rows
                if isinstance(row, dict) and row.get("name") == self.settings.scanperformer_name and row.get("id")}

    async def add_reading(self, access_token: str, body: dict[str, Any]) -> None:
        """Add a reading with its measurements (``reading_method``/``reading_path``: not public, configured)."""
        await self._call(self.settings.reading_method, self.settings.reading_path, access_token, json=body)

    async def readings_around(self, access_token: str, when: datetime) -> list[Any] | None:
        """The member's readings from the day before ``when`` to the day after; None when the list is unreadable."""
        params = {self.settings.readback_from_param: (when - timedelta(days=1)).strftime(LIST_DATE),
                  self.settings.readback_to_param: (when + timedelta(days=1)).strftime(LIST_DATE)}
        rows = await self._call("GET", "readings", access_token, params=params)
        if not isinstance(rows, list):
            return None
        if len(rows) > MOST_READINGS_FETCHED:
            return None
        # A collection lists its entities' default field, usually the id (B1): fetch those one by one.
        return [await self._call("GET", f"readings/{row}", access_token) if isinstance(row, (str, int)) else row
                for row in rows]

    async def unlink(self, username: str) -> None:
        """Remove the linked account at Boditrax (``unlink_method``; "" leaves it); gone already is fine."""
        if not self.settings.unlink_method:
            return
        register_secret(username)
        token = await tokens.client_token(self._http, self.settings)
        try:
            await self._call(self.settings.unlink_method, f"linkedaccounts/{username}", token.access_token)
        except Rejected as refusal:
            if refusal.status != 404:
                raise

    async def _call(self, method: str, path: str, access_token: str, **kwargs: Any) -> Any:
        register_secret(access_token)
        try:
            response = await self._http.request(method, f"rest/{self.settings.rest_version}/{path}", **kwargs,
                                                headers={"Authorization": f"Bearer {access_token}",
                                                         "Accept": "application/json"})
        except httpx.TimeoutException as error:
            raise Transient(PLATFORM, "no answer in time", maybe_processed=may_have_arrived(error)) from None
        except httpx.TransportError as error:
            raise Transient(PLATFORM, f"could not reach the server ({type(error).__name__})",
                            maybe_processed=may_have_arrived(error)) from None
        except httpx.HTTPError as error:
            raise Transient(PLATFORM, f"could not reach the server ({type(error).__name__})") from None
        if response.status_code >= 400 or response.is_redirect:
            raise api_error(response)
        if not response.content:
            return {}
        try:
            return load_json(response.content)
        except ValueError:
            raise BadReply(PLATFORM, "the reply is not JSON", response.status_code) from None


def api_error(response: httpx.Response) -> CloudError:
    """The shared error type for a failed REST reply (Boditrax publishes no REST error body: status decides)."""
    status = response.status_code
    if status == 401:
        return AuthExpired(PLATFORM, "the token was not accepted", status)
    if status == 403:
        return PermissionDenied(PLATFORM, "the app lacks a scope for this (scan_performer?)", status)
    if status == 429:
        return RateLimited(PLATFORM, "too many requests", header_int(response.headers.get("Retry-After")))
    if status >= 500:
        return Transient(PLATFORM, "server error", status)
    if 400 <= status < 500:
        return Rejected(PLATFORM, "request refused", status=status)
    return BadReply(PLATFORM, "unexpected redirect", status)
