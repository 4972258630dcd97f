"""Lockers' HTTP client: every reply mapped to the kiosk's cloud error types."""
from __future__ import annotations

import time
from typing import Any

import httpx

from kiosk.cloud.errors import AuthExpired, BadReply, NotRegistered, PermissionDenied, Rejected, Transient
from tests.platforms.lockers.settings import LockersSettings

NAME = "lockers"


class LockersClient:
    def __init__(self, settings: LockersSettings, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self._settings = settings
        self._http = httpx.AsyncClient(base_url=settings.base_url, timeout=settings.timeout_s, transport=transport)

    async def login(self, card_hex: str) -> tuple[str, int, str]:
        """(token, expiry in ms, member id) for a card."""
        reply = await self._post("/login", {"card": card_hex}, {"x-api-key": self._settings.api_key})
        if reply.status_code == 404:
            raise NotRegistered(NAME, "no locker for this card", 404)
        body = self._json(self._ok(reply))
        return body["token"], int((time.time() + float(body["expires_in"])) * 1000), body["member"]["id"]

    async def submit(self, token: str, body: dict[str, Any]) -> None:
        reply = await self._post("/measurements", body, {"authorization": f"Bearer {token}"})
        if reply.status_code == 401:
            raise AuthExpired(NAME, "token expired", 401)
        self._ok(reply)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _post(self, path: str, body: dict[str, Any], headers: dict[str, str]) -> httpx.Response:
        try:
            return await self._http.post(path, json=body, headers=headers)
        except httpx.HTTPError as exc:
            raise Transient(NAME, type(exc).__name__) from None

    @staticmethod
    def _ok(reply: httpx.Response) -> httpx.Response:
        if reply.status_code == 403:
            raise PermissionDenied(NAME, "API key refused", 403)
        if 400 <= reply.status_code < 500:
            raise Rejected(NAME, "refused", reply.status_code)
        if reply.status_code >= 500:
            raise Transient(NAME, "server error", reply.status_code)
        return reply

    @staticmethod
    def _json(reply: httpx.Response) -> Any:
        try:
            return reply.json()
        except ValueError:
            raise BadReply(NAME, "not JSON", reply.status_code) from None
