"""PerfectGym classic API v2.2 as the sandbox serves it: members, visits and switchable faults in memory.

Paths are ``/Api/v2.2/...`` like the real ``https://<club>.perfectgym.com/Api``. A wrong
``X-Client-Secret`` gets 401; ``fault`` (set by tests or ``/sandbox/fault``) makes the next
calls fail with one status (403, 429, 500, 499 with a code, or ``garbage``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kiosk.cloud.perfectgym.sandbox.members import (
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    DEMO_CLUB_ID,
    DEMO_PG_MEMBERS,
    PAGE_SIZE,
    PgMember,
)
from kiosk.cloud.platform import ASGIApp

DETAIL_FLAGS = ("memberIsInactiveOrDeleted", "memberHasNoActiveContract", "memberIsBlocked", "memberIsFrozen",
                "clubNotAvailable", "outOfHours", "visitLimitExceeded")


@dataclass
class Visit:
    member_id: int
    club_id: int


@dataclass
class PerfectGymSandbox:
    """The emulation's state; ``seen_languages`` records each call's Accept-Language for tests."""

    token_ttl_s: float = 0.0  # no tokens at PerfectGym: header auth on every call
    issue_refresh_tokens: bool = False
    members: Iterable[PgMember] = DEMO_PG_MEMBERS
    fault: str | None = None  # "403", "429", "500", "garbage", or "499:<Code>"
    visits: list[Visit] = field(default_factory=list)
    seen_languages: list[str] = field(default_factory=list)

    quiet_errors = ()

    def __post_init__(self) -> None:
        self.members = tuple(self.members)

    def asgi_app(self) -> ASGIApp:
        return Starlette(routes=[
            Route("/Api/v2.2/odata/MemberCards", self._member_cards, methods=["GET"]),
            Route("/Api/v2.2/AccessControl/ValidateMemberVisit", self._validate, methods=["POST"]),
            Route("/Api/v2.2/AccessControl/RegisterMemberVisit", self._register, methods=["POST"]),
            Route("/sandbox/fault", self._set_fault, methods=["POST"]),
        ])

    def describe(self, base_url: str) -> list[str]:
        """The URL to configure as ``perfectgym.base_url``, the demo client and every demo card."""
        lines = [f"PerfectGym sandbox listening on {base_url}",
                 f"  base_url for [perfectgym]: {base_url}/Api",
                 f"  client id: {DEMO_CLIENT_ID}   secret: {DEMO_CLIENT_SECRET}   club id: {DEMO_CLUB_ID}",
                 "  demo members (fictional):"]
        lines += [f"    {m.first_name} {m.last_name}: card {m.card_number}, {m.refusal_flag or 'may enter'}"
                  for m in self.members]
        return lines

    def _refuse(self, request: Request) -> Response | None:
        self.seen_languages.append(request.headers.get("accept-language", ""))
        if (request.headers.get("x-client-id") != DEMO_CLIENT_ID
                or request.headers.get("x-client-secret") != DEMO_CLIENT_SECRET):
            return JSONResponse({"message": "Authorization has been denied for this request."}, 401)
        if self.fault is None:
            return None
        if self.fault == "garbage":
            return Response("<html>proxy error</html>", 200, media_type="text/html")
        if self.fault.startswith("499:"):
            return _business_error(self.fault[4:])
        return JSONResponse({"message": "fault"}, int(self.fault), headers={"Retry-After": "3"})

    async def _member_cards(self, request: Request) -> Response:
        if (refusal := self._refuse(request)) is not None:
            return refusal
        wanted = _card_from_filter(request.query_params.get("$filter", ""))
        skip_text = request.query_params.get("$skip", "0")
        if not (skip_text.isascii() and skip_text.isdigit()):
            return _business_error("WrongArguments")
        skip = int(skip_text)
        # The emulation pages through every card like a filter the server could not push down.
        cards = [self._card(m, wanted) for m in self.members]
        page = [c for c in cards[skip:skip + PAGE_SIZE] if c is not None]
        body: dict[str, Any] = {"value": page}
        if skip + PAGE_SIZE < len(cards):
            query = request.url.include_query_params(**{"$skip": str(skip + PAGE_SIZE)})
            body["@odata.nextLink"] = str(query)
        return JSONResponse(body)

    @staticmethod
    def _card(member: PgMember, wanted: str | None) -> dict[str, Any] | None:
        if member.card_number != wanted:
            return None
        return {"id": member.member_id * 10, "cardNumber": member.card_number, "memberId": member.member_id,
                "isTemporary": False, "isDeleted": False, "version": "1",
                "member": {"id": member.member_id, "firstName": member.first_name, "lastName": member.last_name}}

    async def _validate(self, request: Request) -> Response:
        if (refusal := self._refuse(request)) is not None:
            return refusal
        member, error = await self._member_and_club(request)
        if error is not None:
            return error
        details: dict[str, Any] = {flag: member.refusal_flag == flag for flag in DETAIL_FLAGS}
        details.update(membershipBalance=0, posBalance=0, clubEntranceProducts=[])
        return JSONResponse({"canEnter": member.refusal_flag is None, "details": details})

    async def _register(self, request: Request) -> Response:
        if (refusal := self._refuse(request)) is not None:
            return refusal
        member, error = await self._member_and_club(request)
        if error is not None:
            return error
        self.visits.append(Visit(member.member_id, DEMO_CLUB_ID))
        return JSONResponse({})

    async def _member_and_club(self, request: Request) -> tuple[Any, Response | None]:
        try:
            body = await request.json()
            member_id, club_id = body["memberId"], body.get("clubId")
        except (ValueError, KeyError, TypeError):
            return None, _business_error("WrongArguments")
        if club_id != DEMO_CLUB_ID:
            return None, _business_error("InvalidClub")
        member = next((m for m in self.members if m.member_id == member_id), None)
        if member is None:
            return None, _business_error("InvalidMember")
        return member, None

    async def _set_fault(self, request: Request) -> Response:
        try:
            fault = (await request.json())["fault"]
        except (ValueError, KeyError, TypeError):
            return JSONResponse({"message": 'send {"fault": "403" | "429" | "5xx" | "garbage" | "499:<Code>" | null}'}, 400)
        if not (fault is None or fault == "garbage" or (isinstance(fault, str) and fault.startswith("499:"))
                or (isinstance(fault, str) and fault.isdigit() and 400 <= int(fault) < 600)):
            return JSONResponse({"message": f"unknown fault {fault!r}"}, 400)
        self.fault = fault
        return JSONResponse({"fault": self.fault})


def _card_from_filter(text: str) -> str | None:
    """The card number of ``cardNumber eq '<n>'`` (quotes doubled inside), else None."""
    marker = "cardNumber eq '"
    start = text.find(marker)
    if start < 0:
        return None
    rest, value = text[start + len(marker):], []
    i = 0
    while i < len(rest):
        if rest[i] == "'":
            if rest[i + 1:i + 2] == "'":
                value.append("'")
                i += 2
                continue
            return "".join(value)
        value.append(rest[i])
        i += 1
    return None


def _business_error(code: str) -> Response:
    return JSONResponse({"errors": [{"code": code, "message": f"{code} (localised)", "property": None, "data": {},
                                     "nestedBusinessErrors": []}]}, 499)
