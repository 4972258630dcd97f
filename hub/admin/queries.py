"""The fleet page's and /metrics' view of the store: the store's own kiosk functions plus two reads of their own.

:class:`StoreFleet` gives the admin pages (:class:`hub.admin.fleet.FleetStore`) and the metrics
(:class:`hub.metrics.MetricsStore`) what they ask for, from the store's engine. Writes go through
the store's functions (``revoke_kiosk``, ``create_enrolment_code``); the only SQL here is the
per-kiosk queue count and the online count (SQLAlchemy Core, the same on both engines).
"""
from __future__ import annotations

import time
from typing import Any, Callable, Mapping

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from hub.admin.fleet import EnrolmentCode, KioskRecord
from hub.store.engine import READ
from hub.store.kiosks import CODE_VALID_MS, Kiosk, create_enrolment_code, list_kiosks, revoke_kiosk
from hub.store.measurements import deliveries_by_state
from hub.store.schema import deliveries, kiosks, measurements

WAITING_STATES = ("pending", "retrying", "checking")


class StoreFleet:
    """The fleet and the delivery counts, read from and written to the hub's store."""

    def __init__(self, engine: Engine, clock_ms: Callable[[], int] = lambda: int(time.time() * 1000)) -> None:
        self._engine = engine
        self._clock_ms = clock_ms

    def fleet(self) -> list[KioskRecord]:
        """Every kiosk ever enrolled with its last heartbeat and the hub's undelivered count per destination."""
        waiting = (
            sa.select(measurements.c.device_id, deliveries.c.destination, sa.func.count())
            .select_from(deliveries.join(measurements, deliveries.c.unique_id == measurements.c.unique_id))
            .where(deliveries.c.state.in_(WAITING_STATES))
            .group_by(measurements.c.device_id, deliveries.c.destination)
        )
        with self._engine.connect().execution_options(**READ) as connection, connection.begin():
            queued: dict[str, dict[str, int]] = {}
            for device_id, destination, count in connection.execute(waiting):
                queued.setdefault(device_id, {})[destination] = count
        return [_record(kiosk, queued.get(kiosk.device_id, {})) for kiosk in list_kiosks(self._engine)]

    def revoke_device(self, device_id: str) -> bool:
        return revoke_kiosk(self._engine, device_id, self._clock_ms())

    def create_enrolment_code(self, gym: str, machine: str, station: str) -> EnrolmentCode:
        now_ms = self._clock_ms()
        code = create_enrolment_code(self._engine, gym, machine, station, now_ms)
        return EnrolmentCode(code=code, gym=gym, machine=machine.strip(), station=station,
                             expires_ms=now_ms + CODE_VALID_MS)

    def count_kiosks_seen_since(self, since_ms: int) -> int:
        """Kiosks, not revoked, whose last heartbeat came at or after ``since_ms``."""
        query = (sa.select(sa.func.count()).select_from(kiosks)
                 .where(kiosks.c.revoked_ms.is_(None), kiosks.c.heartbeat_ms >= since_ms))
        with self._engine.connect().execution_options(**READ) as connection, connection.begin():
            return int(connection.execute(query).scalar_one())

    def count_deliveries(self) -> Mapping[tuple[str, str], int]:
        return deliveries_by_state(self._engine)


def _record(kiosk: Kiosk, undelivered: Mapping[str, int]) -> KioskRecord:
    heartbeat: Mapping[str, Any] = kiosk.heartbeat or {}
    devices = heartbeat.get("devices")
    queue_depth = heartbeat.get("queue_depth")
    return KioskRecord(
        device_id=kiosk.device_id, gym=kiosk.gym, machine=kiosk.machine, station=kiosk.station,
        revoked=kiosk.revoked_ms is not None,
        last_heartbeat_ms=kiosk.heartbeat_ms,
        version=_text(heartbeat.get("version")),
        devices={str(k): str(v) for k, v in devices.items()} if isinstance(devices, dict) else {},
        queue_depth=queue_depth if isinstance(queue_depth, int) and not isinstance(queue_depth, bool) else None,
        last_error=_text(heartbeat.get("last_error")),
        undelivered_by_destination=dict(undelivered),
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
