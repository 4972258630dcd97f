"""A kiosk upgraded from the release that told members apart by EGYM's user id loses nothing.

Its database (schema 2, ``measurements.user_id``) and its vault entries (one per member,
named after the EGYM user id) are exactly what that release wrote; the upgraded kiosk
opens them, gives each member the kiosk's own key, delivers their queued result by
itself and keeps their history together in trainer mode.
"""
from __future__ import annotations

import json
import sqlite3
import time
from functools import partial
from pathlib import Path

from cryptography.fernet import Fernet

from kiosk.models import MemberSession
from kiosk.outbox import history
from kiosk.outbox.credential_vault import CredentialVault
from kiosk.outbox.status import DeliveryState
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS
from kiosk.storage import MIGRATIONS, Database
from kiosk.trainer import results
from tests.kiosk.outbox.support import WAIT_S, member_key_of, wait_for_state, weighing

DANA, LUKAS = DEMO_MEMBERS[0], DEMO_MEMBERS[1]
PREVIOUS_RELEASE = MIGRATIONS[:2]  # its schema: members by EGYM user id
DAY_MS = 86_400_000
LEGACY_ENTRY = "0123456789abcdef0123456789abcdef.vault"


def previous_release_rows(conn: sqlite3.Connection, *, now_ms: int) -> None:
    """Dana: one result sent, one still queued when the old kiosk stopped; Lukas: one sent; one of nobody known."""
    rows = [
        ("dana-sent", now_ms - 2 * DAY_MS, "Dana W.", DANA.user_id, "sent"),
        ("dana-waiting", now_ms - DAY_MS, "Dana W.", DANA.user_id, "pending"),
        ("lukas-sent", now_ms - DAY_MS, "Lukas B.", LUKAS.user_id, "sent"),
        ("nobody-sent", now_ms - DAY_MS, "", "", "sent"),
    ]
    for unique_id, timestamp_ms, label, user_id, state in rows:
        conn.execute(
            "INSERT INTO measurements (unique_id, kind, timestamp_ms, values_json, member_label, user_id, captured_at)"
            " VALUES (?, 'body', ?, ?, ?, ?, ?)",
            (unique_id, timestamp_ms, json.dumps({"weight_kg": 70.0, "body_fat_percent": 18.5}), label, user_id,
             timestamp_ms / 1000),
        )
        conn.execute(
            "INSERT INTO deliveries (unique_id, destination, state, next_attempt_at, updated_at)"
            " VALUES (?, 'egym', ?, ?, ?)",
            (unique_id, state, timestamp_ms / 1000 if state == "pending" else None, timestamp_ms / 1000),
        )


def previous_release_vault_entry(vault_dir: Path, key_path: Path, session: MemberSession) -> None:
    """The entry that release kept for Dana: one per member, named by her EGYM user id, for every destination."""
    entry = {
        "key": f"user:{DANA.user_id}",
        "platform": "egym",
        "credential": {"card": DANA.uid.hex(), "technology": "MIFARE", "reader": ""},
        "refresh_token": session.refresh_token,
        "user_id": DANA.user_id,
    }
    fernet = Fernet(key_path.read_bytes().strip())
    (vault_dir / LEGACY_ENTRY).write_bytes(fernet.encrypt(json.dumps(entry).encode()))


async def test_an_upgraded_kiosk_keys_members_itself_delivers_their_queue_and_keeps_their_history(
    tmp_path: Path, egym, outboxes
) -> None:
    path = tmp_path / "upgraded.db"
    old = Database(path, migrations=PREVIOUS_RELEASE)
    await old.run(partial(previous_release_rows, now_ms=int(time.time() * 1000)))
    old.close()
    vault = CredentialVault(tmp_path / "vault", tmp_path / "vault.key")
    previous_release_vault_entry(tmp_path / "vault", tmp_path / "vault.key", await egym.log_in(DANA))

    database = Database(path)  # the upgrade
    try:
        columns = await database.run(lambda conn: [row[1] for row in conn.execute("PRAGMA table_info(measurements)")])
        assert "user_id" not in columns and "member_key" in columns
        members = await results.members(database)
        assert [(member.label, member.results) for member in members] == [("Dana W.", 2), ("Lukas B.", 1)]
        keys = {member.member_key for member in members}
        assert len(keys) == 2 and not keys & {DANA.user_id, LUKAS.user_id}  # no EGYM id is the key any more
        assert (await history.item(database, "nobody-sent")).member_key is None

        outbox = await outboxes([egym], database=database, vault=vault)  # nobody taps: it logs Dana in by itself
        await wait_for_state(outbox, "dana-waiting", "egym", DeliveryState.SENT, timeout_s=WAIT_S)
        assert egym.state.stats()["loginsByGrantType"] == {"RFID": 1, "REFRESH_TOKEN": 1}

        session = await egym.log_in(DANA)  # Dana comes back and weighs again: the same member
        newest = weighing(71.0)
        await outbox.capture(newest, session, member_label="Dana W.")
        await outbox.aclose()
        assert (await history.item(database, newest.unique_id)).member_key == await member_key_of(database, session)
        members = await results.members(database)
        assert [(member.label, member.results) for member in members] == [("Dana W.", 3), ("Lukas B.", 1)]
        assert len(await results.trend(database, members[0].member_key)) == 3
    finally:
        database.close()
    assert not (tmp_path / "vault" / LEGACY_ENTRY).exists()  # moved to Dana's key, then purged once delivered
