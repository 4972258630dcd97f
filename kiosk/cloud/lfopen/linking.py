"""LFopen account linking: the authorize URL, code exchange, refresh and revoke (OAuth 2 authorization code).

authlib builds the standard requests; LFopen's quirks are handled here: the token endpoint
answers EITHER with JSON (no ``redirect_uri`` sent) OR with a 302 whose ``Location`` query
carries the tokens (``redirect_uri`` sent), and its codes and tokens contain ``|``. Whether it
honours ``state`` and PKCE is not published, so both are settings (``send_state``, ``use_pkce``).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Mapping
from urllib.parse import parse_qsl, urlsplit

import httpx
from authlib.oauth2.rfc6749.parameters import prepare_grant_uri
from authlib.oauth2.rfc7636 import create_s256_code_challenge

from kiosk.cloud.errors import AuthExpired, BadReply, CloudError, RateLimited, Rejected, Transient
from kiosk.cloud.lfopen.settings import LfopenSettings
from kiosk.cloud.reply_body import header_int, load_json
from kiosk.logsafety import register_secret

PLATFORM = "lfopen"


@dataclass(frozen=True)
class TokenGrant:
    """What LFopen issued: tokens and when the access token expires (ms since the epoch)."""

    access_token: str = field(repr=False)
    refresh_token: str | None = field(repr=False)
    expires_at_ms: int
    token_type: str = "bearer"


def s256_challenge(code_verifier: str) -> str:
    """The PKCE ``code_challenge`` for a verifier (the hub makes the verifier)."""
    return create_s256_code_challenge(code_verifier)


def authorize_url(settings: LfopenSettings, state: str, code_challenge: str, redirect_uri: str) -> str:
    """Where the member's phone goes to log in to LFconnect and allow the app."""
    extra: dict[str, str] = {}
    if settings.use_pkce:
        extra = {"code_challenge": code_challenge, "code_challenge_method": "S256"}
    return prepare_grant_uri(f"{settings.base_url}/oauthAuthorize", settings.client_id, "code",
                             redirect_uri=redirect_uri, state=state if settings.send_state else None, **extra)


async def exchange_code(http: httpx.AsyncClient, settings: LfopenSettings, code: str, code_verifier: str,
                        redirect_uri: str) -> TokenGrant:
    """The code from the callback, exchanged server-side for tokens."""
    register_secret(code)
    form = {"grant_type": "authorization_code", "client_id": settings.client_id,
            "client_secret": settings.client_secret, "code": code}
    if settings.use_pkce:
        form["code_verifier"] = code_verifier
    if settings.tokens_by_redirect:
        form["redirect_uri"] = redirect_uri
    return await _token_call(http, "authorizeresponse", form)


async def refresh(http: httpx.AsyncClient, settings: LfopenSettings, refresh_token: str) -> TokenGrant:
    """New tokens for a refresh token; AuthExpired when LFopen no longer accepts it (link again)."""
    register_secret(refresh_token)
    form = {"grant_type": "refresh_token", "client_id": settings.client_id,
            "client_secret": settings.client_secret, "refresh_token": refresh_token}
    if settings.tokens_by_redirect:
        form["redirect_uri"] = settings.redirect_uri
    grant = await _token_call(http, "refreshaccess", form)
    return grant if grant.refresh_token else TokenGrant(grant.access_token, refresh_token, grant.expires_at_ms)


async def revoke(http: httpx.AsyncClient, token: str, hint: str | None = None) -> None:
    """Revoke an access token (log out) or a refresh token (unlink: its access tokens die too)."""
    register_secret(token)
    form = {"token": token, **({"token_type_hint": hint} if hint else {})}
    response = await _post(http, "revoke", form)
    if response.status_code not in (200, 204):
        raise _token_error(response)


async def _token_call(http: httpx.AsyncClient, path: str, form: Mapping[str, str]) -> TokenGrant:
    response = await _post(http, path, form)
    if response.is_redirect:
        location = urlsplit(response.headers.get("location", ""))
        values: Mapping[str, Any] = dict(parse_qsl(location.query))
        if "error" in values:
            raise AuthExpired(PLATFORM, f"token request refused ({_word(values['error'])})", response.status_code)
    elif response.status_code == 200:
        try:
            values = load_json(response.content)
        except ValueError:
            raise BadReply(PLATFORM, "the token reply is not JSON", 200) from None
    else:
        raise _token_error(response)
    return _grant(values)


async def _post(http: httpx.AsyncClient, path: str, form: Mapping[str, str]) -> httpx.Response:
    try:
        return await http.post(path, data=form, headers={"Accept": "application/json"})
    except httpx.TimeoutException:
        raise Transient(PLATFORM, "no answer in time") from None
    except httpx.HTTPError as error:
        raise Transient(PLATFORM, f"could not reach the server ({type(error).__name__})") from None


def _grant(values: Any) -> TokenGrant:
    if not isinstance(values, Mapping) or not isinstance(values.get("access_token"), str) or not values["access_token"]:
        raise BadReply(PLATFORM, "the token reply has no access_token")
    try:
        expires_in = int(values.get("expires_in"))
    except (TypeError, ValueError):
        raise BadReply(PLATFORM, "the token reply has no whole expires_in") from None
    refresh_token = values.get("refresh_token") or None
    register_secret(values["access_token"], refresh_token)
    return TokenGrant(access_token=values["access_token"], refresh_token=refresh_token,
                      expires_at_ms=int(time.time() * 1000) + expires_in * 1000,
                      token_type=str(values.get("token_type") or "bearer"))


def _token_error(response: httpx.Response) -> CloudError:
    """Token-endpoint failures: a refused grant means the member links again; the rest as usual."""
    status = response.status_code
    if status == 429:
        return RateLimited(PLATFORM, "too many requests", header_int(response.headers.get("Retry-After")))
    if status >= 500:
        return Transient(PLATFORM, "server error", status)
    if status in (400, 401, 403):
        try:
            word = _word(load_json(response.content).get("error"))
        except (ValueError, AttributeError):
            word = "unreadable"
        if word == "invalid_request":
            return Rejected(PLATFORM, "token request malformed", status=status)
        return AuthExpired(PLATFORM, f"grant not accepted ({word}): link the account again", status)
    return BadReply(PLATFORM, "unexpected token reply", status)


def _word(value: Any) -> str:
    """An OAuth error word, or ``other`` (never echoing what the server wrote otherwise)."""
    text = str(value or "")
    return text if text.replace("_", "").isalpha() and len(text) <= 40 else "other"
