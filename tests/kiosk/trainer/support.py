"""Shared values and helpers for the trainer-mode tests."""
from __future__ import annotations

import time

from hardware.events import CardCredential
from kiosk.cloud.egym import EgymIntegration
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS
from kiosk.models import Measurement, MemberSession
from kiosk.outbox.outbox import Outbox
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from tests.kiosk.outbox.support import wait_for_state as outbox_wait_for_state

TRAINER_CARD = bytes.fromhex("04A1B2C3D4E580")  # a 7-byte MIFARE UID
TRAINER_PIN = "482913"
SITE_SECRET = b"5e2d0c7a6b9f41d3a8e7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5"  # keys the audit's card labels
WAIT_S = 10.0
DAY_MS = 86_400_000


class WallClock:
    """Wall-clock seconds that move only when a test says so."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def weighing(kg: float = 72.4, days_ago: float = 0.0, **values: float) -> Measurement:
    timestamp_ms = int(time.time() * 1000 - days_ago * DAY_MS)
    return Measurement("body", {"weight_kg": kg, "body_fat_percent": 18.5, "muscle_mass_kg": 55.0, **values},
                       timestamp_ms=timestamp_ms)


async def log_in(egym: EgymIntegration, member=DEMO_MEMBERS[0]) -> MemberSession:
    """The member taps their card: a real login and profile fetch (which records their user id)."""
    session = await egym.login(CardCredential(member.uid))
    await egym.fetch_profile(session)
    return session


async def capture_and_send(outbox: Outbox, measurement: Measurement, session: MemberSession, label: str = "Dana W.") -> DeliveryStatus:
    """Store a result and make its first delivery attempt, as the member flow does; returns EGYM's outcome."""
    await outbox.capture(measurement, session, label)
    [status] = await outbox.deliver_now(measurement.unique_id, WAIT_S)
    return status


def label_of(member=DEMO_MEMBERS[0]) -> str:
    return f"{member.first_name} {member.last_name[0]}."


async def wait_for_state(outbox: Outbox, unique_id: str, *states: DeliveryState, destination: str = "egym") -> DeliveryStatus:
    """Wait on outbox events (no polling) until the item reaches one of ``states``."""
    return await outbox_wait_for_state(outbox, unique_id, destination, *states)
