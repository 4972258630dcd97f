"""A second platform for the outbox tests, "gymbook": a tiny Starlette server over in-process HTTP, and its integration.

It logs members in by card, renews tokens with a refresh token, greets them with a
profile and stores measurements, like EGYM but with its own tokens and its own
member ids. :class:`Recorder` sits in front of any ASGI app (this one, or the EGYM
sandbox) and keeps every request's Authorization header and body, and every token
the app issued, so a test can prove which platform saw which token.
"""
from __future__ import annotations

import json
import secrets
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hardware.events import CardCredential, Credential
from kiosk.cloud.base import DeliveryPolicy
from kiosk.cloud.errors import AuthExpired, NotRegistered, Transient
from kiosk.models import Measurement, MemberProfile, MemberSession

PLATFORM = "gymbook"
TOKEN_TTL_S = 3600.0
_TOKEN_KEYS = ("accessToken", "refreshToken", "access_token", "refresh_token")


@dataclass
class Recorder:
    """Wraps an ASGI app; remembers what every request carried and which tokens the app gave out."""

    app: ASGIApp
    received: list[str] = field(default_factory=list)  # "<path> <Authorization header> <body>", one per request
    issued: set[str] = field(default_factory=set)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body", False):
                break
        authorization = dict(scope["headers"]).get(b"authorization", b"").decode()
        self.received.append(f"{scope['path']} {authorization} {body.decode(errors='replace')}")
        replies: list[bytes] = []

        async def replay() -> Message:
            return {"type": "http.request", "body": body, "more_body": False}

        async def note_reply(message: Message) -> None:
            if message["type"] == "http.response.body":
                replies.append(message.get("body", b""))
            await send(message)

        await self.app(scope, replay, note_reply)
        self.issued.update(_tokens_in(b"".join(replies)))

    def saw_any_of(self, tokens: set[str]) -> set[str]:
        """Which of ``tokens`` arrived here in any request, in a header or a body."""
        return {token for token in tokens if any(token in request for request in self.received)}

    def bearer_tokens(self) -> set[str]:
        return {request.split(" ")[2] for request in self.received if " Bearer " in request}


def _tokens_in(reply: bytes) -> set[str]:
    try:
        document = json.loads(reply)
    except ValueError:
        return set()
    if not isinstance(document, dict):
        return set()
    return {str(document[key]) for key in _TOKEN_KEYS if document.get(key)}


class GymbookServer:
    """The platform's side: members by card, its own tokens, stored measurements."""

    def __init__(self, cards: dict[bytes, str]) -> None:
        self.members = {uid.hex(): member_id for uid, member_id in cards.items()}  # card -> gymbook member id
        self.access: dict[str, tuple[str, float]] = {}  # token -> (member id, expires at)
        self.refresh: dict[str, str] = {}
        self.logins: Counter[str] = Counter()
        self.stored: list[dict[str, Any]] = []
        self.recorder = Recorder(Starlette(routes=[
            Route("/token", self._token, methods=["POST"]),
            Route("/me", self._me, methods=["GET"]),
            Route("/measurements", self._measurement, methods=["POST"]),
        ]))

    def transport(self) -> httpx.ASGITransport:
        return httpx.ASGITransport(app=self.recorder)

    def expire_tokens(self) -> None:
        """Every access token issued so far is refused from now on (refresh tokens still work)."""
        self.access = {token: (member, 0.0) for token, (member, _) in self.access.items()}

    async def _token(self, request: Request) -> Response:
        body = await request.json()
        if body.get("grant") == "card":
            member = self.members.get(str(body.get("card", "")))
        else:
            member = self.refresh.get(str(body.get("refresh_token", "")))
        if member is None:
            return JSONResponse({"error": "unknown"}, status_code=404 if body.get("grant") == "card" else 401)
        self.logins[str(body.get("grant"))] += 1
        access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        self.access[access] = (member, time.time() + TOKEN_TTL_S)
        self.refresh[refresh] = member
        return JSONResponse({"access_token": access, "refresh_token": refresh, "expires_in": TOKEN_TTL_S})

    def _member(self, request: Request) -> str | None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        member, expires_at = self.access.get(token, (None, 0.0))
        return member if scheme == "Bearer" and expires_at > time.time() else None

    async def _me(self, request: Request) -> Response:
        member = self._member(request)
        if member is None:
            return JSONResponse({"error": "token"}, status_code=401)
        return JSONResponse({"id": member, "first_name": "Dana"})

    async def _measurement(self, request: Request) -> Response:
        member = self._member(request)
        if member is None:
            return JSONResponse({"error": "token"}, status_code=401)
        body = await request.json()
        if not any(stored["id"] == body["id"] for stored in self.stored):
            self.stored.append({**body, "member": member})
        return Response(status_code=204)


class Gymbook:
    """The kiosk's integration for gymbook: identity provider and destination (see kiosk.cloud.base)."""

    name = PLATFORM
    delivery_policy = DeliveryPolicy()  # gymbook takes measurements of any age

    def __init__(self, server: GymbookServer) -> None:
        self._http = httpx.AsyncClient(base_url="http://gymbook.test", transport=server.transport())

    async def aclose(self) -> None:
        await self._http.aclose()

    async def login(self, credential: Credential) -> MemberSession:
        session = MemberSession.credential_only(self.name, credential)
        await self._log_in(session)
        return session

    async def fetch_profile(self, session: MemberSession) -> MemberProfile:
        reply = await self._call("GET", "/me", session)
        session.user_id = reply.json()["id"]
        return MemberProfile(user_id=session.user_id, first_name=reply.json()["first_name"])

    async def submit(self, measurement: Measurement, session: MemberSession) -> None:
        body = {"id": measurement.unique_id, "taken_at": measurement.timestamp_ms, "values": measurement.values}
        await self._call("POST", "/measurements", session, body)

    async def _call(self, method: str, path: str, session: MemberSession, body: Any = None) -> httpx.Response:
        """One call with the session's token; logs in first without one, and once more after a 401."""
        if session.expired():
            await self._log_in(session)
        for attempt in (1, 2):
            reply = await self._http.request(method, path, json=body,
                                             headers={"Authorization": f"Bearer {session.access_token}"})
            if reply.status_code != 401 or attempt == 2:
                break
            await self._log_in(session)
        if reply.status_code == 401:
            raise AuthExpired(PLATFORM, "token refused", 401)
        if not reply.is_success:
            raise Transient(PLATFORM, "server error", reply.status_code)
        return reply

    async def _log_in(self, session: MemberSession) -> None:
        """A fresh token: with the refresh token when there is one, else from the tapped card."""
        reply = None
        if session.refresh_token:
            reply = await self._http.post("/token", json={"grant": "refresh", "refresh_token": session.refresh_token})
        if reply is None or not reply.is_success:
            if not isinstance(session.credential, CardCredential):
                raise AuthExpired(PLATFORM, "gymbook knows members by card only")
            reply = await self._http.post("/token", json={"grant": "card", "card": session.credential.uid.hex()})
        if reply.status_code == 404:
            raise NotRegistered(PLATFORM, "card not registered", 404)
        if not reply.is_success:
            raise AuthExpired(PLATFORM, "could not log in", reply.status_code)
        grant = reply.json()
        session.access_token, session.refresh_token = grant["access_token"], grant["refresh_token"]
        session.expires_at_ms = int((time.time() + grant["expires_in"]) * 1000)
