"""The PostgreSQL server for the hub's store tests (:mod:`harness.postgres`), and what a run without one means.

Under CI (``$CI`` set) a missing PostgreSQL fails the tests: a CI run that silently skipped
them would prove nothing.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from harness.postgres import PostgresServer, postgres_bin, start_postgres

__all__ = ["PostgresServer", "postgres_bin", "require_postgres", "start_postgres"]


def require_postgres() -> Path:
    """The binaries' folder; fails under CI and skips elsewhere, with the fix, when there are none."""
    folder = postgres_bin()
    if folder is None:
        message = ("PostgreSQL is not installed (no initdb/pg_ctl in /usr/lib/postgresql/*/bin or PATH); "
                   "install it: apt-get install postgresql")
        if os.environ.get("CI"):
            pytest.fail(message + " (CI must run the store tests on PostgreSQL)")
        pytest.skip(message)
    return folder
