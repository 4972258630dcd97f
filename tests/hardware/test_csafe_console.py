"""The CSAFE console simulator byte for byte, and end to end over a real pty with SerialLink."""
from __future__ import annotations

import asyncio

import pytest

from hardware import fields
from hardware.events import DeviceConnection, FrameRejected, LiveFigures, MeasurementRecord
from hardware.protocols.csafe.decoder import CsafeDecoder
from hardware.protocols.csafe.status import SlaveState
from hardware.pty_port import PtyPort
from hardware.serial_link import SerialLink
from hardware.simulators.csafe_console import ConsoleLayout, CsafeConsole, CsafeConsoleSimulator, WorkoutPlan
from tests.hardware.chunking import recording
from tests.hardware.link_helpers import EventCollector

H = bytes.fromhex


def test_power_on_announces_ready_with_the_toggle_clear():
    assert CsafeConsole().take_output() == H("F1 01 01 F2")


def test_each_good_frame_flips_the_toggle_including_the_empty_frame():
    console = CsafeConsole()
    console.take_output()
    assert console.receive(recording("csafe/get_status.bin")) == H("F1 81 81 F2")
    assert console.receive(recording("csafe/empty_frame.bin")) == H("F1 01 01 F2")
    assert console.receive(recording("csafe/get_status.bin")) == H("F1 81 81 F2")


def test_a_command_not_allowed_in_this_state_is_rejected_without_a_state_change():
    console = CsafeConsole()
    console.take_output()
    assert console.receive(H("F1 86 86 F2")) == H("F1 91 91 F2")  # GoFinished in Ready: Reject, still Ready
    assert console.state is SlaveState.READY


def test_a_damaged_frame_is_answered_bad_and_does_not_flip_the_toggle():
    console = CsafeConsole()
    console.take_output()
    assert console.receive(H("F1 80 81 F2")) == H("F1 21 21 F2")
    assert console.receive(recording("csafe/get_status.bin")) == H("F1 81 81 F2")


def test_go_in_use_then_go_finished_in_one_frame_ends_in_finished():
    console = CsafeConsole(plan=None, announce_state_changes=False)
    console.receive(H("F1 82 82 F2"))  # GoIdle
    assert console.receive(H("F1 85 86 03 F2")) == H("F1 07 07 F2")
    assert console.state is SlaveState.FINISHED


def test_reset_returns_to_ready_and_clears_the_toggle():
    console = CsafeConsole(plan=None, announce_state_changes=False)
    console.receive(H("F1 82 82 F2"))  # GoIdle: toggle set
    console.receive(H("F1 80 80 F2"))  # GetStatus: toggle clear; Reset would set it again
    assert console.receive(H("F1 81 81 F2")) == H("F1 01 01 F2")
    assert console.state is SlaveState.READY


def test_a_recorded_goal_command_is_accepted_in_ready():
    console = CsafeConsole(announce_state_changes=False)
    assert console.receive(recording("csafe/set_horizontal_5000m.bin")) == H("F1 81 81 F2")
    assert console.goals == {0x21: H("88 13 24")}


def test_figures_are_answered_in_request_order_with_the_console_units():
    console = CsafeConsole(plan=None, layout=ConsoleLayout(distance_unit=3, speed_unit=17, metric=False),
                           announce_state_changes=False)
    reply = console.receive(H("F1 A1 A5 93 B0 27 F2"))
    assert reply == H("F1 81 A1 03 00 00 03 A5 03 00 00 11 93 01 01 B0 01 00 B5 F2")


def test_an_extended_request_gets_an_extended_reply():
    console = CsafeConsole(announce_state_changes=False)
    assert console.receive(H("F0 FD 00 80 80 F2")) == H("F0 00 FD 81 81 F2")


def test_claiming_starts_the_planned_workout_which_runs_to_finished_then_ready():
    console = CsafeConsole(WorkoutPlan(duration_s=30, seconds_per_frame=10), finished_hold_frames=1)
    console.take_output()
    assert console.receive(H("F1 82 83 80 81 F2")) == H("F1 85 85 F2 F1 85 85 F2")  # announced, then the reply
    seen = []
    for _ in range(6):
        console.receive(recording("csafe/poll_figures.bin"))
        seen.append((console.state, console.workout.elapsed_s))
    assert seen == [
        (SlaveState.IN_USE, 10.0), (SlaveState.IN_USE, 20.0), (SlaveState.IN_USE, 30.0),
        (SlaveState.FINISHED, 30.0), (SlaveState.FINISHED, 30.0), (SlaveState.READY, 30.0),
    ]


def test_unsupported_layouts_are_refused_at_construction():
    with pytest.raises(ValueError, match="speed unit"):
        ConsoleLayout(speed_unit=57)
    with pytest.raises(ValueError, match="distance unit"):
        ConsoleLayout(distance_unit=88)


async def run_workout(port: PtyPort, console: CsafeConsoleSimulator, events: EventCollector) -> MeasurementRecord:
    link = SerialLink(port.path, CsafeDecoder(poll_interval_s=0.01, model="sim"), events, answer_timeout_s=5.0)
    await link.start()
    try:
        record = await events.next(MeasurementRecord, timeout=30)
        # Exactly one: let the console return to Ready and be claimed again, then count.
        assert await asyncio.to_thread(console.wait_for_state, SlaveState.HAVE_ID, 30)
        return record
    finally:
        await link.stop()


async def test_a_workout_over_a_real_serial_port_gives_live_figures_then_one_record():
    events = EventCollector()
    plan = WorkoutPlan(duration_s=600, seconds_per_frame=20)
    with PtyPort() as port, CsafeConsoleSimulator(port, plan, finished_hold_frames=3) as console:
        record = await run_workout(port, console, events)
        assert console.finished.is_set()
        workout = console.console.workout
    live = [event.values for event in events.of(LiveFigures)]
    assert len(live) >= 10
    for name in (fields.DURATION_S, fields.DISTANCE_M, fields.CALORIES_KCAL):
        series = [values[name] for values in live]
        assert series == sorted(series) and series[-1] > series[0]
    assert set(live[-1]) == set(fields.CARDIO_FIELDS)
    assert events.of(MeasurementRecord) == [record]
    assert record.kind == "cardio" and record.model == "sim" and record.warnings == ()
    assert record.values[fields.DURATION_S] == 600.0
    assert record.values[fields.DISTANCE_M] == round(workout.distance_m)
    assert record.values[fields.CALORIES_KCAL] == round(workout.calories_kcal)
    assert record.values[fields.HEART_RATE_BPM] == round(sum(workout.heart_rates) / len(workout.heart_rates))
    assert 100 < record.values[fields.POWER_W] < 170 and 20 < record.values[fields.SPEED_KMH] < 26
    assert not events.of(FrameRejected)


async def test_an_english_console_is_converted_to_metric():
    events = EventCollector()
    layout = ConsoleLayout(distance_unit=3, speed_unit=17, metric=False)  # 0.01 mile, 0.1 mph
    with PtyPort() as port, CsafeConsoleSimulator(port, WorkoutPlan(duration_s=300, seconds_per_frame=30),
                                                  layout=layout, finished_hold_frames=3) as console:
        record = await run_workout(port, console, events)
        distance_m = console.console.workout.distance_m
    assert record.values[fields.DISTANCE_M] == pytest.approx(distance_m, abs=16.1)  # one 0.01-mile step
    assert max(values[fields.SPEED_KMH] for values in (e.values for e in events.of(LiveFigures))) > 20


async def test_garbage_and_an_unplugged_cable_mid_workout_still_end_in_one_record():
    events = EventCollector()
    plan = WorkoutPlan(duration_s=3600, seconds_per_frame=15)
    with PtyPort() as port, CsafeConsoleSimulator(port, plan, finished_hold_frames=3) as console:
        link = SerialLink(port.path, CsafeDecoder(poll_interval_s=0.01), events,
                          retry_interval_s=0.05, answer_timeout_s=5.0)
        await link.start()
        try:
            await events.next(LiveFigures, timeout=30)
            assert await asyncio.to_thread(console.send_raw(b"\x00\xF1\x05\xA0\xF2garbage").wait, 10)
            await events.next(FrameRejected, timeout=30)
            port.unplug()
            assert (await events.next(DeviceConnection, timeout=30)).connected is False
            port.replug()
            while not (await events.next(DeviceConnection, timeout=30)).connected:
                pass
            record = await events.next(MeasurementRecord, timeout=60)
            assert await asyncio.to_thread(console.wait_for_state, SlaveState.HAVE_ID, 30)
        finally:
            await link.stop()
    assert events.of(MeasurementRecord) == [record]
    assert record.values[fields.DURATION_S] == 3600.0
