"""The heap once the kiosk is up: no leftover caches, and full garbage collections out of the member's way."""
from __future__ import annotations

import gc
import linecache


def settle_after_start() -> None:
    """Collect once, then exempt everything alive from later full collections (``gc.freeze``).

    What exists once the kiosk is up (modules, the QML scene, the wiring, a recovered
    outbox backlog) lives as long as the process. Left in the collector's oldest
    generation it is walked by every full collection, which pauses the event loop
    for 10-20 ms every few seconds while a long queue drains. Frozen objects are
    still freed as usual when nothing refers to them any more.

    The source lines ``inspect.getsource`` left in ``linecache`` while the kiosk started (PySide
    reads every module imported before the UI replaced that scan: ~2 MiB of text; see
    ``ui.pyside_workarounds``) go first; a traceback reads what it needs again.
    """
    linecache.clearcache()
    gc.collect()
    gc.freeze()
