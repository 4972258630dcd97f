"""Members' hub-side login sessions: the handle a kiosk holds, the platform tokens the hub keeps.

The kiosk gets only an opaque handle (``s-`` + random); the store keeps its SHA-256 and,
sealed, the member's platform sessions (tokens, refresh tokens, the tapped credential).
A session belongs to the kiosk that logged the member in; expired ones are purged.
"""
from __future__ import annotations

import secrets

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from hub.store.engine import READ
from hub.store.kiosks import secret_hash
from hub.store.schema import member_sessions


def new_session_handle() -> str:
    return f"s-{secrets.token_urlsafe(24)}"


def save_member_session(engine: Engine, handle: str, gym: str, device_id: str, sealed: str, expires_ms: int) -> None:
    """Keep the sealed platform sessions under ``handle`` until ``expires_ms``."""
    with engine.begin() as connection:
        connection.execute(sa.insert(member_sessions).values(
            handle_hash=secret_hash(handle), gym=gym, device_id=device_id, sessions=sealed, expires_ms=expires_ms))


def load_member_session(engine: Engine, handle: str, device_id: str, now_ms: int) -> str | None:
    """The sealed sessions of ``handle`` if it is ``device_id``'s and not expired; else None."""
    with engine.connect().execution_options(**READ) as connection, connection.begin():
        row = connection.execute(sa.select(member_sessions.c.sessions, member_sessions.c.device_id,
                                           member_sessions.c.expires_ms)
                                 .where(member_sessions.c.handle_hash == secret_hash(handle))).first()
    if row is None or row.device_id != device_id or row.expires_ms <= now_ms:
        return None
    return row.sessions


def purge_expired_sessions(engine: Engine, now_ms: int) -> int:
    """Forget sessions past their expiry; how many were removed."""
    with engine.begin() as connection:
        return connection.execute(sa.delete(member_sessions).where(member_sessions.c.expires_ms <= now_ms)).rowcount
