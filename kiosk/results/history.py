"""A member's earlier results, for the progress shown beside a new one.

The history comes from this kiosk's store (:func:`store_history`). Where the platform that
logged the member in keeps its own (EGYM's standalone flavour), :func:`merged_history` adds
it, so that a member who measured on another machine sees that too; a result this kiosk sent
there is counted once.
"""
from __future__ import annotations

import sqlite3
from functools import partial
import logging
from typing import Awaitable, Callable, Mapping, Sequence

from kiosk.cloud.member_services import MemberServices, PastResult
from kiosk.models import MemberSession
from kiosk.outbox.history import decode_values
from kiosk.outbox.outbox import Outbox
from kiosk.storage import Database

log = logging.getLogger(__name__)

HISTORY_LIMIT = 20  # enough for a sparkline, small enough to read at every tap
SAME_RESULT_MS = 1000  # a platform may store our timestamp to the second: closer than this is the same result


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


def merged_history(local: HistorySource, services: Mapping[str, MemberServices], *,
                   limit: int = HISTORY_LIMIT) -> HistorySource:
    """``local`` plus the history the member's own platform keeps, oldest first, each result once.

    A platform's history that cannot be read is logged and left out: the kiosk's own still shows.
    """

    async def load(session: MemberSession, kind: str) -> Sequence[PastResult]:
        ours = list(await local(session, kind))
        platform = services.get(session.platform)
        if platform is None:
            return ours
        try:
            theirs = list(await platform.history(session, kind))
        except Exception as error:  # progress is a bonus; the kiosk's own results still show
            log.warning("could not read the member's history at %s (%s)", platform.name, type(error).__name__)
            return ours
        return merge_results(ours, theirs, limit=limit)

    return load


def merge_results(ours: Sequence[PastResult], theirs: Sequence[PastResult], *,
                  limit: int = HISTORY_LIMIT) -> list[PastResult]:
    """Both lists as one, oldest first; a platform's result within :data:`SAME_RESULT_MS` of ours is ours."""
    merged = list(ours)
    for result in theirs:
        if not any(abs(result.timestamp_ms - own.timestamp_ms) < SAME_RESULT_MS for own in ours):
            merged.append(result)
    merged.sort(key=lambda result: result.timestamp_ms)
    return merged[-limit:]
