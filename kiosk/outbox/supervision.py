"""Keeping a background loop alive: an unexpected error is logged and the loop restarted.

A queue's worker dies silently otherwise, and with it every later delivery to that
destination until the kiosk restarts. Restarts back off (1 s doubling to a minute)
so a loop that fails at once every time does not spin.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Awaitable, Callable

log = logging.getLogger(__name__)

RESTART_FIRST_S = 1.0
RESTART_LONGEST_S = 60.0


async def keep_running(
    loop_body: Callable[[], Awaitable[None]],
    what: str,
    before_restart: Callable[[], Awaitable[None]] | None = None,
) -> None:
    """Run ``loop_body()`` for ever, restarting it after any exception but cancellation.

    ``what`` names the loop in the log (never data). ``before_restart`` tidies up what
    the failed run left half done. A run that lasted longer than the longest backoff
    counts as healthy, so the next failure restarts it quickly again.
    """
    clock = asyncio.get_running_loop().time
    restarts = 0
    while True:
        started = clock()
        try:
            await loop_body()
            return
        except Exception as exc:
            if clock() - started > RESTART_LONGEST_S:
                restarts = 0
            delay = min(RESTART_LONGEST_S, RESTART_FIRST_S * 2**restarts)
            restarts = min(restarts + 1, 16)
            log.error("%s failed (%s); restarting it in %.0f s", what, type(exc).__name__, delay, exc_info=True)
        await asyncio.sleep(delay)
        if before_restart is not None:
            try:
                await before_restart()
            except Exception as exc:  # the restart itself must still happen
                log.error("%s: tidying up before the restart failed (%s)", what, type(exc).__name__)
