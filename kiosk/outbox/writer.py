"""Outcomes written in batches, so a busy queue costs one commit per batch, not one per item."""
from __future__ import annotations

import asyncio
import logging
from typing import Awaitable, Callable

from kiosk.outbox.items import Outcome
from kiosk.storage import StorageError

log = logging.getLogger(__name__)

WRITE_DELAY_S = 0.05  # longest an outcome waits in memory before it is committed
WRITE_BATCH = 256  # ... or until this many have gathered


class OutcomeWriter:
    """Gathers attempt outcomes and hands them to ``write`` in batches, on the event loop.

    An outcome waits at most ``WRITE_DELAY_S`` (or until ``WRITE_BATCH`` have
    gathered) before it is committed. Losing that window in a power cut only means
    the items are sent once more after the restart, which destinations de-duplicate.
    ``on_flushed`` hears which destinations had outcomes written.
    """

    def __init__(
        self, write: Callable[[list[Outcome]], Awaitable[None]], on_flushed: Callable[[set[str]], None]
    ) -> None:
        self._write = write
        self._on_flushed = on_flushed
        self._rows: list[Outcome] = []
        self._hurry = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def add(self, outcome: Outcome) -> None:
        self._rows.append(outcome)
        if len(self._rows) >= WRITE_BATCH:
            self._hurry.set()
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._flush(), name="outbox-writer")

    async def drain(self) -> None:
        """Return once everything added so far is on disk (or reported as unwritable)."""
        while self._task is not None and not self._task.done():
            self._hurry.set()
            await asyncio.shield(self._task)

    async def _flush(self) -> None:
        while self._rows:
            try:
                async with asyncio.timeout(WRITE_DELAY_S):
                    await self._hurry.wait()
            except TimeoutError:
                pass
            self._hurry.clear()
            rows, self._rows = self._rows, []
            try:
                await self._write(rows)
            except (StorageError, OSError) as exc:
                # The rows stay SENDING on disk, so after a restart they are sent again (de-duplicated).
                log.error("could not record %d delivery outcomes: %s", len(rows), exc)
            self._on_flushed({row.destination for row in rows})
