"""enduco as the sandbox plays it: its OAuth endpoints with enduco's spellings, an authorize page, the upload.

It checks what enduco documents: Basic client authentication on ``/oauth2/token`` and
``/oauth2/revoke``, ``grant_type=code`` (``authorization_code`` is refused, as a strict reading
of the article says), the redirect URI of the code, ``clientId`` on a refresh, and PKCE when the
authorize request carried a challenge. Tokens last two hours (``token_ttl_s``). Uploads go to the
configured default path and are kept byte for byte. Faults: ``fail_next`` (status), and
``drop_after_upload`` (the workout is stored, the connection dropped before the reply).
"""
from __future__ import annotations

import base64
import html
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from authlib.oauth2.rfc7636 import create_s256_code_challenge
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from kiosk.cloud.enduco.settings import DEFAULT_PLAN_PATH, DEFAULT_UPLOAD_FIELD, DEFAULT_UPLOAD_PATH, DEFAULT_ZONES_PATH

DEMO_CLIENT_ID = "sandbox-enduco-client"
DEMO_CLIENT_SECRET = "sandbox-enduco-secret"
TOKEN_TTL_S = 7200
DEMO_ZONES = (("Recovery", 115), ("Endurance", 135), ("Tempo", 150), ("Threshold", 165), ("VO2max", 185))
DROP_HEADER = "x-sandbox-drop"  # internal: the reply this marks is never sent


class DroppedConnection(Exception):
    """A fault: the reply is never sent (the server closes the connection)."""


@dataclass
class EnducoState:
    token_ttl_s: float = TOKEN_TTL_S
    pending: dict[str, dict[str, str]] = field(default_factory=dict)  # authorize request id -> its parameters
    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    access: dict[str, float] = field(default_factory=dict)  # access token -> expiry (epoch s)
    refresh: set[str] = field(default_factory=set)
    revoked: list[str] = field(default_factory=list)
    uploads: list[dict[str, Any]] = field(default_factory=list)  # {"token", "file_name", "fit", "owner"}
    owners: dict[str, str] = field(default_factory=dict)  # token -> whose account (carried over by a refresh)
    plan: tuple[str, int] | None = ("Endurance ride", 45)  # today's planned session (title, minutes); None: none
    zones: list[tuple[str, int]] = field(default_factory=lambda: list(DEMO_ZONES))  # (name, top bpm), low to high
    fail_next: list[int] = field(default_factory=list)
    drop_after_upload: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def issue(self, owner: str = "") -> dict[str, Any]:
        """New tokens for the account ``owner`` names (a test's or a chaos run's label; "" for nobody in particular)."""
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        with self.lock:
            self.access[access] = time.time() + self.token_ttl_s
            self.refresh.add(refresh)
            self.owners[access] = self.owners[refresh] = owner
        return {"access_token": access, "refresh_token": refresh, "token_type": "Bearer",
                "scope": "user_read plans_read workouts_write", "expires_in": int(self.token_ttl_s) - 1}


class EnducoSandbox(EnducoState):
    """The :class:`~kiosk.cloud.platform.Emulation` ``gym-kiosk sandbox`` serves."""

    quiet_errors = (DroppedConnection,)

    def __init__(self, token_ttl_s: float = TOKEN_TTL_S, **_options: Any) -> None:
        super().__init__(token_ttl_s=min(token_ttl_s, TOKEN_TTL_S))

    def asgi_app(self) -> Any:
        return create_app(self)

    def describe(self, base_url: str) -> list[str]:
        return [f"enduco sandbox listening on {base_url}",
                f"  client id: {DEMO_CLIENT_ID}   client secret: {DEMO_CLIENT_SECRET}   upload: {DEFAULT_UPLOAD_PATH}"]


def _oauth_error(error: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": error}, status_code=status)


def _client_ok(request: Request) -> bool:
    expected = base64.b64encode(f"{DEMO_CLIENT_ID}:{DEMO_CLIENT_SECRET}".encode()).decode()
    return request.headers.get("authorization") == f"Basic {expected}"


def create_app(state: EnducoState) -> Any:
    def faulted() -> Response | None:
        with state.lock:
            status = state.fail_next.pop(0) if state.fail_next else None
        return None if status is None else JSONResponse({"error": "server_error"}, status_code=status)

    async def authorize(request: Request) -> Response:
        query = dict(request.query_params)
        if query.get("response_type") != "code" or query.get("client_id") != DEMO_CLIENT_ID or not query.get("redirect_uri"):
            return HTMLResponse("<h1>invalid_request</h1>", status_code=400)
        request_id = secrets.token_urlsafe(12)
        with state.lock:
            state.pending[request_id] = query
        scopes = html.escape(query.get("scope", ""))
        return HTMLResponse(
            "<!doctype html><html><head><meta name='viewport' content='width=device-width'><title>enduco</title></head>"
            f"<body><h1 id='provider'>enduco (sandbox): allow access?</h1><p>Scopes: {scopes}</p>"
            f"<form method='post' action='/oauth2/authorize/{request_id}'>"
            "<button id='approve' name='answer' value='yes'>Allow</button> "
            "<button id='deny' name='answer' value='no'>Cancel</button></form></body></html>")

    async def decide(request: Request) -> Response:
        with state.lock:
            asked = state.pending.pop(request.path_params["request_id"], None)
        if asked is None:
            return HTMLResponse("<h1>expired</h1>", status_code=400)
        if (await request.form()).get("answer") != "yes":
            query = {"error": "access_denied", "state": asked.get("state", "")}
        else:
            code = secrets.token_urlsafe(48)
            with state.lock:
                state.codes[code] = {"redirect_uri": asked["redirect_uri"], "challenge": asked.get("code_challenge", "")}
            query = {"code": code, "state": asked.get("state", "")}
        return RedirectResponse(f"{asked['redirect_uri']}?{urlencode(query)}", status_code=303)

    async def token(request: Request) -> Response:
        if (fault := faulted()) is not None:
            return fault
        if not _client_ok(request):
            return _oauth_error("invalid_client", 401)
        form = await request.form()
        grant = form.get("grant_type")
        if grant == "code":
            with state.lock:
                issued = state.codes.pop(str(form.get("code")), None)
            if issued is None or issued["redirect_uri"] != form.get("redirect_uri"):
                return _oauth_error("invalid_grant")
            if issued["challenge"] and create_s256_code_challenge(str(form.get("code_verifier", ""))) != issued["challenge"]:
                return _oauth_error("invalid_grant")
            return JSONResponse(state.issue())
        if grant == "refresh_token":
            if form.get("clientId") != DEMO_CLIENT_ID:
                return _oauth_error("invalid_request")
            with state.lock:
                known = str(form.get("refresh_token")) in state.refresh
                state.refresh.discard(str(form.get("refresh_token")))
                owner = state.owners.get(str(form.get("refresh_token")), "")
            return JSONResponse(state.issue(owner)) if known else _oauth_error("invalid_grant")
        return _oauth_error("unsupported_grant_type")

    async def revoke(request: Request) -> Response:
        if not _client_ok(request):
            return _oauth_error("invalid_client", 401)
        token_value = str((await request.form()).get("token"))
        with state.lock:
            state.refresh.discard(token_value)
            state.access.pop(token_value, None)
            state.revoked.append(token_value)
        return Response(status_code=200)

    def member_token(request: Request) -> bool:
        token_value = request.headers.get("authorization", "").removeprefix("Bearer ")
        with state.lock:
            expires = state.access.get(token_value)
        return expires is not None and expires >= time.time()

    async def plan(request: Request) -> Response:
        """Today's planned session (the shape is the sandbox's: enduco's is not public)."""
        if (fault := faulted()) is not None:
            return fault
        if not member_token(request):
            return _oauth_error("invalid_token", 401)
        if state.plan is None:
            return Response(status_code=204)
        return JSONResponse({"title": state.plan[0], "durationMinutes": state.plan[1]})

    async def zones(request: Request) -> Response:
        if (fault := faulted()) is not None:
            return fault
        if not member_token(request):
            return _oauth_error("invalid_token", 401)
        return JSONResponse({"zones": [{"name": name, "maxBpm": top} for name, top in state.zones]})

    async def upload(request: Request) -> Response:
        if (fault := faulted()) is not None:
            return fault
        token_value = request.headers.get("authorization", "").removeprefix("Bearer ")
        with state.lock:
            expires = state.access.get(token_value)
        if expires is None or expires < time.time():
            return _oauth_error("invalid_token", 401)
        form = await request.form()
        upload_file = form.get(DEFAULT_UPLOAD_FIELD)
        if upload_file is None or isinstance(upload_file, str):
            return JSONResponse({"error": "invalid_request", "message": "a FIT file is required"}, status_code=400)
        fit = await upload_file.read()
        if fit[8:12] != b".FIT":
            return JSONResponse({"error": "invalid_request", "message": "not a FIT file"}, status_code=400)
        with state.lock:
            state.uploads.append({"token": token_value, "file_name": upload_file.filename, "fit": fit,
                                  "owner": state.owners.get(token_value, "")})
            drop, state.drop_after_upload = state.drop_after_upload > 0, max(0, state.drop_after_upload - 1)
        return JSONResponse({"status": "stored"}, status_code=201, headers={DROP_HEADER: "1"} if drop else None)

    return _DropsMarkedReplies(Starlette(routes=[
        Route("/oauth2/authorize", authorize, methods=["GET"]),
        Route("/oauth2/authorize/{request_id}", decide, methods=["POST"]),
        Route("/oauth2/token", token, methods=["POST"]),
        Route("/oauth2/revoke", revoke, methods=["POST"]),
        Route(DEFAULT_UPLOAD_PATH, upload, methods=["POST"]),
        Route(DEFAULT_PLAN_PATH, plan, methods=["GET"]),
        Route(DEFAULT_ZONES_PATH, zones, methods=["GET"]),
    ]))


class _DropsMarkedReplies:
    """Cuts the connection instead of sending a reply the app marked: the client never hears it was stored."""

    def __init__(self, app: Starlette) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        async def dropping_send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start" and any(
                    name == DROP_HEADER.encode() for name, _ in message.get("headers", [])):
                # The head promises a body that never comes: the client sees the connection drop mid-reply.
                await send({"type": "http.response.start", "status": 201,
                            "headers": [(b"content-type", b"application/json"), (b"content-length", b"64")]})
                raise DroppedConnection()
            await send(message)

        await self.app(scope, receive, dropping_send)
