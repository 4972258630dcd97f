"""The store reads behind the fleet page and the /metrics gauges (SQLAlchemy Core, the same on both engines).

Writes (revoking, making enrolment codes) stay with the store's own operations; this module only
reads the ``kiosks`` and ``deliveries`` tables.
"""
from __future__ import annotations

import json
from typing import Mapping

import sqlalchemy as sa

from hub.admin.fleet import KioskRecord
from hub.store.schema import deliveries, kiosks, measurements

WAITING_STATES = ("pending", "retrying")


class FleetQueries:
    """Reads the fleet and the delivery counts from the store's engine."""

    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine

    def fleet(self) -> list[KioskRecord]:
        """Every kiosk ever enrolled with its last heartbeat and the hub's undelivered count per destination."""
        waiting = (
            sa.select(measurements.c.device_id, deliveries.c.destination, sa.func.count().label("n"))
            .select_from(deliveries.join(measurements, deliveries.c.unique_id == measurements.c.unique_id))
            .where(deliveries.c.state.in_(WAITING_STATES))
            .group_by(measurements.c.device_id, deliveries.c.destination)
        )
        with self._engine.connect() as connection:
            rows = connection.execute(sa.select(kiosks)).mappings().all()
            queued: dict[str, dict[str, int]] = {}
            for device_id, destination, count in connection.execute(waiting):
                queued.setdefault(device_id, {})[destination] = count
        return [_record(row, queued.get(row["device_id"], {})) for row in rows]

    def count_kiosks_seen_since(self, since_ms: int) -> int:
        """Kiosks, not revoked, whose last heartbeat came at or after ``since_ms``."""
        query = (sa.select(sa.func.count()).select_from(kiosks)
                 .where(kiosks.c.revoked_ms.is_(None), kiosks.c.heartbeat_ms >= since_ms))
        with self._engine.connect() as connection:
            return int(connection.execute(query).scalar_one())

    def count_deliveries(self) -> Mapping[tuple[str, str], int]:
        """Deliveries per (destination, state)."""
        query = sa.select(deliveries.c.destination, deliveries.c.state, sa.func.count()).group_by(
            deliveries.c.destination, deliveries.c.state)
        with self._engine.connect() as connection:
            return {(destination, state): count for destination, state, count in connection.execute(query)}


def _record(row: Mapping[str, object], undelivered: Mapping[str, int]) -> KioskRecord:
    heartbeat = _heartbeat(row["heartbeat"])
    devices = heartbeat.get("devices")
    queue_depth = heartbeat.get("queue_depth")
    return KioskRecord(
        device_id=str(row["device_id"]), gym=str(row["gym"]), machine=str(row["machine"]), station=str(row["station"]),
        revoked=row["revoked_ms"] is not None,
        last_heartbeat_ms=row["heartbeat_ms"] if isinstance(row["heartbeat_ms"], int) else None,
        version=_text(heartbeat.get("version")),
        devices={str(k): str(v) for k, v in devices.items()} if isinstance(devices, dict) else {},
        queue_depth=queue_depth if isinstance(queue_depth, int) and not isinstance(queue_depth, bool) else None,
        last_error=_text(heartbeat.get("last_error")),
        undelivered_by_destination=dict(undelivered),
    )


def _heartbeat(text: object) -> dict[str, object]:
    """The stored heartbeat body; an empty one when there is none (the API checked it when it came)."""
    if not isinstance(text, str):
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
