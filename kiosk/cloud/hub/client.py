"""The kiosk's HTTP calls to the hub (docs/hub-api.md), each returning a value or raising a typed cloud error.

One :class:`httpx.AsyncClient` per :class:`HubClient`, with ``Authorization: Bearer <device credential>``
on every call. Replies are read capped (:func:`~kiosk.cloud.reply_body.read_capped`). No retries
here: a member's tap is answered or refused at once, and the outbox owns the long schedule.
"""
from __future__ import annotations

from typing import Any, Callable, TypeVar

import httpx

from hardware.events import CardCredential, Credential
from kiosk.cloud.errors import BadReply, CloudError
from kiosk.cloud.hub.errors import PLATFORM, error_for, transport_error
from kiosk.cloud.hub.replies import (
    StatusDocument,
    credential_body,
    measurement_body,
    parse_error,
    parse_login,
    parse_status,
    parse_status_list,
)
from kiosk.cloud.hub.wire import LoginReply, training_from_json
from kiosk.cloud.hub.settings import HubSettings
from kiosk.cloud.member_services import TrainingToday
from kiosk.cloud.reply_body import header_int, load_json, read_capped
from kiosk.cloud.transport import network_transport
from kiosk.logsafety import register_card_uid, register_name, register_secret
from kiosk.models import Measurement

T = TypeVar("T")

MAX_WAIT_S = 30  # the longest long-poll the hub serves
MAX_LIST = 200  # the most measurements the hub lists at once


class HubClient:
    """The hub's kiosk-facing API for one enrolled kiosk."""

    def __init__(self, settings: HubSettings, *, transport: httpx.AsyncBaseTransport | None = None) -> None:
        register_secret(settings.credential)
        self._settings = settings
        self._http = httpx.AsyncClient(
            base_url=settings.url,
            timeout=httpx.Timeout(settings.timeout_s, connect=min(settings.timeout_s, 5.0)),
            transport=transport or network_transport(settings.ca_bundle, ca_bundle_key="hub.ca_bundle", connections=6),
            headers={"Accept": "application/json",
                     **({"Authorization": f"Bearer {settings.credential}"} if settings.credential else {})},
        )

    async def aclose(self) -> None:
        """Close pooled connections."""
        await self._http.aclose()

    async def login(self, credential: Credential) -> LoginReply:
        """``POST /api/v1/login`` with what the member tapped."""
        if isinstance(credential, CardCredential):
            register_card_uid(credential.uid)
        else:
            register_secret(credential.payload)
        login = await self._call("login", "POST", "/api/v1/login", parse_login,
                                 json={"credential": credential_body(credential)})
        register_secret(login.session, login.member.user_id, login.member.date_of_birth)
        register_name(login.member.first_name, login.member.last_name, login.member.display_name)
        return login

    async def submit(self, measurement: Measurement, session: str, credential: Credential) -> StatusDocument:
        """``POST /api/v1/measurements``: returns once the hub stored it (202 accepted)."""
        return await self._call("intake", "POST", "/api/v1/measurements", parse_status,
                                json=measurement_body(measurement, session, credential))

    async def status(self, unique_id: str, *, wait_s: int = 0, after: int | None = None) -> StatusDocument:
        """``GET /api/v1/measurements/{id}``; with ``wait_s`` and ``after`` a long-poll for a newer version."""
        params: dict[str, int] = {}
        timeout = self._settings.timeout_s
        if wait_s:
            params["wait"] = min(wait_s, MAX_WAIT_S)
            timeout += params["wait"]
        if after is not None:
            params["after"] = after
        return await self._call("status", "GET", f"/api/v1/measurements/{unique_id}", parse_status,
                                params=params, timeout=timeout)

    async def recent(self, limit: int = 50) -> tuple[StatusDocument, ...]:
        """``GET /api/v1/measurements``: this kiosk's recent measurements, newest first (at most :data:`MAX_LIST`)."""
        return await self._call("list", "GET", "/api/v1/measurements", parse_status_list,
                                params={"limit": max(1, min(limit, MAX_LIST))})

    async def resend(self, unique_id: str, destination: str) -> StatusDocument:
        """A trainer's resend of a failed delivery."""
        return await self._call("resend", "POST", f"/api/v1/measurements/{unique_id}/resend", parse_status,
                                json={"destination": destination})

    async def discard(self, unique_id: str, destination: str, reason: str) -> StatusDocument:
        """A trainer's discard: never sent there again."""
        return await self._call("discard", "POST", f"/api/v1/measurements/{unique_id}/discard", parse_status,
                                json={"destination": destination, "reason": reason})

    async def start_link(self, session: str, platform: str, member_name: str) -> dict[str, Any]:
        """``POST /api/v1/links``: the link page's URL and match code for the member's phone."""
        return await self._call("link", "POST", "/api/v1/links", _object,
                                json={"session": session, "platform": platform, "member_name": member_name})

    async def link_status(self, link_id: str) -> str:
        return await self._call("link status", "GET", f"/api/v1/links/{link_id}", _link_status)

    async def linked_accounts(self, session: str) -> dict[str, str]:
        return await self._call("linked accounts", "POST", "/api/v1/links/linked", _platform_states,
                                json={"session": session})

    async def training_today(self, session: str) -> TrainingToday | None:
        """``POST /api/v1/links/today``: the member's plan and heart-rate zones at a platform they linked, or None."""
        return await self._call("training today", "POST", "/api/v1/links/today", _training, json={"session": session})

    async def unlink(self, session: str, platform: str) -> None:
        await self._call("unlink", "POST", "/api/v1/links/unlink", lambda _: None,
                         json={"session": session, "platform": platform})

    async def heartbeat(self, report: dict[str, Any]) -> None:
        """``POST /api/v1/heartbeat`` (204)."""
        await self._call("heartbeat", "POST", "/api/v1/heartbeat", lambda _: None, json=report)

    async def _call(self, what: str, method: str, path: str, parse: Callable[[Any], T], *,
                    timeout: float | None = None, **request: Any) -> T:
        return await call(self._http, what, method, path, parse, timeout=timeout, **request)


async def enrol(url: str, code: str, *, timeout_s: float = 10.0, ca_bundle: str | None = None,
                transport: httpx.AsyncBaseTransport | None = None) -> dict[str, Any]:
    """``POST /api/v1/enrol``: exchange a one-time code for this kiosk's device credential.

    Returns the hub's answer (``device_id``, ``credential``, ``gym``, ``machine``, ``station``);
    raises :class:`~kiosk.cloud.hub.errors.EnrolmentRefused` for a wrong, used or expired code.
    """
    register_secret(code)
    async with httpx.AsyncClient(base_url=url, timeout=timeout_s,
                                 transport=transport or network_transport(
                                     ca_bundle, ca_bundle_key="hub.ca_bundle", connections=6)) as http:
        answer = await call(http, "enrol", "POST", "/api/v1/enrol", _enrolment, json={"code": code})
    register_secret(answer["credential"])
    return answer


def _object(reply: Any) -> dict[str, Any]:
    if not isinstance(reply, dict):
        raise BadReply(PLATFORM, "reply is not a JSON object")
    return reply


def _link_status(reply: Any) -> str:
    status = _object(reply).get("status")
    if not isinstance(status, str):
        raise BadReply(PLATFORM, "link status reply without a status")
    return status


def _platform_states(reply: Any) -> dict[str, str]:
    platforms = _object(reply).get("platforms")
    if not isinstance(platforms, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in platforms.items()):
        raise BadReply(PLATFORM, "linked accounts reply without platform states")
    return platforms


def _training(reply: Any) -> TrainingToday | None:
    training = _object(reply).get("training")
    if training is None:
        return None
    try:
        return training_from_json(training)
    except ValueError:
        raise BadReply(PLATFORM, "training reply not in the expected shape") from None


def _enrolment(reply: Any) -> dict[str, Any]:
    if not isinstance(reply, dict) or not isinstance(reply.get("credential"), str) or len(reply["credential"]) < 32:
        raise BadReply(PLATFORM, "enrolment reply without a usable credential")
    return reply


async def call(http: httpx.AsyncClient, what: str, method: str, path: str, parse: Callable[[Any], T], *,
               timeout: float | None = None, **request: Any) -> T:
    """One request; a 2xx reply parsed, anything else raised as its typed error."""
    if timeout is not None:
        request["timeout"] = httpx.Timeout(timeout, connect=min(timeout, 5.0))
    try:
        async with http.stream(method, path, **request) as streamed:
            response = await read_capped(streamed, PLATFORM)
    except httpx.TransportError as exc:
        raise transport_error(exc, what) from None
    body: Any = None
    if response.content:
        try:
            body = load_json(response.content)
        except ValueError:
            if response.is_success:
                raise BadReply(PLATFORM, f"{what}: reply is not JSON", response.status_code) from None
    if response.is_success:
        return parse(body)
    raise _refusal(response, body, what)


def _refusal(response: httpx.Response, body: Any, what: str) -> CloudError:
    code, message = parse_error(body)
    retry_after = header_int(response.headers.get("retry-after"))
    return error_for(response.status_code, code, f"{what}: {message}" if message else what,
                     float(retry_after) if retry_after is not None else None)
