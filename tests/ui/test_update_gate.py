"""A package upgrade restarts the kiosk only at the attract screen, never under a member.

The flow is the real one, logging members in against the EGYM sandbox over in-process
HTTP; the gate's polling runs on a ManualScheduler so time moves only when a test says.
"""
from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from hardware.events import CardCredential, CardTechnology, CredentialPresented
from harness.demo import demo_config
from kiosk.cloud.egym import EgymClient, EgymIntegration
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS, SandboxState, create_app
from kiosk.outbox.outbox import Outbox
from kiosk.session.flow import SessionFlow
from kiosk.session.state import SessionState
from kiosk.session.timers import ManualScheduler
from kiosk.storage import Database
from ui.update_gate import POLL_SECONDS, UpdateGate, restart_flag_path

WAIT_S = 10.0


@dataclass
class Kiosk:
    flow: SessionFlow
    flag: Path
    restarts: list[str]
    poll_clock: ManualScheduler

    def gate(self, started_at: float = 0.0) -> UpdateGate:
        gate = UpdateGate(self.flag, self.flow, lambda: self.restarts.append("restart"),
                          scheduler=self.poll_clock, started_at=started_at)
        gate.start()
        return gate

    async def reach(self, state: SessionState) -> None:
        reached = asyncio.Event()
        unsubscribe = self.flow.subscribe(lambda s: reached.set() if s.state is state else None)
        try:
            if self.flow.snapshot.state is not state:
                await asyncio.wait_for(reached.wait(), WAIT_S)
        finally:
            unsubscribe()


@pytest.fixture
async def kiosk(tmp_path: Path) -> AsyncIterator[Kiosk]:
    config = demo_config("https://egym-sandbox.local", database=tmp_path / "kiosk.sqlite3")
    client = EgymClient(config.egym, transport=httpx.ASGITransport(app=create_app(SandboxState())))
    database = Database(config.storage.database)
    integration = EgymIntegration(client, config.egym)
    outbox = Outbox(database, [integration])
    await outbox.start()
    flow = SessionFlow(integration, outbox, kind="body", scheduler=ManualScheduler())
    yield Kiosk(flow, tmp_path / "restart-requested", [], ManualScheduler())
    await flow.aclose()
    await outbox.aclose()
    await client.aclose()
    database.close()


def tap_card(flow: SessionFlow) -> None:
    member = next(m for m in DEMO_MEMBERS if m.rfid_format == "MIFARE")
    flow.handle(CredentialPresented(CardCredential(member.uid, CardTechnology.MIFARE, reader_id="front")))


async def test_idle_kiosk_restarts_at_the_next_check(kiosk: Kiosk) -> None:
    gate = kiosk.gate()
    kiosk.poll_clock.advance(POLL_SECONDS)
    assert kiosk.restarts == []
    kiosk.flag.touch()  # what `systemctl reload gym-kiosk` does after an upgrade
    kiosk.poll_clock.advance(POLL_SECONDS)
    assert kiosk.restarts == ["restart"]
    assert not kiosk.flag.exists(), "the new process must not restart again"
    kiosk.poll_clock.advance(10 * POLL_SECONDS)
    assert kiosk.restarts == ["restart"]
    gate.stop()


async def test_a_member_session_is_never_cut_off(kiosk: Kiosk) -> None:
    gate = kiosk.gate()
    tap_card(kiosk.flow)
    await kiosk.reach(SessionState.PROFILE)
    kiosk.flag.touch()
    kiosk.poll_clock.advance(5 * POLL_SECONDS)
    assert kiosk.restarts == [] and kiosk.flag.exists()

    kiosk.flow.not_me()  # the session ends; the attract screen is back
    assert kiosk.flow.snapshot.state is SessionState.ATTRACT
    assert kiosk.restarts == ["restart"]
    assert not kiosk.flag.exists()
    gate.stop()


async def test_a_request_older_than_the_process_is_dropped(kiosk: Kiosk) -> None:
    kiosk.flag.touch()
    os.utime(kiosk.flag, (1_000, 1_000))
    gate = kiosk.gate(started_at=2_000)
    assert not kiosk.flag.exists()
    kiosk.poll_clock.advance(5 * POLL_SECONDS)
    assert kiosk.restarts == []
    gate.stop()


async def test_a_stopped_gate_does_nothing(kiosk: Kiosk) -> None:
    gate = kiosk.gate()
    gate.stop()
    kiosk.flag.touch()
    kiosk.poll_clock.advance(5 * POLL_SECONDS)
    assert kiosk.restarts == [] and kiosk.poll_clock.pending == 0


def test_the_flag_lives_in_the_service_runtime_directory() -> None:
    assert restart_flag_path({}) is None
    assert restart_flag_path({"RUNTIME_DIRECTORY": "/run/gym-kiosk"}) == Path("/run/gym-kiosk/restart-requested")
