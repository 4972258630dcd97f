"""The flow's part for what the measuring device sends: live values, finished records, its connection.

:class:`DeviceReadings` is mixed into :class:`~kiosk.session.flow.SessionFlow`. A finished record
goes to the member on screen; one that arrives while they are being identified (or read the terms)
waits for them; one that arrives before anyone tapped is held briefly and offered to the next
member, who says whether it was theirs. Live values only move the screen from the greeting to
measuring and keep the member's session alive.
"""
from __future__ import annotations

import logging
import time
from typing import Any

from hardware.events import LiveFigures, LiveWeight, MeasurementRecord
from kiosk.message_codes import MessageCode
from kiosk.models import is_measured_number
from kiosk.session.state import SessionState
from kiosk.session.visit import IDLE_STATES, Reading, Visit

logger = logging.getLogger(__name__)

EMPTY_SCALE_KG = 0.5  # lighter than this, nobody is standing on the scale
WEIGHT_NOISE_KG = 0.1  # smaller changes are the scale settling, not a member moving


class DeviceReadings:
    """Live values, records and the device's connection, for :class:`SessionFlow` (see the module's docstring)."""

    _visit: Visit | None
    _snapshot: Any
    _unclaimed: Reading | None
    _unclaimed_timer: Any

    def claim_workout(self) -> None:
        """The member confirmed "this was my workout" for a result finished before they tapped."""
        visit = self._visit
        if self._refuses("claim", visit is not None and visit.offered_reading is not None and self._state in IDLE_STATES):
            return
        assert visit is not None and visit.offered_reading is not None
        reading, visit.offered_reading = visit.offered_reading, None
        self._show(offered_result={})
        if not visit.capturing:
            self._capture(visit, reading)

    def decline_workout(self) -> None:
        """The member said the result finished before their tap is not theirs: nobody gets it."""
        visit = self._visit
        if not self._refuses("decline", visit is not None and visit.offered_reading is not None):
            assert visit is not None
            visit.offered_reading = None
            logger.info("an unclaimed %s measurement was declined by the member who tapped", self._kind)
            self._note_activity()
            self._show(offered_result={})

    def _on_live_weight(self, event: LiveWeight) -> None:
        if not is_measured_number(event.kg):
            logger.debug("ignoring a weight that is not a number")
            return
        if self._state is SessionState.PROFILE and event.kg >= EMPTY_SCALE_KG:
            self._go(SessionState.MEASURING, live_weight_kg=event.kg, weight_stable=event.stable)
        elif self._state is SessionState.MEASURING:
            previous = self._snapshot.live_weight_kg
            if previous is None or abs(event.kg - previous) >= WEIGHT_NOISE_KG or event.stable != self._snapshot.weight_stable:
                self._note_activity()
            self._show(live_weight_kg=event.kg, weight_stable=event.stable, live_stale=False)

    def _on_live_figures(self, event: LiveFigures) -> None:
        figures = finite(event.values)
        if self._state is SessionState.PROFILE and any(figures.values()):
            self._go(SessionState.MEASURING, live_values=figures)
        elif self._state is SessionState.MEASURING:
            merged = {**self._snapshot.live_values, **figures}
            if merged != self._snapshot.live_values:
                self._note_activity()
            self._show(live_values=merged, live_stale=False)

    def _on_record(self, record: MeasurementRecord) -> None:
        if record.kind != self._kind:
            logger.warning("ignoring a %s record at a %s station", record.kind, self._kind)
            return
        values = finite(record.values)
        if len(values) < len(record.values):
            logger.warning("dropped %d value(s) that were not numbers", len(record.values) - len(values))
        if not values:
            logger.warning("ignoring a %s record without usable values", record.kind)
            return
        reading = Reading(values, record.model, int(time.time() * 1000))
        visit = self._visit
        if visit is None:
            self._hold_unclaimed(reading)
        elif self._state in IDLE_STATES and not visit.capturing:
            if visit.offered_reading is not None:
                visit.offered_reading = None  # a result after the tap is the member's own
                self._show(offered_result={})
            self._capture(visit, reading)
        elif self._state in (SessionState.IDENTIFYING, SessionState.TERMS):  # theirs once they are greeted
            if visit.waiting_reading is not None:
                logger.info("a waiting %s measurement was replaced by a newer one", self._kind)
            visit.waiting_reading = reading
        else:  # the member already has a result (or could not be identified): nobody to give it to
            logger.info("ignoring a %s record that arrived in %s", self._kind, self._state.value)

    def _hold_unclaimed(self, reading: Reading) -> None:
        """Keep a reading nobody has tapped in for, briefly, so the next tap can claim it."""
        if self._unclaimed_timer is not None:
            self._unclaimed_timer.cancel()
            logger.info("an unclaimed %s measurement was replaced by a newer one", self._kind)
        self._unclaimed = reading
        self._unclaimed_timer = self._scheduler.call_later(self._timings.unclaimed_record_s, self._drop_unclaimed)

    def _take_unclaimed(self) -> Reading | None:
        if self._unclaimed_timer is not None:
            self._unclaimed_timer.cancel()
        reading, self._unclaimed, self._unclaimed_timer = self._unclaimed, None, None
        return reading

    def _drop_unclaimed(self) -> None:
        self._unclaimed, self._unclaimed_timer = None, None
        logger.info("dropped a %s measurement: nobody tapped in within %g s", self._kind, self._timings.unclaimed_record_s)

    def _on_connection(self, connected: bool) -> None:
        changes: dict[str, Any] = {"device_connected": connected}
        if self._state in IDLE_STATES and self._snapshot.message is not MessageCode.NOT_SAVED_YET:
            if not connected:
                changes["message"] = MessageCode.DEVICE_DISCONNECTED
            elif self._snapshot.message is MessageCode.DEVICE_DISCONNECTED:
                changes["message"] = None
        logger.info("measuring device %s", "connected" if connected else "disconnected")
        self._show(**changes)

    def _on_stale(self, stale: bool) -> None:
        """The measuring device went quiet (or spoke again): a live value must not look current."""
        if self._state is SessionState.MEASURING and stale != self._snapshot.live_stale:
            self._show(live_stale=stale)


def finite(values: dict[str, float]) -> dict[str, float]:
    """The values a Measurement would take; a device's garbage field is dropped, not the whole record."""
    return {name: float(value) for name, value in values.items() if is_measured_number(value)}
