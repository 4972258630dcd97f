"""Fixtures for the hub's tests: a store on each engine (SQLite file, throwaway PostgreSQL server), the EGYM sandbox."""
from __future__ import annotations

import itertools
from pathlib import Path
from typing import Iterator

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from hub.store.engine import migrate, open_engine
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, EgymSandbox
from kiosk.sandbox import RunningSandbox, serve_loopback
from tests.hub.postgres import PostgresServer, require_postgres, start_postgres

_databases = itertools.count()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = start_postgres(require_postgres())
    try:
        yield server
    finally:
        server.stop()


def new_postgres_database(server: PostgresServer) -> str:
    """A fresh, empty database on ``server``; its SQLAlchemy URL."""
    name = f"hub_test_{next(_databases)}"
    admin = sa.create_engine(server.url("postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return server.url(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty store's URL, once per engine."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    return new_postgres_database(request.getfixturevalue("postgres_server"))


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    """A migrated store, once per engine."""
    engine = open_engine(store_url)
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    """EGYM's sandbox over TCP on loopback, knowing the demo API key."""
    with serve_loopback(EgymSandbox(api_keys={DEMO_API_KEY: DEMO_GYM_ID})) as running:
        yield running
