"""In-process news that a delivery changed, for long-polling status requests.

The delivery worker and the trainer actions call :meth:`StatusChanges.changed`; every
waiting status request wakes at once and re-reads the store. Changes made by another hub
process (PostgreSQL) reach this one through the store only, so a waiter also re-reads it
every ``poll_s`` seconds.
"""
from __future__ import annotations

import asyncio


class StatusChanges:
    def __init__(self, poll_s: float = 1.0) -> None:
        self.poll_s = poll_s
        self._event: asyncio.Event | None = None

    def changed(self) -> None:
        """Wake every waiter; call it in the event loop's thread."""
        if self._event is not None:
            self._event.set()
            self._event = None

    async def wait(self, timeout_s: float) -> None:
        """Return on the next change in this process, or after ``min(timeout_s, poll_s)`` seconds."""
        if self._event is None:
            self._event = asyncio.Event()
        try:
            await asyncio.wait_for(self._event.wait(), timeout=max(0.0, min(timeout_s, self.poll_s)))
        except TimeoutError:
            pass
