"""CSAFE master: follows the console's state and turns its answers into workout events.

The kiosk polls; the console answers. While the console is InUse the decoder asks
for the running figures and emits :class:`LiveFigures`; when it reaches Finished
the decoder asks for the totals and emits one ``cardio`` :class:`MeasurementRecord`
per workout. Only workouts the decoder saw running are recorded, so a workout
that finished before the kiosk connected is never credited to the next member.
"""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Sequence

from hardware import fields
from hardware.events import DeviceEvent, FrameRejected, LiveFigures, MeasurementRecord
from hardware.protocols.csafe.commands import (
    Command,
    CommandCall,
    CommandFormatError,
    Response,
    encode_commands,
    parse_response,
)
from hardware.protocols.csafe.figures import HEART_RATE_AVG_BPM, HEART_RATE_MAX_BPM, LayoutError, read_figure
from hardware.protocols.csafe.frames import Frame, FrameParser, build_frame
from hardware.protocols.csafe.status import PreviousFrameStatus, SlaveState, StatusByte

log = logging.getLogger(__name__)

LIVE_COMMANDS: tuple[int, ...] = (
    Command.GET_TWORK, Command.GET_HORIZONTAL, Command.GET_CALORIES,
    Command.GET_SPEED, Command.GET_HR_CUR, Command.GET_POWER,
)
SUMMARY_COMMANDS: tuple[int, ...] = (
    Command.GET_TWORK, Command.GET_HORIZONTAL, Command.GET_CALORIES,
    Command.GET_HR_AVG, Command.GET_HR_MAX,
)
CLAIM_COMMANDS: tuple[int, ...] = (Command.GO_IDLE, Command.GO_HAVE_ID)
"""Sent while the console is Ready so that a workout started on it runs under the
host (HaveID → InUse → Finished) instead of Offline. The normative host flow is
UNKNOWN in public sources; pass ``claim_commands=()`` for consoles that go InUse
on their own."""

WORKOUT_STATES = frozenset((SlaveState.IN_USE, SlaveState.PAUSED))
SUMMARY_ATTEMPTS = 3


class CsafeDecoder:
    """A :class:`~hardware.events.PollingDecoder` for CSAFE cardio consoles (the kiosk is master).

    ``live_commands`` are polled while InUse/Paused and ``summary_commands`` once the
    console says Finished; the first answer to the summary request that holds the
    work time makes the record. After ``summary_attempts`` answers without it, the
    last live figures make the record, with a warning. ``model`` goes into the record.
    """

    def __init__(
        self,
        *,
        poll_interval_s: float = 0.5,
        live_commands: Sequence[int] = LIVE_COMMANDS,
        summary_commands: Sequence[int] = SUMMARY_COMMANDS,
        claim_commands: Sequence[int] = CLAIM_COMMANDS,
        summary_attempts: int = SUMMARY_ATTEMPTS,
        model: str = "",
    ) -> None:
        self.poll_interval_s = poll_interval_s
        self.model = model
        self._status_request = build_frame(encode_commands([Command.GET_STATUS]))
        self._live_request = build_frame(encode_commands(live_commands))
        self._summary_request = build_frame(encode_commands(summary_commands))
        self._claim_request = (
            build_frame(encode_commands([*claim_commands, Command.GET_STATUS])) if claim_commands else None
        )
        self._summary_attempts_allowed = summary_attempts
        self._parser = FrameParser()
        self._queued: deque[bytes] = deque()
        self._status: StatusByte | None = None
        self._reset_workout(active=False)

    @property
    def status(self) -> StatusByte | None:
        """The console's last reported status byte (None until it has answered)."""
        return self._status

    @property
    def state(self) -> SlaveState | None:
        return self._status.state if self._status else None

    def reset(self) -> None:
        """Drop a partial frame (the serial link calls this on every (re)open).

        The console's state and the workout in progress are kept: a replugged
        cable mid-workout should still end in one record.
        """
        self._parser = FrameParser()

    def send(self, *calls: CommandCall | int) -> None:
        """Queue master commands (e.g. ``Command.GO_READY``) for the next poll round."""
        self._queued.append(build_frame(encode_commands(calls)))

    def next_request(self) -> bytes | None:
        """The frame to send this poll round."""
        if self._queued:
            return self._queued.popleft()
        state = self.state
        if state is SlaveState.READY and self._claim_request:
            return self._claim_request
        if state in WORKOUT_STATES:
            return self._live_request
        if state is SlaveState.FINISHED and self._awaiting_summary():
            self._summary_requested = True
            return self._summary_request
        return self._status_request

    def feed(self, data: bytes) -> list[DeviceEvent]:
        """Consume bytes from the console; never raises."""
        events: list[DeviceEvent] = []
        for item in self._parser.feed(data):
            if not isinstance(item, Frame):
                events.append(FrameRejected(f"CSAFE: {item.reason}"))
                continue
            try:
                response = parse_response(item.contents)
            except (CommandFormatError, ValueError) as error:
                events.append(FrameRejected(f"CSAFE: {error}"))
                continue
            events.extend(self._on_response(response))
        return events

    def _on_response(self, response: Response) -> list[DeviceEvent]:
        events: list[DeviceEvent] = []
        if response.status.previous is PreviousFrameStatus.BAD:
            events.append(FrameRejected("CSAFE: the console received our last frame damaged"))
        elif response.status.previous is not PreviousFrameStatus.OK:
            log.debug("CSAFE console answered %s", response.status.previous.name)
        events.extend(self._enter_state(response.status))
        figures = self._read_figures(response, events)
        state = response.status.state
        if state in WORKOUT_STATES and self._active:
            live = {name: value for name, value in figures.items() if name in fields.CARDIO_FIELDS}
            if live:
                self._live.update(live)
                if state is SlaveState.IN_USE:
                    self._sample(live)
                events.append(LiveFigures(values=dict(self._live)))
        elif state is SlaveState.FINISHED and self._awaiting_summary() and self._summary_requested:
            if fields.DURATION_S in figures:
                events += self._record(figures)
            else:
                self._summary_misses += 1
                if self._summary_misses >= self._summary_attempts_allowed:
                    events += self._record({}, "the console did not report a summary")
        return events

    def _enter_state(self, status: StatusByte) -> list[DeviceEvent]:
        previous = self.state
        self._status = status
        new = status.state
        if new == previous:
            return []
        log.info("CSAFE console state %s -> %s", previous.name if previous else "unknown", new.name)
        events: list[DeviceEvent] = []
        if self._awaiting_summary() and new not in WORKOUT_STATES | {SlaveState.FINISHED}:
            events += self._record({}, f"the workout ended in {new.name} without a summary")
        if new in WORKOUT_STATES and previous not in WORKOUT_STATES:
            if self._awaiting_summary():
                events += self._record({}, "a new workout started before the summary was read")
            self._reset_workout(active=True)
        if new is SlaveState.FINISHED and not self._active:
            log.info("CSAFE console finished a workout the kiosk did not see running; not recorded")
        return events

    def _read_figures(self, response: Response, events: list[DeviceEvent]) -> dict[str, float]:
        figures: dict[str, float] = {}
        for entry in response.entries:
            try:
                figure = read_figure(entry)
            except LayoutError as error:
                events.append(FrameRejected(f"CSAFE answer to command {entry.command:02X}: {error}"))
                continue
            if figure is not None:
                figures[figure[0]] = figure[1]
        return figures

    def _sample(self, live: dict[str, float]) -> None:
        power = live.get(fields.POWER_W)
        if power is not None:
            self._power_samples.append(power)
        heart_rate = live.get(fields.HEART_RATE_BPM)
        if heart_rate:
            self._heart_rate_samples.append(heart_rate)

    def _awaiting_summary(self) -> bool:
        return self._active and not self._recorded

    def _record(self, summary: dict[str, float], warning: str = "") -> list[MeasurementRecord]:
        """The workout's one record: console totals, with averages where the console has none.

        Empty when the console never reported a single figure for this workout.
        """
        warnings = [warning] if warning else []
        values = {
            name: summary.get(name, self._live.get(name))
            for name in (fields.DURATION_S, fields.DISTANCE_M, fields.CALORIES_KCAL)
        }
        values = {name: value for name, value in values.items() if value is not None}
        duration, distance = values.get(fields.DURATION_S), values.get(fields.DISTANCE_M)
        if duration and distance is not None:
            values[fields.SPEED_KMH] = round(distance / duration * 3.6, 2)
        heart_rate = summary.get(HEART_RATE_AVG_BPM)
        if not heart_rate and self._heart_rate_samples:
            heart_rate = round(sum(self._heart_rate_samples) / len(self._heart_rate_samples))
            warnings.append("average heart rate computed from live readings")
        if heart_rate:
            values[fields.HEART_RATE_BPM] = heart_rate
        if self._power_samples:
            values[fields.POWER_W] = round(sum(self._power_samples) / len(self._power_samples), 1)
        extra = {}
        if summary.get(HEART_RATE_MAX_BPM):
            extra[HEART_RATE_MAX_BPM] = f"{summary[HEART_RATE_MAX_BPM]:g}"
        self._recorded = True
        if not values:
            log.info("CSAFE workout ended without any figures; nothing to record")
            return []
        return [MeasurementRecord(kind="cardio", values=values, model=self.model, extra=extra, warnings=tuple(warnings))]

    def _reset_workout(self, *, active: bool) -> None:
        self._active = active
        self._recorded = False
        self._summary_requested = False
        self._summary_misses = 0
        self._live: dict[str, float] = {}
        self._power_samples: list[float] = []
        self._heart_rate_samples: list[float] = []
