"""A CSAFE cardio console (the slave) that answers the kiosk's frames over a pty.

Its behaviour follows the public console-side reference (Cyclops ``C_safe.c``,
devices.md 4.5): power-on in Ready, a state-dependent command acceptance table,
the frame toggle flipped for every well-formed frame, rejected commands flagged
in the status byte, and an unsolicited status frame on every local state change.

A workout runs on simulated time: each frame the master sends while InUse moves
the clock on by ``WorkoutPlan.seconds_per_frame``, so a ten-minute ride takes as
many frames as the test wants and no wall-clock waiting.

    with PtyPort() as port, CsafeConsoleSimulator(port, WorkoutPlan(duration_s=300)) as console:
        ...                       # kiosk polls port.path; the member starts once claimed
        console.finished.wait(5)  # set when the workout reaches Finished
"""
from __future__ import annotations

import math
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from hardware import fields
from hardware.protocols.csafe.commands import (
    Command,
    CommandCall,
    CommandFormatError,
    ResponseEntry,
    encode_response,
    parse_commands,
)
from hardware.protocols.csafe.frames import DEFAULT_SECONDARY_ADDRESS, Frame, FrameParser, build_frame
from hardware.protocols.csafe.status import PreviousFrameStatus, SlaveState, StatusByte
from hardware.protocols.csafe.units import UNITS, Quantity
from hardware.pty_port import PortUnplugged, PtyPort
from hardware.simulators.device_thread import DeviceThread

S = SlaveState
_READY, _IDLE, _HAVE_ID, _IN_USE, _PAUSED, _FINISHED = S.READY, S.IDLE, S.HAVE_ID, S.IN_USE, S.PAUSED, S.FINISHED

# Which states accept which master command, and the state it leads to (None: stays).
_GOAL_STATES = frozenset((_READY, _IDLE, _HAVE_ID))
_TRANSITIONS: dict[int, tuple[frozenset[SlaveState], SlaveState | None]] = {
    Command.GO_IDLE: (frozenset((_READY, _IDLE, _HAVE_ID, _FINISHED)), _IDLE),
    Command.GO_HAVE_ID: (frozenset((_IDLE,)), _HAVE_ID),
    Command.GO_IN_USE: (frozenset((_IDLE, _HAVE_ID, _IN_USE, _PAUSED)), _IN_USE),
    Command.GO_FINISHED: (frozenset((_IN_USE, _PAUSED)), _FINISHED),
    Command.GO_READY: (frozenset((_READY, _IDLE, _HAVE_ID, _FINISHED)), _READY),
    Command.BAD_ID: (frozenset((_HAVE_ID,)), None),
    Command.SET_TWORK: (_GOAL_STATES, None),
    Command.SET_HORIZONTAL: (_GOAL_STATES, None),
    Command.SET_CALORIES: (_GOAL_STATES, None),
    Command.SET_PROGRAM: (_GOAL_STATES, None),
    Command.SET_USER_INFO: (_GOAL_STATES, None),
}


@dataclass(frozen=True)
class WorkoutPlan:
    """How the simulated member trains: a warm-up ramp, then cruising with slight variation."""

    duration_s: int = 600
    seconds_per_frame: float = 10.0
    warmup_s: float = 60.0
    cruise_speed_kmh: float = 25.0
    cruise_power_w: float = 160.0
    resting_heart_rate_bpm: float = 75.0
    working_heart_rate_bpm: float = 145.0


@dataclass(frozen=True)
class ConsoleLayout:
    """The units this console reports in (CSAFE unit specifier codes)."""

    distance_unit: int = 36  # metre
    speed_unit: int = 49  # 0.1 km/h
    metric: bool = True

    def __post_init__(self) -> None:
        distance, speed = UNITS.get(self.distance_unit), UNITS.get(self.speed_unit)
        if distance is None or distance.quantity is not Quantity.DISTANCE:
            raise ValueError(f"distance_unit {self.distance_unit} is not a CSAFE distance unit")
        if speed is None or speed.quantity is not Quantity.SPEED or speed.is_pace:
            raise ValueError(f"speed_unit {self.speed_unit} is not a CSAFE speed unit")


@dataclass
class WorkoutModel:
    """Running figures of one workout, advanced in simulated seconds."""

    plan: WorkoutPlan
    elapsed_s: float = 0.0
    distance_m: float = 0.0
    calories_kcal: float = 0.0
    heart_rates: list[float] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.elapsed_s >= self.plan.duration_s

    def advance(self) -> None:
        """Move on one frame's worth of simulated time (never past the planned duration)."""
        step = min(self.plan.seconds_per_frame, self.plan.duration_s - self.elapsed_s)
        self.elapsed_s += step
        self.distance_m += self.speed_kmh / 3.6 * step
        # About 24 % gross efficiency: metabolic kcal ≈ mechanical kJ.
        self.calories_kcal += self.power_w * step / 0.24 / 4184
        self.heart_rates.append(self.heart_rate_bpm)

    @property
    def speed_kmh(self) -> float:
        plan, t = self.plan, self.elapsed_s
        ramp = min(t / plan.warmup_s, 1.0) if plan.warmup_s else 1.0
        return plan.cruise_speed_kmh * ramp * (1 + 0.04 * math.sin(t / 45))

    @property
    def power_w(self) -> float:
        return self.plan.cruise_power_w * self.speed_kmh / self.plan.cruise_speed_kmh

    @property
    def heart_rate_bpm(self) -> float:
        plan = self.plan
        rise = 1 - math.exp(-self.elapsed_s / 120)
        return plan.resting_heart_rate_bpm + (plan.working_heart_rate_bpm - plan.resting_heart_rate_bpm) * rise


class CsafeConsole:
    """The console's protocol logic without I/O: bytes from the master in, bytes to send out."""

    def __init__(
        self,
        plan: WorkoutPlan | None = WorkoutPlan(),
        *,
        layout: ConsoleLayout = ConsoleLayout(),
        announce_state_changes: bool = True,
        finished_hold_frames: int = 10,
        address: int = DEFAULT_SECONDARY_ADDRESS,
        on_state: Callable[[SlaveState], None] | None = None,
    ) -> None:
        self.layout = layout
        self.announce_state_changes = announce_state_changes
        self.finished_hold_frames = finished_hold_frames
        self.address = address
        self.frames_received = 0
        self.goals: dict[int, bytes] = {}
        self._on_state = on_state
        self._parser = FrameParser()
        self._planned = plan
        self._workout: WorkoutModel | None = None
        self._toggle = False
        self._frames_in_finished = 0
        self._output = bytearray()
        self.state = _READY
        self._announce()  # the power-on status frame

    @property
    def workout(self) -> WorkoutModel | None:
        """The current or last workout."""
        return self._workout

    def plan_workout(self, plan: WorkoutPlan) -> None:
        """The member will start ``plan`` as soon as the console is claimed (HaveID)."""
        self._planned = plan
        if self.state is _HAVE_ID:
            self.press_start()

    def press_start(self) -> None:
        """The member presses Start: Ready → Offline, Idle → Manual, HaveID → InUse."""
        target = {_READY: S.OFFLINE, _IDLE: S.MANUAL, _HAVE_ID: _IN_USE}.get(self.state)
        if target is not None:
            self._change_state(target)

    def end_workout(self) -> None:
        """The member ends the workout early: HaveID/InUse/Paused → Finished."""
        if self.state in (_HAVE_ID, _IN_USE, _PAUSED):
            self._change_state(_FINISHED)

    def take_output(self) -> bytes:
        """Everything the console has to send (responses and unsolicited status frames)."""
        data, self._output = bytes(self._output), bytearray()
        return data

    def receive(self, data: bytes) -> bytes:
        """Consume bytes from the master; return what the console sends back."""
        for item in self._parser.feed(data):
            if isinstance(item, Frame):
                self._answer(item)
            else:
                self._reply(PreviousFrameStatus.BAD, (), None)
        return self.take_output()

    def _answer(self, frame: Frame) -> None:
        try:
            calls = parse_commands(frame.contents)
        except CommandFormatError:
            self._reply(PreviousFrameStatus.BAD, (), frame)
            return
        self.frames_received += 1
        self._toggle = not self._toggle
        self._tick()
        rejected = False
        entries: list[ResponseEntry] = []
        for call in calls:
            if call.command == Command.RESET:
                self._toggle = False
                self._go(_READY)
            elif call.command == Command.GET_STATUS:
                pass
            elif (data := self._get(call.command)) is not None:
                entries.append(ResponseEntry(call.command, data))
            elif not self._apply(call):
                rejected = True
        self._reply(PreviousFrameStatus.REJECT if rejected else PreviousFrameStatus.OK, entries, frame)

    def _tick(self) -> None:
        """Per-frame console behaviour: the workout clock and the end-of-workout hold."""
        if self.state is _IN_USE and self._workout is not None:
            if self._workout.complete:
                self._change_state(_FINISHED)
            else:
                self._workout.advance()
        elif self.state is _FINISHED:
            self._frames_in_finished += 1
            if self._frames_in_finished > self.finished_hold_frames:
                self._change_state(_READY)

    def _apply(self, call: CommandCall) -> bool:
        rule = _TRANSITIONS.get(call.command)
        if rule is None or self.state not in rule[0]:
            return False
        target = rule[1]
        if target is None:
            self.goals[call.command] = call.data
        else:
            self._go(target)
        return True

    def _go(self, target: SlaveState) -> None:
        """A master-commanded transition (answered in the reply, not announced)."""
        if target in (_READY, _IDLE) and self.state is not target:
            self.goals.clear()
        self._set_state(target)
        if target is _HAVE_ID and self._planned is not None:
            self._change_state(_IN_USE)

    def _change_state(self, target: SlaveState) -> None:
        """A console-side transition, pushed to the master as a status frame."""
        self._set_state(target)
        self._announce()

    def _set_state(self, target: SlaveState) -> None:
        if target is self.state:
            return
        if target is _IN_USE and self.state not in (_IN_USE, _PAUSED):
            self._workout = WorkoutModel(self._planned or WorkoutPlan())
            self._planned = None
        if target is _FINISHED:
            self._frames_in_finished = 0
        self.state = target
        if self._on_state is not None:
            self._on_state(target)

    def _announce(self) -> None:
        if self.announce_state_changes:
            self._output += build_frame(bytes((self._status(PreviousFrameStatus.OK).to_byte(),)))

    def _status(self, previous: PreviousFrameStatus) -> StatusByte:
        return StatusByte(self.state, previous, self._toggle)

    def _reply(self, previous: PreviousFrameStatus, entries: Sequence[ResponseEntry], request: Frame | None) -> None:
        contents = encode_response(self._status(previous), entries)
        if request is not None and request.extended:
            self._output += build_frame(contents, destination=request.source or 0, source=self.address)
        else:
            self._output += build_frame(contents)

    def _get(self, command: int) -> bytes | None:
        """Response data for a Get… command this console supports, else None."""
        workout = self._workout
        figures = _figures(workout, moving=self.state is _IN_USE)
        layout = self.layout
        answers: dict[int, Callable[[], bytes]] = {
            Command.GET_VERSION: lambda: bytes((42, 1, 7, 1, 0)),
            Command.GET_SERIAL: lambda: b"123456789",
            Command.GET_UNITS: lambda: bytes((0 if layout.metric else 1,)),
            Command.GET_PROGRAM: lambda: bytes((1, 5)),
            Command.GET_TWORK: lambda: _hours_minutes_seconds(figures[fields.DURATION_S]),
            Command.GET_HORIZONTAL: lambda: _with_unit(figures[fields.DISTANCE_M], layout.distance_unit),
            Command.GET_CALORIES: lambda: _u16(figures[fields.CALORIES_KCAL]),
            Command.GET_SPEED: lambda: _with_unit(figures[fields.SPEED_KMH], layout.speed_unit),
            Command.GET_PACE: lambda: _with_unit(_seconds_per_km(figures[fields.SPEED_KMH]), 57, raw=True),
            Command.GET_HR_CUR: lambda: bytes((min(round(figures[fields.HEART_RATE_BPM]), 255),)),
            Command.GET_POWER: lambda: _with_unit(figures[fields.POWER_W], 88),
            Command.GET_HR_AVG: lambda: bytes((min(round(_average(workout)), 255),)),
            Command.GET_HR_MAX: lambda: bytes((min(round(max(workout.heart_rates, default=0)), 255),)),
        }
        answer = answers.get(command)
        return answer() if answer else None


class CsafeConsoleSimulator(DeviceThread):
    """Runs a :class:`CsafeConsole` on the device side of a :class:`PtyPort`.

    ``finished`` is set when a workout reaches Finished; :meth:`wait_for_state`
    waits for any state.
    """

    def __init__(
        self,
        port: PtyPort,
        plan: WorkoutPlan | None = WorkoutPlan(),
        *,
        layout: ConsoleLayout = ConsoleLayout(),
        announce_state_changes: bool = True,
        finished_hold_frames: int = 10,
    ) -> None:
        super().__init__(port, name="CSAFE console simulator")
        self.finished = threading.Event()
        self._state_changed = threading.Condition()
        self._lock = threading.Lock()
        self.console = CsafeConsole(
            plan, layout=layout, announce_state_changes=announce_state_changes,
            finished_hold_frames=finished_hold_frames, on_state=self._note_state,
        )

    @property
    def state(self) -> SlaveState:
        return self.console.state

    def wait_for_state(self, state: SlaveState, timeout: float) -> bool:
        """Block until the console is in ``state``; False after ``timeout`` seconds."""
        with self._state_changed:
            return self._state_changed.wait_for(lambda: self.console.state is state, timeout)

    def plan_workout(self, plan: WorkoutPlan) -> None:
        """Queue the next workout (see :meth:`CsafeConsole.plan_workout`)."""
        with self._lock:
            self.finished.clear()
            self.console.plan_workout(plan)

    def end_workout(self) -> None:
        """The member stops early; the console goes to Finished."""
        with self._lock:
            self.console.end_workout()

    def _note_state(self, state: SlaveState) -> None:
        if state is _FINISHED:
            self.finished.set()
        with self._state_changed:
            self._state_changed.notify_all()

    def _serve(self) -> None:
        try:
            data = self.port.read(timeout=0.05)
        except PortUnplugged:
            self._stopping.wait(0.05)
            return
        with self._lock:
            output = self.console.receive(data) if data else self.console.take_output()
        if output:
            self._write(output)


def _figures(workout: WorkoutModel | None, moving: bool) -> dict[str, float]:
    """The console's display values; speed and power drop to zero once the member stops."""
    if workout is None:
        return dict.fromkeys(fields.CARDIO_FIELDS, 0.0)
    return {
        fields.DURATION_S: workout.elapsed_s,
        fields.DISTANCE_M: workout.distance_m,
        fields.CALORIES_KCAL: workout.calories_kcal,
        fields.SPEED_KMH: workout.speed_kmh if moving else 0.0,
        fields.HEART_RATE_BPM: workout.heart_rate_bpm,
        fields.POWER_W: workout.power_w if moving else 0.0,
    }


def _average(workout: WorkoutModel | None) -> float:
    if workout is None or not workout.heart_rates:
        return 0.0
    return sum(workout.heart_rates) / len(workout.heart_rates)


def _seconds_per_km(speed_kmh: float) -> float:
    return 3600 / speed_kmh if speed_kmh > 0 else 0.0


def _u16(value: float) -> bytes:
    return min(max(round(value), 0), 0xFFFF).to_bytes(2, "little")


def _hours_minutes_seconds(seconds: float) -> bytes:
    whole = int(seconds)
    return bytes((min(whole // 3600, 255), whole // 60 % 60, whole % 60))


def _with_unit(canonical: float, unit_code: int, *, raw: bool = False) -> bytes:
    """A 2-byte integer in ``unit_code`` plus the unit byte; ``raw`` skips the unit conversion."""
    value = canonical if raw else canonical / UNITS[unit_code].factor
    return _u16(value) + bytes((unit_code,))
