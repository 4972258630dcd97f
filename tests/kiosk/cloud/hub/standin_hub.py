"""A throwaway hub that follows docs/hub-api.md, in memory, passing results on to the EGYM sandbox.

Only until the real hub (branch i11-hub, ``hub.composition.build_hub``) is merged: then these
tests run against that and this file goes.
"""
from __future__ import annotations

import asyncio
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from hardware.events import CardCredential, CardTechnology, WalletCredential, WalletPlatform
from kiosk.cloud.egym import EgymClient, EgymIntegration, parse_egym_settings
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME
from kiosk.cloud.errors import CloudError, NotRegistered, Rejected
from kiosk.cloud.platform import SettingsContext
from kiosk.config_section import Section
from kiosk.models import Measurement, MemberSession


def _refuse(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status)


@dataclass
class _Item:
    body: dict[str, Any]
    device: str
    version: int = 1
    destinations: dict[str, dict[str, Any]] = field(default_factory=lambda: {"egym": {"state": "pending", "detail": ""}})

    def document(self, unique_id: str) -> dict[str, Any]:
        return {"uniqueMeasurementId": unique_id, "version": self.version, "destinations": self.destinations,
                "kind": self.body["measurement"]["kind"], "timestamp_ms": self.body["measurement"]["timestamp_ms"]}


class StandInHub:
    """The hub's kiosk-facing API over an EGYM sandbox at ``egym_url``; served with ``serve_loopback``."""

    quiet_errors: tuple[type[BaseException], ...] = ()

    def __init__(self, egym_url: str) -> None:
        self._egym_settings = parse_egym_settings(
            Section({"base_url": egym_url, "gym_id": DEMO_GYM_ID, "machine_name": DEMO_MACHINE_NAME}, "egym"),
            SettingsContext(secret=DEMO_API_KEY))
        self._egym: EgymIntegration | None = None
        self.codes: dict[str, bool] = {}  # code -> used
        self.devices: dict[str, bool] = {}  # credential -> revoked
        self.sessions: dict[str, MemberSession] = {}
        self.items: dict[str, _Item] = {}
        self.heartbeats: list[dict[str, Any]] = []
        self.egym_answer: tuple[str, str] | None = None  # (state, detail) instead of asking EGYM
        self._changed: asyncio.Condition | None = None

    def new_code(self) -> str:
        code = f"{secrets.randbelow(10**8):08d}"
        self.codes[code] = False
        return code

    def revoke_all(self) -> None:
        for credential in self.devices:
            self.devices[credential] = True

    def describe(self, base_url: str) -> list[str]:
        return [f"stand-in hub on {base_url}"]

    def asgi_app(self) -> Any:
        return Starlette(routes=[
            Route("/api/v1/enrol", self._enrol, methods=["POST"]),
            Route("/api/v1/login", self._login, methods=["POST"]),
            Route("/api/v1/measurements", self._intake, methods=["POST"]),
            Route("/api/v1/measurements", self._list, methods=["GET"]),
            Route("/api/v1/measurements/{unique_id}", self._status, methods=["GET"]),
            Route("/api/v1/measurements/{unique_id}/resend", self._resend, methods=["POST"]),
            Route("/api/v1/measurements/{unique_id}/discard", self._discard, methods=["POST"]),
            Route("/api/v1/heartbeat", self._heartbeat, methods=["POST"]),
        ])

    def _device(self, request: Request) -> str | Response:
        credential = request.headers.get("authorization", "").removeprefix("Bearer ")
        if credential not in self.devices:
            return _refuse(401, "device_unknown", "This kiosk is not enrolled on the hub.")
        if self.devices[credential]:
            return _refuse(401, "device_revoked", "This kiosk was revoked on the hub. Enrol it again.")
        return credential

    async def _enrol(self, request: Request) -> Response:
        code = (await request.json()).get("code")
        if code not in self.codes:
            return _refuse(400, "enrolment_code_unknown", "No such enrolment code.")
        if self.codes[code]:
            return _refuse(400, "enrolment_code_used", "This enrolment code was already used.")
        self.codes[code] = True
        credential = secrets.token_urlsafe(32)
        self.devices[credential] = False
        return JSONResponse({"device_id": "k-1", "credential": credential, "gym": "demo", "machine": "scale-1",
                             "station": "body"}, 201)

    def _egym_integration(self) -> EgymIntegration:
        if self._egym is None:
            self._egym = EgymIntegration(EgymClient(self._egym_settings), self._egym_settings)
            self._changed = asyncio.Condition()
        return self._egym

    async def _login(self, request: Request) -> Response:
        device = self._device(request)
        if isinstance(device, Response):
            return device
        credential = _credential((await request.json())["credential"])
        egym = self._egym_integration()
        try:
            session = await egym.login(credential)
            profile = await egym.fetch_profile(session)
        except NotRegistered:
            return _refuse(404, "member_unknown", "No platform knows this card.")
        handle = "s-" + secrets.token_urlsafe(16)
        self.sessions[handle] = session
        member = {name: getattr(profile, name) for name in (
            "user_id", "first_name", "last_name", "gender", "date_of_birth", "height_cm", "weight_kg", "locale",
            "unit_system", "training_goal")}
        return JSONResponse({"session": handle, "expires_in": 1800, "member": member, "linked_platforms": ["egym"]})

    async def _intake(self, request: Request) -> Response:
        device = self._device(request)
        if isinstance(device, Response):
            return device
        body = await request.json()
        unique_id = body["uniqueMeasurementId"]
        egym = self._egym_integration()
        if unique_id not in self.items:
            self.items[unique_id] = _Item(body, device)
            session = self.sessions.get(body.get("session")) or MemberSession.credential_only(
                "egym", _credential(body["credential"]))
            asyncio.get_running_loop().create_task(self._deliver(unique_id, egym, session))
        return JSONResponse({"status": "accepted", **self.items[unique_id].document(unique_id)}, 202)

    async def _deliver(self, unique_id: str, egym: EgymIntegration, session: MemberSession) -> None:
        if self.egym_answer is not None:
            await self._set(unique_id, *self.egym_answer)
            return
        m = self.items[unique_id].body["measurement"]
        measurement = Measurement(m["kind"], m["values"], unique_id, m["timestamp_ms"], m.get("device_model", ""))
        try:
            await egym.submit(measurement, session)
            state, detail = "delivered", ""
        except Rejected as error:
            state, detail = "failed", error.message
        except CloudError as error:
            state, detail = "retrying", error.message
        await self._set(unique_id, state, detail)

    async def _set(self, unique_id: str, state: str, detail: str) -> None:
        item = self.items[unique_id]
        item.destinations = {"egym": {"state": state, "detail": detail, "updated_ms": int(time.time() * 1000)}}
        item.version += 1
        assert self._changed is not None
        async with self._changed:
            self._changed.notify_all()

    async def _status(self, request: Request) -> Response:
        found = self._own_item(request)
        if isinstance(found, Response):
            return found
        unique_id, item = found
        wait = min(float(request.query_params.get("wait", 0)), 30)
        after = int(request.query_params.get("after", -1))
        if wait and item.version <= after and self._changed is not None:
            async with self._changed:
                try:
                    await asyncio.wait_for(self._changed.wait_for(lambda: item.version > after), wait)
                except asyncio.TimeoutError:
                    pass
        return JSONResponse(item.document(unique_id))

    async def _resend(self, request: Request) -> Response:
        found = self._own_item(request)
        if isinstance(found, Response):
            return found
        unique_id, item = found
        if item.destinations["egym"]["state"] == "failed":
            body = item.body
            session = self.sessions.get(body.get("session")) or MemberSession.credential_only(
                "egym", _credential(body["credential"]))
            await self._set(unique_id, "pending", "")
            asyncio.get_running_loop().create_task(self._deliver(unique_id, self._egym_integration(), session))
        return JSONResponse(item.document(unique_id), 202)

    async def _discard(self, request: Request) -> Response:
        found = self._own_item(request)
        if isinstance(found, Response):
            return found
        unique_id, item = found
        if item.destinations["egym"]["state"] in ("pending", "retrying"):
            await self._set(unique_id, "discarded", (await request.json())["reason"])
        return JSONResponse(item.document(unique_id))

    def _own_item(self, request: Request) -> tuple[str, _Item] | Response:
        device = self._device(request)
        if isinstance(device, Response):
            return device
        unique_id = request.path_params["unique_id"]
        item = self.items.get(unique_id)
        if item is None or item.device != device:
            return _refuse(404, "measurement_unknown", "This kiosk sent no measurement with that id.")
        return unique_id, item

    async def _list(self, request: Request) -> Response:
        device = self._device(request)
        if isinstance(device, Response):
            return device
        mine = [item.document(uid) for uid, item in reversed(self.items.items()) if item.device == device]
        return JSONResponse({"measurements": mine[: int(request.query_params.get("limit", 50))]})

    async def _heartbeat(self, request: Request) -> Response:
        device = self._device(request)
        if isinstance(device, Response):
            return device
        self.heartbeats.append(await request.json())
        return Response(status_code=204)


def _credential(data: dict[str, Any]) -> CardCredential | WalletCredential:
    if data["kind"] == "card":
        return CardCredential(bytes.fromhex(data["uid"]), CardTechnology(data["technology"]))
    return WalletCredential(data["payload"], WalletPlatform(data["platform"]))
