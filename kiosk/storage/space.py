"""Free room on the disk that holds the database, against ``[storage] min_free_mb``.

A full disk makes SQLite refuse writes; the outbox then holds new results in
memory (see :mod:`kiosk.outbox.held`), which only lasts while the kiosk runs.
Housekeeping and ``gym-kiosk check`` therefore say so while there is still room.
"""
from __future__ import annotations

import shutil
from pathlib import Path

MIB = 1024 * 1024


def free_mb(folder: Path) -> int:
    """Whole MiB free for this user on the file system holding ``folder`` (or its nearest existing parent)."""
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return shutil.disk_usage(folder).free // MIB


def low_space(folder: Path, minimum_mb: int) -> str | None:
    """What to tell an installer when ``folder``'s disk has less than ``minimum_mb`` free; None if fine or off (0)."""
    if minimum_mb <= 0:
        return None
    free = free_mb(folder)
    if free >= minimum_mb:
        return None
    return (
        f"only {free} MB free for {folder}, below storage.min_free_mb = {minimum_mb}; new results are kept in "
        "memory only once the disk is full: free some space (old logs, exports) or enlarge the disk"
    )
