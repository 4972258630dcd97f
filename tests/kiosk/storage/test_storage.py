"""The SQLite database: durable settings, forward migrations, one thread, clear failures."""
from __future__ import annotations

import asyncio
import os
import resource
import signal
import sqlite3
import stat
import threading

import pytest

from kiosk.storage import MIGRATIONS, Database, StorageError, StorageUnavailable
from tests.kiosk.outbox.support import WAIT_S


async def test_opens_in_wal_mode_with_full_sync_and_current_schema(db: Database) -> None:
    def settings(conn: sqlite3.Connection) -> tuple:
        return (
            conn.execute("PRAGMA journal_mode").fetchone()[0],
            conn.execute("PRAGMA synchronous").fetchone()[0],
            conn.execute("PRAGMA user_version").fetchone()[0],
            conn.execute("PRAGMA foreign_keys").fetchone()[0],
        )

    journal, synchronous, version, foreign_keys = await db.run(settings)

    assert journal == "wal"
    assert synchronous == 2  # FULL: every commit is fsynced
    assert version == len(MIGRATIONS) == db.schema_version
    assert foreign_keys == 1


async def test_every_statement_runs_on_one_thread_that_is_not_the_event_loop(db: Database) -> None:
    threads = await asyncio.gather(*(db.run(lambda conn: threading.get_ident()) for _ in range(20)))

    assert len(set(threads)) == 1
    assert threads[0] != threading.get_ident()


async def test_the_event_loop_keeps_running_while_the_database_is_busy(db: Database) -> None:
    started, release = threading.Event(), threading.Event()

    def long_write(conn: sqlite3.Connection) -> bool:
        started.set()
        return release.wait(WAIT_S)

    write = asyncio.ensure_future(db.run(long_write))
    assert await asyncio.to_thread(started.wait, WAIT_S)
    loop_turns = 0
    for _ in range(100):  # the loop keeps turning while the database thread is occupied
        loop_turns += 1
        await asyncio.sleep(0)
    assert loop_turns == 100 and not write.done()

    release.set()
    assert await write is True


async def test_a_failing_unit_of_work_is_rolled_back_and_reported(db: Database) -> None:
    await db.run(lambda conn: conn.execute("CREATE TABLE notes (text TEXT)"))

    def insert_then_fail(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT INTO notes VALUES ('half done')")
        raise ValueError("bad input")

    with pytest.raises(ValueError, match="bad input"):
        await db.run(insert_then_fail)
    with pytest.raises(StorageError, match="no such table"):
        await db.run(lambda conn: conn.execute("SELECT * FROM missing_table"))

    assert await db.run(lambda conn: conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0]) == 0


async def test_data_survives_reopening(tmp_path) -> None:
    first = Database(tmp_path / "kiosk.db")
    await first.run(lambda conn: conn.execute("CREATE TABLE notes (text TEXT)"))
    await first.run(lambda conn: conn.execute("INSERT INTO notes VALUES ('kept')"))
    first.close()

    second = Database(tmp_path / "kiosk.db")
    try:
        assert await second.run(lambda conn: conn.execute("SELECT text FROM notes").fetchall()) == [("kept",)]
    finally:
        second.close()


async def test_an_older_file_is_migrated_forward_keeping_its_rows(tmp_path) -> None:
    path = tmp_path / "kiosk.db"
    old = Database(path, migrations=("CREATE TABLE notes (text TEXT);",))
    await old.run(lambda conn: conn.execute("INSERT INTO notes VALUES ('from version 1')"))
    old.close()

    newer = Database(path, migrations=("CREATE TABLE notes (text TEXT);", "ALTER TABLE notes ADD COLUMN author TEXT;"))
    try:
        rows = await newer.run(lambda conn: conn.execute("SELECT text, author FROM notes").fetchall())
        version = await newer.run(lambda conn: conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        newer.close()
    assert rows == [("from version 1", None)]
    assert version == 2


async def test_a_file_from_newer_software_is_refused_untouched(tmp_path) -> None:
    path = tmp_path / "kiosk.db"
    Database(path, migrations=("CREATE TABLE a (x);", "CREATE TABLE b (x);")).close()
    before = path.read_bytes()

    with pytest.raises(StorageError, match="schema version 2, newer than this software"):
        Database(path, migrations=("CREATE TABLE a (x);",))
    assert path.read_bytes() == before


async def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path) -> None:
    path = tmp_path / "kiosk.db"
    path.write_bytes(b"this is a text file, not SQLite" * 100)

    with pytest.raises(StorageError, match="not a usable kiosk database"):
        Database(path)
    assert path.read_bytes() == b"this is a text file, not SQLite" * 100


async def test_a_broken_migration_leaves_the_file_at_its_old_version(tmp_path) -> None:
    path = tmp_path / "kiosk.db"
    Database(path, migrations=("CREATE TABLE notes (text TEXT);",)).close()

    with pytest.raises(StorageError, match="migrating .* to schema version 2 failed"):
        Database(path, migrations=("CREATE TABLE notes (text TEXT);", "ALTER TABLE nowhere ADD COLUMN x;"))

    reopened = Database(path, migrations=("CREATE TABLE notes (text TEXT);",))
    try:
        assert await reopened.run(lambda conn: conn.execute("PRAGMA user_version").fetchone()[0]) == 1
    finally:
        reopened.close()


async def test_use_after_close_is_a_clear_error(tmp_path) -> None:
    database = Database(tmp_path / "kiosk.db")
    database.close()
    database.close()  # closing twice is harmless

    with pytest.raises(StorageError, match="closed"):
        await database.run(lambda conn: None)


# --- file modes -----------------------------------------------------------------------


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask():
    """The umask a login shell or a plain service has (022), whatever the test runner set."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


async def test_a_new_database_and_its_wal_and_shm_files_are_owner_only_in_an_owner_only_folder(tmp_path, usual_umask) -> None:
    folder = tmp_path / "state"
    db = Database(folder / "kiosk.sqlite3")
    try:
        await db.run(lambda conn: conn.execute("INSERT INTO trainer_audit (at, actor, action) VALUES (1, 'pin', 'enter')"))
        files = {path.name: _mode(path) for path in folder.iterdir()}
    finally:
        db.close()

    assert files == {"kiosk.sqlite3": 0o600, "kiosk.sqlite3-wal": 0o600, "kiosk.sqlite3-shm": 0o600}
    assert _mode(folder) == 0o700


async def test_files_an_older_version_left_readable_to_others_are_made_owner_only(tmp_path, usual_umask) -> None:
    folder = tmp_path / "state"
    folder.mkdir(mode=0o755)
    old = Database(folder / "kiosk.sqlite3")
    old.close()
    for path in [folder, *folder.iterdir()]:
        path.chmod(0o755 if path.is_dir() else 0o644)

    db = Database(folder / "kiosk.sqlite3")
    try:
        await db.run(lambda conn: conn.execute("INSERT INTO trainer_audit (at, actor, action) VALUES (1, 'pin', 'enter')"))
        files = {path.name: _mode(path) for path in folder.iterdir()}
    finally:
        db.close()

    assert set(files.values()) == {0o600}
    assert _mode(folder) == 0o700


async def test_a_shared_folder_such_as_tmp_keeps_its_mode(tmp_path, usual_umask) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    db = Database(shared / "kiosk.sqlite3")
    db.close()

    assert _mode(shared) == 0o1777
    assert _mode(shared / "kiosk.sqlite3") == 0o600


# --- a disk that refuses writes --------------------------------------------------------


@pytest.fixture
def files_may_not_grow():
    """The kernel refuses to grow any file of this process (RLIMIT_FSIZE): SQLite sees a disk I/O error."""
    previous_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed

    def refuse(size: int) -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, previous_limit[1]))

    yield refuse
    resource.setrlimit(resource.RLIMIT_FSIZE, previous_limit)
    signal.signal(signal.SIGXFSZ, previous_handler)


async def test_a_disk_io_error_is_reported_as_retryable_and_the_next_write_works_once_the_disk_does(
    db: Database, files_may_not_grow
) -> None:
    insert = "INSERT INTO trainer_audit (at, actor, action, reason) VALUES (1, 'pin', 'enter', ?)"
    await db.run(lambda conn: conn.execute(insert, ("first",)))
    wal = db.path.with_name(db.path.name + "-wal")

    files_may_not_grow(wal.stat().st_size)
    try:
        with pytest.raises(StorageUnavailable, match="disk I/O error"):
            await db.run(lambda conn: conn.execute(insert, ("x" * 20_000,)))
    finally:
        files_may_not_grow(resource.RLIM_INFINITY)

    await db.run(lambda conn: conn.execute(insert, ("second",)))
    reasons = await db.run(lambda conn: [row[0] for row in conn.execute("SELECT reason FROM trainer_audit ORDER BY id")])
    assert reasons == ["first", "second"]
