"""The kiosk's background chores: device counters for diagnostics, free disk space, purging old local data.

Whatever holds member data on this kiosk follows ``[storage] history_days``:
finished results, the trainer audit log and CSV exports left in the kiosk's
own folder. Free space below ``[storage] min_free_mb`` is logged as a warning
while there is still room, since a full disk keeps new results in memory only.
"""
from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path

from kiosk.outbox.history import purge_older_than
from kiosk.runtime.devices import DeviceHub
from kiosk.storage import Database, StorageError
from kiosk.storage.space import low_space
from kiosk.trainer.audit import purge_older_than as purge_audit_older_than
from kiosk.trainer.export import purge_old_exports

logger = logging.getLogger(__name__)

DAY_S = 86_400.0


class Housekeeping:
    """Every ``every_s``: save device counters, check free space; once a day: delete what is past ``history_days``.

    That is finished results, trainer audit entries and the CSV exports in ``exports_dir``.
    Less than ``min_free_mb`` free beside the database is a warning (0: not watched).
    """

    def __init__(self, devices: DeviceHub, database: Database, *, counters_path: Path, history_days: int,
                 exports_dir: Path | None = None, min_free_mb: int = 0, every_s: float = 60.0) -> None:
        self._devices = devices
        self._database = database
        self._counters_path = counters_path
        self._history_days = history_days
        self._exports_dir = exports_dir
        self._min_free_mb = min_free_mb
        self._space_low = False
        self._every_s = every_s
        self._last_purge = float("-inf")
        self._counters_failing = False

    async def run_once(self, now: float | None = None) -> int:
        """One round; returns how many results were purged."""
        now = time.time() if now is None else now
        self._save_counters()
        self._watch_free_space()
        if now - self._last_purge < DAY_S:
            return 0
        days = self._history_days
        purged = await purge_older_than(self._database, days, now=now)
        if purged:
            logger.info("purged %d results older than %d days from this kiosk", purged, days)
        audited = await purge_audit_older_than(self._database, days, now=now)
        if audited:
            logger.info("purged %d trainer audit entries older than %d days", audited, days)
        if self._exports_dir is not None:
            try:
                exports = await asyncio.to_thread(purge_old_exports, self._exports_dir, days, now=now)
            except OSError as error:
                logger.warning("cannot purge old exports in %s: %s", self._exports_dir, error.strerror)
            else:
                if exports:
                    logger.info("deleted %d CSV exports older than %d days", exports, days)
        self._last_purge = now
        return purged

    async def run(self) -> None:
        while True:
            try:
                await self.run_once()
            except StorageError as error:  # a full or failing disk: the next round tries again
                logger.error("housekeeping could not use the database: %s", error)
            await asyncio.sleep(self._every_s)

    def _watch_free_space(self) -> None:
        folder = self._database.path.parent
        try:
            problem = low_space(folder, self._min_free_mb)
        except OSError as error:
            logger.debug("cannot tell the free space for %s: %s", folder, error.strerror)
            return
        if problem and not self._space_low:  # say it once, and again only after it recovered
            logger.warning("disk space low: %s", problem)
        elif not problem and self._space_low:
            logger.info("disk space for %s is above storage.min_free_mb again", folder)
        self._space_low = problem is not None

    def _save_counters(self) -> None:
        try:
            self._devices.write_counters(self._counters_path)
        except OSError as error:
            if not self._counters_failing:  # say it once, not every minute
                logger.warning("cannot save device counters to %s: %s", self._counters_path, error.strerror)
            self._counters_failing = True
        else:
            self._counters_failing = False
