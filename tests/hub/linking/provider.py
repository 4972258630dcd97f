"""A small OAuth 2 authorization server (code + PKCE) standing in for a platform members link, and its client.

Until a platform folder with linking lands, the hub's linking is exercised against this: an
authorize page a browser (or a test) approves or denies, a token endpoint that checks the PKCE
verifier and the redirect URI, and a revoke endpoint. It follows RFC 6749 and RFC 7636, served
over real HTTP on loopback.
"""
from __future__ import annotations

import html
import secrets
import threading
from dataclasses import dataclass, field
from urllib.parse import urlencode

import httpx
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from kiosk.cloud.base import LinkTokens
from kiosk.cloud.errors import Rejected

CLIENT_ID = "kiosk-hub"
PLATFORM = "linkdemo"


@dataclass
class ProviderState:
    pending: dict[str, dict[str, str]] = field(default_factory=dict)  # request id -> authorize parameters
    codes: dict[str, dict[str, str]] = field(default_factory=dict)  # code -> challenge and redirect URI
    tokens: set[str] = field(default_factory=set)
    revoked: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)


def provider_app(state: ProviderState) -> Starlette:
    async def authorize(request: Request) -> Response:
        query = request.query_params
        if query.get("response_type") != "code" or query.get("client_id") != CLIENT_ID \
                or query.get("code_challenge_method") != "S256" or not query.get("code_challenge"):
            return HTMLResponse("<h1>invalid_request</h1>", status_code=400)
        request_id = secrets.token_urlsafe(12)
        with state.lock:
            state.pending[request_id] = dict(query)
        return HTMLResponse(
            "<!doctype html><title>Sign in</title><h1 id='provider'>Allow the gym's kiosk to add your workouts?</h1>"
            f"<form method='post' action='/authorize/{request_id}'><button id='approve' name='answer' value='yes'>"
            f"Allow</button><button id='deny' name='answer' value='no'>Deny</button></form>"
            f"<p>{html.escape(query.get('redirect_uri', ''))}</p>")

    async def decide(request: Request) -> Response:
        with state.lock:
            asked = state.pending.pop(request.path_params["request_id"], None)
        if asked is None:
            return HTMLResponse("<h1>expired</h1>", status_code=400)
        answer = (await request.form()).get("answer")
        if answer != "yes":
            return RedirectResponse(f"{asked['redirect_uri']}?{urlencode({'error': 'access_denied', 'state': asked['state']})}",
                                    status_code=303)
        code = secrets.token_urlsafe(16)
        with state.lock:
            state.codes[code] = {"challenge": asked["code_challenge"], "redirect_uri": asked["redirect_uri"]}
        return RedirectResponse(f"{asked['redirect_uri']}?{urlencode({'code': code, 'state': asked['state']})}",
                                status_code=303)

    async def token(request: Request) -> Response:
        form = await request.form()
        with state.lock:
            issued = state.codes.pop(str(form.get("code")), None)  # a code works once
        if issued is None or issued["redirect_uri"] != form.get("redirect_uri") \
                or create_s256_code_challenge(str(form.get("code_verifier"))) != issued["challenge"]:
            return JSONResponse({"error": "invalid_grant"}, status_code=400)
        access = secrets.token_urlsafe(24)
        with state.lock:
            state.tokens.add(access)
        return JSONResponse({"access_token": access, "refresh_token": secrets.token_urlsafe(24),
                             "token_type": "Bearer", "expires_in": 7200})

    async def revoke(request: Request) -> Response:
        token_value = str((await request.form()).get("token"))
        with state.lock:
            state.tokens.discard(token_value)
            state.revoked.add(token_value)
        return Response(status_code=200)

    return Starlette(routes=[Route("/authorize", authorize), Route("/authorize/{request_id}", decide, methods=["POST"]),
                             Route("/token", token, methods=["POST"]), Route("/revoke", revoke, methods=["POST"])])


class ProviderEmulation(ProviderState):
    """The provider as :func:`kiosk.sandbox.serve_loopback` serves it."""

    quiet_errors = ()

    def asgi_app(self) -> Starlette:
        return provider_app(self)

    def describe(self, base_url: str) -> list[str]:
        return [f"OAuth provider listening on {base_url}"]


class ProviderLinking:
    """The hub's client of the provider: a :class:`~kiosk.cloud.base.LinksAccounts`."""

    name = PLATFORM

    def __init__(self, base_url: str) -> None:
        self._base_url = base_url

    def authorize_url(self, *, state: str, code_challenge: str, redirect_uri: str) -> str:
        return f"{self._base_url}/authorize?" + urlencode({
            "response_type": "code", "client_id": CLIENT_ID, "redirect_uri": redirect_uri, "state": state,
            "code_challenge": code_challenge, "code_challenge_method": "S256"})

    async def exchange_code(self, *, code: str, code_verifier: str, redirect_uri: str) -> LinkTokens:
        async with httpx.AsyncClient(base_url=self._base_url) as http:
            reply = await http.post("/token", data={"grant_type": "authorization_code", "code": code,
                                                    "code_verifier": code_verifier, "redirect_uri": redirect_uri})
        if reply.status_code != 200:
            raise Rejected(PLATFORM, "the code was not accepted", status=reply.status_code)
        body = reply.json()
        return LinkTokens(body["access_token"], body.get("refresh_token"), None)

    async def revoke(self, tokens: LinkTokens) -> None:
        async with httpx.AsyncClient(base_url=self._base_url) as http:
            await http.post("/revoke", data={"token": tokens.access_token})
