"""The standalone machine heartbeat, on its own schedule, whether or not members come by.

EGYM does not say how often (the interval is not in its documents); the default is once a
minute. The last outcome is kept for ``gym-kiosk check`` and diagnostics: a failure never
stops the loop, and is logged once when it starts and once when it ends, not every beat.
"""
from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Awaitable, Callable

from kiosk.cloud.errors import CloudError

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_S = 60.0


@dataclass(frozen=True)
class HeartbeatStatus:
    """The last beat: when (wall clock, seconds), and the failure message if it failed."""

    at: float
    failure: str | None = None

    @property
    def ok(self) -> bool:
        return self.failure is None


class Heartbeat:
    """Calls ``beat`` every ``interval_s`` until :meth:`run` is cancelled."""

    def __init__(
        self,
        beat: Callable[[], Awaitable[None]],
        interval_s: float = DEFAULT_INTERVAL_S,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._beat = beat
        self._interval_s = interval_s
        self._sleep = sleep
        self._clock = clock
        self.last: HeartbeatStatus | None = None

    async def beat_once(self) -> HeartbeatStatus:
        """One heartbeat, its outcome recorded."""
        try:
            await self._beat()
        except CloudError as error:
            if self.last is None or self.last.ok:
                log.warning("EGYM machine heartbeat failing: %s", error.message)
            self.last = HeartbeatStatus(self._clock(), error.message)
        else:
            if self.last is not None and not self.last.ok:
                log.info("EGYM machine heartbeat works again")
            self.last = HeartbeatStatus(self._clock())
        return self.last

    async def run(self) -> None:
        """Beat now and then every interval, forever (cancel the task to stop)."""
        while True:
            await self.beat_once()
            await self._sleep(self._interval_s)
