"""Trainer mode shows where this kiosk's results stand at EGYM as the hub reports them, and resends or
discards them there."""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import AsyncIterator

import pytest

from harness.autoplay import SnapshotWaiter, in_state
from kiosk.cloud.base import DownstreamState
from kiosk.cloud.hub.enrolment import enrol_kiosk
from kiosk.composition import KioskParts
from kiosk.outbox.status import DeliveryState
from kiosk.sandbox import RunningSandbox
from kiosk.session.state import SessionState
from kiosk.trainer import TrainerModePhase
from tests.kiosk.cloud.hub.conftest import RunningGymHub, hub_config_table, write_config
from tests.kiosk.cloud.hub.kiosks import greet, running_kiosk, weigh_and_confirm

TRAINER_CARD = bytes.fromhex("046E3A125B8090")


@pytest.fixture
async def parts(tmp_path: Path, hub: RunningGymHub) -> AsyncIterator[KioskParts]:
    table = {**hub_config_table(hub.base_url, tmp_path / "data"), "trainer": {"cards": [TRAINER_CARD.hex()]}}
    config_path = write_config(tmp_path / "etc", table)
    await enrol_kiosk(config_path.parent, hub.base_url, hub.new_code())
    async with running_kiosk(config_path) as running:
        yield running


async def measured_while_egym_answers(parts: KioskParts, egym: RunningSandbox, status: int, state: str) -> str:
    """A member's result, accepted by the hub, while EGYM answers its intake with ``status``; their
    screen shows the hub's ``state`` for EGYM. Then a trainer opens trainer mode."""
    egym.state.faults.fail_next(status, count=1000, path_prefix="/api/v1/measurements")
    waiter = SnapshotWaiter(parts.flow)
    await greet(parts, waiter)
    unique_id = await weigh_and_confirm(parts, waiter)
    await waiter.until(lambda s: [d.state.value for d in s.downstream.get("hub", ())] == [state], 10, "EGYM's state")
    parts.flow.finish()
    await waiter.until(in_state(SessionState.ATTRACT), 10, "the attract screen")
    opened = asyncio.Event()
    unsubscribe = parts.trainer_mode.subscribe(lambda snapshot: snapshot.phase is TrainerModePhase.OPEN and opened.set())
    parts.devices.simulator("reader").tap(TRAINER_CARD)
    async with asyncio.timeout(10):
        await opened.wait()
    unsubscribe()
    return unique_id


async def test_a_result_egym_has_not_got_yet_is_shown_so_and_discarded_at_the_hub(
    parts: KioskParts, egym: RunningSandbox,
) -> None:
    unique_id = await measured_while_egym_answers(parts, egym, 503, "retrying")

    [item] = await parts.trainer_mode.results()
    assert [(r.destination, r.state) for r in item.deliveries] == [("egym", DeliveryState.PENDING)]
    assert item.deliveries[0].detail  # the hub's reason, for the trainer

    await parts.trainer_mode.discard(unique_id, "wrong member")

    hub = parts.connections["hub"].destination
    assert [s.state for s in await hub.states(unique_id)] == [DownstreamState.DISCARDED]
    [item] = await parts.trainer_mode.results()
    assert [(r.destination, r.state) for r in item.deliveries] == [("egym", DeliveryState.DISCARDED)]


async def test_a_result_egym_refused_is_resent_through_the_hub_and_arrives(
    parts: KioskParts, egym: RunningSandbox,
) -> None:
    unique_id = await measured_while_egym_answers(parts, egym, 400, "failed")
    item = await parts.trainer_mode.item(unique_id)
    assert item is not None and [(r.destination, r.state) for r in item.deliveries] == [("egym", DeliveryState.REJECTED)]

    egym.state.faults.clear()  # the cause is fixed at EGYM
    statuses = await parts.trainer_mode.resend(unique_id)
    assert [(s.destination, s.state) for s in statuses] == [("egym", DeliveryState.SENDING)]
    await parts.connections["hub"].destination.follow(unique_id, lambda states: None)

    assert [m["uniqueMeasurementId"] for m in egym.state.measurements()] == [unique_id]
    [item] = await parts.trainer_mode.results()
    assert [(r.destination, r.state) for r in item.deliveries] == [("egym", DeliveryState.SENT)]
