"""Account linking in the store: single-use link sessions for the QR code, and members' linked accounts.

A link session moves ``waiting`` → ``confirmed`` (the phone's Confirm) → ``exchanging`` (the
platform's callback) → ``linked``, ``denied`` or ``failed``; each step is one conditional update,
so a link is used once even when two phones or two hub processes race. It lapses at ``expires_ms``.
The OAuth ``state`` is kept only as a hash; what identifies the member is sealed.
"""
from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from hub.store.engine import READ
from hub.store.schema import link_sessions, linked_accounts


@dataclass(frozen=True)
class LinkRow:
    link_id: str
    gym: str
    device_id: str
    platform: str
    secrets: str  # sealed
    match_code: str
    status: str
    detail: str
    expires_ms: int


_COLUMNS = (link_sessions.c.link_id, link_sessions.c.gym, link_sessions.c.device_id, link_sessions.c.platform,
            link_sessions.c.secrets, link_sessions.c.match_code, link_sessions.c.status, link_sessions.c.detail,
            link_sessions.c.expires_ms)


def _row(row: sa.Row | None) -> LinkRow | None:
    return None if row is None else LinkRow(*row)


def create_link(engine: Engine, *, link_id: str, state_hash: str, gym: str, device_id: str, platform: str,
                secrets: str, match_code: str, now_ms: int, expires_ms: int) -> None:
    with engine.begin() as connection:
        connection.execute(sa.insert(link_sessions).values(
            link_id=link_id, state_hash=state_hash, gym=gym, device_id=device_id, platform=platform, secrets=secrets,
            match_code=match_code, status="waiting", created_ms=now_ms, expires_ms=expires_ms, updated_ms=now_ms))


def waiting_links(engine: Engine, device_id: str, now_ms: int) -> int:
    """How many of ``device_id``'s links are still open (not used, not lapsed): the kiosk's rate limit."""
    with engine.connect().execution_options(**READ) as connection, connection.begin():
        return connection.execute(sa.select(sa.func.count()).select_from(link_sessions).where(
            link_sessions.c.device_id == device_id, link_sessions.c.status.in_(("waiting", "confirmed")),
            link_sessions.c.expires_ms > now_ms)).scalar_one()


def link_by_id(engine: Engine, link_id: str) -> LinkRow | None:
    with engine.connect().execution_options(**READ) as connection, connection.begin():
        return _row(connection.execute(sa.select(*_COLUMNS).where(link_sessions.c.link_id == link_id)).first())


def confirm_link(engine: Engine, link_id: str, now_ms: int) -> LinkRow | None:
    """The phone's Confirm: ``waiting`` → ``confirmed`` once, before it lapses; the link, or None."""
    return _step(engine, link_sessions.c.link_id == link_id, "waiting", "confirmed", "", now_ms)


def take_for_exchange(engine: Engine, state_hash: str, now_ms: int) -> LinkRow | None:
    """The platform's callback: ``confirmed`` → ``exchanging`` once, before it lapses; the link, or None."""
    return _step(engine, link_sessions.c.state_hash == state_hash, "confirmed", "exchanging", "", now_ms)


def finish_link(engine: Engine, link_id: str, status: str, detail: str, now_ms: int) -> None:
    """The link's end: ``linked``, ``denied`` or ``failed`` (with what the member reads)."""
    with engine.begin() as connection:
        connection.execute(sa.update(link_sessions).where(link_sessions.c.link_id == link_id)
                           .values(status=status, detail=detail, updated_ms=now_ms))


def _step(engine: Engine, which: sa.ColumnElement[bool], before: str, after: str, detail: str,
          now_ms: int) -> LinkRow | None:
    with engine.begin() as connection:
        changed = connection.execute(sa.update(link_sessions).where(
            which, link_sessions.c.status == before, link_sessions.c.expires_ms > now_ms)
            .values(status=after, detail=detail, updated_ms=now_ms)).rowcount
        if changed != 1:
            return None
        return _row(connection.execute(sa.select(*_COLUMNS).where(which)).first())


def purge_lapsed_links(engine: Engine, now_ms: int, keep_ms: int) -> int:
    """Forget link sessions lapsed more than ``keep_ms`` ago (the kiosk has long stopped asking)."""
    with engine.begin() as connection:
        return connection.execute(sa.delete(link_sessions).where(link_sessions.c.expires_ms < now_ms - keep_ms)).rowcount


def save_linked_account(engine: Engine, *, gym: str, member_hash: str, platform: str, tokens: str,
                        expires_ms: int | None, now_ms: int) -> None:
    """The member's account at ``platform``, linked (again): the sealed tokens replace any earlier ones."""
    key = sa.and_(linked_accounts.c.gym == gym, linked_accounts.c.member_hash == member_hash,
                  linked_accounts.c.platform == platform)
    with engine.begin() as connection:
        connection.execute(sa.delete(linked_accounts).where(key))
        connection.execute(sa.insert(linked_accounts).values(
            gym=gym, member_hash=member_hash, platform=platform, tokens=tokens, status="linked",
            expires_ms=expires_ms, updated_ms=now_ms))


def linked_platforms(engine: Engine, gym: str, member_hash: str) -> dict[str, str]:
    """The member's linked accounts at ``gym``: platform → ``linked`` or ``needs-reconnect``."""
    with engine.connect().execution_options(**READ) as connection, connection.begin():
        rows = connection.execute(sa.select(linked_accounts.c.platform, linked_accounts.c.status).where(
            linked_accounts.c.gym == gym, linked_accounts.c.member_hash == member_hash))
        return {row.platform: row.status for row in rows}


def remove_linked_account(engine: Engine, gym: str, member_hash: str, platform: str) -> str | None:
    """Forget the member's link to ``platform``; its sealed tokens (to revoke them there), or None."""
    key = sa.and_(linked_accounts.c.gym == gym, linked_accounts.c.member_hash == member_hash,
                  linked_accounts.c.platform == platform)
    with engine.begin() as connection:
        tokens = connection.execute(sa.select(linked_accounts.c.tokens).where(key)).scalar()
        connection.execute(sa.delete(linked_accounts).where(key))
        return tokens


def linked_account(engine: Engine, gym: str, member_hash: str, platform: str) -> tuple[str, str] | None:
    """The member's (sealed tokens, status) at ``platform``, or None when they never linked it."""
    with engine.connect().execution_options(**READ) as connection, connection.begin():
        row = connection.execute(sa.select(linked_accounts.c.tokens, linked_accounts.c.status).where(
            linked_accounts.c.gym == gym, linked_accounts.c.member_hash == member_hash,
            linked_accounts.c.platform == platform)).first()
    return None if row is None else (row.tokens, row.status)


def update_linked_account(engine: Engine, gym: str, member_hash: str, platform: str, *, now_ms: int,
                          tokens: str | None = None, expires_ms: int | None = None, status: str | None = None) -> None:
    """Keep refreshed tokens, or mark the link ``needs-reconnect`` when the platform refused its refresh."""
    changes: dict[str, object] = {"updated_ms": now_ms}
    if tokens is not None:
        changes.update(tokens=tokens, expires_ms=expires_ms)
    if status is not None:
        changes["status"] = status
    with engine.begin() as connection:
        connection.execute(sa.update(linked_accounts).where(
            linked_accounts.c.gym == gym, linked_accounts.c.member_hash == member_hash,
            linked_accounts.c.platform == platform).values(**changes))
