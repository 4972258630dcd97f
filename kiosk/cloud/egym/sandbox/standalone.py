"""EGYM's standalone (machine) API in the sandbox: tokens by Basic client credentials, users, terms, cards.

Every ``/api/`` request is validated against EGYM's standalone OpenAPI document
(:mod:`~kiosk.cloud.egym.sandbox.spec_validation`) before it is served; a request that breaks
it gets 400 in the spec's ``ApiErrorResponseDTO`` shape. The demo members are the server
sandbox's, plus fictional 125 kHz wristbands in every EM/HITAG format; the last member has
not yet accepted EGYM's terms.
"""
from __future__ import annotations

import base64
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from kiosk.cloud.egym.sandbox.errors import new_request_id, reason_phrase
from kiosk.cloud.egym.sandbox.members import DEMO_APPLE_PASS_TYPE_ID, DEMO_GOOGLE_COLLECTOR_ID, DEMO_MEMBERS, DemoMember
from kiosk.cloud.egym.sandbox.spec_validation import (
    SPEC,
    Violation,
    json_body_violations,
    query_violations,
    token_form,
    token_violations,
)
from kiosk.cloud.platform import ASGIApp

DEMO_CLIENT_ID = "sandbox-client"
DEMO_CLIENT_SECRET = "sandbox-client-secret"
DEMO_SERIAL_NUMBER = "SBX-0001"
DEMO_MACHINE_TYPE = "BODY_ANALYZER"
DEMO_CONFIGURATION_INDEX = 2
POINTS_PER_MEASUREMENT = 5  # what the sandbox awards a stored measurement (EGYM's own rules are not public)
LOW_FREQUENCY_FORMATS = ("HITAG1", "HITAG2", "EM4001", "EM4002", "EM4100", "EM4102", "EM4022")
# Fictional 125 kHz wristbands, one per format: the UID is five bytes, the last its format's index.
WRISTBANDS = {(f"0A0B0C0D{i:02X}", fmt): DEMO_MEMBERS[i % len(DEMO_MEMBERS)] for i, fmt in enumerate(LOW_FREQUENCY_FORMATS)}
# Fictional terms, long enough to scroll on a kiosk, with what a real page carries (a script, a
# remote image, a link) so the kiosk's plain-text rendering is exercised.
_TERMS_SECTIONS = {
    "en": ("Terms and conditions (sandbox)", [
        ("1. What these terms cover", "These fictional terms stand in for EGYM's own. They explain how your "
         "training data is stored when you use a machine in this gym."),
        ("2. Your measurements", "Each result you save on a machine is stored in your account so that you and "
         "your trainer can follow your progress over time."),
        ("3. Who can see them", "Your trainer at this gym can see your results. Nobody else can, unless you "
         "connect another app yourself."),
        ("4. Deleting your data", "You can ask at the front desk or in the app to delete your results at any time."),
        ("5. Changes", "If these terms change, you are asked to accept them again on the next machine you use."),
        ("6. Contact", "Questions? Ask a trainer, or read the full privacy notice in the app."),
    ]),
    "de": ("Nutzungsbedingungen (Sandbox)", [
        ("1. Worum es geht", "Diese erfundenen Bedingungen stehen für die von EGYM. Sie erklären, wie Ihre "
         "Trainingsdaten gespeichert werden, wenn Sie ein Gerät in diesem Studio benutzen."),
        ("2. Ihre Messungen", "Jedes Ergebnis, das Sie an einem Gerät speichern, kommt in Ihr Konto, damit Sie "
         "und Ihr Trainer Ihre Fortschritte verfolgen können."),
        ("3. Wer sie sieht", "Ihr Trainer in diesem Studio sieht Ihre Ergebnisse. Sonst niemand, außer Sie "
         "verbinden selbst eine andere App."),
        ("4. Löschen", "Sie können Ihre Ergebnisse jederzeit am Empfang oder in der App löschen lassen."),
        ("5. Änderungen", "Ändern sich diese Bedingungen, werden Sie am nächsten Gerät erneut gefragt."),
        ("6. Kontakt", "Fragen? Sprechen Sie einen Trainer an oder lesen Sie den Datenschutzhinweis in der App."),
    ]),
    "es": ("Términos y condiciones (sandbox)", [
        ("1. Qué cubren", "Estos términos ficticios sustituyen a los de EGYM. Explican cómo se guardan sus "
         "datos de entrenamiento cuando usa una máquina de este gimnasio."),
        ("2. Sus mediciones", "Cada resultado que guarda en una máquina se guarda en su cuenta para que usted y "
         "su entrenador sigan su progreso."),
        ("3. Quién los ve", "Su entrenador de este gimnasio ve sus resultados. Nadie más, salvo que usted "
         "conecte otra aplicación."),
        ("4. Borrar sus datos", "Puede pedir en recepción o en la aplicación que se borren sus resultados."),
    ]),
    "fr": ("Conditions générales (sandbox)", [
        ("1. Ce qu'elles couvrent", "Ces conditions fictives remplacent celles d'EGYM. Elles expliquent comment "
         "vos données d'entraînement sont enregistrées quand vous utilisez une machine de cette salle."),
        ("2. Vos mesures", "Chaque résultat enregistré sur une machine va dans votre compte, pour que vous et "
         "votre coach suiviez vos progrès."),
        ("3. Qui les voit", "Votre coach dans cette salle voit vos résultats. Personne d'autre, sauf si vous "
         "connectez vous-même une autre application."),
        ("4. Supprimer vos données", "Vous pouvez demander à l'accueil ou dans l'application de les supprimer."),
    ]),
}


def _terms_page(title: str, sections: list[tuple[str, str]]) -> str:
    body = "".join(f"<h2>{heading}</h2><p>{text}</p>" for heading, text in sections)
    return (f"<html><head><title>{title}</title><script>track()</script></head><body><h1>{title}</h1>{body}"
            '<p><img src="https://cdn.example.invalid/logo.png">More at <a href="https://example.invalid/">'
            "example.invalid</a>.</p></body></html>")


TERMS_HTML = {language: _terms_page(title, sections) for language, (title, sections) in _TERMS_SECTIONS.items()}


class SpecError(Exception):
    """A request the sandbox refuses, as an ``ApiErrorResponseDTO``."""

    def __init__(self, status: int, message: str, violations: tuple[Violation, ...] = (), code: str | None = None):
        super().__init__(message)
        self.status, self.message, self.violations, self.code = status, message, violations, code


@dataclass
class StandaloneState:
    """Tokens, card assignments, terms and stored measurements of the standalone sandbox."""

    token_ttl_s: float = 900.0
    terms_pending: set[str] = field(default_factory=lambda: {DEMO_MEMBERS[-1].user_id})
    tags: dict[tuple[str, str], DemoMember] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)
    refresh_tokens: dict[str, str] = field(default_factory=dict)
    measurements: list[dict[str, Any]] = field(default_factory=list)
    heartbeats: list[dict[str, str]] = field(default_factory=list)
    # (user id, kind) -> entries oldest first, as BodyMeasurementHistoryResponseDTO & co.
    history: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    points_today: dict[str, int] = field(default_factory=lambda: {m.user_id: 12 for m in DEMO_MEMBERS})
    # Members whose gym has no activity levels: EGYM answers 403.
    no_activity_level: set[str] = field(default_factory=lambda: {DEMO_MEMBERS[2].user_id})
    # Replies to give instead of serving the next requests: (status, errorCode or None).
    fail_next: list[tuple[int, str | None]] = field(default_factory=list)
    duplicates: int = 0  # measurements sent again with an id already stored (and not stored twice)
    _next_id: int = 1000
    _forget_tokens: threading.Event = field(default_factory=threading.Event, repr=False)

    def expire_tokens(self) -> None:
        """Every access token issued so far stops working (refresh tokens do not), from any thread.

        The tokens are dropped on the server's thread before its next request, never during one.
        """
        self._forget_tokens.set()

    def forget_expired_tokens(self) -> None:
        """Drop the access tokens :meth:`expire_tokens` asked to drop (the app calls it before each request)."""
        if self._forget_tokens.is_set():
            self._forget_tokens.clear()
            self.tokens.clear()

    def __post_init__(self) -> None:
        if not self.tags:
            self.tags = {(m.rfid, m.rfid_format): m for m in DEMO_MEMBERS} | dict(WRISTBANDS)
        first = DEMO_MEMBERS[0]
        day_ms = 86_400_000
        start = int(time.time() * 1000) - 30 * day_ms
        for i in range(7):  # a member who measured on another machine every few days
            self.add_history(first.user_id, "body", start + i * 4 * day_ms,
                             {"WEIGHT_KG": round(first.weight_kg + 1.5 - 0.25 * i, 2), "BODY_FAT_PERCENTS": 27.0 - 0.2 * i})

    def add_history(self, user_id: str, kind: str, timestamp_ms: int, data: dict[str, float]) -> None:
        self._next_id += 1
        metrics = [{"type": key, "value": value} for key, value in data.items()]
        self.history.setdefault((user_id, kind), []).append(
            {"id": self._next_id, "timestamp": timestamp_ms, "metrics": metrics}
        )

    def history_page(self, user_id: str, kind: str, last_id: int | None, limit: int) -> list[dict[str, Any]]:
        """Newest first, ids strictly below ``last_id``: EGYM's keyset paging backwards."""
        entries = sorted(self.history.get((user_id, kind), []), key=lambda e: e["id"], reverse=True)
        return [e for e in entries if last_id is None or e["id"] < last_id][:limit]

    def login(self, form: dict[str, str]) -> dict[str, Any]:
        grant = form["grant_type"].upper()
        if grant == "RFID":
            member = self.tags.get((form["rfid"].upper(), form["rfid_format"]))
        elif grant == "NFC":
            member = next((m for m in DEMO_MEMBERS if m.wallet_payload == form["payload"]
                           and m.wallet_platform == form["transponder_type"] and _issuer_ok(form)), None)
        elif grant == "REFRESH_TOKEN":
            user_id = self.refresh_tokens.get(form["refresh_token"])
            if user_id is None:
                raise SpecError(401, "Invalid refresh token")
            member = self.member(user_id)
        else:
            raise SpecError(400, f"grant {grant} is not available to this machine")
        if member is None:
            raise SpecError(404, "User not found", code="USER_NOT_FOUND")
        access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        self.tokens[access] = member.user_id
        self.refresh_tokens[refresh] = member.user_id
        expires = int((time.time() + self.token_ttl_s) * 1000)
        return {"access_token": access, "expiration_time": expires, "refresh_token": refresh, "token_type": "Bearer"}

    def member(self, user_id: str) -> DemoMember:
        return next(m for m in DEMO_MEMBERS if m.user_id == user_id)

    def bearer(self, authorization: str | None) -> DemoMember:
        token = (authorization or "").removeprefix("Bearer ")
        if token not in self.tokens:
            raise SpecError(401, "Unauthorized")
        return self.member(self.tokens[token])

    def user(self, member: DemoMember) -> dict[str, Any]:
        details = {key: value for key, value in member.equipment_user().items() if key != "trainingGoal"}
        return {**details, "trainingProgram": member.training_goal,
                "termsAndConditionsAccepted": member.user_id not in self.terms_pending}


def _issuer_ok(form: dict[str, str]) -> bool:
    if "configuration_index" in form:
        return form["configuration_index"] == str(DEMO_CONFIGURATION_INDEX)
    expected = DEMO_APPLE_PASS_TYPE_ID if form["transponder_type"] == "APPLE" else DEMO_GOOGLE_COLLECTOR_ID
    return form.get("issuer_id") == expected


Handler = Callable[[Request, StandaloneState], Awaitable[Response]]


def create_standalone_app(state: StandaloneState) -> ASGIApp:
    """The ASGI app serving ``state``."""

    def route(path: str, method: str, handler: Handler) -> Route:
        async def handle(request: Request) -> Response:
            try:
                state.forget_expired_tokens()
                if state.fail_next:
                    status, code = state.fail_next.pop(0)
                    raise SpecError(status, reason_phrase(status), code=code)
                concrete = _api_path(request) if _api_path(request) in SPEC["paths"] else path
                violations = query_violations(method, concrete, dict(request.query_params))
                if violations:
                    raise SpecError(400, "Invalid request parameters", tuple(violations))
                return await handler(request, state)
            except SpecError as error:
                return _error(request, error)

        return Route(path, handle, methods=[method])

    return Starlette(routes=[
        route("/api/v1/oauth/token", "POST", _token),
        route("/api/v1/users", "GET", _user),
        route("/api/v1/resources/terms-and-conditions", "GET", _terms),
        route("/api/v1/users/terms-and-conditions", "PUT", _accept_terms),
        route("/api/v1/users/rfid", "POST", _link_card),
        route("/api/v1/measurements/{kind}", "POST", _measurement),
        route("/api/v1/partners/info", "GET", _partner_info),
        route("/api/v1/points", "GET", _points),
        route("/api/v1/users/activity-levels", "GET", _activity_level),
        route("/api/v1/measurements/{kind}/history", "GET", _history),
        route("/api/v1/machines/heartbeat", "POST", _heartbeat),
        Route("/_sandbox/measurements", lambda request: JSONResponse(state.measurements), methods=["GET"]),
    ])


def _api_path(request: Request) -> str:
    """The path as EGYM's document names it, without where the sandbox mounts this API (``/standalone``)."""
    return request.url.path.removeprefix(request.scope.get("root_path", ""))


def _basic(request: Request) -> None:
    expected = base64.b64encode(f"{DEMO_CLIENT_ID}:{DEMO_CLIENT_SECRET}".encode()).decode()
    if request.headers.get("authorization") != f"Basic {expected}":
        raise SpecError(401, "Unauthorized")


async def _json(request: Request, method: str, path: str) -> Any:
    try:
        body = await request.json()
    except ValueError:
        raise SpecError(400, "Malformed JSON request") from None
    violations = json_body_violations(method, path, body)
    if violations:
        raise SpecError(400, "Invalid request content", tuple(violations))
    return body


async def _token(request: Request, state: StandaloneState) -> Response:
    _basic(request)
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        raise SpecError(415, "Content type must be application/x-www-form-urlencoded")
    form = dict(parse_qsl((await request.body()).decode("utf-8", "replace"), keep_blank_values=True))
    violations = token_violations(token_form(form))
    if violations:
        raise SpecError(400, "Invalid token request", tuple(violations))
    return JSONResponse(state.login(form))


async def _user(request: Request, state: StandaloneState) -> Response:
    return JSONResponse(state.user(state.bearer(request.headers.get("authorization"))))


async def _terms(request: Request, state: StandaloneState) -> Response:
    language = request.query_params.get("locale", "en").split("_")[0]
    return HTMLResponse(TERMS_HTML.get(language, TERMS_HTML["en"]))


async def _accept_terms(request: Request, state: StandaloneState) -> Response:
    member = state.bearer(request.headers.get("authorization"))
    state.terms_pending.discard(member.user_id)
    return Response(status_code=204)


async def _link_card(request: Request, state: StandaloneState) -> Response:
    member = state.bearer(request.headers.get("authorization"))
    body = await _json(request, "POST", "/api/v1/users/rfid")
    state.tags[(body["rfid"].upper(), body["rfidFormat"])] = member  # re-assigns, as EGYM documents
    return Response(status_code=204)


async def _measurement(request: Request, state: StandaloneState) -> Response:
    member = state.bearer(request.headers.get("authorization"))
    kind = request.path_params["kind"]
    if _api_path(request) not in SPEC["paths"]:
        raise SpecError(404, "Not Found")
    body = await _json(request, "POST", f"/api/v1/measurements/{kind}")
    if not any(m["uniqueMeasurementId"] == body["uniqueMeasurementId"] for m in state.measurements):
        state.measurements.append({**body, "kind": kind, "userId": member.user_id})
        state.add_history(member.user_id, kind, body["timestamp"], body["data"])
        state.points_today[member.user_id] = state.points_today.get(member.user_id, 0) + POINTS_PER_MEASUREMENT
    else:
        state.duplicates += 1
    return Response(status_code=204)


async def _points(request: Request, state: StandaloneState) -> Response:
    member = state.bearer(request.headers.get("authorization"))
    now = int(time.time() * 1000)
    today = [{"timestamp": now, "exerciseType": "EGYM_MACHINE", "points": state.points_today.get(member.user_id, 0)}]
    return JSONResponse({"todaysPoints": today, "pointsByDay": today})


async def _activity_level(request: Request, state: StandaloneState) -> Response:
    member = state.bearer(request.headers.get("authorization"))
    if member.user_id in state.no_activity_level:
        raise SpecError(403, "Activity levels are not enabled for this gym")
    return JSONResponse({"level": "3", "points": 960, "goal": 1000, "maintainPointsCount": 400, "daysLeft": 12})


async def _history(request: Request, state: StandaloneState) -> Response:
    member = state.bearer(request.headers.get("authorization"))
    kind = request.path_params["kind"]
    if _api_path(request) not in SPEC["paths"]:
        raise SpecError(404, "Not Found")
    query = request.query_params
    limit = int(query.get("measurementLimit", "20"))
    if not 1 <= limit <= 1000:
        raise SpecError(400, "Invalid request parameters: value must be greater than or equal to 1 and less than "
                             "or equal to 1000")
    last_id = int(query["lastId"]) if "lastId" in query else None
    return JSONResponse(state.history_page(member.user_id, kind, last_id, limit))


async def _partner_info(request: Request, state: StandaloneState) -> Response:
    _basic(request)
    return JSONResponse({"name": "Sandbox partner", "createdAt": 1672531200000, "featureFlags": []})


async def _heartbeat(request: Request, state: StandaloneState) -> Response:
    _basic(request)
    state.heartbeats.append(await _json(request, "POST", "/api/v1/machines/heartbeat"))
    return Response(status_code=204)


def _error(request: Request, error: SpecError) -> Response:
    body: dict[str, Any] = {
        "timestamp": int(time.time() * 1000),
        "path": request.url.path,
        "status": error.status,
        "error": reason_phrase(error.status),
        "requestId": new_request_id(),
        "message": error.message,
    }
    if error.violations:
        body["fieldErrors"] = [{"name": v.name, "message": v.message, "rejectedValue": v.rejected}
                               for v in error.violations]
    if error.code:
        body["errorCode"] = error.code
    headers = {"Retry-After": "1"} if error.status == 429 else None  # 429 is in EGYM's FAQ, not its responses
    return JSONResponse(body, status_code=error.status, headers=headers)
