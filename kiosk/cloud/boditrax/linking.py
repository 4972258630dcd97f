"""Linking a member's Boditrax account through the login handlers the hub hosts (B3).

Boditrax has no consent page of ours to send a phone to. Instead the hub is Boditrax's login
handler for the gym: once the member has confirmed on their phone (or signed in on our auth-code
endpoint), the hub sends the browser to ``{handlers}/{handler}/{action}?code=…``; Boditrax posts
that code to the hub's member-info endpoint and gets back a *linked account* whose secret the hub
has just minted. From then on the hub gets the member's 30-minute tokens itself, with the Linked
Account grant, without the member.

The linked account's username and secret are the link's lasting credential: they are kept where
OAuth platforms keep a refresh token (``username:secret``), with no access token until the first
delivery mints one.
"""
from __future__ import annotations

import secrets
from typing import Any

from kiosk.cloud.base import LinkTokens
from kiosk.cloud.boditrax.client import BoditraxClient
from kiosk.cloud.boditrax.settings import HANDLER_ACTIONS
from kiosk.cloud.boditrax.tokens import PLATFORM
from kiosk.cloud.errors import AuthExpired
from kiosk.logsafety import register_secret

SEPARATOR = ":"


def linked_credential(username: str, secret: str) -> str:
    return f"{username}{SEPARATOR}{secret}"


def split_credential(credential: str | None) -> tuple[str, str]:
    """(username, secret) of a stored link; AuthExpired when there is none (the member connects again)."""
    username, _, secret = (credential or "").partition(SEPARATOR)
    if not username or not secret:
        raise AuthExpired(PLATFORM, "no linked account: the member connects Boditrax again")
    return username, secret


class BoditraxAccountLinks:
    """Boditrax for the hub's account linking: :class:`~kiosk.cloud.base.LinksAccounts` and
    :class:`~kiosk.cloud.base.HostsLoginHandler` over :class:`BoditraxClient`."""

    name = PLATFORM
    handler_actions = HANDLER_ACTIONS

    def __init__(self, client: BoditraxClient) -> None:
        self._client = client

    def authorize_url(self, *, state: str, code_challenge: str, redirect_uri: str) -> str:
        """After the phone's Confirm: back to Boditrax's ``connect`` handler with the link's code."""
        return self.code_redirect("connect", state)

    def code_redirect(self, action: str, code: str) -> str:
        """Where the auth-code endpoint sends the browser: Boditrax's handler URL for ``action``, with the code."""
        if action not in HANDLER_ACTIONS:
            raise ValueError(f"not a login handler action: {action}")
        return f"{self._client.settings.handler_url(action)}?code={code}"

    async def exchange_code(self, *, code: str, code_verifier: str, redirect_uri: str) -> LinkTokens:
        """Boditrax brought the code back: mint the linked account it will keep (no request is made)."""
        username, secret = f"gk-{secrets.token_hex(12)}", secrets.token_urlsafe(32)
        register_secret(secret, username)
        return LinkTokens(access_token="", refresh_token=linked_credential(username, secret))

    def member_info(self, tokens: LinkTokens) -> dict[str, Any]:
        """The member-info endpoint's answer: the linked account (the hub knows no e-mail to add)."""
        username, secret = split_credential(tokens.refresh_token)
        return {"success": True, "linkedaccount": {"type": self._client.settings.handler_name, "username": username,
                                                   "userid": username, "secret": secret}}

    @staticmethod
    def refusal(text: str) -> dict[str, Any]:
        """A handler's failure, which Boditrax shows on its screen."""
        return {"success": False, "error": text}

    async def revoke(self, tokens: LinkTokens) -> None:
        """Boditrax documents no revoke: the linked account is removed from ``linkedaccounts`` (``unlink_method``)."""
        username, _ = split_credential(tokens.refresh_token)
        await self._client.unlink(username)
