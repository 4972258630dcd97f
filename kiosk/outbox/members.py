"""Members told apart by a key this kiosk makes, the same whichever platform logged them in.

Why a random key remembered per platform account, not a digest of the card, and not
EGYM's user id:

- A member's card, phone wallet pass and replacement card all log in to the same
  account at the identity platform, so they stay one member in trainer mode and share
  their queued items' sessions; a digest of each credential would split them.
- No platform's identifier is the key, so a member first known through PerfectGym and
  later through EGYM (or delivered to both) is still told apart by the kiosk alone,
  and a second identity platform does not have to pretend to be EGYM.
- It means nothing outside this kiosk's database: 128 random bits, made once when an
  account is first seen and stored in ``member_accounts`` beside the account it
  stands for (the "stored link" a further platform's account can join later).

An unknown member (no account id) has no key; each of their items keeps its own session.
"""
from __future__ import annotations

import asyncio
import secrets
import sqlite3
from collections import OrderedDict
from functools import partial

from kiosk.models import MemberSession
from kiosk.storage import Database, StorageUnavailable

_KEYS_REMEMBERED = 4096  # accounts whose key stays in memory; the database remembers all of them
LEGACY_PREFIX = "user:"  # how an older version named a member: by their EGYM user id


def new_member_key() -> str:
    """128 random bits as hex: meaningless outside this kiosk."""
    return secrets.token_hex(16)


def session_owner(member_key: str | None, unique_id: str) -> str:
    """Whose sessions an item uses: its member's, or (member unknown) the item's own."""
    return f"member:{member_key}" if member_key else f"item:{unique_id}"


class MemberKeys:
    """The member key for a logged-in account, looked up (or made) once and then remembered."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._known: OrderedDict[tuple[str, str], asyncio.Future[str]] = OrderedDict()

    async def key_for(self, session: MemberSession) -> str | None:
        """The kiosk's key of the member ``session`` logged in (None when the platform named no account).

        Raises :class:`~kiosk.storage.StorageError` when the database cannot be used at all.
        """
        if not session.user_id:
            return None
        account = (session.platform, session.user_id)
        known = self._known.pop(account, None)
        if known is None or (known.done() and (known.cancelled() or known.exception() is not None)):
            known = asyncio.ensure_future(self._look_up(account))
        self._known[account] = known  # concurrent captures of one new member share one lookup
        while len(self._known) > _KEYS_REMEMBERED:
            self._known.popitem(last=False)
        return await asyncio.shield(known)

    async def existing_key(self, session: MemberSession) -> str | None:
        """The key of the member ``session`` logged in if this kiosk has met them; never makes one."""
        if not session.user_id:
            return None
        return await self._db.run(partial(_find_member_key, platform=session.platform, account_id=session.user_id))

    async def _look_up(self, account: tuple[str, str]) -> str:
        """The linked key, linking a new one if there is none; with a disk refusing writes, the best guess.

        The capture's own (held, retried) write links the account too, and files the
        measurement under whichever key the database holds for it; a guess is asked again next time.
        """
        platform, account_id = account
        proposed = new_member_key()
        try:
            return await self._db.run(
                partial(link_account, platform=platform, account_id=account_id, member_key=proposed)
            )
        except StorageUnavailable:
            asyncio.get_running_loop().call_soon(self._known.pop, account, None)
        try:
            return await self._db.run(partial(_find_member_key, platform=platform, account_id=account_id)) or proposed
        except StorageUnavailable:
            return proposed


def link_account(conn: sqlite3.Connection, *, platform: str, account_id: str, member_key: str) -> str:
    """Link the account to ``member_key`` unless it is linked already; returns the key it is linked to."""
    conn.execute(
        "INSERT OR IGNORE INTO member_accounts (platform, account_id, member_key) VALUES (?, ?, ?)",
        (platform, account_id, member_key),
    )
    found = _find_member_key(conn, platform=platform, account_id=account_id)
    assert found is not None
    return found


def _find_member_key(conn: sqlite3.Connection, *, platform: str, account_id: str) -> str | None:
    row = conn.execute(
        "SELECT member_key FROM member_accounts WHERE platform = ? AND account_id = ?", (platform, account_id)
    ).fetchone()
    return None if row is None else row[0]
