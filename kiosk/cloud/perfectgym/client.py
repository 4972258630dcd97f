"""PerfectGym's HTTP calls: card lookup, ValidateMemberVisit, RegisterMemberVisit, and its error shapes.

Every call carries ``X-Client-Id`` / ``X-Client-Secret`` and the member's ``Accept-Language``
(PerfectGym localises its business-error messages by it). Failures become the shared
types of :mod:`kiosk.cloud.errors`; their texts never carry the secret, the card number or a name.
"""
from __future__ import annotations

from typing import Any, Mapping
from urllib.parse import urlsplit

import httpx

from kiosk.cloud.errors import (
    AuthExpired,
    BadReply,
    CloudError,
    NotRegistered,
    PermissionDenied,
    RateLimited,
    Rejected,
    Transient,
)
from kiosk.cloud.perfectgym.membership import MembershipCheck
from kiosk.cloud.perfectgym.settings import PerfectGymSettings
from kiosk.cloud.reply_body import header_int, load_json
from kiosk.cloud.transport import network_transport
from kiosk.logsafety import register_secret

PLATFORM = "perfectgym"
MAX_PAGES = 20  # a card matches one member; more pages than this is a server loop, not data
# 499 business-error codes, by what they mean for the caller (PerfectGym says: branch on code).
_NOT_FOUND_CODES = frozenset({"InvalidMember", "MemberNotFound"})
_CONFIG_CODES = frozenset({"InvalidClub", "InvalidClubZone"})


class PerfectGymClient:
    """One club's API, through one connection pool."""

    def __init__(self, settings: PerfectGymSettings, transport: httpx.AsyncBaseTransport | None = None) -> None:
        register_secret(settings.client_secret)
        self._settings = settings
        self._http = httpx.AsyncClient(
            base_url=f"{settings.base_url}/v2.2",
            headers={"X-Client-Id": settings.client_id, "X-Client-Secret": settings.client_secret,
                     "Accept": "application/json"},
            timeout=settings.timeout_s,
            transport=transport or network_transport(),
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def find_card(self, card_number: str, language: str = "en") -> dict[str, Any]:
        """The ``MemberCard`` (with its ``member`` expanded) for ``card_number``; NotRegistered if none.

        Follows ``@odata.nextLink`` (only to the same server) until a live card matches.
        """
        quoted = card_number.replace("'", "''")
        url: str | None = "odata/MemberCards"
        params: Mapping[str, str] | None = {"$filter": f"cardNumber eq '{quoted}' and isDeleted eq false",
                                            "$expand": "member"}
        for _ in range(MAX_PAGES):
            assert url is not None
            page = await self._call("GET", url, language, params=params)
            cards = page.get("value")
            if not isinstance(cards, list):
                raise BadReply(PLATFORM, "MemberCards reply has no value list")
            for card in cards:
                if isinstance(card, dict) and card.get("cardNumber") == card_number and not card.get("isDeleted"):
                    if not isinstance(card.get("member"), dict) or not isinstance(card.get("memberId"), int):
                        raise BadReply(PLATFORM, "MemberCards entry lacks memberId or member")
                    return card
            url, params = self._next_page(page.get("@odata.nextLink")), None
            if url is None:
                raise NotRegistered(PLATFORM, "no member holds this card", 404)
        raise BadReply(PLATFORM, f"MemberCards paging did not end after {MAX_PAGES} pages")

    async def validate_visit(self, member_id: int, language: str = "en") -> MembershipCheck:
        """``AccessControl/ValidateMemberVisit`` for this club."""
        reply = await self._call("POST", "AccessControl/ValidateMemberVisit", language,
                                 json={"memberId": member_id, "clubId": self._settings.club_id})
        return MembershipCheck.from_reply(reply)

    async def register_visit(self, member_id: int, language: str = "en") -> None:
        """``AccessControl/RegisterMemberVisit`` now (PerfectGym fills in the club-local enter date)."""
        await self._call("POST", "AccessControl/RegisterMemberVisit", language,
                         json={"memberId": member_id, "clubId": self._settings.club_id})

    def _next_page(self, link: Any) -> str | None:
        if link is None:
            return None
        if not isinstance(link, str):
            raise BadReply(PLATFORM, "@odata.nextLink is not a URL")
        ours, theirs = urlsplit(str(self._http.base_url)), urlsplit(link)
        if theirs.scheme and (theirs.scheme, theirs.netloc) != (ours.scheme, ours.netloc):
            raise BadReply(PLATFORM, "@odata.nextLink points to another server")  # never send the secret elsewhere
        return link

    async def _call(self, method: str, url: str, language: str, **kwargs: Any) -> dict[str, Any]:
        try:
            response = await self._http.request(method, url, headers={"Accept-Language": language}, **kwargs)
        except httpx.TimeoutException:
            raise Transient(PLATFORM, "no answer in time") from None
        except httpx.HTTPError as error:
            raise Transient(PLATFORM, f"could not reach the server ({type(error).__name__})") from None
        if response.status_code >= 400:
            raise _error(response)
        try:
            body = load_json(response.content) if response.content else {}
        except ValueError:
            raise BadReply(PLATFORM, "the reply is not JSON", response.status_code) from None
        if not isinstance(body, dict):
            raise BadReply(PLATFORM, "the reply is not a JSON object", response.status_code)
        return body


def _error(response: httpx.Response) -> CloudError:
    """The shared error type for a failed reply (never quoting the request)."""
    status = response.status_code
    if status == 499:
        return _business_error(response)
    if status == 401:
        return AuthExpired(PLATFORM, "client id or secret not accepted", status)
    if status == 403:
        return PermissionDenied(PLATFORM, "the API client lacks a permission", status)
    if status == 404:
        return NotRegistered(PLATFORM, "not found", status)
    if status == 429:
        return RateLimited(PLATFORM, "too many requests", header_int(response.headers.get("Retry-After")))
    if status >= 500:
        return Transient(PLATFORM, "server error", status)
    return Rejected(PLATFORM, "request refused", status=status)


def _business_error(response: httpx.Response) -> CloudError:
    try:
        body = load_json(response.content)
        errors = body["errors"]
        code = str(errors[0]["code"])
    except (ValueError, KeyError, IndexError, TypeError):
        return BadReply(PLATFORM, "business error without a readable code", 499)
    if not code.isidentifier():
        code = "unreadable"
    if code in _NOT_FOUND_CODES:
        return NotRegistered(PLATFORM, f"business error {code}", 499)
    if code in _CONFIG_CODES:
        return PermissionDenied(PLATFORM, f"business error {code}: check perfectgym.club_id", 499)
    return Rejected(PLATFORM, f"business error {code}", status=499)
