"""The hub's side of account linking: link sessions, the phone's confirmation, the code exchange, unlinking.

The kiosk starts a link for the member it logged in (their hub session) and one platform; the hub
makes the OAuth ``state`` and a PKCE verifier, seals both with the member's key and masked name,
and gives the kiosk the page's URL and a four-digit match code. The phone's Confirm sends it to the
platform's authorize URL; the platform's callback brings the code, which the hub exchanges with the
verifier and keeps sealed, per member and platform, in :mod:`hub.store.links`.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass
from typing import Any, Callable, Mapping

from authlib.oauth2.rfc7636 import create_s256_code_challenge
from sqlalchemy.engine import Engine

from hub.gyms import GymPlatforms
from hub.store import links as store
from hub.store.sealing import Sealer
from kiosk.cloud.base import HostsLoginHandler, LinksAccounts, LinkTokens
from kiosk.cloud.errors import CloudError
from kiosk.cloud.registry import display_name
from kiosk.logsafety import register_secret

log = logging.getLogger(__name__)

LINK_TTL_S = 300  # the QR code's life: long enough to find the phone and sign in, short against phishing
MAX_OPEN_LINKS = 3  # per kiosk at once
CALLBACK_PATH = "/link/callback"


class LinkRefused(Exception):
    """The kiosk's request cannot start a link: ``code`` for the API's error shape, a sentence for people."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


@dataclass(frozen=True)
class LinkStart:
    link_id: str
    url: str  # the page the QR code opens
    match_code: str  # shown on the kiosk and on the phone, so the member knows the page is theirs
    expires_in: int


@dataclass(frozen=True)
class LinkPage:
    """What the phone's page shows: the link's state, where, for whom (masked), the matching code."""

    status: str  # waiting, confirmed, exchanging, linked, denied, failed, expired, unknown
    platform: str = ""
    gym: str = ""
    member: str = ""
    match_code: str = ""


def member_key(document: Mapping[str, Any]) -> str:
    """The member's key for linked accounts: a hash of the platform that logged them in and its user id."""
    key = known_member_key(document)
    if key is None:
        raise LinkRefused(409, "member_unknown", "The member's platform gave no user id; log in again.")
    return key


def known_member_key(document: Mapping[str, Any]) -> str | None:
    """:func:`member_key` when the document holds a platform's user id (a login's), else None."""
    for platform, tokens in sorted(document.get("sessions", {}).items()):
        if tokens.get("user_id"):
            return key_of(platform, tokens["user_id"])
    return None


def key_of(platform: str, user_id: str) -> str:
    return hashlib.sha256(f"{platform}:{user_id}".encode()).hexdigest()


def masked_name(display: str) -> str:
    """"Dana S." as the phone shows it: "D*** S." (enough to recognise oneself, not to learn a name)."""
    parts = display.split()
    if not parts:
        return "***"
    first = parts[0][:1] + "***"
    return " ".join([first, *(part[:1] + "." for part in parts[1:])])


class Linking:
    """Link sessions for the gyms' linkable platforms (``gyms``); ``public_url`` is where phones reach the hub."""

    def __init__(self, engine: Engine, sealer: Sealer, gyms: Mapping[str, GymPlatforms], public_url: str,
                 clock_ms: Callable[[], int], gym_names: Mapping[str, str] | None = None) -> None:
        self._engine, self._sealer, self._gyms = engine, sealer, gyms
        self._public_url = public_url.rstrip("/")
        self._clock_ms = clock_ms
        self._gym_names = dict(gym_names or {})

    @property
    def redirect_uri(self) -> str:
        return self._public_url + CALLBACK_PATH

    def _linker(self, gym: str, platform: str) -> LinksAccounts | None:
        connected = self._gyms.get(gym)
        return connected.linking.get(platform) if connected else None

    async def start(self, *, gym: str, device_id: str, member: Mapping[str, Any], member_name: str,
                    platform: str) -> LinkStart:
        if self._linker(gym, platform) is None:
            raise LinkRefused(404, "platform_not_linkable",
                              f"{display_name(platform)} is not set up for account linking at this gym location.")
        now_ms = self._clock_ms()
        if await asyncio.to_thread(store.waiting_links, self._engine, device_id, now_ms) >= MAX_OPEN_LINKS:
            raise LinkRefused(429, "too_many_links", "This kiosk has too many links open; let one finish first.")
        link_id, state, verifier = secrets.token_urlsafe(18), secrets.token_urlsafe(32), secrets.token_urlsafe(48)
        register_secret(state, verifier)
        match_code = f"{secrets.randbelow(10_000):04d}"
        sealed = self._sealer.seal({"member": member_key(member), "name": masked_name(member_name),
                                    "state": state, "verifier": verifier})
        await asyncio.to_thread(store.create_link, self._engine, link_id=link_id, state_hash=_hash(state), gym=gym,
                                device_id=device_id, platform=platform, secrets=sealed, match_code=match_code,
                                now_ms=now_ms, expires_ms=now_ms + LINK_TTL_S * 1000)
        log.info("link to %s started", platform)
        return LinkStart(link_id, f"{self._public_url}/link/{link_id}", match_code, LINK_TTL_S)

    async def page(self, link_id: str) -> LinkPage:
        row = await asyncio.to_thread(store.link_by_id, self._engine, link_id)
        if row is None:
            return LinkPage("unknown")
        status = row.status
        if status in ("waiting", "confirmed") and row.expires_ms <= self._clock_ms():
            status = "expired"
        opened = self._sealer.open(row.secrets)
        return LinkPage(status, display_name(row.platform), self._gym_names.get(row.gym, row.gym), opened["name"],
                        row.match_code)

    async def confirm(self, link_id: str) -> str | None:
        """The phone's Confirm: the platform's authorize URL, or None when the link was used or lapsed."""
        confirmed = await self._confirm(link_id)
        if confirmed is None:
            return None
        linker, opened = confirmed
        return linker.authorize_url(state=opened["state"], code_challenge=create_s256_code_challenge(opened["verifier"]),
                                    redirect_uri=self.redirect_uri)

    async def _confirm(self, link_id: str) -> tuple[LinksAccounts, dict[str, Any]] | None:
        row = await asyncio.to_thread(store.confirm_link, self._engine, link_id, self._clock_ms())
        linker = self._linker(row.gym, row.platform) if row else None
        if row is None or linker is None:
            return None
        return linker, self._sealer.open(row.secrets)

    async def callback(self, *, state: str, code: str | None, error: str | None) -> LinkPage:
        """The platform sent the phone back: exchange the code once, keep the tokens sealed; the page to show."""
        now_ms = self._clock_ms()
        row = await asyncio.to_thread(store.take_for_exchange, self._engine, _hash(state), now_ms) if state else None
        if row is None:
            return LinkPage("expired")
        linker = self._linker(row.gym, row.platform)
        platform = display_name(row.platform)
        if error or not code or linker is None:
            await asyncio.to_thread(store.finish_link, self._engine, row.link_id, "denied",
                                    "the member did not approve the link", now_ms)
            return LinkPage("denied", platform)
        tokens = await self._exchange(row, linker, code)
        return LinkPage("linked" if tokens else "failed", platform)

    async def _exchange(self, row: store.LinkRow, linker: LinksAccounts, code: str) -> LinkTokens | None:
        """Exchange the code once and keep the tokens sealed; None (the link failed) when the platform refused."""
        register_secret(code)
        now_ms = self._clock_ms()
        opened = self._sealer.open(row.secrets)
        try:
            tokens = await linker.exchange_code(code=code, code_verifier=opened["verifier"],
                                                redirect_uri=self.redirect_uri)
        except CloudError as failure:
            log.warning("linking %s failed at the code exchange (%s)", row.platform, type(failure).__name__)
            await asyncio.to_thread(store.finish_link, self._engine, row.link_id, "failed", failure.message, now_ms)
            return None
        await asyncio.to_thread(store.save_linked_account, self._engine, gym=row.gym, member_hash=opened["member"],
                                platform=row.platform, tokens=self._sealer.seal(_tokens_json(tokens)),
                                expires_ms=tokens.expires_at_ms, now_ms=now_ms)
        await asyncio.to_thread(store.finish_link, self._engine, row.link_id, "linked", "", now_ms)
        log.info("a member linked their %s account", row.platform)
        return tokens

    def login_handler(self, platform: str) -> HostsLoginHandler | None:
        """The platform's login handler, when some gym links it that way (Boditrax)."""
        for gym in self._gyms.values():
            linker = gym.linking.get(platform)
            if isinstance(linker, HostsLoginHandler):
                return linker
        return None

    async def handler_code(self, platform: str, action: str, link_id: str, match_code: str) -> str:
        """The auth-code endpoint: a link's id and match code are the username and password; where the browser
        goes next. Raises LinkRefused with the sentence the platform shows. One wrong code ends the link."""
        row = await asyncio.to_thread(store.link_by_id, self._engine, link_id) if link_id else None
        linker = self._linker(row.gym, row.platform) if row and row.platform == platform else None
        if row is None or not isinstance(linker, HostsLoginHandler):
            raise LinkRefused(401, "unknown_sign_in", "This sign-in is not known. Start again at the kiosk.")
        if action not in linker.handler_actions:
            raise LinkRefused(400, "unknown_action", "This kind of sign-in is not offered.")
        if not hmac.compare_digest(row.match_code.encode(), match_code.encode()):
            await asyncio.to_thread(store.finish_link, self._engine, row.link_id, "failed",
                                    "a wrong code was given at the sign-in", self._clock_ms())
            raise LinkRefused(401, "wrong_code", "The code does not match. Start again at the kiosk.")
        confirmed = await self._confirm(link_id)
        if confirmed is None:
            raise LinkRefused(410, "expired", "This sign-in has expired or was used. Start again at the kiosk.")
        return linker.code_redirect(action, confirmed[1]["state"])

    async def handler_member_info(self, platform: str, code: str) -> dict[str, Any] | None:
        """The member-info endpoint: the platform brings a code back; the linked account, or a refusal.
        None when no gym links ``platform`` through a login handler."""
        handler = self.login_handler(platform)
        if handler is None:
            return None
        row = await asyncio.to_thread(store.take_for_exchange, self._engine, _hash(code), self._clock_ms()) \
            if code else None
        linker = self._linker(row.gym, row.platform) if row and row.platform == platform else None
        if row is None or not isinstance(linker, HostsLoginHandler):
            return handler.refusal("This sign-in has expired or was used. Start again at the kiosk.")
        tokens = await self._exchange(row, linker, code)
        if tokens is None:
            return handler.refusal("The account could not be connected. Try again at the kiosk.")
        return linker.member_info(tokens)

    async def status(self, device_id: str, link_id: str) -> str | None:
        """The link's state for the kiosk that started it (None for another kiosk's or an unknown link)."""
        row = await asyncio.to_thread(store.link_by_id, self._engine, link_id)
        if row is None or row.device_id != device_id:
            return None
        if row.status in ("waiting", "confirmed") and row.expires_ms <= self._clock_ms():
            return "expired"
        return row.status

    async def linked(self, gym: str, member: Mapping[str, Any]) -> dict[str, str]:
        """Every platform the member may link at ``gym``: ``linked``, ``needs-reconnect`` or ``not-linked``."""
        known = await asyncio.to_thread(store.linked_platforms, self._engine, gym, member_key(member))
        connected = self._gyms.get(gym)
        return {platform: known.get(platform, "not-linked") for platform in (connected.linking if connected else {})}

    async def unlink(self, gym: str, member: Mapping[str, Any], platform: str) -> bool:
        """Forget the member's link to ``platform`` and revoke it there where the platform allows; False if none."""
        sealed = await asyncio.to_thread(store.remove_linked_account, self._engine, gym, member_key(member), platform)
        if sealed is None:
            return False
        linker = self._linker(gym, platform)
        if linker is not None:
            try:
                await linker.revoke(_tokens_from_json(self._sealer.open(sealed)))
            except CloudError as failure:  # forgotten here either way; the platform's token lapses by itself
                log.warning("revoking the %s link failed (%s)", platform, type(failure).__name__)
        return True


def _hash(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def _tokens_json(tokens: LinkTokens) -> dict[str, Any]:
    return {"access_token": tokens.access_token, "refresh_token": tokens.refresh_token,
            "expires_at_ms": tokens.expires_at_ms}


def _tokens_from_json(document: Mapping[str, Any]) -> LinkTokens:
    return LinkTokens(document["access_token"], document.get("refresh_token"), document.get("expires_at_ms"))
