"""A scale station whose Tanita analyser is in PC mode, wired as in production for tests.

EGYM sandbox over in-process HTTP, SQLite outbox, the session flow, and the device hub
with a simulated uid-lines reader and a simulated MC-780 on ptys (``pc_mode = true``,
``tare_kg = 1.0``). Timers run on a :class:`ManualScheduler`, so no screen times out
while a test runs.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import AsyncIterator, Iterable

import httpx

from hardware.protocols.tanita_pc_mode import ESSENTIAL_ITEMS
from hardware.simulators.tanita_pc_mode import AnalyserPcMode
from hardware.simulators.tanita_scale import FAST_TIMING, TanitaScaleSimulator
from harness.autoplay import SnapshotWaiter, in_state
from kiosk.cloud.egym import EgymClient, EgymIntegration
from kiosk.cloud.egym.sandbox import (
    DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME, DEMO_MEMBERS, DemoMember, SandboxState, create_app,
)
from kiosk.config.loader import KioskConfig, parse_config
from kiosk.outbox.outbox import Outbox
from kiosk.runtime.devices import DeviceHub
from kiosk.session.flow import FlowTimings, SessionFlow
from kiosk.session.state import SessionSnapshot, SessionState
from kiosk.session.timers import ManualScheduler
from kiosk.storage import Database

WAIT_S = 20.0  # an upper bound for ptys, in-process HTTP and SQLite; never a sleep
TARE_KG = 1.0


class LosesDetailsOnce(AnalyserPcMode):
    """An analyser that acknowledges the member's details once without keeping them (as after a
    brown-out between commands), so its ``G1`` is answered ``E4``; every later try is normal."""

    def __init__(self) -> None:
        super().__init__()
        self.losing = True

    def answer(self, command: str) -> str:
        if self.losing and command[:2] in ESSENTIAL_ITEMS:
            return command[:2]
        if self.losing and command == "G1":
            self.losing = False
        return super().answer(command)


@dataclass
class PcModeStation:
    config: KioskConfig
    sandbox: SandboxState
    flow: SessionFlow
    hub: DeviceHub
    waiter: SnapshotWaiter

    @property
    def analyser(self) -> TanitaScaleSimulator:
        return self.hub.simulator("measuring")

    def tap(self, member: DemoMember) -> None:
        self.hub.simulator("reader").tap(member.uid)

    async def until(self, *states: SessionState) -> SessionSnapshot:
        return await self.waiter.until(in_state(*states), WAIT_S, " or ".join(s.value for s in states))

    async def until_true(self, condition, what: str) -> SessionSnapshot:
        return await self.waiter.until(condition, WAIT_S, what)


def pc_mode_config(tmp_path: Path) -> KioskConfig:
    return parse_config(
        {
            "station": {"type": "scale", "name": "Body analyser"},
            "egym": {"base_url": "https://sandbox.test", "gym_id": DEMO_GYM_ID, "machine_name": DEMO_MACHINE_NAME},
            "readers": [{"protocol": "uid-lines", "port": "simulated", "id": "front"}],
            "device": {"protocol": "tanita", "port": "simulated", "options": {"model": "MC-780"},
                       "pc_mode": True, "tare_kg": TARE_KG},
            "storage": {"database": str(tmp_path / "kiosk.sqlite3")},
        },
        secrets={"egym": DEMO_API_KEY},
    )


@asynccontextmanager
async def pc_mode_station(tmp_path: Path, members: Iterable[DemoMember] = DEMO_MEMBERS) -> AsyncIterator[PcModeStation]:
    """The station running; the hub's ``send_profile`` is the flow's analyser, as build_kiosk wires it."""
    config = pc_mode_config(tmp_path)
    sandbox = SandboxState(members=list(members))
    client = EgymClient(config.egym, transport=httpx.ASGITransport(app=create_app(sandbox)))
    egym = EgymIntegration(client, config.egym)
    database = Database(config.storage.database)
    outbox = Outbox(database, [egym])
    await outbox.start()
    hub: DeviceHub | None = None
    flow = SessionFlow(egym, outbox, timings=FlowTimings(), scheduler=ManualScheduler(),
                       analyser=lambda data: hub.send_profile(data))  # type: ignore[union-attr]
    hub = DeviceHub([*config.readers, config.device], flow.handle,  # type: ignore[list-item]
                    simulator_options={"tanita": {"timing": FAST_TIMING, "seed": 3}})
    waiter = SnapshotWaiter(flow)
    await hub.start()
    try:
        yield PcModeStation(config, sandbox, flow, hub, waiter)
    finally:
        waiter.close()
        await hub.stop()
        await flow.aclose()
        await outbox.aclose()
        await client.aclose()
        database.close()
