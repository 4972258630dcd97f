"""The standalone machine heartbeat, beaten on the kiosk's heartbeat schedule, whether or not members come by.

EGYM does not say how often (the interval is not in its documents); the kiosk beats once a
minute (:mod:`kiosk.runtime.heartbeat`). The last outcome is kept: a failure never stops the
schedule, and is logged once when it starts and once when it ends, not every beat, so the
kiosk's log (and the diagnostics bundle that carries it) shows when the heartbeat failed. The
failure is logged as an error, so that where the kiosk also reports to a hub, its heartbeat's
"last error" carries it to the hub's fleet page.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Awaitable, Callable

from kiosk.cloud.errors import CloudError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HeartbeatStatus:
    """The last beat: when (wall clock, seconds), and the failure message if it failed."""

    at: float
    failure: str | None = None

    @property
    def ok(self) -> bool:
        return self.failure is None


class Heartbeat:
    """Calls ``beat`` once per :meth:`beat_once`, keeping the outcome in ``last``."""

    def __init__(self, beat: Callable[[], Awaitable[None]], clock: Callable[[], float] = time.time) -> None:
        self._beat = beat
        self._clock = clock
        self.last: HeartbeatStatus | None = None

    async def beat_once(self) -> HeartbeatStatus:
        """One heartbeat, its outcome recorded."""
        try:
            await self._beat()
        except CloudError as error:
            if self.last is None or self.last.ok:
                log.error("EGYM machine heartbeat failing: %s", error.message)  # the hub's fleet page shows it
            self.last = HeartbeatStatus(self._clock(), error.message)
        else:
            if self.last is not None and not self.last.ok:
                log.info("EGYM machine heartbeat works again")
            self.last = HeartbeatStatus(self._clock())
        return self.last
