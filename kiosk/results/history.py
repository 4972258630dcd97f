"""A member's earlier results, for the progress shown beside a new one.

Today the history comes from this kiosk's store (:func:`store_history`). A platform that
keeps its own history (EGYM's standalone flavour has body history) plugs in as another
:data:`HistorySource`; the flow takes any of them.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from functools import partial
from typing import Awaitable, Callable, Sequence

from kiosk.models import MemberSession
from kiosk.outbox.history import decode_values
from kiosk.outbox.outbox import Outbox
from kiosk.storage import Database

HISTORY_LIMIT = 20  # enough for a sparkline, small enough to read at every tap


@dataclass(frozen=True)
class PastResult:
    """One earlier result of the member: when, and its values."""

    timestamp_ms: int
    values: dict[str, float] = field(repr=False)


HistorySource = Callable[[MemberSession, str], Awaitable[Sequence[PastResult]]]
"""``(the member's session, kind) -> earlier results, oldest first``."""


def store_history(db: Database, outbox: Outbox, *, limit: int = HISTORY_LIMIT) -> HistorySource:
    """A :data:`HistorySource` over this kiosk's outbox store, by the kiosk's member key the outbox keeps."""

    async def load(session: MemberSession, kind: str) -> Sequence[PastResult]:
        member_key = await outbox.member_key(session)
        if member_key is None:  # a member this kiosk has not met has no earlier results here
            return ()
        return await db.run(partial(_member_results, member_key=member_key, kind=kind, limit=limit))

    return load


def _member_results(conn: sqlite3.Connection, *, member_key: str, kind: str, limit: int) -> list[PastResult]:
    """The member's results of ``kind``, oldest first; results discarded everywhere ("Not me") are not theirs."""
    rows = conn.execute(
        "SELECT m.timestamp_ms, m.values_json FROM measurements m WHERE m.member_key = ? AND m.kind = ?"
        " AND EXISTS (SELECT 1 FROM deliveries d WHERE d.unique_id = m.unique_id AND d.state != 'discarded')"
        " ORDER BY m.timestamp_ms DESC, m.unique_id DESC LIMIT ?",
        (member_key, kind, limit),
    ).fetchall()
    results = []
    for timestamp_ms, values_json in reversed(rows):
        try:
            values = decode_values(values_json)
        except ValueError:
            continue  # a damaged row has nothing to compare with
        if values:
            results.append(PastResult(timestamp_ms, values))
    return results
