"""The kiosk's SQLite database: one file, WAL journal, every commit fsynced.

All statements run on one dedicated thread. The event loop awaits
:meth:`Database.run`, so an fsync (``synchronous=FULL``) never stalls the UI.
The schema is versioned with ``PRAGMA user_version``; opening an older file
applies the missing steps of :data:`MIGRATIONS` in order. The file holds member
data, so it and its -wal/-shm files are owner-only (600) in an owner-only folder.
"""
from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
import stat
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")

# Step N brings a database from user_version N to N + 1. Only ever append.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE measurements (
        unique_id     TEXT PRIMARY KEY,
        kind          TEXT NOT NULL,
        timestamp_ms  INTEGER NOT NULL,
        values_json   TEXT NOT NULL,
        device_model  TEXT NOT NULL DEFAULT '',
        member_label  TEXT NOT NULL DEFAULT '',
        user_id       TEXT,
        captured_at   REAL NOT NULL
    );
    CREATE INDEX measurements_by_time ON measurements (timestamp_ms);
    CREATE INDEX measurements_by_capture ON measurements (captured_at);
    CREATE INDEX measurements_by_user ON measurements (user_id);
    CREATE TABLE deliveries (
        unique_id          TEXT NOT NULL REFERENCES measurements (unique_id) ON DELETE CASCADE,
        destination        TEXT NOT NULL,
        state              TEXT NOT NULL,
        attempts           INTEGER NOT NULL DEFAULT 0,
        next_attempt_at    REAL,
        last_error_reason  TEXT,
        last_error_detail  TEXT NOT NULL DEFAULT '',
        field_errors       TEXT NOT NULL DEFAULT '[]',
        updated_at         REAL NOT NULL,
        PRIMARY KEY (unique_id, destination)
    ) WITHOUT ROWID;
    CREATE INDEX deliveries_due ON deliveries (destination, next_attempt_at)
        WHERE state IN ('pending', 'needs-reauth');
    CREATE INDEX deliveries_awaiting_member ON deliveries (unique_id) WHERE state = 'needs-reauth';
    """,
    # Trainer mode (kiosk.trainer): who entered and what they did, and the PIN lockout.
    """
    CREATE TABLE trainer_audit (
        id       INTEGER PRIMARY KEY AUTOINCREMENT,
        at       REAL NOT NULL,
        actor    TEXT NOT NULL,
        action   TEXT NOT NULL,
        item_id  TEXT,
        reason   TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX trainer_audit_by_time ON trainer_audit (at);
    CREATE TABLE trainer_pin_lock (
        id            INTEGER PRIMARY KEY CHECK (id = 1),
        failures      INTEGER NOT NULL DEFAULT 0,
        lockouts      INTEGER NOT NULL DEFAULT 0,
        locked_until  REAL NOT NULL DEFAULT 0
    );
    """,
    # Members are told apart by a key this kiosk makes (kiosk.outbox.members), linked to each platform account
    # that logged them in, not by EGYM's user id: each EGYM user id seen so far gets its member key.
    """
    CREATE TABLE member_accounts (
        platform    TEXT NOT NULL,
        account_id  TEXT NOT NULL,
        member_key  TEXT NOT NULL,
        PRIMARY KEY (platform, account_id)
    ) WITHOUT ROWID;
    CREATE INDEX member_accounts_by_member ON member_accounts (member_key);
    INSERT INTO member_accounts (platform, account_id, member_key)
        SELECT 'egym', user_id, lower(hex(randomblob(16))) FROM measurements
        WHERE user_id IS NOT NULL AND user_id != '' GROUP BY user_id;
    ALTER TABLE measurements RENAME COLUMN user_id TO member_key;
    UPDATE measurements SET member_key = (
        SELECT a.member_key FROM member_accounts a WHERE a.platform = 'egym' AND a.account_id = measurements.member_key
    );
    DROP INDEX measurements_by_user;
    CREATE INDEX measurements_by_member ON measurements (member_key);
    """,
)


class StorageError(Exception):
    """The database could not be opened or used; the message says why (no personal data)."""


# What an installer does about a database file the kiosk cannot open, as the messages say it.
DAMAGED_FIX = "move it aside and keep it for support; the kiosk then starts a new one"
NEWER_FIX = "install the newer gym-kiosk that wrote it again, or move the file aside and keep it"


class StorageUnavailable(StorageError):
    """The disk refused a write for now (full, I/O error, busy): the same write may succeed later."""


# SQLite's primary result codes for a disk that is full, failing or held by another process.
_RETRYABLE = frozenset({sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})


class Database:
    """One SQLite file, used only from its own thread.

    ``Database(path)`` opens (creating if needed) and migrates the file before it
    returns; do that at start-up, not from a running UI. Afterwards use
    ``await db.run(fn)``: ``fn(connection)`` runs on the database thread inside one
    transaction, committed (and fsynced) when it returns, rolled back if it raises.
    """

    def __init__(self, path: str | os.PathLike[str], migrations: tuple[str, ...] = MIGRATIONS) -> None:
        self.path = Path(path)
        self._migrations = migrations
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-db")
        self._connection: sqlite3.Connection | None = None
        self._closed = False
        self._close_lock = threading.Lock()
        try:
            self._executor.submit(self._open).result()
        except BaseException:
            self._executor.shutdown(wait=True)
            self._closed = True
            raise

    @property
    def schema_version(self) -> int:
        """The ``user_version`` this file is at after opening (the number of migrations applied)."""
        return len(self._migrations)

    async def run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn(connection)`` in one transaction on the database thread and return its result."""
        try:
            if self._closed:
                raise RuntimeError
            future = self._executor.submit(self._transaction, fn)
        except RuntimeError:  # closed, or closing right now
            raise StorageError("the database is closed") from None
        return await asyncio.wrap_future(future)

    def close(self) -> None:
        """Finish queued work, close the file and stop the thread. Safe to call twice."""
        with self._close_lock:
            if self._closed:
                return
            self._closed = True
        self._executor.submit(self._close_connection)
        self._executor.shutdown(wait=True)

    def __repr__(self) -> str:
        return f"Database({str(self.path)!r}, closed={self._closed})"

    # --- on the database thread -------------------------------------------------

    def _open(self) -> None:
        try:
            _restrict_files(self.path)
        except OSError as exc:
            raise StorageError(f"cannot create the database {self.path}: {exc.strerror or exc}") from None
        try:
            connection = sqlite3.connect(self.path, isolation_level=None, check_same_thread=True)
        except sqlite3.Error as exc:
            raise StorageError(
                f"cannot open the database {self.path} ({exc}); the kiosk's user must be able to write it "
                "and its folder"
            ) from None
        try:
            mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StorageError(f"the database {self.path} cannot use WAL journaling (got {mode!r})")
            connection.execute("PRAGMA synchronous=FULL")
            connection.execute("PRAGMA foreign_keys=ON")
            connection.execute("PRAGMA busy_timeout=5000")
            self._migrate(connection)
        except sqlite3.DatabaseError as exc:
            connection.close()
            raise StorageError(f"{self.path} is not a usable kiosk database ({exc}); {DAMAGED_FIX}") from None
        except BaseException:
            connection.close()
            raise
        self._connection = connection

    def _migrate(self, connection: sqlite3.Connection) -> None:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > len(self._migrations):
            raise StorageError(
                f"{self.path} has schema version {version}, newer than this software understands "
                f"({len(self._migrations)}); {NEWER_FIX}"
            )
        for step in range(version, len(self._migrations)):
            try:
                connection.executescript(
                    f"BEGIN IMMEDIATE;\n{self._migrations[step]};\nPRAGMA user_version = {step + 1};\nCOMMIT;"
                )
            except sqlite3.Error as exc:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise StorageError(f"migrating {self.path} to schema version {step + 1} failed: {exc}") from None

    def _transaction(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        connection = self._connection
        if connection is None:
            raise StorageError("the database is closed")
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                result = fn(connection)
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")
        except sqlite3.Error as exc:
            if connection.in_transaction:  # a COMMIT refused (busy) leaves it open: the next write must start afresh
                with contextlib.suppress(sqlite3.Error):
                    connection.execute("ROLLBACK")
            error = StorageUnavailable if getattr(exc, "sqlite_errorcode", 0) & 0xFF in _RETRYABLE else StorageError
            raise error(f"database operation on {self.path.name} failed: {exc}") from None
        return result

    def _close_connection(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


_JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")


def _restrict_files(path: Path) -> None:
    """Make the database owner-only before SQLite touches it, whatever the umask.

    SQLite gives the -wal and -shm files the mode of the database file, so an
    owner-only file (created empty here, which SQLite accepts) keeps all three
    private. Files an older version left readable are tightened, and so is the
    folder, unless it is a shared one (sticky, like /tmp) or the home directory.
    """
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    info = folder.stat()
    shared = info.st_mode & stat.S_ISVTX or folder.resolve() == Path(os.path.expanduser("~")).resolve()
    if info.st_uid == os.geteuid() and not shared and stat.S_IMODE(info.st_mode) & 0o077:
        folder.chmod(0o700)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass
    for file in (path, *(path.with_name(path.name + suffix) for suffix in _JOURNAL_SUFFIXES)):
        try:
            if file.is_file() and stat.S_IMODE(file.stat().st_mode) & 0o077:
                file.chmod(0o600)
        except PermissionError:  # not ours to change; SQLite reports it if it cannot be used
            pass
