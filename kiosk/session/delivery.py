"""The flow's part for a saved result on its way: the first delivery attempt, and every state after it.

:class:`ResultDelivery` is mixed into :class:`~kiosk.session.flow.SessionFlow`. "Save" (or the
review timeout) asks the outbox for a first attempt while the result stays on screen; each
destination's outcome then shows as it changes, and a destination that passes results on (the
hub) is followed to the platforms behind it while the member still looks. A refusal shows why.
"""
from __future__ import annotations

import logging
from typing import Any, Sequence

from kiosk.cloud.base import DownstreamStatus, ReportsDownstream
from kiosk.models import Measurement
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.session.messages import queued_at, queued_reason, refusal, refused_at
from kiosk.session.state import SessionState
from kiosk.session.visit import Visit

logger = logging.getLogger(__name__)


class ResultDelivery:
    """Sending a saved result and showing where it stands, for :class:`SessionFlow` (see the module's docstring)."""

    _visit: Visit | None
    _snapshot: Any
    _outbox: Any
    _timings: Any
    _downstream: dict[str, ReportsDownstream]

    def _submit(self) -> None:
        visit = self._visit
        assert visit is not None and visit.measurement is not None
        visit.confirmed = True
        self._go(SessionState.SUBMITTING, confirming_not_me=False)
        self._spawn(self._deliver(visit, visit.measurement))

    async def _deliver(self, visit: Visit, measurement: Measurement) -> None:
        try:
            returned = await self._outbox.deliver_now(measurement.unique_id, self._timings.submit_timeout_s)
        except Exception as error:  # it is stored; the outbox keeps trying in the background
            logger.error("first delivery attempt failed unexpectedly (%s)", type(error).__name__)
            returned = ()
        if visit is not self._visit or self._state is not SessionState.SUBMITTING:
            return
        statuses = _newest(returned, self._current_statuses(measurement.unique_id))
        for status in statuses:
            self._follow_downstream(visit, measurement.unique_id, status)
        self._ask_standing(visit, statuses)
        code = refusal(statuses)
        if code is not None:
            logger.info("measurement refused: %s", code.value)
            self._go(SessionState.FAILED, submissions=tuple(statuses), message=code, message_platform=refused_at(statuses))
        else:
            self._go(SessionState.DONE, submissions=tuple(statuses), **_waiting_message(statuses))

    def _current_statuses(self, unique_id: str) -> tuple[DeliveryStatus, ...]:
        try:
            return tuple(self._outbox.statuses(unique_id))
        except Exception as error:
            logger.error("could not read delivery statuses (%s)", type(error).__name__)
            return ()

    def _on_delivery_status(self, unique_id: str, status: DeliveryStatus) -> None:
        visit = self._visit
        if self._state not in (SessionState.SUBMITTING, SessionState.DONE, SessionState.FAILED) or visit is None or visit.measurement is None:
            return
        if visit.measurement.unique_id != unique_id:
            return
        self._follow_downstream(visit, unique_id, status)
        self._ask_standing(visit, (status,))
        submissions = tuple(status if s.destination == status.destination else s for s in self._snapshot.submissions)
        if status.destination not in {s.destination for s in submissions}:
            submissions += (status,)
        changes: dict[str, Any] = {"submissions": submissions}
        if self._state is SessionState.DONE:
            changes.update(_waiting_message(submissions))
        self._show(**changes)

    def _follow_downstream(self, visit: Visit, unique_id: str, status: DeliveryStatus) -> None:
        """Once a destination that passes results on has this one, follow it there while the member looks."""
        reporter = self._downstream.get(status.destination)
        if reporter is None or status.state is not DeliveryState.SENT or status.destination in visit.following:
            return

        def show(states: tuple[DownstreamStatus, ...]) -> None:
            if visit is self._visit and self._state in (SessionState.SUBMITTING, SessionState.DONE, SessionState.FAILED):
                self._show(downstream={**self._snapshot.downstream, status.destination: states})

        visit.following[status.destination] = self._spawn(reporter.follow(unique_id, show))


def _newest(returned: Sequence[DeliveryStatus], current: Sequence[DeliveryStatus]) -> tuple[DeliveryStatus, ...]:
    """The first attempt's outcomes, unless a destination has since reached a final state."""
    final = {status.destination: status for status in current if status.state.final}
    if not returned:
        return tuple(current)
    return tuple(final.get(status.destination, status) for status in returned)


def _waiting_message(statuses: Sequence[DeliveryStatus]) -> dict[str, Any]:
    """Snapshot fields saying why a result waits on this kiosk, and for which platform (none: no message)."""
    return {"message": queued_reason(statuses), "message_platform": queued_at(statuses)}
