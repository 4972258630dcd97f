"""Helpers shared by the sandbox tests: a controllable clock and request builders."""
from __future__ import annotations

import time
from typing import Any

import httpx

from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME, DEMO_MEMBERS, DemoMember


class FakeClock:
    """Epoch seconds that only move when a test says so."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def ms(self) -> int:
        return int(self.now * 1000)


def rfid_body(member: DemoMember) -> dict[str, Any]:
    return {"grantType": "RFID", "rfid": member.rfid, "rfidFormat": member.rfid_format, "machineName": DEMO_MACHINE_NAME}


async def login(client: httpx.AsyncClient, member: DemoMember = DEMO_MEMBERS[0], api_key: str = DEMO_API_KEY) -> str:
    """Log ``member`` in by card and return the access token."""
    reply = await client.post("/api/v1/oauth/token", json=rfid_body(member), headers={"x-api-key": api_key})
    assert reply.status_code == 200, reply.text
    return reply.json()["accessToken"]


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def measurement_body(clock: FakeClock, unique_id: str = "m-1", **overrides: Any) -> dict[str, Any]:
    body = {
        "timestamp": clock.ms(),
        "machineName": DEMO_MACHINE_NAME,
        "gymId": DEMO_GYM_ID,
        "uniqueMeasurementId": unique_id,
        "data": {"WEIGHT_KG": 72.5, "BODY_FAT_PERCENTS": 18.2},
    }
    body.update(overrides)
    return body


def field_names(reply: httpx.Response) -> set[str]:
    return {problem["name"] for problem in reply.json()["fieldErrors"]}
