"""The outbox's store: its SQL, the batched outcome writer, and captures held while the disk refuses them.

Every function whose name starts with ``_`` and takes a connection runs on the
database thread inside one transaction (see :meth:`kiosk.storage.Database.run`);
:class:`OutboxStore` is how the event loop reaches them.
"""
from __future__ import annotations

import asyncio
import json
import sqlite3
from dataclasses import dataclass
from functools import partial
from typing import Callable

from kiosk.message_codes import MessageCode
from kiosk.models import Measurement
from kiosk.outbox.held import HeldWrites
from kiosk.outbox.history import OutboxStats, encode_field_errors, outbox_stats
from kiosk.outbox.items import Outcome
from kiosk.outbox.members import link_account, session_owner
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.outbox.writer import OutcomeWriter
from kiosk.storage import Database

PENDING, NEEDS_REAUTH = DeliveryState.PENDING, DeliveryState.NEEDS_REAUTH
_WAITING = "('pending', 'needs-reauth')"  # states that wait for an attempt; matches the deliveries_due index
_SQL_CHUNK = 500  # ids per IN (...) list, well below SQLite's parameter limit

# unique_id, kind, timestamp_ms, values, device_model, member_key, attempts
ClaimedRow = tuple[str, str, int, object, str, str | None, int]
Stored = tuple[list[tuple[str, DeliveryStatus]], list[tuple[str, str]]]  # a capture's rows and revived items


@dataclass(frozen=True)
class ClaimResult:
    """Items just marked SENDING, waiting items that became too old, and when the next waiting one is due."""

    rows: list[ClaimedRow]
    expired: list[str]
    next_due: float | None


@dataclass(frozen=True)
class MemberLink:
    """The account a member logged in with, and the kiosk's key for them (see :mod:`kiosk.outbox.members`)."""

    platform: str
    account_id: str
    member_key: str


class OutboxStore:
    """The outbox's rows on disk. Outcomes go through a batched writer; ``on_flushed`` hears each batch."""

    def __init__(self, db: Database, clock: Callable[[], float], on_flushed: Callable[[set[str]], None]) -> None:
        self._db = db
        self._clock = clock
        self._writer = OutcomeWriter(self._write, on_flushed)
        self._held = HeldWrites(db)  # captures the disk refused for now

    def capture(
        self,
        measurement: Measurement,
        *,
        member_label: str,
        member: MemberLink | None,
        destinations: list[str],
        first_attempt_at: float,
        on_delayed: Callable[[], None] | None,
    ) -> asyncio.Task[Stored]:
        """Store the measurement with a PENDING row per destination, retried while the disk refuses it.

        The member's items waiting for re-authentication become PENDING too. ``on_delayed()``
        is called once if the disk refused the first write (see :class:`HeldWrites`).
        """
        store = partial(_store_capture, measurement=measurement, member_label=member_label, member=member,
                        destinations=destinations, now=self._clock(), first_attempt_at=first_attempt_at)
        return self._held.write(store, on_delayed)

    async def discard(self, unique_id: str, reason: str) -> list[str]:
        """Unfinished deliveries of ``unique_id`` become DISCARDED; returns their destinations."""
        return await self._db.run(partial(_discard_rows, unique_id=unique_id, reason=reason, now=self._clock()))

    async def requeue(
        self, unique_id: str, oldest_ms: dict[str, int | None], owners_with_session: set[str]
    ) -> list[tuple[str | None, DeliveryStatus]]:
        """Reset the item's rejected, expired and needs-reauth rows at these destinations (see Outbox.requeue)."""
        return await self._db.run(partial(_requeue_rows, unique_id=unique_id, oldest_ms=oldest_ms, now=self._clock(),
                                          owners=owners_with_session))

    async def recover(self, owners_with_session: set[str]) -> list[tuple[str, str | None, DeliveryStatus]]:
        """After a restart: SENDING rows become PENDING, and rows whose member has no session NEEDS_REAUTH."""
        return await self._db.run(partial(_recover, now=self._clock(), owners=owners_with_session))

    async def claim(
        self, destination: str, *, limit: int, priority: list[str], expire_before_ms: int | None, expired_detail: str
    ) -> ClaimResult:
        """Mark up to ``limit`` items SENDING, requested ones first, then the oldest due.

        With ``expire_before_ms``, waiting items taken before it become EXPIRED first.
        """
        batches, expired, next_due = await self._db.run(partial(
            _claim_rows, destination=destination, now=self._clock(), limit=limit, priority=priority,
            expire_before_ms=expire_before_ms, expired_detail=expired_detail,
        ))
        rows = [tuple(row) for batch in batches for row in json.loads(batch)]  # parsed here, off the database thread
        return ClaimResult(rows, expired, next_due)  # type: ignore[arg-type]

    async def release_sending(self, destination: str, busy: list[str]) -> None:
        """SENDING rows at ``destination`` that no attempt holds (``busy``) become PENDING, due now."""
        now = self._clock()
        await self._db.run(partial(_release_sending, destination=destination, busy=busy, now=now))

    def write_later(self, outcome: Outcome) -> None:
        """Store ``outcome`` with the next batch."""
        self._writer.add(outcome)

    async def drain(self) -> None:
        """Return once every outcome handed over so far is on disk (or reported as unwritable)."""
        await self._writer.drain()

    async def stats(self) -> OutboxStats:
        await self._writer.drain()
        return await outbox_stats(self._db, now=self._clock())

    async def stop_holding(self) -> None:
        """The process is ending: captures the disk still refuses are given up (and logged)."""
        await self._held.aclose()

    async def _write(self, outcomes: list[Outcome]) -> None:
        await self._db.run(partial(_write_outcomes, outcomes=outcomes, now=self._clock()))


# --- on the database thread --------------------------------------------------------

# A claimed batch travels as one JSON text: SQLite builds it in a single step, marks the
# same items SENDING straight from that text, and only the event loop parses it. Work on
# the database thread competes with the event loop for the interpreter (and, on a small
# kiosk CPU, for the core), so it is kept to a few statements per batch.
_BATCH_AS_JSON = (
    "SELECT count(*), json_group_array(json_array(unique_id, kind, timestamp_ms,"
    " CASE WHEN json_valid(values_json) THEN json(values_json) END, device_model, member_key, attempts))"
    " FROM (SELECT m.unique_id, m.kind, m.timestamp_ms, m.values_json, m.device_model, m.member_key, d.attempts"
    f" FROM deliveries d JOIN measurements m USING (unique_id) WHERE d.destination = ? AND d.state IN {_WAITING}"
    " AND {condition})"
)
_REQUESTED = "d.unique_id IN (SELECT value FROM json_each(?))"
_DUE = "d.next_attempt_at <= ? ORDER BY d.next_attempt_at LIMIT ?"
_MARK_SENDING = (
    "UPDATE deliveries SET state = 'sending', updated_at = ? WHERE destination = ?"
    " AND unique_id IN (SELECT json_extract(value, '$[0]') FROM json_each(?))"
)


def _store_capture(
    conn: sqlite3.Connection,
    *,
    measurement: Measurement,
    member_label: str,
    member: MemberLink | None,
    destinations: list[str],
    now: float,
    first_attempt_at: float,
) -> Stored:
    """Insert the measurement and its delivery rows; revive the member's items awaiting re-auth."""
    unique_id = measurement.unique_id
    member_key = None
    if member is not None:
        member_key = link_account(conn, platform=member.platform, account_id=member.account_id,
                                  member_key=member.member_key)
    conn.execute(
        "INSERT OR IGNORE INTO measurements (unique_id, kind, timestamp_ms, values_json, device_model, member_label,"
        " member_key, captured_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            unique_id,
            measurement.kind,
            measurement.timestamp_ms,
            json.dumps(measurement.values, allow_nan=False),
            measurement.device_model,
            member_label,
            member_key,
            now,
        ),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO deliveries (unique_id, destination, state, next_attempt_at, updated_at)"
        " VALUES (?, ?, 'pending', ?, ?)",
        [(unique_id, destination, first_attempt_at, now) for destination in destinations],
    )
    revived: list[tuple[str, str]] = []
    if member_key:
        revived = conn.execute(
            "UPDATE deliveries SET state = 'pending', next_attempt_at = ?, last_error_reason = NULL,"
            " last_error_detail = '', updated_at = ? WHERE state = 'needs-reauth' AND unique_id != ? AND EXISTS"
            " (SELECT 1 FROM measurements m WHERE m.unique_id = deliveries.unique_id AND m.member_key = ?)"
            " RETURNING unique_id, destination",
            (now, now, unique_id, member_key),
        ).fetchall()
    rows = conn.execute(
        "SELECT destination, state, last_error_reason, last_error_detail FROM deliveries WHERE unique_id = ?",
        (unique_id,),
    ).fetchall()
    statuses = [(destination, DeliveryStatus(destination, DeliveryState(state), reason, detail))
                for destination, state, reason, detail in rows]
    return statuses, [(revived_id, destination) for revived_id, destination in revived]


def _claim_rows(
    conn: sqlite3.Connection,
    *,
    destination: str,
    now: float,
    limit: int,
    priority: list[str],
    expire_before_ms: int | None,
    expired_detail: str,
) -> tuple[list[str], list[str], float | None]:
    """Claim as :meth:`OutboxStore.claim` says; returns the claimed batches as JSON, the expired ids, the next due."""
    expired: list[str] = []
    if expire_before_ms is not None:
        expired = [row[0] for row in conn.execute(
            f"UPDATE deliveries SET state = 'expired', next_attempt_at = NULL, last_error_reason = NULL,"
            f" last_error_detail = ?, updated_at = ? WHERE destination = ? AND state IN {_WAITING} AND unique_id IN"
            " (SELECT unique_id FROM measurements WHERE timestamp_ms < ?) RETURNING unique_id",
            (expired_detail, now, destination, expire_before_ms),
        )]
    batches: list[str] = []

    def mark_sending(condition: str, params: tuple) -> int:
        count, batch = conn.execute(_BATCH_AS_JSON.format(condition=condition), (destination, *params)).fetchone()
        if count:
            conn.execute(_MARK_SENDING, (now, destination, batch))
            batches.append(batch)
        return count

    if priority:
        limit -= mark_sending(_REQUESTED, (json.dumps(priority),))
    if limit > 0:
        mark_sending(_DUE, (now, limit))
    next_due = None
    if not batches:  # only an idle worker needs to know when to look again
        next_due = conn.execute(
            f"SELECT MIN(next_attempt_at) FROM deliveries WHERE destination = ? AND state IN {_WAITING}", (destination,)
        ).fetchone()[0]
    return batches, expired, next_due


def _set_state(
    conn: sqlite3.Connection, destination: str, unique_ids: list[str], assignments: str, values: tuple
) -> None:
    """``UPDATE deliveries SET <assignments>`` for these items at ``destination``, a few hundred per statement."""
    for start in range(0, len(unique_ids), _SQL_CHUNK):
        chunk = unique_ids[start : start + _SQL_CHUNK]
        marks = ",".join("?" * len(chunk))
        conn.execute(
            f"UPDATE deliveries SET {assignments} WHERE destination = ? AND unique_id IN ({marks})",
            (*values, destination, *chunk),
        )


def _write_outcomes(conn: sqlite3.Connection, *, outcomes: list[Outcome], now: float) -> None:
    """Store outcomes; a DISCARDED row only changes again to record that it was in fact SENT.

    Successes, the bulk of the work, are written with one statement per destination.
    """
    sent: dict[str, list[str]] = {}
    for o in outcomes:
        if o.state is DeliveryState.SENT:
            sent.setdefault(o.destination, []).append(o.unique_id)
    for destination, unique_ids in sent.items():
        _set_state(
            conn, destination, unique_ids,
            "state = 'sent', attempts = attempts + 1, next_attempt_at = NULL, last_error_reason = NULL,"
            " last_error_detail = '', field_errors = '[]', updated_at = ?",
            (now,),
        )
    conn.executemany(
        "UPDATE deliveries SET state = ?, attempts = ?, next_attempt_at = ?, last_error_reason = ?,"
        " last_error_detail = ?, field_errors = ?, updated_at = ?"
        " WHERE unique_id = ? AND destination = ? AND (state != 'discarded' OR ? = 'sent')",
        [
            (o.state.value, o.attempts, o.next_attempt_at, o.reason, o.detail, encode_field_errors(o.field_errors),
             now, o.unique_id, o.destination, o.state.value)
            for o in outcomes
            if o.state is not DeliveryState.SENT
        ],
    )


def _release_sending(conn: sqlite3.Connection, *, destination: str, busy: list[str], now: float) -> None:
    conn.execute(
        "UPDATE deliveries SET state = 'pending', next_attempt_at = ?, updated_at = ? WHERE destination = ?"
        " AND state = 'sending' AND unique_id NOT IN (SELECT value FROM json_each(?))",
        (now, now, destination, json.dumps(busy)),
    )


def _discard_rows(conn: sqlite3.Connection, *, unique_id: str, reason: str, now: float) -> list[str]:
    return [row[0] for row in conn.execute(
        "UPDATE deliveries SET state = 'discarded', next_attempt_at = NULL, last_error_reason = ?,"
        " last_error_detail = '', updated_at = ? WHERE unique_id = ?"
        " AND state IN ('pending', 'sending', 'needs-reauth') RETURNING destination",
        (reason, now, unique_id),
    )]


def _requeue_rows(
    conn: sqlite3.Connection, *, unique_id: str, oldest_ms: dict[str, int | None], now: float, owners: set[str]
) -> list[tuple[str | None, DeliveryStatus]]:
    marks = ",".join("?" * len(oldest_ms))
    rows = conn.execute(
        "SELECT d.destination, d.state, d.last_error_reason, d.last_error_detail, m.member_key, m.timestamp_ms"
        " FROM deliveries d JOIN measurements m USING (unique_id) WHERE d.unique_id = ?"
        f" AND d.destination IN ({marks}) AND d.state IN ('rejected', 'expired', 'needs-reauth')",
        (unique_id, *oldest_ms),
    ).fetchall()
    results: list[tuple[str | None, DeliveryStatus]] = []
    for destination, state, reason, detail, member_key, timestamp_ms in rows:
        oldest = oldest_ms[destination]
        if oldest is not None and timestamp_ms < oldest:
            results.append((member_key, DeliveryStatus(destination, DeliveryState(state), reason, detail)))
            continue
        if session_owner(member_key, unique_id) in owners:
            status, next_attempt_at = DeliveryStatus(destination, PENDING), now
        else:
            status, next_attempt_at = DeliveryStatus(destination, NEEDS_REAUTH, MessageCode.AUTH.value), None
        conn.execute(
            "UPDATE deliveries SET state = ?, attempts = 0, next_attempt_at = ?, last_error_reason = ?,"
            " last_error_detail = '', field_errors = '[]', updated_at = ? WHERE unique_id = ? AND destination = ?",
            (status.state.value, next_attempt_at, status.reason, now, unique_id, destination),
        )
        results.append((member_key, status))
    return results


def _recover(
    conn: sqlite3.Connection, *, now: float, owners: set[str]
) -> list[tuple[str, str | None, DeliveryStatus]]:
    conn.execute("UPDATE deliveries SET state = 'pending', next_attempt_at = ?, updated_at = ? WHERE state = 'sending'",
                 (now, now))
    rows = conn.execute(
        "SELECT d.unique_id, m.member_key, d.destination, d.state, d.last_error_reason, d.last_error_detail"
        f" FROM deliveries d JOIN measurements m USING (unique_id) WHERE d.state IN {_WAITING}"
    ).fetchall()
    orphans = [(unique_id, destination) for unique_id, member_key, destination, *_ in rows
               if session_owner(member_key, unique_id) not in owners]
    conn.executemany(
        "UPDATE deliveries SET state = 'needs-reauth', next_attempt_at = NULL, last_error_reason = 'auth',"
        " updated_at = ? WHERE unique_id = ? AND destination = ?",
        [(now, unique_id, destination) for unique_id, destination in orphans],
    )
    orphaned = set(orphans)
    recovered = []
    for unique_id, member_key, destination, state, reason, detail in rows:
        if (unique_id, destination) in orphaned:
            state, reason = NEEDS_REAUTH.value, MessageCode.AUTH.value
        recovered.append((unique_id, member_key, DeliveryStatus(destination, DeliveryState(state), reason, detail)))
    return recovered
