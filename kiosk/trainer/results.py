"""What trainers look at: this kiosk's stored results, filtered, per member, and as a trend.

Queries run on the database thread. Members are told apart by the kiosk's member key
(stored with each measurement, see :mod:`kiosk.outbox.members`) and shown by their label ("Max M.").
"""
from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass, field
from enum import Enum
from functools import partial
from typing import Mapping, Sequence

from hardware import fields
from kiosk.outbox.history import DeliveryRecord, HistoryItem, decode_field_errors, decode_values
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.storage import Database

TREND_FIELDS = (fields.WEIGHT_KG, fields.BODY_FAT_PERCENT, fields.MUSCLE_MASS_KG)
UNCERTAIN_REASON = "uncertain"  # behind the hub: the reply was lost and the platform cannot be asked whether it arrived
UNLINKED_REASON = "unlinked"  # behind the hub: the member has not connected their account at that platform
RESENDABLE = (DeliveryState.REJECTED, DeliveryState.EXPIRED, DeliveryState.NEEDS_REAUTH)
DISCARDABLE = (DeliveryState.PENDING, DeliveryState.SENDING, DeliveryState.NEEDS_REAUTH)


class StateFilter(str, Enum):
    """Which results the list shows, by the state of any of their deliveries."""

    ALL = "all"
    ATTENTION = "attention"  # rejected, expired or waiting for the member to log in again
    QUEUED = "queued"
    NEEDS_REAUTH = "needs-reauth"
    REJECTED = "rejected"
    EXPIRED = "expired"
    SENT = "sent"
    DISCARDED = "discarded"

    @property
    def states(self) -> tuple[DeliveryState, ...]:
        """The delivery states this filter keeps (empty: everything)."""
        if self is StateFilter.ALL:
            return ()
        if self is StateFilter.ATTENTION:
            return RESENDABLE
        if self is StateFilter.QUEUED:
            return (DeliveryState.PENDING, DeliveryState.SENDING)
        return (DeliveryState(self.value),)


@dataclass(frozen=True)
class MemberChoice:
    """A member with results at this kiosk, for the member filter."""

    member_key: str = field(repr=False)
    label: str = field(repr=False)
    results: int
    newest_ms: int


@dataclass(frozen=True)
class TrendPoint:
    """One measurement's trend values (only the fields it has)."""

    timestamp_ms: int
    values: dict[str, float]


async def results(
    db: Database, *, state_filter: StateFilter = StateFilter.ALL, member_key: str | None = None, limit: int = 200
) -> list[HistoryItem]:
    """Stored results newest first, keeping those with a delivery in the filter's states and of ``member_key``."""
    if limit < 1:
        raise ValueError("results() needs limit >= 1")
    return await db.run(partial(_results, states=StateFilter(state_filter).states, member_key=member_key, limit=limit))


async def members(db: Database) -> list[MemberChoice]:
    """Every member with results here, by label, each with their newest label and result count."""
    return await db.run(_members)


async def trend(
    db: Database, member_key: str, *, names: Sequence[str] = TREND_FIELDS, limit: int = 500
) -> list[TrendPoint]:
    """A member's body measurements here, oldest first, with the ``names`` fields they have.

    Results discarded everywhere ("Not me", or by a trainer) are not the member's and are left out.
    """
    return await db.run(partial(_trend, member_key=member_key, names=tuple(names), limit=limit))


def with_live_statuses(item: HistoryItem, live: Mapping[str, DeliveryStatus]) -> HistoryItem:
    """``item`` with the outbox's in-memory statuses, which may be newer than the stored rows."""
    deliveries = []
    for record in item.deliveries:
        status = live.get(record.destination)
        if status is not None and status != record.status:
            record = dataclasses.replace(record, state=status.state, reason=status.reason, detail=status.detail)
        deliveries.append(record)
    return dataclasses.replace(item, deliveries=tuple(deliveries))


def can_resend(item: HistoryItem) -> bool:
    return any(record.state in RESENDABLE for record in item.deliveries)


def can_discard(item: HistoryItem) -> bool:
    return any(record.state in DISCARDABLE or record.reason in (UNCERTAIN_REASON, UNLINKED_REASON)
               for record in item.deliveries)


# --- on the database thread ---------------------------------------------------

_COLUMNS = (
    "m.unique_id, m.kind, m.timestamp_ms, m.values_json, m.device_model, m.captured_at, m.member_label, m.member_key"
)
_DELIVERIES = (
    "SELECT unique_id, destination, state, attempts, next_attempt_at, last_error_reason, last_error_detail,"
    " field_errors, updated_at FROM deliveries WHERE unique_id IN ({marks}) ORDER BY destination"
)
_SQL_CHUNK = 500


def _results(
    conn: sqlite3.Connection, *, states: tuple[DeliveryState, ...], member_key: str | None, limit: int
) -> list[HistoryItem]:
    conditions: list[str] = []
    params: list[object] = []
    if states:
        conditions.append(
            "EXISTS (SELECT 1 FROM deliveries d WHERE d.unique_id = m.unique_id"
            f" AND d.state IN ({','.join('?' * len(states))}))"
        )
        params.extend(state.value for state in states)
    if member_key is not None:
        conditions.append("m.member_key = ?")
        params.append(member_key)
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM measurements m {where} ORDER BY m.timestamp_ms DESC, m.unique_id DESC LIMIT ?",
        (*params, limit),
    ).fetchall()
    deliveries = _deliveries(conn, [row[0] for row in rows])
    return [_item(row, deliveries.get(row[0], ())) for row in rows]


def _deliveries(conn: sqlite3.Connection, unique_ids: list[str]) -> dict[str, tuple[DeliveryRecord, ...]]:
    found: dict[str, list[DeliveryRecord]] = {}
    for start in range(0, len(unique_ids), _SQL_CHUNK):
        chunk = unique_ids[start : start + _SQL_CHUNK]
        for row in conn.execute(_DELIVERIES.format(marks=",".join("?" * len(chunk))), chunk):
            unique_id, destination, state, attempts, next_attempt_at, reason, detail, errors, updated_at = row
            found.setdefault(unique_id, []).append(
                DeliveryRecord(destination, DeliveryState(state), attempts, next_attempt_at, reason, detail,
                               decode_field_errors(errors), updated_at)
            )
    return {unique_id: tuple(records) for unique_id, records in found.items()}


def _item(row: tuple, deliveries: tuple[DeliveryRecord, ...]) -> HistoryItem:
    unique_id, kind, timestamp_ms, values_json, device_model, captured_at, member_label, member_key = row
    return HistoryItem(unique_id, kind, timestamp_ms, _values(values_json), device_model, captured_at, deliveries,
                       member_label=member_label, member_key=member_key)


def _values(text: str) -> dict[str, float]:
    try:
        return decode_values(text)
    except ValueError:
        return {}  # a damaged row is still listed, with its delivery states


def _members(conn: sqlite3.Connection) -> list[MemberChoice]:
    # SQLite takes the bare member_label from the row that has MAX(timestamp_ms): the newest label.
    rows = conn.execute(
        "SELECT member_key, member_label, COUNT(*), MAX(timestamp_ms) FROM measurements"
        " WHERE member_key IS NOT NULL AND member_key != '' GROUP BY member_key"
    ).fetchall()
    choices = [MemberChoice(member_key, label, count, newest) for member_key, label, count, newest in rows]
    return sorted(choices, key=lambda choice: (choice.label.casefold(), -choice.newest_ms))


def _trend(conn: sqlite3.Connection, *, member_key: str, names: tuple[str, ...], limit: int) -> list[TrendPoint]:
    rows = conn.execute(
        "SELECT m.timestamp_ms, m.values_json FROM measurements m WHERE m.member_key = ? AND m.kind = 'body'"
        " AND EXISTS (SELECT 1 FROM deliveries d WHERE d.unique_id = m.unique_id AND d.state != 'discarded')"
        " ORDER BY m.timestamp_ms DESC LIMIT ?",
        (member_key, limit),
    ).fetchall()
    points = []
    for timestamp_ms, values_json in reversed(rows):
        values = {name: number for name, number in _values(values_json).items() if name in names}
        if values:
            points.append(TrendPoint(timestamp_ms, values))
    return points
