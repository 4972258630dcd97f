"""Helpers for the outbox tests: measurements, the EGYM platform under test, waiting on outbox events."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass

from hardware.events import CardCredential
from kiosk.cloud.egym import EgymIntegration
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS, SandboxState
from kiosk.models import Measurement, MemberSession
from kiosk.outbox.outbox import Outbox
from kiosk.outbox.schedule import DeliverySchedule
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS, SandboxState
from kiosk.storage import Database

MEMBER = DEMO_MEMBERS[0]
WAIT_S = 10.0  # upper bound for any single wait; tests finish far sooner

# Retries after a few milliseconds so the retry paths run quickly; rand=1 makes delays the ceiling.
# Captures are sent in the background at once instead of waiting for the member to confirm.
FAST_RETRY = DeliverySchedule(base_s=0.005, cap_s=0.02, reauth_delay_s=0.02, confirm_wait_s=0, rand=lambda: 1.0)


def weighing(kg: float = 72.4, **changes: object) -> Measurement:
    return Measurement("body", {"weight_kg": kg, "body_fat_percent": 18.5}, **changes)


@dataclass
class Platform:
    """One EGYM sandbox and the kiosk's integration talking to it over in-process HTTP."""

    state: SandboxState
    integration: EgymIntegration

    def stored_ids(self) -> list[str]:
        return [record["uniqueMeasurementId"] for record in self.state.measurements()]

    async def log_in(self, member=MEMBER) -> MemberSession:
        """The member taps their card: a real login plus profile fetch (which records the user id)."""
        session = await self.integration.login(CardCredential(member.uid))
        await self.integration.fetch_profile(session)
        return session


async def member_key_of(db: Database, session: MemberSession) -> str | None:
    """The kiosk's key of the member ``session`` logged in, as the database links it to their account."""
    row = await db.run(lambda conn: conn.execute(
        "SELECT member_key FROM member_accounts WHERE platform = ? AND account_id = ?",
        (session.platform, session.user_id)).fetchone())
    return None if row is None else row[0]


async def wait_for_state(
    outbox: Outbox, unique_id: str, destination: str, *states: DeliveryState, timeout_s: float = WAIT_S
) -> DeliveryStatus:
    """Wait (on outbox events, never by polling) until the item reaches one of ``states`` there."""
    reached = asyncio.Event()

    def check(changed_id: str, status: DeliveryStatus) -> None:
        if changed_id == unique_id and status.destination == destination and status.state in states:
            reached.set()

    unsubscribe = outbox.subscribe(check)
    try:
        current = outbox.statuses_by_destination(unique_id).get(destination)
        if current is None or current.state not in states:
            async with asyncio.timeout(timeout_s):
                await reached.wait()
    finally:
        unsubscribe()
    return outbox.statuses_by_destination(unique_id)[destination]
