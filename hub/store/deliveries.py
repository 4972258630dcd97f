"""Claiming due deliveries and recording how each attempt went, safely across hub processes.

A claim takes up to ``limit`` due deliveries (pending or retrying, ``next_try_ms`` passed,
not claimed or their claim's lease lapsed) and marks them with the claimer's id and a lease
(``claimed_until_ms``). On PostgreSQL the rows are locked with ``SELECT … FOR UPDATE SKIP
LOCKED``, so two processes claiming at once get disjoint rows; on SQLite the claim is one
``BEGIN IMMEDIATE`` transaction, a single writer. A process killed mid-delivery holds its
claims until the lease lapses; then another process takes them over. An outcome is recorded
only by the claim's holder. A delivery to a platform without an idempotency key is marked as
sending (:func:`mark_sending`) just before it goes out; taken over with that mark, it comes back
as "checking", so the platform is asked before it is sent again.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from hub.store.engine import READ, is_postgresql
from hub.store.measurements import OPEN_STATES
from hub.store.schema import deliveries, measurements

# "checking": the reply was lost; the next attempt asks the platform before sending again.
# "uncertain": it could not be asked; nothing is sent until a trainer resends or discards it.
# "unlinked": the member has not connected their account at that platform (or must reconnect it).
Outcome = Literal["delivered", "retrying", "checking", "failed", "uncertain", "unlinked"]


@dataclass(frozen=True)
class Claim:
    """One delivery claimed for an attempt, with what the attempt needs."""

    delivery_id: int
    unique_id: str
    destination: str
    attempts: int  # attempts made before this one
    gym: str
    device_id: str
    body: dict[str, Any]
    member: str  # sealed credential and sessions
    accepted_ms: int
    state: str = "pending"  # "checking" after a lost reply: ask before sending


def claim_due(engine: Engine, claimer: str, now_ms: int, lease_ms: int, limit: int) -> list[Claim]:
    """Claim up to ``limit`` due deliveries for ``claimer`` until ``now_ms + lease_ms``, oldest due first."""
    due = (sa.select(deliveries.c.id).where(
        deliveries.c.state.in_(OPEN_STATES), deliveries.c.next_try_ms <= now_ms,
        sa.or_(deliveries.c.claimed_until_ms.is_(None), deliveries.c.claimed_until_ms < now_ms))
        .order_by(deliveries.c.next_try_ms, deliveries.c.id).limit(limit))
    if is_postgresql(engine):
        due = due.with_for_update(skip_locked=True)
    with engine.begin() as connection:
        ids = list(connection.execute(due).scalars())
        if not ids:
            return []
        connection.execute(sa.update(deliveries).where(deliveries.c.id.in_(ids))
                           .values(claimed_by=claimer, claimed_until_ms=now_ms + lease_ms))
        rows = connection.execute(
            sa.select(deliveries.c.id, deliveries.c.unique_id, deliveries.c.destination, deliveries.c.attempts,
                      deliveries.c.state, deliveries.c.sending_since_ms, measurements.c.gym, measurements.c.device_id,
                      measurements.c.body, measurements.c.member, measurements.c.accepted_ms)
            .join(measurements, measurements.c.unique_id == deliveries.c.unique_id)
            .where(deliveries.c.id.in_(ids)).order_by(deliveries.c.next_try_ms, deliveries.c.id)).all()
    return [Claim(delivery_id=row.id, unique_id=row.unique_id, destination=row.destination, attempts=row.attempts,
                  gym=row.gym, device_id=row.device_id, body=json.loads(row.body), member=row.member,
                  accepted_ms=row.accepted_ms, state="checking" if row.sending_since_ms is not None else row.state)
            for row in rows]


def mark_sending(engine: Engine, claim: Claim, claimer: str, now_ms: int) -> bool:
    """Note that ``claim`` is about to be sent (a platform without an idempotency key); False if no longer held."""
    with engine.begin() as connection:
        return connection.execute(
            sa.update(deliveries).where(deliveries.c.id == claim.delivery_id, deliveries.c.claimed_by == claimer)
            .values(sending_since_ms=now_ms)).rowcount == 1


def record_outcome(engine: Engine, claim: Claim, claimer: str, outcome: Outcome, detail: str, now_ms: int,
                   next_try_ms: int | None = None) -> bool:
    """Record an attempt's outcome and release the claim; False if ``claimer`` no longer holds it.

    A trainer's discard made during the attempt wins: a discarded delivery stays discarded.
    """
    with engine.begin() as connection:
        return record_outcome_in(connection, claim, claimer, outcome, detail, now_ms, next_try_ms)


def record_outcome_in(connection: sa.Connection, claim: Claim, claimer: str, outcome: Outcome, detail: str,
                      now_ms: int, next_try_ms: int | None = None) -> bool:
    """:func:`record_outcome` inside the caller's transaction (group commit)."""
    result = connection.execute(
        sa.update(deliveries).where(deliveries.c.id == claim.delivery_id, deliveries.c.claimed_by == claimer,
                                    deliveries.c.state.in_(OPEN_STATES))
        .values(state=outcome, detail=detail, attempts=deliveries.c.attempts + 1,
                next_try_ms=next_try_ms if next_try_ms is not None else now_ms,
                claimed_by=None, claimed_until_ms=None, sending_since_ms=None, version=deliveries.c.version + 1,
                updated_ms=now_ms))
    return result.rowcount == 1


def release_claims(engine: Engine, claimer: str) -> int:
    """Give back every claim ``claimer`` still holds (a clean shutdown), so others need not wait for the lease."""
    with engine.begin() as connection:
        result = connection.execute(sa.update(deliveries).where(deliveries.c.claimed_by == claimer)
                                    .values(claimed_by=None, claimed_until_ms=None))
    return result.rowcount


def next_due_ms(engine: Engine) -> int | None:
    """When the earliest open delivery is due (or its claim lapses), for the worker's sleep; None when none waits."""
    with engine.connect().execution_options(**READ) as connection, connection.begin():
        due = sa.case((deliveries.c.claimed_until_ms > deliveries.c.next_try_ms, deliveries.c.claimed_until_ms),
                      else_=deliveries.c.next_try_ms)
        return connection.execute(sa.select(sa.func.min(due)).where(deliveries.c.state.in_(OPEN_STATES))).scalar()
