"""Boditrax's token endpoint: client credentials for the facility's own calls, the Linked Account grant
for a member's 30-minute token.

The Linked Account grant is a GET whose query carries the linked account's secret as ``password``
(B2's example); the secret and the username are registered with :mod:`kiosk.logsafety` first, so
httpx's request log line shows them masked, and no error text here quotes a URL. Token errors are OAuth's
``{error, error_description}``; only the error word is ever repeated.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Mapping

import httpx

from kiosk.cloud.boditrax.settings import BoditraxSettings
from kiosk.cloud.errors import AuthExpired, BadReply, CloudError, RateLimited, Rejected, Transient
from kiosk.cloud.reply_body import header_int, load_json
from kiosk.logsafety import register_secret

PLATFORM = "boditrax"


@dataclass(frozen=True)
class Token:
    """An access token and when it lapses (ms since the epoch)."""

    access_token: str = field(repr=False)
    expires_at_ms: int


async def client_token(http: httpx.AsyncClient, settings: BoditraxSettings) -> Token:
    """The facility's token (client credentials): for registering the scan performer and unlinking."""
    form = {"grant_type": "client_credentials", "client_id": settings.client_id,
            "client_secret": settings.client_secret}
    return _token(await _send(http, "POST", data=form))


async def member_token(http: httpx.AsyncClient, settings: BoditraxSettings, username: str, secret: str) -> Token:
    """A member's token from their linked account; AuthExpired when Boditrax no longer knows the link."""
    register_secret(secret, username)  # the username links the member across systems: masked too
    query = {"grant_type": "password", "client_id": settings.client_id, "username": username, "password": secret}
    return _token(await _send(http, "GET", params=query))


async def _send(http: httpx.AsyncClient, method: str, **kwargs: Any) -> httpx.Response:
    try:
        response = await http.request(method, "oauth/token", headers={"Accept": "application/json"}, **kwargs)
    except httpx.TimeoutException:
        raise Transient(PLATFORM, "no answer in time") from None
    except httpx.HTTPError as error:
        raise Transient(PLATFORM, f"could not reach the server ({type(error).__name__})") from None
    if response.status_code != 200:
        raise _token_error(response)
    return response


def _token(response: httpx.Response) -> Token:
    try:
        values: Any = load_json(response.content)
    except ValueError:
        raise BadReply(PLATFORM, "the token reply is not JSON", response.status_code) from None
    if not isinstance(values, Mapping) or not isinstance(values.get("access_token"), str) or not values["access_token"]:
        raise BadReply(PLATFORM, "the token reply has no access_token")
    try:
        expires_in = int(values.get("expires_in"))
    except (TypeError, ValueError):
        raise BadReply(PLATFORM, "the token reply has no whole expires_in") from None
    register_secret(values["access_token"], values.get("refresh_token") or None)
    return Token(values["access_token"], int(time.time() * 1000) + expires_in * 1000)


def _token_error(response: httpx.Response) -> CloudError:
    """A refused grant means the link is gone (reconnect); a refused client is the hub's configuration."""
    status = response.status_code
    if status == 429:
        return RateLimited(PLATFORM, "too many requests", header_int(response.headers.get("Retry-After")))
    if status >= 500:
        return Transient(PLATFORM, "server error", status)
    try:
        word = oauth_word(load_json(response.content).get("error"))
    except (ValueError, AttributeError):
        return BadReply(PLATFORM, "unexpected token reply", status)
    if word == "invalid_client":
        return Transient(PLATFORM, "the app's client id or secret was refused: check [boditrax]", status)
    if word in ("invalid_grant", "unauthorized_client"):
        return AuthExpired(PLATFORM, f"the linked account was refused ({word}): the member connects Boditrax again",
                           status)
    return Rejected(PLATFORM, f"token request refused ({word})", status=status)


def oauth_word(value: Any) -> str:
    """An OAuth error word, or ``other`` (never echoing what the server wrote otherwise)."""
    text = str(value or "")
    return text if text.replace("_", "").isalpha() and len(text) <= 40 else "other"
