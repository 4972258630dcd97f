"""The trainer audit log: every entry into trainer mode and every action taken there.

Rows live in the ``trainer_audit`` table of the kiosk database. The actor is
either ``"pin"`` or ``"card <short hash>"`` (see :func:`kiosk.trainer.cards.card_actor`);
anything else is refused, so a card UID or a member name can never end up there.
Entries older than ``[storage] history_days`` are deleted by housekeeping
(:func:`purge_older_than`), like the results they refer to.
"""
from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass
from enum import Enum
from functools import partial
from typing import Callable

from kiosk.storage import Database

_ACTOR = re.compile(r"pin|card [0-9a-f]{8}")
MAX_REASON_CHARS = 200


class AuditAction(str, Enum):
    ENTER = "enter"  # reason: "card" or "pin"
    EXIT = "exit"  # reason: "button", "idle" or "shutdown"
    PIN_WRONG = "pin-wrong"
    PIN_LOCKED = "pin-locked"  # the wrong PIN that started a lockout; reason: how long it lasts
    RESEND = "resend"  # item_id: the measurement
    DISCARD = "discard"  # item_id: the measurement; reason: what the trainer gave
    EXPORT = "export"  # reason: how many results, and where to
    VIEW_TREND = "view-trend"  # item_id: the measurement whose member's trend was opened


@dataclass(frozen=True)
class AuditEntry:
    """One stored entry; ``action`` is the stored text (an :class:`AuditAction` value)."""

    id: int
    at: float
    actor: str
    action: str
    item_id: str | None
    reason: str


def clean_reason(text: str) -> str:
    """A reason as stored: one line, no control characters, at most :data:`MAX_REASON_CHARS`."""
    printable = "".join(ch if ch.isprintable() else " " for ch in str(text))
    return " ".join(printable.split())[:MAX_REASON_CHARS]


class AuditLog:
    """Appends to and reads the trainer audit log."""

    def __init__(self, db: Database, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._clock = clock

    async def record(self, actor: str, action: AuditAction, *, item_id: str | None = None, reason: str = "") -> AuditEntry:
        """Append one entry; ValueError for an actor that is not "pin" or "card <hash>"."""
        if not isinstance(actor, str) or not _ACTOR.fullmatch(actor):
            raise ValueError('an audit actor is "pin" or "card <8 hex digits>"')
        action = AuditAction(action)
        at = self._clock()
        reason = clean_reason(reason)
        entry_id = await self._db.run(
            partial(_insert, at=at, actor=actor, action=action.value, item_id=item_id, reason=reason)
        )
        return AuditEntry(entry_id, at, actor, action.value, item_id, reason)

    async def entries(self, *, limit: int = 100, action: AuditAction | None = None) -> list[AuditEntry]:
        """The newest entries first (only ``action`` ones when given)."""
        if limit < 1:
            raise ValueError("entries() needs limit >= 1")
        return await self._db.run(partial(_select, limit=limit, action=None if action is None else action.value))


async def purge_older_than(db: Database, days: float, *, now: float | None = None) -> int:
    """Delete audit entries older than ``days``; returns how many."""
    if not days >= 0:
        raise ValueError(f"purge_older_than() needs days >= 0, got {days!r}")
    cutoff = (time.time() if now is None else now) - days * 86_400
    return await db.run(partial(_delete_before, cutoff=cutoff))


def _delete_before(conn: sqlite3.Connection, *, cutoff: float) -> int:
    return conn.execute("DELETE FROM trainer_audit WHERE at < ?", (cutoff,)).rowcount


def _insert(conn: sqlite3.Connection, *, at: float, actor: str, action: str, item_id: str | None, reason: str) -> int:
    cursor = conn.execute(
        "INSERT INTO trainer_audit (at, actor, action, item_id, reason) VALUES (?, ?, ?, ?, ?)",
        (at, actor, action, item_id, reason),
    )
    return int(cursor.lastrowid)


def _select(conn: sqlite3.Connection, *, limit: int, action: str | None) -> list[AuditEntry]:
    where, params = ("WHERE action = ?", (action,)) if action else ("", ())
    rows = conn.execute(
        f"SELECT id, at, actor, action, item_id, reason FROM trainer_audit {where} ORDER BY id DESC LIMIT ?",
        (*params, limit),
    ).fetchall()
    return [AuditEntry(*row) for row in rows]
