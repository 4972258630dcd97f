"""The cardio and flexibility stations, end to end: the README's demo for each station as a user
runs it, and single visits through the real device hub, session flow, outbox and EGYM sandbox."""
from __future__ import annotations

import os
import subprocess
import sys
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import AsyncIterator

import httpx
import pytest

from hardware import fields
from hardware.protocols.csafe.status import SlaveState
from hardware.simulators.csafe_console import WorkoutPlan
from harness.autoplay import Autoplay, AutoplayError, SnapshotWaiter, in_state, wait_in_thread
from harness.demo import demo_cards, demo_config, demo_simulator_options
from kiosk.cloud.egym import EgymClient, EgymIntegration
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS, SandboxState, create_app
from kiosk.config.loader import DeviceConfig
from kiosk.outbox.outbox import Outbox
from kiosk.runtime.devices import DeviceHub
from kiosk.session.flow import FlowTimings, SessionFlow
from kiosk.session.state import SessionSnapshot, SessionState
from kiosk.storage import Database

EVERY_SCREEN = {"attract", "identifying", "profile", "profile-idle-warning", "measuring", "review", "submitting", "done", "failed"}
# A flexibility station reports only the finished test, so its members never see live values.
SCREENS = {"cardio": EVERY_SCREEN, "flexibility": EVERY_SCREEN - {"measuring"}}
KINDS = {"cardio": "cardio", "flexibility": "flexibility"}
WAIT_S = 20.0


@pytest.mark.parametrize("station", ["cardio", "flexibility"])
def test_headless_demo_delivers_two_measurements_of_the_stations_kind(tmp_path: Path, station: str) -> None:
    shots = tmp_path / "screens"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-m", "gym_kiosk.cli", "demo", "--headless", "--station", station, "--autoplay", "2", "--screenshots", str(shots)],
        capture_output=True, text=True, env=env, timeout=300,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert f"sandbox: holds 2 {KINDS[station]} measurements" in run.stdout
    assert run.stdout.count(": done (hub: sent)") == 2  # the demo kiosk sends to the hub, which passes it on to EGYM
    if station == "cardio":
        assert "session 2/2: workout finished before the tap" in run.stdout, "the second member taps in after riding"
    shown = {path.stem.split("-", 1)[1] for path in shots.glob("*.png")}
    # The second member also connects enduco by QR code; a cardio result then lists every platform's state.
    linking = {"profile-account-link-waiting", "profile-account-link-linked"}
    # A member who linked enduco has their heart rate coloured by zone from the first frame of the workout.
    assert (SCREENS[station] - {"measuring"}) | linking <= shown
    assert "measuring" not in SCREENS[station] or {"measuring", "measuring-heart-rate-zone"} & shown
    greetings = {f"profile-accounts-{n}-connected{plan}" for n in range(4) for plan in ("", "-plan")}  # as they are read
    assert shown - SCREENS[station] <= linking | greetings | {
        "profile-account-link-starting", "profile-account-link-confirmed", "profile-account-link-exchanging",
        "done-platforms", "done-platforms-settled", "measuring-heart-rate-zone"}
    assert all(path.stat().st_size > 10_000 for path in shots.glob("*.png")), "a screenshot is blank"
    for private in ("Dana", "Lukas", "sandbox-demo-key"):
        assert private not in run.stderr, "member data or the API key reached the log"


@dataclass
class RunningStation:
    sandbox: SandboxState
    flow: SessionFlow
    hub: DeviceHub
    waiter: SnapshotWaiter
    seen: list[SessionSnapshot]

    async def until(self, *states: SessionState) -> SessionSnapshot:
        return await self.waiter.until(in_state(*states), WAIT_S, " or ".join(s.value for s in states))

    async def save_and_finish(self) -> SessionSnapshot:
        self.flow.confirm()
        return await self.until(SessionState.DONE, SessionState.FAILED)


@asynccontextmanager
async def running(tmp_path: Path, station: str) -> AsyncIterator[RunningStation]:
    """The demo's station for real: sandbox over in-process HTTP, SQLite outbox, simulated devices on ptys."""
    sandbox = SandboxState()
    config = demo_config("https://sandbox.test", station=station, database=tmp_path / "kiosk.sqlite3")
    client = EgymClient(config.egym, transport=httpx.ASGITransport(app=create_app(sandbox)))
    egym = EgymIntegration(client, config.egym)
    database = Database(config.storage.database)
    outbox = Outbox(database, [egym])
    await outbox.start()
    flow = SessionFlow(egym, outbox, kind=config.station.kind, timings=FlowTimings(idle_s=120, review_s=60, failed_s=1))
    seen: list[SessionSnapshot] = []
    unsubscribe = flow.subscribe(seen.append)
    waiter = SnapshotWaiter(flow)
    hub = DeviceHub([*config.readers, config.device], flow.handle, simulator_options=demo_simulator_options(station))
    await hub.start()
    try:
        yield RunningStation(sandbox, flow, hub, waiter, seen)
    finally:
        unsubscribe()
        waiter.close()
        await hub.stop()
        await flow.aclose()
        await outbox.aclose()
        await client.aclose()
        database.close()


RIDE = WorkoutPlan(duration_s=1200, seconds_per_frame=60, resting_heart_rate_bpm=70, working_heart_rate_bpm=150)


async def test_a_member_sees_their_workout_live_and_its_summary_reaches_egym_with_heart_rate(tmp_path: Path) -> None:
    async with running(tmp_path, "cardio") as station:
        reader, console = station.hub.simulator("reader"), station.hub.simulator("measuring")
        reader.tap(demo_cards()[0])
        await station.until(SessionState.PROFILE)
        console.plan_workout(RIDE)

        review = await station.until(SessionState.REVIEW)
        live = [s.live_values for s in station.seen if s.state is SessionState.MEASURING]
        assert live and set(fields.CARDIO_FIELDS) <= set(live[-1]), "every running figure was on screen"
        assert review.result[fields.DURATION_S] == RIDE.duration_s
        assert RIDE.resting_heart_rate_bpm < review.result[fields.HEART_RATE_BPM] < RIDE.working_heart_rate_bpm

        assert (await station.save_and_finish()).state is SessionState.DONE
        [stored] = station.sandbox.measurements(kind="cardio")
        assert stored["data"] == {"HEART_RATE_BPM": review.result[fields.HEART_RATE_BPM]}


async def test_a_workout_finished_before_the_tap_goes_to_the_member_who_taps_in_next(tmp_path: Path) -> None:
    async with running(tmp_path, "cardio") as station:
        reader, console = station.hub.simulator("reader"), station.hub.simulator("measuring")
        await wait_in_thread(lambda t: console.wait_for_state(SlaveState.HAVE_ID, t), WAIT_S, "the kiosk to claim the console")
        console.plan_workout(RIDE)
        await wait_in_thread(console.finished.wait, WAIT_S, "the workout to finish")
        await wait_in_thread(lambda t: console.wait_for_state(SlaveState.HAVE_ID, t), WAIT_S, "the summary to be read")
        assert station.flow.snapshot.state is SessionState.ATTRACT

        reader.tap(demo_cards()[0])
        await station.waiter.until(lambda s: bool(s.offered_result), WAIT_S, "the offer of the finished workout")
        station.flow.claim_workout()  # "This was my workout"
        review = await station.until(SessionState.REVIEW)
        assert review.result[fields.DURATION_S] == RIDE.duration_s
        assert SessionState.MEASURING not in {s.state for s in station.seen}, "nobody was logged in during the ride"

        assert (await station.save_and_finish()).state is SessionState.DONE
        [stored] = station.sandbox.measurements(kind="cardio")
        assert stored["userId"] == DEMO_MEMBERS[0].user_id
        assert stored["data"] == {"HEART_RATE_BPM": review.result[fields.HEART_RATE_BPM]}


async def test_the_flexibility_stations_line_reaches_egym_as_hip_flexor_angles(tmp_path: Path) -> None:
    angles = {fields.HIP_FLEXOR_LEFT_DEG: 17.5, fields.HIP_FLEXOR_RIGHT_DEG: -2.5}
    async with running(tmp_path, "flexibility") as station:
        station.hub.simulator("reader").tap(demo_cards()[1])
        await station.until(SessionState.PROFILE)
        station.hub.simulator("measuring").measure(**angles)

        review = await station.until(SessionState.REVIEW)
        assert review.result == angles
        assert (await station.save_and_finish()).state is SessionState.DONE
        [stored] = station.sandbox.measurements(kind="flexibility")
        assert stored["data"] == {"HIP_FLEXOR_LEFT_DEGREE": 17.5, "HIP_FLEXOR_RIGHT_DEGREE": -2.5}


async def test_the_autoplay_plays_each_station_with_its_own_member_action(tmp_path: Path) -> None:
    lines: list[str] = []
    async with running(tmp_path, "flexibility") as station:
        player = Autoplay(station.flow, station.hub.simulator("reader"), station.hub.simulator("measuring"),
                          demo_cards(), on_step=lines.append, show_idle_warning=False, step_timeout_s=WAIT_S)
        assert await player.run(2) == ["done", "done"]
        assert [line for line in lines if "test done" in line] == ["session 1/2: test done on both sides", "session 2/2: test done on both sides"]
        assert len(station.sandbox.measurements(kind="flexibility")) == 2


def test_a_device_the_demo_cannot_simulate_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    device = DeviceConfig(role="measuring", protocol="generic-line", port="simulated",
                          options={"kind": "flexibility", "pattern": r"REACH (?P<reach_cm>\d+)"})
    with pytest.raises(ValueError, match="cannot simulate the generic-line device.*template"):
        DeviceHub([device], lambda _event: None)


def test_autoplay_says_which_device_it_cannot_play() -> None:
    with pytest.raises(AutoplayError, match="object"):
        Autoplay(flow=None, reader=None, device=object(), cards=[])  # type: ignore[arg-type]
