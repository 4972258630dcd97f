"""Lockers' sandbox emulation: card login with the API key, bearer tokens, measurements; it keeps every token it was shown."""
from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

DEMO_API_KEY = "lockers-demo-key"


@dataclass
class LockersSandbox:
    """The server: ``cards`` maps a hex card UID to a member id; it issues ``lk-`` tokens."""

    token_ttl_s: float = 900.0
    issue_refresh_tokens: bool = False
    cards: dict[str, str] = field(default_factory=dict)
    tokens: dict[str, tuple[str, float]] = field(default_factory=dict)  # token -> (member id, expiry)
    shown_tokens: list[str] = field(default_factory=list)  # every bearer token and API key a request carried
    measurements: dict[str, dict[str, Any]] = field(default_factory=dict)  # unique id -> body
    quiet_errors: tuple[type[BaseException], ...] = ()

    def asgi_app(self) -> Any:
        return Starlette(routes=[
            Route("/login", self._login, methods=["POST"]),
            Route("/measurements", self._measurement, methods=["POST"]),
        ])

    def describe(self, base_url: str) -> list[str]:
        return [f"Lockers sandbox listening on {base_url}"]

    def expire_tokens(self) -> None:
        """Every token issued so far stops working (the next request with one gets 401)."""
        self.tokens = {token: (member, 0.0) for token, (member, _expiry) in self.tokens.items()}

    def _remember(self, request: Request) -> None:
        for header in ("authorization", "x-api-key"):
            if header in request.headers:
                self.shown_tokens.append(request.headers[header].removeprefix("Bearer "))

    async def _login(self, request: Request) -> Response:
        self._remember(request)
        if request.headers.get("x-api-key") != DEMO_API_KEY:
            return JSONResponse({"error": "bad API key"}, status_code=403)
        card = str((await request.json()).get("card", "")).upper()
        member = self.cards.get(card)
        if member is None:
            return JSONResponse({"error": "no locker for this card"}, status_code=404)
        token = "lk-" + secrets.token_hex(12)
        self.tokens[token] = (member, time.time() + self.token_ttl_s)
        return JSONResponse({"token": token, "expires_in": self.token_ttl_s, "member": {"id": member, "name": "Locker"}})

    async def _measurement(self, request: Request) -> Response:
        self._remember(request)
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        member, expiry = self.tokens.get(token, ("", 0.0))
        if not member or expiry < time.time():
            return JSONResponse({"error": "token expired or unknown"}, status_code=401)
        body = await request.json()
        self.measurements.setdefault(body["id"], {**body, "member": member})  # idempotent on the id
        return Response(status_code=204)
