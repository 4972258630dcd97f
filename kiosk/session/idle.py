"""The flow's part for a member who stops touching the screen: the idle warning and the result's countdown.

:class:`IdleTimeouts` is mixed into :class:`~kiosk.session.flow.SessionFlow`. Before a result, a
member who does nothing for ``idle_s`` sees "Still there?" with a countdown and is logged out when
it ends; a result stays on screen for ``result_idle_s`` after the last touch, its seconds shown.
Every timer goes through the flow's :class:`~kiosk.session.timers.Scheduler`.
"""
from __future__ import annotations

import logging
import math
from typing import Any

from kiosk.session.state import SessionState
from kiosk.session.visit import RESULT_STATES, TIMED_STATES, Ending

logger = logging.getLogger(__name__)

WARNING_TICK_S = 1.0


class IdleTimeouts:
    """The idle warning and the result countdown, for :class:`SessionFlow` (see the module's docstring)."""

    _snapshot: Any
    _timings: Any  # the flow's FlowTimings
    _scheduler: Any
    _idle_timer: Any
    _closed: bool

    def still_here(self) -> None:
        """The member answered the idle warning."""
        if not self._refuses("still-here", self._snapshot.idle_warning):
            self._restart_idle()

    def touch(self) -> None:
        """Any touch on the screen counts as the member being present."""
        if not self._closed:
            self._note_activity()

    def _note_activity(self) -> None:
        if self._state in TIMED_STATES and self._idle_timer is not None:
            self._restart_idle()
        elif self._state in RESULT_STATES:
            self._restart_result_countdown()

    def _restart_result_countdown(self) -> None:
        """The result stays while the member touches the screen; the seconds left are on screen."""
        if self._idle_timer is not None:
            self._idle_timer.cancel()
        self._result_tick(math.ceil(self._timings.result_idle_s))

    def _result_tick(self, seconds_left: int) -> None:
        self._idle_timer = None
        if self._state not in RESULT_STATES:
            return
        if seconds_left <= 0:
            logger.info("result screen closed: no touch for %g s", self._timings.result_idle_s)
            if self._snapshot.confirming_not_me:  # they said "Not me" and left: not theirs to send
                ending = Ending.NOT_ME
            else:
                ending = Ending.IDLE if self._state is SessionState.REVIEW else Ending.FINISHED
            self._end_visit(ending)
            self._go(SessionState.ATTRACT)
            return
        self._show(screen_seconds_left=seconds_left)
        self._idle_timer = self._scheduler.call_later(WARNING_TICK_S, lambda: self._result_tick(seconds_left - 1))

    def _restart_idle(self) -> None:
        self._stop_idle()
        self._idle_timer = self._scheduler.call_later(self._timings.idle_s, self._idle_elapsed)

    def _stop_idle(self) -> None:
        if self._idle_timer is not None:
            self._idle_timer.cancel()
            self._idle_timer = None
        if self._snapshot.idle_warning:
            self._show(idle_warning=False, warning_seconds_left=0)

    def _idle_elapsed(self) -> None:
        self._idle_timer = None
        self._count_down(math.ceil(self._timings.warning_s))

    def _count_down(self, seconds_left: int) -> None:
        if self._state not in TIMED_STATES:
            return
        if seconds_left <= 0:
            logger.info("session ended: nobody there for %g s", self._timings.idle_s + self._timings.warning_s)
            self._end_visit(Ending.IDLE)
            self._go(SessionState.ATTRACT)
            return
        self._show(idle_warning=True, warning_seconds_left=seconds_left)
        self._idle_timer = self._scheduler.call_later(WARNING_TICK_S, lambda: self._count_down(seconds_left - 1))
