"""What the fleet page shows of each kiosk, and what it needs from the hub's store.

The store answers in its own terms (rows, milliseconds); this module turns them into the
plain values the template prints: how long ago the last heartbeat came, whether that makes
the kiosk online, each device's state and the queue depth per destination.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Protocol, Sequence

from hub.store.kiosks import STATIONS

ONLINE_WITHIN_S = 120.0  # a kiosk whose last heartbeat is younger than this counts as online (also in /metrics)
__all__ = ["STATIONS", "ONLINE_WITHIN_S", "FleetStore", "KioskRecord", "EnrolmentCode", "KioskRow", "fleet_rows"]


@dataclass(frozen=True)
class KioskRecord:
    """One enrolled kiosk as the store knows it."""

    device_id: str
    gym: str
    machine: str
    station: str
    revoked: bool
    last_heartbeat_ms: int | None = None
    version: str | None = None
    devices: Mapping[str, str] = field(default_factory=dict)
    queue_depth: int | None = None  # as the kiosk reported it: measurements not yet accepted by the hub
    last_error: str | None = None
    undelivered_by_destination: Mapping[str, int] = field(default_factory=dict)  # the hub's own queue for this kiosk


@dataclass(frozen=True)
class EnrolmentCode:
    """A one-time code as it is shown once to the installer who asked for it."""

    code: str
    gym: str
    machine: str
    station: str
    expires_ms: int


class FleetStore(Protocol):
    """The store operations the fleet page uses (the hub's store provides them)."""

    def fleet(self) -> Sequence[KioskRecord]:
        """Every kiosk ever enrolled, revoked ones included."""

    def revoke_device(self, device_id: str) -> bool:
        """Revoke ``device_id``; False when there is no such kiosk."""

    def create_enrolment_code(self, gym: str, machine: str, station: str) -> EnrolmentCode:
        """A fresh one-time code for a kiosk of that gym, machine name and station type."""


@dataclass(frozen=True)
class KioskRow:
    """One line of the fleet table, ready to print (Jinja2 escapes every value)."""

    device_id: str
    gym: str
    machine: str
    station: str
    status: str  # online | offline | never seen | revoked
    heartbeat_age: str
    version: str
    devices: tuple[tuple[str, str], ...]
    reported_queue: str
    queues: tuple[tuple[str, int], ...]
    last_error: str
    revoked: bool


def age_text(seconds: float) -> str:
    """A short, rounded-down age: "12 s ago", "4 min ago", "3 h ago", "2 d ago"."""
    seconds = max(0.0, seconds)
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{int(seconds // size)} {unit} ago"
    return f"{int(seconds)} s ago"


def kiosk_row(record: KioskRecord, now_ms: int) -> KioskRow:
    """How ``record`` is shown at ``now_ms``."""
    if record.last_heartbeat_ms is None:
        age, online = "never", False
    else:
        seconds = (now_ms - record.last_heartbeat_ms) / 1000
        age, online = age_text(seconds), seconds < ONLINE_WITHIN_S
    status = "revoked" if record.revoked else "online" if online else "offline" if record.last_heartbeat_ms else "never seen"
    return KioskRow(
        device_id=record.device_id,
        gym=record.gym,
        machine=record.machine,
        station=record.station,
        status=status,
        heartbeat_age=age,
        version=record.version or "–",
        devices=tuple(sorted(record.devices.items())),
        reported_queue="–" if record.queue_depth is None else str(record.queue_depth),
        queues=tuple(sorted(record.undelivered_by_destination.items())),
        last_error=record.last_error or "",
        revoked=record.revoked,
    )


def fleet_rows(records: Sequence[KioskRecord], now_ms: int) -> list[KioskRow]:
    """The table: active kiosks first (by gym, then machine), revoked ones at the end."""
    ordered = sorted(records, key=lambda r: (r.revoked, r.gym, r.machine, r.device_id))
    return [kiosk_row(record, now_ms) for record in ordered]
