"""A genuinely full disk for SQLite: the file may not grow (``PRAGMA max_page_count``) and is filled up.

SQLite then refuses the next write with SQLITE_FULL ("database or disk is full"),
exactly as on a full file system. Filler results are appended in key order with
rows as large as the real result's, so every b-tree's last page is full and the
real result cannot fit anywhere without a new page.
"""
from __future__ import annotations

import json
import sqlite3
import time
from functools import partial

from kiosk.models import Measurement
from kiosk.storage import Database, StorageError

_NO_LIMIT = 1_073_741_823
_MEMBER_KEY_LIKE = "f" * 32  # as long as the member key the kiosk stores with a real result


async def fill_the_disk(db: Database, like: Measurement, *, label: str) -> int:
    """Store old results shaped like ``like`` until the disk is full; returns how many fit."""
    await db.run(_may_not_grow)
    stored = 0
    while True:
        try:
            await db.run(partial(_store_old_result, like=like, label=label, number=stored))
        except StorageError as refused:
            assert "full" in str(refused)
            return stored
        stored += 1


async def free_some_space(db: Database) -> None:
    """Room again (an installer cleared the disk)."""
    await db.run(lambda conn: conn.execute(f"PRAGMA max_page_count = {_NO_LIMIT}"))


async def stored_ids(db: Database) -> set[str]:
    rows = await db.run(lambda conn: conn.execute("SELECT unique_id FROM measurements").fetchall())
    return {row[0] for row in rows}


def _may_not_grow(conn: sqlite3.Connection) -> None:
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 2}")


def _store_old_result(conn: sqlite3.Connection, *, like: Measurement, label: str, number: int) -> None:
    # Ids sort before any uuid4 ("xxxxxxxx-xxxx-4xxx-..."), times before now: every filler is appended at the end.
    moment = time.time() - 86_400 + number
    conn.execute(
        "INSERT INTO measurements (unique_id, kind, timestamp_ms, values_json, device_model, member_label, member_key,"
        " captured_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (f"00000000-0000-0000-0000-{number:012d}", like.kind, int(moment * 1000), json.dumps(like.values),
         like.device_model, label, _MEMBER_KEY_LIKE, moment),
    )
