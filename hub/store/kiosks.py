"""Enrolled kiosks and enrolment codes: creating, exchanging, authenticating, revoking, listing.

A kiosk's credential is a long random secret (``secrets.token_urlsafe(32)``); the store
keeps only its SHA-256, which is enough for a random value of that length (argon2 is for
passwords people choose). An enrolment code is 8 digits, single use, valid 15 minutes.
These are also the fleet page's functions (``list_kiosks``, ``revoke_kiosk``,
``create_enrolment_code``).
"""
from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from hub.store.engine import READ
from hub.store.schema import enrolment_codes, kiosks

STATIONS = ("body", "cardio", "flexibility")
CODE_DIGITS = 8
CODE_VALID_MS = 15 * 60 * 1000


def secret_hash(secret: str) -> str:
    """The SHA-256 (hex) the store keeps of a random secret: a device credential, a code, a session handle."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Kiosk:
    """An enrolled kiosk as the store knows it, with its last heartbeat (None before the first)."""

    device_id: str
    gym: str
    machine: str
    station: str
    enrolled_ms: int
    revoked_ms: int | None = None
    heartbeat: dict[str, Any] | None = None
    heartbeat_ms: int | None = None


@dataclass(frozen=True)
class Enrolment:
    """What the kiosk gets for a good code; ``credential`` is shown once and never stored."""

    kiosk: Kiosk
    credential: str


class EnrolmentRefused(Exception):
    """The code cannot be exchanged; ``code`` is the API's error code."""

    def __init__(self, code: Literal["enrolment_code_unknown", "enrolment_code_used", "enrolment_code_expired"]):
        super().__init__(code)
        self.code = code


class DeviceRefused(Exception):
    """The bearer credential is no (longer a) kiosk's; ``code`` is the API's error code."""

    def __init__(self, code: Literal["device_unknown", "device_revoked"]) -> None:
        super().__init__(code)
        self.code = code


def create_enrolment_code(engine: Engine, gym: str, machine: str, station: str, now_ms: int) -> str:
    """A new 8-digit code for a kiosk at ``gym`` called ``machine`` beside a ``station``; valid 15 minutes."""
    if station not in STATIONS:
        raise ValueError(f"station must be one of {', '.join(STATIONS)}")
    if not machine.strip():
        raise ValueError("machine must name the kiosk, such as scale-1")
    while True:
        code = f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"
        with engine.begin() as connection:
            existing = connection.execute(sa.select(enrolment_codes.c.expires_ms, enrolment_codes.c.used_ms)
                                          .where(enrolment_codes.c.code_hash == secret_hash(code))).first()
            if existing is not None and existing.used_ms is None and existing.expires_ms > now_ms:
                continue  # a live code already has these digits: draw again
            connection.execute(sa.delete(enrolment_codes).where(enrolment_codes.c.code_hash == secret_hash(code)))
            connection.execute(sa.insert(enrolment_codes).values(
                code_hash=secret_hash(code), gym=gym, machine=machine.strip(), station=station,
                created_ms=now_ms, expires_ms=now_ms + CODE_VALID_MS))
            return code


def exchange_enrolment_code(engine: Engine, code: str, now_ms: int) -> Enrolment:
    """Enrol a kiosk with ``code``: a new device id and credential; raises :class:`EnrolmentRefused`."""
    with engine.begin() as connection:
        row = connection.execute(sa.select(enrolment_codes).where(
            enrolment_codes.c.code_hash == secret_hash(code))).first()
        if row is None:
            raise EnrolmentRefused("enrolment_code_unknown")
        if row.used_ms is not None:
            raise EnrolmentRefused("enrolment_code_used")
        if row.expires_ms <= now_ms:
            raise EnrolmentRefused("enrolment_code_expired")
        credential = secrets.token_urlsafe(32)
        kiosk = Kiosk(device_id=f"k-{secrets.token_hex(8)}", gym=row.gym, machine=row.machine, station=row.station,
                      enrolled_ms=now_ms)
        used = connection.execute(sa.update(enrolment_codes).where(
            enrolment_codes.c.code_hash == row.code_hash, enrolment_codes.c.used_ms.is_(None))
            .values(used_ms=now_ms, device_id=kiosk.device_id))
        if used.rowcount != 1:  # exchanged by a concurrent request in another process
            raise EnrolmentRefused("enrolment_code_used")
        connection.execute(sa.insert(kiosks).values(
            device_id=kiosk.device_id, gym=kiosk.gym, machine=kiosk.machine, station=kiosk.station,
            credential_hash=secret_hash(credential), enrolled_ms=now_ms))
    return Enrolment(kiosk=kiosk, credential=credential)


def authenticate_kiosk(engine: Engine, credential: str) -> Kiosk:
    """The kiosk holding ``credential``; raises :class:`DeviceRefused` for an unknown or revoked one."""
    with engine.connect().execution_options(**READ) as connection, connection.begin():
        row = connection.execute(sa.select(kiosks).where(kiosks.c.credential_hash == secret_hash(credential))).first()
    if row is None:
        raise DeviceRefused("device_unknown")
    if row.revoked_ms is not None:
        raise DeviceRefused("device_revoked")
    return _kiosk(row)


def revoke_kiosk(engine: Engine, device_id: str, now_ms: int) -> bool:
    """Refuse the kiosk's credential from now on; False when there is no such (unrevoked) kiosk.

    Its measurements already accepted are still delivered.
    """
    with engine.begin() as connection:
        result = connection.execute(sa.update(kiosks).where(kiosks.c.device_id == device_id,
                                                            kiosks.c.revoked_ms.is_(None)).values(revoked_ms=now_ms))
    return result.rowcount == 1


def list_kiosks(engine: Engine) -> list[Kiosk]:
    """Every enrolled kiosk (revoked ones too), by gym and machine, each with its last heartbeat."""
    with engine.connect().execution_options(**READ) as connection, connection.begin():
        rows = connection.execute(sa.select(kiosks).order_by(kiosks.c.gym, kiosks.c.machine, kiosks.c.device_id))
        return [_kiosk(row) for row in rows]


def record_heartbeat(engine: Engine, device_id: str, heartbeat: dict[str, Any], now_ms: int) -> None:
    """Keep ``heartbeat`` (the API's heartbeat body) as the kiosk's last one."""
    with engine.begin() as connection:
        connection.execute(sa.update(kiosks).where(kiosks.c.device_id == device_id)
                           .values(heartbeat=json.dumps(heartbeat), heartbeat_ms=now_ms))


def _kiosk(row: sa.Row) -> Kiosk:
    return Kiosk(device_id=row.device_id, gym=row.gym, machine=row.machine, station=row.station,
                 enrolled_ms=row.enrolled_ms, revoked_ms=row.revoked_ms,
                 heartbeat=json.loads(row.heartbeat) if row.heartbeat else None, heartbeat_ms=row.heartbeat_ms)
