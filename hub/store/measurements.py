"""Accepted measurements and what became of each delivery: intake, status, trainer actions, queue depth.

A measurement and one delivery row per destination are written in one transaction, before
the hub answers "accepted". The status document's ``version`` is the sum of its deliveries'
versions: each change to a delivery bumps its own, so the sum only grows, in any process.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Iterable, Literal

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from hub.store.engine import READ
from hub.store.schema import deliveries, kiosks, measurements
from kiosk.cloud.hub.wire import DeliveryStatus, DestinationState

OPEN_STATES = ("pending", "retrying", "checking")  # still to be delivered
FORGOTTEN = ""  # the member column once no delivery needs the member's credential or tokens
FAILED_KEPT_MS = 8 * 86_400_000


class MeasurementConflict(Exception):
    """The id was already used for a different measurement (or by another kiosk)."""


@dataclass(frozen=True)
class Accepted:
    """The outcome of an intake: the status now, and whether this request stored it (False: a repeat)."""

    status: DeliveryStatus
    new: bool


@dataclass(frozen=True)
class Listed:
    """A measurement in a kiosk's recent list: its status, kind and capture time."""

    status: DeliveryStatus
    kind: str
    timestamp_ms: int


def body_hash(body: dict[str, Any]) -> str:
    """The hash two intakes of the same id are compared by: of the measurement's canonical JSON."""
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")).hexdigest()


def accept_measurement(engine: Engine, *, unique_id: str, device_id: str, gym: str, body: dict[str, Any],
                       member: str, destinations: Iterable[str], now_ms: int) -> Accepted:
    """Store a measurement and its pending deliveries at once; a repeat of the same one changes nothing.

    ``body`` is the measurement's wire JSON, ``member`` the sealed credential and sessions.
    A repeat from a kiosk re-enrolled under the same gym and machine name (a revoked kiosk
    sending its queue again) takes the measurement over, so it can follow its status.
    Raises :class:`MeasurementConflict` for the same id with another body or from another kiosk.
    """
    for _ in range(2):  # a second round when another process stored the same id meanwhile
        try:
            with engine.begin() as connection:
                return accept_in(connection, unique_id=unique_id, device_id=device_id, gym=gym, body=body,
                                 member=member, destinations=destinations, now_ms=now_ms)
        except IntegrityError:
            continue
    raise MeasurementConflict(unique_id)


def accept_in(connection: sa.Connection, *, unique_id: str, device_id: str, gym: str, body: dict[str, Any],
              member: str, destinations: Iterable[str], now_ms: int) -> Accepted:
    """:func:`accept_measurement` inside the caller's transaction (group commit); an id another process
    stores at the same moment raises IntegrityError, which spoils the transaction."""
    digest = body_hash(body)
    existing = connection.execute(sa.select(measurements.c.device_id, measurements.c.body_hash)
                                  .where(measurements.c.unique_id == unique_id)).first()
    if existing is None:
        return _insert(connection, unique_id, device_id, gym, body, digest, member, destinations, now_ms)
    if existing.body_hash != digest:
        raise MeasurementConflict(unique_id)
    if existing.device_id != device_id:
        if not _same_kiosk(connection, existing.device_id, device_id):
            raise MeasurementConflict(unique_id)
        connection.execute(sa.update(measurements).where(measurements.c.unique_id == unique_id)
                           .values(device_id=device_id))
    return Accepted(_status(connection, unique_id), new=False)


def _insert(connection: sa.Connection, unique_id: str, device_id: str, gym: str, body: dict[str, Any], digest: str,
            member: str, destinations: Iterable[str], now_ms: int) -> Accepted:
    connection.execute(sa.insert(measurements).values(
        unique_id=unique_id, device_id=device_id, gym=gym, body=json.dumps(body), body_hash=digest, member=member,
        accepted_ms=now_ms))
    rows = [dict(unique_id=unique_id, destination=name, state="pending", detail="", attempts=0, next_try_ms=now_ms,
                 version=1, updated_ms=now_ms) for name in destinations]
    if rows:
        connection.execute(sa.insert(deliveries), rows)
    return Accepted(DeliveryStatus(unique_id=unique_id, version=len(rows), destinations={
        row["destination"]: DestinationState("pending", "", now_ms) for row in rows}), new=True)


def _same_kiosk(connection: sa.Connection, earlier: str, later: str) -> bool:
    """True when ``later`` was enrolled under the gym and machine name of ``earlier`` (a re-enrolled kiosk)."""
    rows = connection.execute(sa.select(kiosks.c.gym, kiosks.c.machine)
                              .where(kiosks.c.device_id.in_((earlier, later)))).all()
    return len(rows) == 2 and tuple(rows[0]) == tuple(rows[1])


def delivery_status(engine: Engine, device_id: str, unique_id: str) -> DeliveryStatus | None:
    """The status document of ``device_id``'s measurement ``unique_id``; None if this kiosk sent none."""
    with engine.connect().execution_options(**READ) as connection, connection.begin():
        owner = connection.execute(sa.select(measurements.c.device_id)
                                   .where(measurements.c.unique_id == unique_id)).scalar()
        if owner != device_id:
            return None
        return _status(connection, unique_id)


def recent_measurements(engine: Engine, device_id: str, limit: int) -> list[Listed]:
    """``device_id``'s latest ``limit`` measurements, newest first, for trainer mode."""
    with engine.connect().execution_options(**READ) as connection, connection.begin():
        rows = connection.execute(sa.select(measurements.c.unique_id, measurements.c.body)
                                  .where(measurements.c.device_id == device_id)
                                  .order_by(measurements.c.accepted_ms.desc(), measurements.c.unique_id.desc())
                                  .limit(limit)).all()
        listed = []
        for row in rows:
            body = json.loads(row.body)
            listed.append(Listed(_status(connection, row.unique_id), body["kind"], body["timestamp_ms"]))
        return listed


def trainer_action(engine: Engine, device_id: str, unique_id: str, destination: str,
                   action: Literal["resend", "discard"], reason: str, now_ms: int) -> DeliveryStatus | None:
    """A trainer's resend (failed, uncertain or retrying → pending, due now) or discard (never sent again).

    None when this kiosk sent no such measurement or it has no such destination. A delivered
    or discarded delivery is left as it is (resending it would send it twice).
    """
    with engine.begin() as connection:
        owner = connection.execute(sa.select(measurements.c.device_id)
                                   .where(measurements.c.unique_id == unique_id)).scalar()
        if owner != device_id:
            return None
        mine = sa.and_(deliveries.c.unique_id == unique_id, deliveries.c.destination == destination)
        if connection.execute(sa.select(deliveries.c.id).where(mine)).first() is None:
            return None
        if action == "resend":
            changes = dict(state="pending", detail="sent again by a trainer", next_try_ms=now_ms)
            movable = deliveries.c.state.in_(("failed", "uncertain", "unlinked", "retrying"))
        else:
            changes = dict(state="discarded", detail=reason or "discarded by a trainer")
            movable = deliveries.c.state.in_(("pending", "retrying", "checking", "failed", "uncertain", "unlinked"))
        connection.execute(sa.update(deliveries).where(mine, movable)
                           .values(**changes, version=deliveries.c.version + 1, updated_ms=now_ms))
        return _status(connection, unique_id)


def forget_finished_members(engine: Engine, now_ms: int, keep_failed_ms: int = FAILED_KEPT_MS) -> int:
    """Drop the sealed credential and tokens of measurements no delivery needs any more; how many.

    Needed while a delivery is open, and for a failed one while a trainer may still resend
    it (``keep_failed_ms`` after acceptance: past EGYM's seven days a resend is refused anyway).
    The measurement and its states stay, without anything that identifies the member.
    """
    still_needed = sa.exists().where(
        deliveries.c.unique_id == measurements.c.unique_id,
        sa.or_(deliveries.c.state.in_(OPEN_STATES),
               sa.and_(deliveries.c.state.in_(("failed", "uncertain", "unlinked")),
                       measurements.c.accepted_ms > now_ms - keep_failed_ms)))
    with engine.begin() as connection:
        return connection.execute(sa.update(measurements).where(measurements.c.member != FORGOTTEN, ~still_needed)
                                  .values(member=FORGOTTEN)).rowcount


def queue_depth_by_destination(engine: Engine) -> dict[str, int]:
    """How many deliveries wait (pending or retrying) per destination, for the fleet page and /metrics."""
    with engine.connect().execution_options(**READ) as connection, connection.begin():
        rows = connection.execute(sa.select(deliveries.c.destination, sa.func.count())
                                  .where(deliveries.c.state.in_(OPEN_STATES)).group_by(deliveries.c.destination))
        return {row[0]: row[1] for row in rows}


def deliveries_by_state(engine: Engine) -> dict[tuple[str, str], int]:
    """How many deliveries are in each (destination, state), for /metrics."""
    with engine.connect().execution_options(**READ) as connection, connection.begin():
        rows = connection.execute(sa.select(deliveries.c.destination, deliveries.c.state, sa.func.count())
                                  .group_by(deliveries.c.destination, deliveries.c.state))
        return {(row[0], row[1]): row[2] for row in rows}


def _status(connection: sa.Connection, unique_id: str) -> DeliveryStatus:
    rows = connection.execute(sa.select(deliveries.c.destination, deliveries.c.state, deliveries.c.detail,
                                        deliveries.c.updated_ms, deliveries.c.version)
                              .where(deliveries.c.unique_id == unique_id).order_by(deliveries.c.destination)).all()
    return DeliveryStatus(unique_id=unique_id, version=sum(row.version for row in rows),
                          destinations={row.destination: DestinationState(row.state, row.detail, row.updated_ms)
                                        for row in rows})
