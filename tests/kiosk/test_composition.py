"""The composition builds a whole kiosk from a config through the registry: a tap on the reader goes
device hub -> dispatcher -> flow -> identity chain, and the result to every platform that takes results."""
from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path
from typing import AsyncIterator

import httpx
import pytest

from hardware import fields
from hardware.events import MeasurementRecord
from harness.autoplay import SnapshotWaiter, in_state
from kiosk.cloud.egym.platform import EGYM
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME, DEMO_MEMBERS, SandboxState, create_app
from kiosk.composition import KioskParts, build_kiosk, flow_timings
from kiosk.config.loader import KioskConfig, TrainerConfig, parse_config
from kiosk.outbox.status import DeliveryState
from kiosk.session.state import SessionState
from kiosk.trainer import TrainerModePhase
from tests.kiosk.cloud import fake_platform
from tests.kiosk.cloud.fake_platform import LOCKERS
from tests.kiosk.outbox.support import wait_for_state

REGISTRY = (EGYM, LOCKERS)
TRAINER_CARD = bytes.fromhex("046E3A125B8090")
LOCKER_CARD = bytes.fromhex("0BADCAFE")


def kiosk_config(tmp_path: Path, **station: object) -> KioskConfig:
    data = {
        "station": {"type": "scale", **station},
        "egym": {"base_url": "https://sandbox.test", "gym_id": DEMO_GYM_ID, "machine_name": DEMO_MACHINE_NAME},
        "lockers": {"cards": [LOCKER_CARD.hex()], "timeout_seconds": 3},
        "readers": [{"protocol": "uid-lines", "port": "simulated"}],
        "storage": {"database": str(tmp_path / "data" / "kiosk.sqlite3")},
    }
    return parse_config(data, source=tmp_path / "config.toml", secrets={"egym": DEMO_API_KEY, "lockers": "k"},
                        platforms=REGISTRY)


@pytest.fixture
def sandbox() -> SandboxState:
    return SandboxState()


@pytest.fixture
async def parts(tmp_path: Path, sandbox: SandboxState) -> AsyncIterator[KioskParts]:
    config = dataclasses.replace(kiosk_config(tmp_path, identity=["lockers", "egym"]),
                                 trainer=TrainerConfig(cards=(TRAINER_CARD,)))
    built = await build_kiosk(config, platforms=REGISTRY,
                              platform_options={"egym": {"transport": httpx.ASGITransport(app=create_app(sandbox))}})
    await built.start(chores=False)
    yield built
    await built.aclose()


async def test_a_tap_on_the_reader_is_asked_of_each_platform_in_order_and_the_result_goes_to_both(
    parts: KioskParts, sandbox: SandboxState,
) -> None:
    waiter = SnapshotWaiter(parts.flow)
    lockers = fake_platform.CONNECTED[-1]
    captured: list[str] = []
    parts.outbox.subscribe(lambda unique_id, _status: captured.append(unique_id))

    parts.devices.simulator("reader").tap(DEMO_MEMBERS[0].uid)  # a member EGYM knows and the lockers do not
    profile = await waiter.until(in_state(SessionState.PROFILE), 10, "the greeting")
    assert profile.profile.user_id == DEMO_MEMBERS[0].user_id
    assert [credential.uid for credential in lockers.logins] == [DEMO_MEMBERS[0].uid]  # asked first, did not know

    parts.dispatcher(MeasurementRecord("body", {fields.WEIGHT_KG: 71.5}, model="test scale"))
    await waiter.until(in_state(SessionState.REVIEW), 10, "the result")
    parts.flow.confirm()
    await wait_for_state(parts.outbox, captured[0], "egym", DeliveryState.SENT)
    await wait_for_state(parts.outbox, captured[0], "lockers", DeliveryState.SENT)

    assert [m["uniqueMeasurementId"] for m in sandbox.measurements()] == [captured[0]]
    assert [unique_id for unique_id, _ in lockers.received] == [captured[0]]
    waiter.close()


async def test_a_trainer_card_is_claimed_by_trainer_mode_before_the_flow_sees_it(parts: KioskParts) -> None:
    opened = asyncio.Event()
    parts.trainer_mode.subscribe(lambda snapshot: opened.set() if snapshot.phase is TrainerModePhase.OPEN else None)

    parts.devices.simulator("reader").tap(TRAINER_CARD)
    async with asyncio.timeout(10):
        await opened.wait()

    assert parts.flow.snapshot.state is SessionState.ATTRACT  # nobody was logged in as a member
    assert fake_platform.CONNECTED[-1].logins == []  # and no platform was asked about the card


def test_identifying_may_take_each_identity_platforms_request_time(tmp_path: Path) -> None:
    assert flow_timings(kiosk_config(tmp_path), REGISTRY).identify_timeout_s == 10 + 3  # EGYM's default, the lockers'
    only_lockers = kiosk_config(tmp_path, identity=["lockers"])
    assert flow_timings(only_lockers, REGISTRY).identify_timeout_s == 5  # never less than five seconds


async def test_a_kiosk_that_cannot_be_built_lets_go_of_the_platforms_it_connected(tmp_path: Path) -> None:
    config = kiosk_config(tmp_path)
    unsimulatable = dataclasses.replace(config.readers[0], role="measuring", protocol="tanita-bc418")
    with pytest.raises(ValueError, match="cannot simulate"):
        await build_kiosk(dataclasses.replace(config, device=unsimulatable), platforms=REGISTRY)
    assert fake_platform.CONNECTED[-1].closed


async def test_closing_the_kiosk_closes_every_platform(tmp_path: Path) -> None:
    parts = await build_kiosk(kiosk_config(tmp_path), platforms=REGISTRY)
    await parts.start(chores=False)
    await parts.aclose()
    assert fake_platform.CONNECTED[-1].closed
    assert [destination.name for destination in parts.destinations] == ["egym", "lockers"]
