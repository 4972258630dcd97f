"""Captures the disk refused for now, kept in memory and written again until the disk takes them.

A full or failing disk (SQLITE_FULL, an I/O error) must not cost a member their
measurement. Its write is held here and retried with backoff, 0.25 s doubling up
to 15 s, for as long as the kiosk runs; whoever waits on it is told once that it
is delayed, so the screen can say "not saved yet" instead of "saved". Only the
process stopping drops a held write, and that is logged.
"""
from __future__ import annotations

import asyncio
import logging
import sqlite3
from typing import Callable, TypeVar

from kiosk.storage import Database, StorageUnavailable

log = logging.getLogger(__name__)

T = TypeVar("T")

FIRST_RETRY_S = 0.25
MAX_RETRY_S = 15.0


class HeldWrites:
    """Database writes that are retried in the background until they succeed."""

    def __init__(self, db: Database, *, first_retry_s: float = FIRST_RETRY_S, max_retry_s: float = MAX_RETRY_S) -> None:
        self._db = db
        self._first_retry_s = first_retry_s
        self._max_retry_s = max_retry_s
        self._tasks: set[asyncio.Task[object]] = set()

    def __len__(self) -> int:
        """How many writes are being done or held right now."""
        return len(self._tasks)

    def write(
        self, fn: Callable[[sqlite3.Connection], T], on_delayed: Callable[[], None] | None = None
    ) -> asyncio.Task[T]:
        """Run ``fn`` in one transaction now, and again after each refusal by the disk, until it succeeds.

        ``on_delayed()`` is called once, after the first refusal. The task fails only
        for other errors (and is cancelled only by :meth:`aclose`), so cancelling a
        caller that awaits it through :func:`asyncio.shield` does not stop it.
        """
        task = asyncio.get_running_loop().create_task(self._write(fn, on_delayed), name="outbox-held-write")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def aclose(self) -> None:
        """Stop retrying: the process is ending, and what is still held is lost (and logged)."""
        tasks = list(self._tasks)
        if tasks:
            log.error("%d measurement(s) could not be stored before shutdown: the disk kept refusing them", len(tasks))
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _write(self, fn: Callable[[sqlite3.Connection], T], on_delayed: Callable[[], None] | None) -> T:
        try:
            return await self._db.run(fn)
        except StorageUnavailable as refused:
            log.error("the disk refused a measurement (%s); kept in memory, writing it again", refused)
        if on_delayed is not None:
            try:
                on_delayed()
            except Exception as error:
                log.error("a listener for a delayed write failed (%s)", type(error).__name__)
        delay, attempts = self._first_retry_s, 1
        while True:
            await asyncio.sleep(delay)
            attempts += 1
            try:
                result = await self._db.run(fn)
            except StorageUnavailable:
                delay = min(delay * 2, self._max_retry_s)
                continue
            log.warning("a measurement kept in memory is now stored (attempt %d)", attempts)
            return result
