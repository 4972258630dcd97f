"""Opening the store: an SQLAlchemy engine for SQLite or PostgreSQL, and its migrations.

SQLite (one hub process) runs in WAL mode with ``synchronous=FULL`` and a busy timeout;
every transaction that writes starts with ``BEGIN IMMEDIATE``, so a transaction never
upgrades a read lock midway and claiming is a single writer's act. PostgreSQL (a chain)
is used through psycopg 3; several hub processes share it and claim with
``FOR UPDATE SKIP LOCKED`` (:mod:`hub.store.deliveries`). Migrations run on every start
under an advisory lock on PostgreSQL, so two processes starting together take turns.
"""
from __future__ import annotations

import threading
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 30_000
READ = {"sqlite_begin": "DEFERRED"}  # execution options of a read-only transaction on SQLite
_MIGRATION_LOCK = 0x6B696F736B  # any fixed number: the PostgreSQL advisory lock taken while migrating


def open_engine(url: str) -> Engine:
    """An engine for ``url`` (``sqlite:///PATH`` or ``postgresql+psycopg://…``), set up for the hub's use."""
    if url.startswith("sqlite"):
        database = url.removeprefix("sqlite:///")
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
                                  pool_size=16, max_overflow=16)
        writers = _OneWriter()
        sa.event.listen(engine, "connect", _sqlite_connected)
        sa.event.listen(engine, "begin", writers.begin)
        sa.event.listen(engine, "commit", writers.end)
        sa.event.listen(engine, "rollback", writers.end)
        return engine
    return sa.create_engine(url, pool_pre_ping=True, pool_size=16, max_overflow=16)


def is_postgresql(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (Alembic ``upgrade``); a no-op when it is there already."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        if is_postgresql(engine):
            connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _sqlite_connected(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    dbapi_connection.isolation_level = None  # pysqlite must not begin on its own: _sqlite_begin does
    cursor = dbapi_connection.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=FULL", f"busy_timeout={BUSY_TIMEOUT_MS}", "foreign_keys=ON"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


class _OneWriter:
    """Writing transactions of this process take turns on a lock before ``BEGIN IMMEDIATE``.

    SQLite allows one writer; without the lock, concurrent writers of one process would
    meet SQLITE_BUSY and wait in SQLite's busy handler, which sleeps in steps of
    milliseconds. Other processes (a CLI command beside the hub) still meet the busy timeout.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def begin(self, connection: sa.Connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        if mode != "IMMEDIATE":
            connection.exec_driver_sql(f"BEGIN {mode}")
            return
        self._lock.acquire()
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            self._lock.release()
            raise
        connection.info["holds_writer_lock"] = True

    def end(self, connection: sa.Connection) -> None:
        if connection.info.pop("holds_writer_lock", False):
            self._lock.release()
