"""LFopen Web API as the sandbox serves it: OAuth (see :mod:`.oauth`), the profile and manual cardio workouts.

Paths are under ``/web`` like ``https://vtqa.lfconnect.com/web``; every API call takes the member's
token as the ``access_token`` query parameter (401 ``invalid_token`` when unknown, revoked or
expired). ``postcardio`` validates the body as tapiriik's client sends it and stores it; the
manual cardio results list gives it back. ``faults`` injects failures and dropped connections.
LFopen's error bodies are not published: the emulation answers OAuth-style ``{error, error_description}``.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable
from xml.sax.saxutils import escape

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kiosk.cloud.sandbox_faults import ConnectionDropped, Faults, with_faults
from kiosk.cloud.lfopen.sandbox.members import (
    DEFAULT_TOKEN_TTL_S,
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    DEMO_LF_MEMBERS,
    LfMember,
)
from kiosk.cloud.lfopen.settings import ACTIVITIES
from kiosk.cloud.lfopen.sandbox.oauth import Grant, OAuthSide, oauth_error
from kiosk.cloud.platform import ASGIApp

DATE_PERFORMED = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$")
RESULTS_DATE = "%m/%d/%Y"
LIST_DATE = "%m/%d/%Y %H:%M:%S"  # the list's date format is not published; this is the emulation's


@dataclass
class StoredWorkout:
    """A manual cardio workout as posted (``body``) and when it was performed (UTC)."""

    member: LfMember
    body: dict[str, Any]
    performed: datetime


@dataclass
class LfopenSandbox(OAuthSide):
    """The emulation's state; tests read ``workouts`` and switch ``token_reply``, ``faults``, ``unreadable_results``."""

    token_ttl_s: float = DEFAULT_TOKEN_TTL_S
    issue_refresh_tokens: bool = True
    members: Iterable[LfMember] = DEMO_LF_MEMBERS
    token_reply: str = "as-requested"  # or "redirect" / "json" whatever the request says
    unreadable_results: bool = False  # the results list answers without a resultWorkoutData list
    faults: Faults = field(default_factory=Faults)
    codes: dict[str, Grant] = field(default_factory=dict)
    access_tokens: dict[str, Grant] = field(default_factory=dict)
    refresh_tokens: dict[str, Grant] = field(default_factory=dict)
    workouts: list[StoredWorkout] = field(default_factory=list)

    quiet_errors = (ConnectionDropped,)

    def __post_init__(self) -> None:
        self.members = tuple(self.members)

    def asgi_app(self) -> ASGIApp:
        return with_faults(Starlette(routes=[
            Route("/web/oauthAuthorize", self.authorize_page, methods=["GET"]),
            Route("/web/oauthAuthorize", self.authorize_decision, methods=["POST"]),
            Route("/web/authorizeresponse", self.token_endpoint, methods=["POST"]),
            Route("/web/refreshaccess", self.refresh_endpoint, methods=["POST"]),
            Route("/web/revoke", self.revoke_endpoint, methods=["GET", "POST"]),
            Route("/web/api2/user", self._user, methods=["GET"]),
            Route("/web/api2/workoutresults/postcardio", self._post_cardio, methods=["POST"]),
            Route("/web/api2/workoutresults/get_manualcardio_results", self._manual_cardio, methods=["GET"]),
        ]), self.faults)

    def describe(self, base_url: str) -> list[str]:
        """The URL to configure as ``lfopen.base_url``, the demo app and the demo accounts."""
        lines = [f"LFopen sandbox listening on {base_url}",
                 f"  base_url for [lfopen]: {base_url}/web",
                 f"  client id: {DEMO_CLIENT_ID}   secret: {DEMO_CLIENT_SECRET}",
                 "  demo LFconnect accounts (fictional; pick one on the authorize page):"]
        return lines + [f"    {m.first_name} {m.last_name} ({m.user_name})" for m in self.members]

    def _member(self, request: Request) -> LfMember | Response:
        grant = self.access_tokens.get(request.query_params.get("access_token", ""))
        if grant is None:
            return oauth_error("invalid_token", "The access token is invalid or revoked.", 401)
        if grant.expires_at < time.time():
            return oauth_error("invalid_token", "The access token expired.", 401)
        return grant.member

    async def _user(self, request: Request) -> Response:
        member = self._member(request)
        if isinstance(member, Response):
            return member
        user = {"userId": member.user_id, "userName": member.user_name, "firstName": member.first_name,
                "lastName": member.last_name, "nickName": member.first_name, "emailAddress": member.email,
                "preferredUnit": member.preferred_unit}
        if "application/json" in request.headers.get("accept", ""):
            return JSONResponse({"LFUser": user})
        children = "".join(f"<{k}>{escape(str(v))}</{k}>" for k, v in user.items())
        return Response(f'<LFUser xmlns="http://api.lfopen.lfconnect.com/v1/user">{children}</LFUser>',
                        media_type="application/xml")

    async def _post_cardio(self, request: Request) -> Response:
        member = self._member(request)
        if isinstance(member, Response):
            return member
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return oauth_error("invalid_request", "Content-Type must be application/json.", 415)
        try:
            body = await request.json()
        except ValueError:
            return oauth_error("invalid_request", "The body is not JSON.")
        problem = _cardio_problem(body)
        if problem:
            return oauth_error("invalid_request", problem)
        self.workouts.append(StoredWorkout(member, body, datetime.fromisoformat(body["datePerformed"])))
        return JSONResponse({"status": "OK"})

    async def _manual_cardio(self, request: Request) -> Response:
        member = self._member(request)
        if isinstance(member, Response):
            return member
        try:
            start = datetime.strptime(request.query_params["fromDate"], RESULTS_DATE).replace(tzinfo=timezone.utc)
            end = datetime.strptime(request.query_params["toDate"], RESULTS_DATE).replace(tzinfo=timezone.utc)
        except (KeyError, ValueError):
            return oauth_error("invalid_request", "fromDate and toDate are MM/dd/yyyy.")
        if request.query_params.get("timezone") not in ("GMT-0", "GMT+0", "GMT"):
            return oauth_error("invalid_request", "the emulation serves timezone=GMT-0 only.")
        if self.unreadable_results:
            return JSONResponse({"resultWorkoutData": None, "message": "temporarily unavailable"})
        rows = [{"workoutName": w.body["name"], "duration": w.body["time"], "distance": w.body["distance"],
                 "calorie": w.body["calories"], "source": "Manual",
                 "date": w.performed.astimezone(timezone.utc).strftime(LIST_DATE)}
                for w in self.workouts if w.member == member and start <= w.performed < end + timedelta(days=1)]
        return JSONResponse({"resultWorkoutData": rows})


def _cardio_problem(body: Any) -> str:
    """What is wrong with a ``postcardio`` body, or "" (the fields tapiriik's client sends)."""
    if not isinstance(body, dict):
        return "The body must be a JSON object."
    if body.get("name") not in ACTIVITIES:
        return "name must be one of the manual cardio activities."
    if not isinstance(body.get("datePerformed"), str) or not DATE_PERFORMED.match(body["datePerformed"]):
        return "datePerformed must be yyyy-MM-ddTHH:mm:ss.SSS+hh:mm."
    if body.get("preferredUnit") not in ("M", "I"):
        return "preferredUnit must be M or I."
    for key in ("time", "calories", "distance"):
        value = body.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            return f"{key} must be a number of at least 0."
    if body["time"] <= 0:
        return "time must be above 0 minutes."
    return ""
