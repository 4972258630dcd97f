"""The admin pages: login, the fleet table, revoke and enrolment codes, as one Starlette app mounted at /admin.

Every page is rendered on the server (Jinja2, autoescaped, so text a kiosk reported prints as
plain text); the only asset is the stylesheet served from the package. Every POST carries the
session's CSRF token. Nothing secret or personal travels in a URL: device ids and form values go
in POST bodies, and an enrolment code is shown once, in the answer to the POST that made it,
never redirected to or kept in the cookie (which is signed, not encrypted).
"""
from __future__ import annotations

import math
import re
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from jinja2 import Environment, PackageLoader
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from hub.admin import csrf
from hub.admin.credentials import AdminCredentials
from hub.admin.fleet import STATIONS, FleetStore, fleet_rows
from hub.admin.throttle import LoginThrottle

SESSION_COOKIE = "gym_hub_admin"
SESSION_MAX_AGE_S = 8 * 3600
MAX_FORM_BYTES = 16 * 1024
MAX_NAME_LENGTH = 64
_NAME = re.compile(r"\A[^\x00-\x1f\x7f]+\Z")
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                               "frame-ancestors 'none'; base-uri 'none'",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}


@dataclass(frozen=True)
class AdminSettings:
    """How the admin pages are served: the login secret (None: no password set yet) and cookie rules."""

    credentials: AdminCredentials | None
    secure_cookies: bool  # True when the hub's public URL is https: the cookie is then sent over TLS only
    gyms: tuple[tuple[str, str], ...] = ()  # (name, display name) of the gym locations this hub serves
    set_password_command: str = "gym-kiosk hub admin-password --config /etc/gym-kiosk-hub/hub.toml"


class _SecurityHeaders:
    """Adds the headers every admin answer carries (no framing, no caching, no foreign sources)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                present = {name.lower() for name, _ in message["headers"]}
                for name, value in SECURITY_HEADERS.items():
                    if name.encode() not in present:
                        message["headers"].append((name.encode(), value.encode()))
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _environment() -> Environment:
    return Environment(loader=PackageLoader("hub.admin", "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True)


def _utc_clock_ms() -> int:
    return int(time.time() * 1000)


def build_admin_app(store: FleetStore, settings: AdminSettings, *,
                    clock_ms: Callable[[], int] = _utc_clock_ms) -> Starlette:
    """The admin app; mount it at ``/admin`` in the hub's app."""
    pages = _AdminPages(store, settings, clock_ms, LoginThrottle())
    # Without a password file there is no login, and a throwaway key signs the (useless) cookies.
    session_key = settings.credentials.session_key if settings.credentials else secrets.token_hex(32)
    routes = [
        Route("/", pages.fleet, methods=["GET"]),
        Route("/login", pages.login_form, methods=["GET"]),
        Route("/login", pages.login, methods=["POST"]),
        Route("/logout", pages.logout, methods=["POST"]),
        Route("/revoke", pages.revoke, methods=["POST"]),
        Route("/enrolment-codes", pages.create_enrolment_code, methods=["POST"]),
        Mount("/static", app=StaticFiles(packages=[("hub.admin", "static")]), name="static"),
    ]
    middleware = [
        Middleware(_SecurityHeaders),
        Middleware(SessionMiddleware, secret_key=session_key, session_cookie=SESSION_COOKIE, max_age=SESSION_MAX_AGE_S,
                   path="/admin", same_site="strict", https_only=settings.secure_cookies),
    ]
    return Starlette(routes=routes, middleware=middleware)


class _AdminPages:
    """The request handlers; one instance per admin app."""

    def __init__(self, store: FleetStore, settings: AdminSettings, clock_ms: Callable[[], int], throttle: LoginThrottle) -> None:
        self._store = store
        self._settings = settings
        self._clock_ms = clock_ms
        self._throttle = throttle
        self._templates = _environment()

    # -- helpers -------------------------------------------------------------------------------------------

    def _render(self, request: Request, template: str, status: int = 200, **values: object) -> HTMLResponse:
        html = self._templates.get_template(template).render(
            csrf_token=csrf.session_token(request.session), root=_root(request), signed_in=_signed_in(request), **values
        )
        return HTMLResponse(html, status_code=status)

    async def _form(self, request: Request) -> FormData | HTMLResponse:
        """The posted form when it is small and carries this session's CSRF token; else the page saying why not."""
        declared = request.headers.get("content-length", "")
        if not declared.isdigit() or int(declared) > MAX_FORM_BYTES:
            return self._render(request, "message.html", status=413, title="Form too large",
                                message=f"The form was larger than {MAX_FORM_BYTES // 1024} KiB, or sent without "
                                        "its length. Open the page again and retry.")
        form = await request.form(max_files=0, max_fields=20, max_part_size=MAX_FORM_BYTES)
        if not csrf.token_matches(request.session, form.get(csrf.FIELD)):
            return self._render(request, "message.html", status=403, title="Form expired",
                                message="This form has expired or did not come from this page. "
                                        "Open the page again and retry.")
        return form

    def _to_fleet(self, request: Request) -> RedirectResponse:
        return RedirectResponse(f"{_root(request)}/", status_code=303)

    async def _fleet_page(self, request: Request, status: int = 200, **values: object) -> HTMLResponse:
        records = await run_in_threadpool(self._store.fleet)
        rows = fleet_rows(records, self._clock_ms())
        flash = request.session.pop("flash", None)
        return self._render(request, "fleet.html", status=status, rows=rows, stations=STATIONS, flash=flash,
                            gyms=self._settings.gyms,
                            online=sum(r.status == "online" for r in rows), **values)

    # -- routes --------------------------------------------------------------------------------------------

    async def login_form(self, request: Request) -> Response:
        if _signed_in(request):
            return self._to_fleet(request)
        return self._login_page(request)

    def _login_page(self, request: Request, error: str = "", status: int = 200) -> HTMLResponse:
        if self._settings.credentials is None:
            return self._render(request, "message.html", status=503, title="No admin password set",
                                message="Set one on the hub's machine, then restart the hub:",
                                command=self._settings.set_password_command)
        return self._render(request, "login.html", status=status, error=error)

    async def login(self, request: Request) -> Response:
        address = request.client.host if request.client else "unknown"
        wait = self._throttle.wait_seconds(address)
        if wait > 0:
            return self._login_page(request, status=429,
                                    error=f"Too many wrong passwords. Try again in {math.ceil(wait)} seconds.")
        form = await self._form(request)
        if isinstance(form, Response):
            return form
        if self._settings.credentials is None:
            return self._login_page(request)
        password = form.get("password")
        if not isinstance(password, str) or not await run_in_threadpool(self._settings.credentials.verify, password):
            self._throttle.failed(address)
            return self._login_page(request, status=401, error="Wrong password.")
        self._throttle.succeeded(address)
        request.session.clear()  # a fresh session, with a fresh CSRF token, for the signed-in admin
        request.session["admin"] = True
        csrf.session_token(request.session)
        return self._to_fleet(request)

    async def logout(self, request: Request) -> Response:
        form = await self._form(request)
        if isinstance(form, Response):
            return form
        request.session.clear()
        return RedirectResponse(f"{_root(request)}/login", status_code=303)

    async def fleet(self, request: Request) -> Response:
        if not _signed_in(request):
            return RedirectResponse(f"{_root(request)}/login", status_code=303)
        return await self._fleet_page(request)

    async def revoke(self, request: Request) -> Response:
        if not _signed_in(request):
            return RedirectResponse(f"{_root(request)}/login", status_code=303)
        form = await self._form(request)
        if isinstance(form, Response):
            return form
        device_id = form.get("device_id")
        records = {r.device_id: r for r in await run_in_threadpool(self._store.fleet)}
        record = records.get(device_id) if isinstance(device_id, str) else None
        if record is None:
            request.session["flash"] = "That kiosk is not enrolled on this hub."
            return self._to_fleet(request)
        if form.get("confirm") != "yes":
            return self._render(request, "revoke.html", kiosk=record)
        if await run_in_threadpool(self._store.revoke_device, record.device_id):
            request.session["flash"] = (f"Revoked {record.machine} ({record.gym}). "
                                        "Enrol it again with a new code to bring it back.")
        else:  # revoked meanwhile, from another page or process
            request.session["flash"] = f"{record.machine} ({record.gym}) was already revoked."
        return self._to_fleet(request)

    async def create_enrolment_code(self, request: Request) -> Response:
        if not _signed_in(request):
            return RedirectResponse(f"{_root(request)}/login", status_code=303)
        form = await self._form(request)
        if isinstance(form, Response):
            return form
        values = {name: str(form.get(name, "")).strip() for name in ("gym", "machine", "station")}
        problem = _enrolment_problem(values, {name for name, _ in self._settings.gyms})
        if problem is None:
            try:
                code = await run_in_threadpool(self._store.create_enrolment_code, values["gym"], values["machine"], values["station"])
            except ValueError as error:  # the store's own rule, e.g. a gym this hub does not serve
                problem = str(error)
        if problem is not None:
            return await self._fleet_page(request, status=400, enrol_error=problem, enrol_values=values)
        expires = datetime.fromtimestamp(code.expires_ms / 1000, tz=timezone.utc)
        minutes = max(0, round((code.expires_ms - self._clock_ms()) / 60000))
        return await self._fleet_page(request, status=201, new_code=code,
                                      expires_text=f"{expires:%H:%M} UTC (in {minutes} min)")


def _signed_in(request: Request) -> bool:
    return request.session.get("admin") is True


def _root(request: Request) -> str:
    """The admin app's path prefix as mounted (``/admin``), so links work behind any mount point."""
    return request.scope.get("root_path", "").rstrip("/")


def _enrolment_problem(values: dict[str, str], gyms: set[str]) -> str | None:
    """What is wrong with the enrolment form, in words an installer can act on; None when nothing is."""
    if gyms and values["gym"] not in gyms:
        return f"Gym must be one of this hub's gym locations: {', '.join(sorted(gyms))}."
    for name, label in (("gym", "Gym"), ("machine", "Machine name")):
        value = values[name]
        if not value:
            return f"{label} is required."
        if len(value) > MAX_NAME_LENGTH or not _NAME.match(value):
            return f"{label} must be at most {MAX_NAME_LENGTH} characters, without control characters."
    if values["station"] not in STATIONS:
        return f"Station must be one of: {', '.join(STATIONS)}."
    return None

