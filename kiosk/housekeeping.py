"""The kiosk's background chores: device counters for diagnostics, and purging old local history."""
from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path

from kiosk.devices import DeviceHub
from kiosk.outbox.history import purge_older_than
from kiosk.storage import Database

logger = logging.getLogger(__name__)

DAY_S = 86_400.0


class Housekeeping:
    """Every ``every_s``: save device counters; once a day: delete finished results past ``history_days``."""

    def __init__(self, devices: DeviceHub, database: Database, *, counters_path: Path, history_days: int,
                 every_s: float = 60.0) -> None:
        self._devices = devices
        self._database = database
        self._counters_path = counters_path
        self._history_days = history_days
        self._every_s = every_s
        self._last_purge = float("-inf")
        self._counters_failing = False

    async def run_once(self, now: float | None = None) -> int:
        """One round; returns how many results were purged."""
        now = time.time() if now is None else now
        self._save_counters()
        if now - self._last_purge < DAY_S:
            return 0
        self._last_purge = now
        purged = await purge_older_than(self._database, self._history_days, now=now)
        if purged:
            logger.info("purged %d results older than %d days from this kiosk", purged, self._history_days)
        return purged

    async def run(self) -> None:
        while True:
            await self.run_once()
            await asyncio.sleep(self._every_s)

    def _save_counters(self) -> None:
        try:
            self._devices.write_counters(self._counters_path)
        except OSError as error:
            if not self._counters_failing:  # say it once, not every minute
                logger.warning("cannot save device counters to %s: %s", self._counters_path, error.strerror)
            self._counters_failing = True
        else:
            self._counters_failing = False
