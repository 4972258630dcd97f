"""Read-only views of the outbox for trainer mode and diagnostics, plus purging.

Every function takes the :class:`~kiosk.storage.Database` and runs its query on
the database thread. Member labels and member keys are returned for on-screen use
only; the records' reprs leave them out so they cannot reach a log by accident.
"""
from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass, field
from functools import partial
from typing import Mapping

from kiosk.cloud.errors import FieldError
from kiosk.models import measured_values
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.storage import Database

OPEN_STATES = (DeliveryState.PENDING, DeliveryState.SENDING, DeliveryState.NEEDS_REAUTH)
FINAL_STATES = tuple(state for state in DeliveryState if state.final)


@dataclass(frozen=True)
class DeliveryRecord:
    """One destination's stored row for one measurement."""

    destination: str
    state: DeliveryState
    attempts: int
    next_attempt_at: float | None
    reason: str | None
    detail: str
    field_errors: tuple[FieldError, ...]
    updated_at: float

    @property
    def status(self) -> DeliveryStatus:
        return DeliveryStatus(self.destination, self.state, self.reason, self.detail)


@dataclass(frozen=True)
class HistoryItem:
    """A stored measurement with where it stands at every destination."""

    unique_id: str
    kind: str
    timestamp_ms: int
    values: dict[str, float]
    device_model: str
    captured_at: float
    deliveries: tuple[DeliveryRecord, ...]
    member_label: str = field(default="", repr=False)
    member_key: str | None = field(default=None, repr=False)  # the kiosk's key of the member (kiosk.outbox.members)


@dataclass(frozen=True)
class OutboxStats:
    """Counts per destination and state, and how long the oldest unfinished item has waited."""

    counts: Mapping[str, Mapping[DeliveryState, int]]
    oldest_pending_age_s: float | None

    def count(self, state: DeliveryState, destination: str | None = None) -> int:
        """How many deliveries are in ``state`` (at one destination, or at all of them)."""
        per_destination = [self.counts.get(destination, {})] if destination else self.counts.values()
        return sum(states.get(state, 0) for states in per_destination)

    @property
    def unfinished(self) -> int:
        """Deliveries still pending, in flight or waiting for the member to log in again."""
        return sum(self.count(state) for state in OPEN_STATES)


async def recent(
    db: Database,
    *,
    limit: int = 50,
    offset: int = 0,
    state: DeliveryState | None = None,
    destination: str | None = None,
) -> list[HistoryItem]:
    """Measurements newest first (by measurement time), each with all its deliveries.

    ``state`` keeps only items with at least one delivery in that state (at
    ``destination`` when given); ``destination`` alone keeps items queued for it.
    """
    if limit < 1 or offset < 0:
        raise ValueError("recent() needs limit >= 1 and offset >= 0")
    return await db.run(partial(_recent, limit=limit, offset=offset, state=state, destination=destination))


async def item(db: Database, unique_id: str) -> HistoryItem | None:
    """One stored measurement with its deliveries, or None if it is not (or no longer) stored."""
    return await db.run(partial(_item, unique_id=unique_id))


async def purge_older_than(db: Database, days: float, *, now: float | None = None) -> int:
    """Delete measurements captured more than ``days`` ago whose every delivery is finished.

    Anything still pending, in flight or waiting for re-authentication is kept, so
    purging never loses an unsent measurement. A member left without results here is
    forgotten too (their platform accounts' links). Returns how many were deleted.
    """
    if not days >= 0:
        raise ValueError(f"purge_older_than() needs days >= 0, got {days!r}")
    cutoff = (time.time() if now is None else now) - days * 86_400
    return await db.run(partial(_purge, cutoff=cutoff))


async def outbox_stats(db: Database, *, now: float | None = None) -> OutboxStats:
    """Counts per destination and state, and the age of the oldest unfinished delivery."""
    return await db.run(partial(_stats, now=time.time() if now is None else now))


# --- on the database thread ---------------------------------------------------

_ITEM_COLUMNS = (
    "m.unique_id, m.kind, m.timestamp_ms, m.values_json, m.device_model, m.captured_at, m.member_label, m.member_key"
)
_DELIVERY_COLUMNS = (
    "unique_id, destination, state, attempts, next_attempt_at, last_error_reason, last_error_detail,"
    " field_errors, updated_at"
)


def _recent(
    conn: sqlite3.Connection, *, limit: int, offset: int, state: DeliveryState | None, destination: str | None
) -> list[HistoryItem]:
    conditions: list[str] = []
    params: list[object] = []
    if state is not None or destination is not None:
        inner = ["d.unique_id = m.unique_id"]
        if state is not None:
            inner.append("d.state = ?")
            params.append(state.value)
        if destination is not None:
            inner.append("d.destination = ?")
            params.append(destination)
        conditions.append(f"EXISTS (SELECT 1 FROM deliveries d WHERE {' AND '.join(inner)})")
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    rows = conn.execute(
        f"SELECT {_ITEM_COLUMNS} FROM measurements m {where} "
        "ORDER BY m.timestamp_ms DESC, m.unique_id DESC LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()
    deliveries = _deliveries_for(conn, [row[0] for row in rows])
    return [_history_item(row, deliveries.get(row[0], ())) for row in rows]


def _item(conn: sqlite3.Connection, *, unique_id: str) -> HistoryItem | None:
    row = conn.execute(f"SELECT {_ITEM_COLUMNS} FROM measurements m WHERE m.unique_id = ?", (unique_id,)).fetchone()
    if row is None:
        return None
    return _history_item(row, _deliveries_for(conn, [unique_id]).get(unique_id, ()))


def _deliveries_for(conn: sqlite3.Connection, unique_ids: list[str]) -> dict[str, tuple[DeliveryRecord, ...]]:
    found: dict[str, list[DeliveryRecord]] = {}
    for start in range(0, len(unique_ids), 500):
        chunk = unique_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT {_DELIVERY_COLUMNS} FROM deliveries WHERE unique_id IN ({marks}) ORDER BY destination", chunk
        ):
            found.setdefault(row[0], []).append(_delivery_record(row))
    return {unique_id: tuple(records) for unique_id, records in found.items()}


def _delivery_record(row: tuple) -> DeliveryRecord:
    _, destination, state, attempts, next_attempt_at, reason, detail, field_errors, updated_at = row
    return DeliveryRecord(
        destination=destination,
        state=DeliveryState(state),
        attempts=attempts,
        next_attempt_at=next_attempt_at,
        reason=reason,
        detail=detail,
        field_errors=decode_field_errors(field_errors),
        updated_at=updated_at,
    )


def _history_item(row: tuple, deliveries: tuple[DeliveryRecord, ...]) -> HistoryItem:
    unique_id, kind, timestamp_ms, values_json, device_model, captured_at, member_label, member_key = row
    try:
        values = decode_values(values_json)
    except ValueError:
        values = {}  # a damaged row is still listed, with its delivery states
    return HistoryItem(
        unique_id=unique_id,
        kind=kind,
        timestamp_ms=timestamp_ms,
        values=values,
        device_model=device_model,
        captured_at=captured_at,
        deliveries=deliveries,
        member_label=member_label,
        member_key=member_key,
    )


def _purge(conn: sqlite3.Connection, *, cutoff: float) -> int:
    open_marks = ",".join("?" * len(OPEN_STATES))
    cursor = conn.execute(
        "DELETE FROM measurements WHERE captured_at < ? AND NOT EXISTS ("
        f"SELECT 1 FROM deliveries d WHERE d.unique_id = measurements.unique_id AND d.state IN ({open_marks}))",
        (cutoff, *(state.value for state in OPEN_STATES)),
    )
    conn.execute(
        "DELETE FROM member_accounts WHERE member_key NOT IN"
        " (SELECT member_key FROM measurements WHERE member_key IS NOT NULL)"
    )
    return cursor.rowcount


def _stats(conn: sqlite3.Connection, *, now: float) -> OutboxStats:
    counts: dict[str, dict[DeliveryState, int]] = {}
    for destination, state, count in conn.execute(
        "SELECT destination, state, COUNT(*) FROM deliveries GROUP BY destination, state"
    ):
        counts.setdefault(destination, {})[DeliveryState(state)] = count
    open_marks = ",".join("?" * len(OPEN_STATES))
    oldest = conn.execute(
        "SELECT MIN(m.captured_at) FROM measurements m WHERE EXISTS ("
        f"SELECT 1 FROM deliveries d WHERE d.unique_id = m.unique_id AND d.state IN ({open_marks}))",
        tuple(state.value for state in OPEN_STATES),
    ).fetchone()[0]
    return OutboxStats(counts=counts, oldest_pending_age_s=None if oldest is None else max(0.0, now - oldest))


# --- stored JSON ----------------------------------------------------------------


def decode_values(text: str) -> dict[str, float]:
    """The stored measurement values; raises ValueError if the stored text is not a number map."""
    return measured_values(json.loads(text))


def encode_field_errors(errors: tuple[FieldError, ...]) -> str:
    return json.dumps([{"name": error.name, "message": error.message} for error in errors])


def decode_field_errors(text: str) -> tuple[FieldError, ...]:
    """Stored field errors; an unreadable entry is skipped rather than failing the whole view."""
    try:
        entries = json.loads(text)
    except ValueError:
        return ()
    if not isinstance(entries, list):
        return ()
    return tuple(
        FieldError(str(entry.get("name", "")), str(entry.get("message", "")))
        for entry in entries
        if isinstance(entry, dict)
    )
