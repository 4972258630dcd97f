"""Boditrax as the sandbox serves it: tokens, the login handlers' Boditrax side, and the REST collections used.

- ``/oauth/token``: client credentials (POST), the Linked Account grant (GET, as B2 shows it),
  refresh; OAuth ``{error, error_description}`` on refusal. Tokens last ``token_ttl_s`` (1800 s).
- ``/handlers/{handler}/{action}?code=…``: where a login handler sends the browser. The emulation
  posts the code to the handler's member-info URL (``handlers``: registered as Boditrax would,
  by hand) and keeps the linked account it gets. ``connect`` first shows a page to pick the
  Boditrax account and press Connect or Cancel; ``kiosk`` and ``mobile`` sign in at once.
- ``/rest/v2.10/``: ``scanperformers`` (add, list, get one), ``readings`` (add, list by date,
  get one; member token), ``linkedaccounts/{username}`` (remove, client token). Verbs, bodies
  and list parameters are not public: these are the kiosk's defaults, validated strictly.
  REST errors are ``{success: false, error}`` (the handlers' documented shape; the REST one is not public).
"""
from __future__ import annotations

import html
import secrets
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from kiosk.cloud.boditrax.sandbox.members import (
    DEFAULT_TOKEN_TTL_S,
    DEMO_BX_MEMBERS,
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    BxMember,
)
from kiosk.cloud.platform import ASGIApp
from kiosk.cloud.sandbox_faults import ConnectionDropped, Faults, with_faults

READING_DATE = "%Y-%m-%dT%H:%M:%SZ"
LIST_DATE = "%Y-%m-%d"
REST = "/rest/v2.10"


@dataclass
class Grant:
    """An issued token: the facility's (``member`` None) or a member's."""

    member: BxMember | None
    expires_at: float


@dataclass(frozen=True)
class LinkedAccount:
    """A linked account as a login handler's member-info endpoint gave it, and whose Boditrax account it is."""

    member: BxMember
    kind: str
    username: str
    secret: str = field(repr=False)


@dataclass
class StoredReading:
    reading_id: str
    member: BxMember
    body: dict[str, Any]


def rest_error(text: str, status: int) -> JSONResponse:
    return JSONResponse({"success": False, "error": text}, status)


def oauth_error(word: str, description: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": word, "error_description": description}, status)


@dataclass
class BoditraxSandbox:
    """The emulation's state; tests read ``readings`` and ``linked``, and switch ``faults``, ``ids_only``
    (the readings list gives bare ids, as B1 says collections do), ``unreadable_readings``."""

    token_ttl_s: float = DEFAULT_TOKEN_TTL_S
    issue_refresh_tokens: bool = True
    members: Iterable[BxMember] = DEMO_BX_MEMBERS
    handlers: dict[str, str] = field(default_factory=dict)  # handler name → its member-info URL
    ids_only: bool = False
    unreadable_readings: bool = False
    faults: Faults = field(default_factory=lambda: Faults(error_body=b'{"success":false,"error":"injected fault"}'))
    tokens: dict[str, Grant] = field(default_factory=dict)
    refresh_tokens: dict[str, Grant] = field(default_factory=dict)
    linked: dict[str, LinkedAccount] = field(default_factory=dict)  # by username
    scanperformers: dict[str, str] = field(default_factory=dict)  # id → name
    readings: list[StoredReading] = field(default_factory=list)
    signed_in: list[tuple[str, BxMember | None]] = field(default_factory=list)  # (action, member) of handler sign-ins

    quiet_errors = (ConnectionDropped,)

    def __post_init__(self) -> None:
        self.members = tuple(self.members)

    def asgi_app(self) -> ASGIApp:
        return with_faults(Starlette(routes=[
            Route("/oauth/token", self._token, methods=["GET", "POST"]),
            Route("/handlers/{handler:str}/{action:str}", self._handler_page, methods=["GET"]),
            Route("/handlers/{handler:str}/{action:str}", self._handler_decision, methods=["POST"]),
            Route(f"{REST}/scanperformers", self._add_scanperformer, methods=["POST"]),
            Route(f"{REST}/scanperformers", self._list_scanperformers, methods=["GET"]),
            Route(f"{REST}/scanperformers/{{performer_id:str}}", self._scanperformer, methods=["GET"]),
            Route(f"{REST}/readings", self._add_reading, methods=["POST"]),
            Route(f"{REST}/readings", self._list_readings, methods=["GET"]),
            Route(f"{REST}/readings/{{reading_id:str}}", self._reading, methods=["GET"]),
            Route(f"{REST}/linkedaccounts/{{username:str}}", self._remove_linked, methods=["DELETE"]),
        ]), self.faults)

    def describe(self, base_url: str) -> list[str]:
        """The URL to configure as ``boditrax.base_url``, the demo app and the demo accounts."""
        lines = [f"Boditrax sandbox listening on {base_url}",
                 f"  base_url for [boditrax]: {base_url}",
                 f"  client id: {DEMO_CLIENT_ID}   secret: {DEMO_CLIENT_SECRET}",
                 "  login handlers are registered with the emulation's `handlers` (name → member-info URL)",
                 "  demo Boditrax accounts (fictional; pick one on the connect page):"]
        return lines + [f"    {m.first_name} {m.last_name} ({m.user_name})" for m in self.members]

    def expire_tokens(self) -> None:
        """Every access token issued so far lapses (the next call with one is refused)."""
        for grant in self.tokens.values():
            grant.expires_at = 0.0

    # tokens

    async def _token(self, request: Request) -> Response:
        params = dict(request.query_params) if request.method == "GET" else {k: str(v) for k, v in (await request.form()).items()}
        grant_type = params.get("grant_type", "")
        if params.get("client_id") != DEMO_CLIENT_ID:
            return oauth_error("invalid_client", "Unknown app.", 401)
        if grant_type == "password":
            if request.method != "GET":
                return oauth_error("invalid_request", "The Linked Account grant is a GET.")
            account = self.linked.get(params.get("username", ""))
            if account is None or not secrets.compare_digest(account.secret, params.get("password", "")):
                return oauth_error("invalid_grant", "Unknown linked account or wrong secret.")
            return self._issue(account.member, refresh=self.issue_refresh_tokens)
        if request.method != "POST":
            return oauth_error("invalid_request", "Use POST for this grant.")
        if params.get("client_secret") != DEMO_CLIENT_SECRET:
            return oauth_error("invalid_client", "Wrong app secret.", 401)
        if grant_type == "client_credentials":
            return self._issue(None, refresh=False)
        if grant_type == "refresh_token":
            grant = self.refresh_tokens.pop(params.get("refresh_token", ""), None)
            if grant is None:
                return oauth_error("invalid_grant", "Unknown refresh token.")
            return self._issue(grant.member, refresh=True)
        return oauth_error("unsupported_grant_type", "Supported: password, client_credentials, refresh_token.")

    def _issue(self, member: BxMember | None, refresh: bool) -> JSONResponse:
        token = secrets.token_urlsafe(24)
        self.tokens[token] = Grant(member, time.time() + self.token_ttl_s)
        reply: dict[str, Any] = {"access_token": token, "token_type": "bearer", "expires_in": int(self.token_ttl_s)}
        if refresh:
            reply["refresh_token"] = secrets.token_urlsafe(24)
            self.refresh_tokens[reply["refresh_token"]] = Grant(member, 0.0)
        return JSONResponse(reply)

    def _grant(self, request: Request) -> Grant | Response:
        header = request.headers.get("authorization", "")
        token = header[7:] if header.lower().startswith("bearer ") else request.query_params.get("access_token", "")
        grant = self.tokens.get(token)
        if grant is None or grant.expires_at < time.time():
            return rest_error("The access token is invalid or expired.", 401)
        return grant

    def _member_grant(self, request: Request) -> BxMember | Response:
        grant = self._grant(request)
        if isinstance(grant, Response):
            return grant
        if grant.member is None:
            return rest_error("This needs a member's token.", 403)
        return grant.member

    # login handlers, Boditrax's side

    async def _handler_page(self, request: Request) -> Response:
        handler, action, code = request.path_params["handler"], request.path_params["action"], \
            request.query_params.get("code", "")
        if handler not in self.handlers or action not in ("kiosk", "connect", "mobile") or not code:
            return _page("Unknown login handler", "This sign-in link is not valid.", 404)
        if action != "connect":
            failure = await self._link(handler, code, None)
            return _page("Signed in" if failure is None else "Not signed in", failure or "You are signed in.")
        options = "".join(f'<option value="{m.user_name}">{html.escape(m.first_name)} {html.escape(m.last_name)}</option>'
                          for m in self.members)
        return _page("Connect your gym account to Boditrax",
                     f'<form method="post"><input type="hidden" name="code" value="{html.escape(code)}">'
                     f'<select name="user">{options}</select><button name="decision" value="connect">Connect</button>'
                     '<button name="decision" value="cancel">Cancel</button></form>', raw=True)

    async def _handler_decision(self, request: Request) -> Response:
        form = await request.form()
        handler = request.path_params["handler"]
        member = next((m for m in self.members if m.user_name == form.get("user")), None)
        if handler not in self.handlers or request.path_params["action"] != "connect":
            return _page("Unknown login handler", "This sign-in link is not valid.", 404)
        if form.get("decision") != "connect" or member is None:
            return _page("Not connected", "Nothing was connected.")
        failure = await self._link(handler, str(form.get("code", "")), member)
        return _page("Not connected" if failure else "Connected",
                     failure or "Your gym account is connected to Boditrax.")

    async def _link(self, handler: str, code: str, member: BxMember | None) -> str | None:
        """Post the code to the handler's member-info URL; the handler's error text, or None once linked."""
        try:
            async with httpx.AsyncClient(timeout=10) as http:
                reply = await http.post(self.handlers[handler], data={"code": code})
            body = reply.json()
        except (httpx.HTTPError, ValueError):
            return "The gym's sign-in service did not answer."
        if not isinstance(body, dict) or body.get("success") is not True:
            return str(body.get("error") if isinstance(body, dict) else "") or "The gym refused the sign-in."
        account = body.get("linkedaccount")
        if not isinstance(account, dict) or not all(isinstance(account.get(k), str) and account[k]
                                                    for k in ("type", "username", "userid", "secret")):
            return "The gym's sign-in service answered without a linked account."
        known = self.linked.get(account["username"])
        owner = member or (known.member if known else None)
        if owner is not None:
            self.linked[account["username"]] = LinkedAccount(owner, account["type"], account["username"], account["secret"])
        self.signed_in.append(("connect" if member else "kiosk", owner))
        return None

    # REST

    async def _add_scanperformer(self, request: Request) -> Response:
        grant = self._grant(request)
        if isinstance(grant, Response):
            return grant
        body = await _json(request)
        if not isinstance(body, dict) or not isinstance(body.get("name"), str) or not body["name"]:
            return rest_error("A scan performer needs a name.", 400)
        performer_id = f"sp-{len(self.scanperformers) + 1}"
        self.scanperformers[performer_id] = body["name"]
        return JSONResponse({"id": performer_id}, 201)

    async def _list_scanperformers(self, request: Request) -> Response:
        grant = self._grant(request)
        if isinstance(grant, Response):
            return grant
        return JSONResponse([performer_id if self.ids_only else {"id": performer_id, "name": name}
                             for performer_id, name in self.scanperformers.items()])

    async def _scanperformer(self, request: Request) -> Response:
        grant = self._grant(request)
        if isinstance(grant, Response):
            return grant
        name = self.scanperformers.get(request.path_params["performer_id"])
        if name is None:
            return rest_error("No such scan performer.", 404)
        return JSONResponse({"id": request.path_params["performer_id"], "name": name})

    async def _add_reading(self, request: Request) -> Response:
        member = self._member_grant(request)
        if isinstance(member, Response):
            return member
        body = await _json(request)
        problem = self._reading_problem(body)
        if problem:
            return rest_error(problem, 400)
        reading = StoredReading(f"rd-{len(self.readings) + 1}", member, body)
        self.readings.append(reading)
        return JSONResponse({"id": reading.reading_id}, 201)

    def _reading_problem(self, body: Any) -> str:
        if not isinstance(body, dict):
            return "The body must be a JSON object."
        if body.get("scanperformer") not in self.scanperformers:
            return "scanperformer must be a registered scan performer."
        try:
            datetime.strptime(str(body.get("date")), READING_DATE)
        except ValueError:
            return "date must be yyyy-MM-ddTHH:mm:ssZ."
        values = body.get("measurements")
        if not isinstance(values, dict) or not values:
            return "measurements must be an object of numbers."
        if any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in values.values()):
            return "measurements must be an object of numbers."
        return ""

    async def _list_readings(self, request: Request) -> Response:
        member = self._member_grant(request)
        if isinstance(member, Response):
            return member
        try:
            start = datetime.strptime(request.query_params["from"], LIST_DATE).replace(tzinfo=timezone.utc)
            end = datetime.strptime(request.query_params["to"], LIST_DATE).replace(tzinfo=timezone.utc)
        except (KeyError, ValueError):
            return rest_error("from and to are yyyy-MM-dd.", 400)
        if self.unreadable_readings:
            return JSONResponse({"readings": None, "message": "temporarily unavailable"})
        mine = [r for r in self.readings if r.member == member
                and start.date() <= datetime.strptime(r.body["date"], READING_DATE).date() <= end.date()]
        return JSONResponse([r.reading_id if self.ids_only else _shown(r) for r in mine])

    async def _reading(self, request: Request) -> Response:
        member = self._member_grant(request)
        if isinstance(member, Response):
            return member
        found = next((r for r in self.readings if r.reading_id == request.path_params["reading_id"]
                      and r.member == member), None)
        return JSONResponse(_shown(found)) if found else rest_error("No such reading.", 404)

    async def _remove_linked(self, request: Request) -> Response:
        grant = self._grant(request)
        if isinstance(grant, Response):
            return grant
        if grant.member is not None:
            return rest_error("This needs the facility's token.", 403)
        if self.linked.pop(request.path_params["username"], None) is None:
            return rest_error("No such linked account.", 404)
        return Response(status_code=204)


def _shown(reading: StoredReading) -> dict[str, Any]:
    return {"id": reading.reading_id, **reading.body}


async def _json(request: Request) -> Any:
    try:
        return await request.json()
    except ValueError:
        return None


def _page(title: str, body: str, status: int = 200, raw: bool = False) -> HTMLResponse:
    content = body if raw else f"<p>{html.escape(body)}</p>"
    return HTMLResponse(f"<!doctype html><title>Boditrax (sandbox)</title><h1>{html.escape(title)}</h1>{content}", status)
