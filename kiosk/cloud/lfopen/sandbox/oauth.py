"""The emulation's OAuth side, as LFopen documents it: authorize page, code exchange, refresh, revoke.

- ``GET /web/oauthAuthorize`` shows a small page (pick an account, Allow or Deny); Allow redirects
  to ``redirect_uri?code=…&state=…`` (codes contain ``|``), Deny to ``?error=access_denied&error_description=…``.
- ``POST /web/authorizeresponse`` and ``/web/refreshaccess`` take the form (or query) parameters; with
  ``redirect_uri`` the tokens come back as a 302 query string, without it as JSON. ``token_reply``
  forces one of the two ("redirect" | "json"), as the two kinds of LFopen client in the wild saw.
- ``GET|POST /web/revoke``: revoking a refresh token kills every access token issued under it.
"""
from __future__ import annotations

import base64
import hashlib
import html
import secrets
import time
from dataclasses import dataclass
from typing import Any, Mapping
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from kiosk.cloud.lfopen.sandbox.members import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, LfMember

DENIED = "The user has not authorized for this application."


@dataclass
class Grant:
    """An issued code or token and whose it is."""

    member: LfMember
    expires_at: float
    redirect_uri: str = ""
    code_challenge: str = ""
    refresh_token: str = ""  # for an access token: the refresh token it was issued under


def _token() -> str:
    return f"{secrets.token_hex(16)}|{secrets.token_hex(16)}"


def oauth_error(word: str, description: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": word, "error_description": description}, status)


class OAuthSide:
    """Mixed into the emulation: its codes and tokens, and the OAuth routes."""

    members: tuple[LfMember, ...]
    token_ttl_s: float
    issue_refresh_tokens: bool
    token_reply: str
    codes: dict[str, Grant]
    access_tokens: dict[str, Grant]
    refresh_tokens: dict[str, Grant]

    async def authorize_page(self, request: Request) -> Response:
        query = request.query_params
        if query.get("response_type") != "code" or query.get("client_id") != DEMO_CLIENT_ID:
            return HTMLResponse("<p>Invalid OAuth request: unknown client or response_type.</p>", 400)
        if not query.get("redirect_uri", "").startswith(("http://", "https://")):
            return HTMLResponse("<p>Invalid OAuth request: redirect_uri.</p>", 400)
        hidden = "".join(f'<input type="hidden" name="{k}" value="{html.escape(query.get(k, ""))}">'
                         for k in ("redirect_uri", "state", "code_challenge"))
        options = "".join(f'<option value="{m.user_name}">{html.escape(m.first_name)} {html.escape(m.last_name)}</option>'
                          for m in self.members)
        return HTMLResponse(
            "<!doctype html><title>LFconnect (sandbox)</title><h1>Allow the app to use your LFconnect data?</h1>"
            f'<form method="post" action="oauthAuthorize">{hidden}<select name="user">{options}</select>'
            '<button name="decision" value="approve">Allow</button>'
            '<button name="decision" value="deny">Deny</button></form>')

    async def authorize_decision(self, request: Request) -> Response:
        form = await request.form()
        redirect_uri, state = str(form.get("redirect_uri", "")), str(form.get("state", ""))
        if not redirect_uri.startswith(("http://", "https://")):
            return HTMLResponse("<p>Invalid OAuth request: redirect_uri.</p>", 400)
        member = next((m for m in self.members if m.user_name == form.get("user")), None)
        if form.get("decision") != "approve" or member is None:
            return _redirect(redirect_uri, {"error": "access_denied", "error_description": DENIED}, state)
        code = f"{secrets.token_hex(16)}|{secrets.randbelow(900000) + 100000}"
        self.codes[code] = Grant(member, time.time() + 600, redirect_uri, str(form.get("code_challenge", "")))
        return _redirect(redirect_uri, {"code": code}, state)

    async def token_endpoint(self, request: Request) -> Response:
        params = await _params(request)
        if (refusal := _client_refusal(params)) is not None:
            return refusal
        if params.get("grant_type") != "authorization_code":
            return oauth_error("unsupported_grant_type", "Only authorization_code is supported here.")
        grant = self.codes.pop(params.get("code", ""), None)
        if grant is None or grant.expires_at < time.time():
            return oauth_error("invalid_grant", "The authorization code is invalid or expired.")
        if params.get("redirect_uri") and params["redirect_uri"] != grant.redirect_uri:
            return oauth_error("invalid_grant", "redirect_uri does not match the authorization request.")
        if grant.code_challenge and _s256(params.get("code_verifier", "")) != grant.code_challenge:
            return oauth_error("invalid_grant", "code_verifier does not match the code_challenge.")
        return self._issue(grant.member, params.get("redirect_uri", ""))

    async def refresh_endpoint(self, request: Request) -> Response:
        params = await _params(request)
        if (refusal := _client_refusal(params)) is not None:
            return refusal
        if params.get("grant_type") != "refresh_token":
            return oauth_error("unsupported_grant_type", "grant_type must be refresh_token.")
        old = params.get("refresh_token", "")
        grant = self.refresh_tokens.pop(old, None)
        if grant is None:
            return oauth_error("invalid_grant", "The refresh token is invalid or revoked.")
        self._drop_access_tokens_of(old)
        return self._issue(grant.member, params.get("redirect_uri", ""))

    async def revoke_endpoint(self, request: Request) -> Response:
        params = await _params(request)
        token = params.get("token", "")
        if not token:
            return oauth_error("invalid_request", "token is mandatory.")
        if self.refresh_tokens.pop(token, None) is not None:
            self._drop_access_tokens_of(token)
        self.access_tokens.pop(token, None)
        return Response(status_code=200)

    def expire_access_tokens(self) -> None:
        """Every access token is past its expiry now (tests: refresh without waiting)."""
        for grant in self.access_tokens.values():
            grant.expires_at = 0.0

    def _issue(self, member: LfMember, redirect_uri: str) -> Response:
        access = _token()
        refresh = f"{_token()}|{secrets.randbelow(900000) + 100000}" if self.issue_refresh_tokens else ""
        self.access_tokens[access] = Grant(member, time.time() + self.token_ttl_s, refresh_token=refresh)
        values: dict[str, Any] = {"access_token": access, "token_type": "bearer", "expires_in": int(self.token_ttl_s)}
        if refresh:
            self.refresh_tokens[refresh] = Grant(member, float("inf"))
            values["refresh_token"] = refresh
        as_redirect = self.token_reply == "redirect" or (self.token_reply != "json" and redirect_uri)
        if as_redirect:
            return _redirect(redirect_uri or "https://app.example.com/lfopen/callback", values, "", status=302)
        return JSONResponse(values)

    def _drop_access_tokens_of(self, refresh_token: str) -> None:
        for access in [t for t, g in self.access_tokens.items() if g.refresh_token == refresh_token]:
            del self.access_tokens[access]


async def _params(request: Request) -> dict[str, str]:
    """The query string and the form together (LFopen's samples put the parameters in the query)."""
    values = dict(request.query_params)
    if request.method == "POST":
        values.update({k: str(v) for k, v in (await request.form()).items()})
    return values


def _client_refusal(params: Mapping[str, str]) -> Response | None:
    if params.get("client_id") != DEMO_CLIENT_ID or params.get("client_secret") != DEMO_CLIENT_SECRET:
        return oauth_error("invalid_client", "Client authentication failed.", 401)
    return None


def _redirect(uri: str, values: Mapping[str, Any], state: str, status: int = 303) -> RedirectResponse:
    query = {**values, **({"state": state} if state else {})}
    return RedirectResponse(f"{uri}{'&' if '?' in uri else '?'}{urlencode(query)}", status)


def _s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
