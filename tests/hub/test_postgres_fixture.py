"""Without PostgreSQL, the store tests fail under CI (a silent skip would prove nothing) and skip elsewhere."""
from __future__ import annotations

import pytest

from tests.hub import postgres


def test_missing_postgresql_fails_under_ci_and_skips_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(postgres, "postgres_bin", lambda: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="apt-get install postgresql"):
        postgres.require_postgres()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="apt-get install postgresql"):
        postgres.require_postgres()


def test_this_machine_has_postgresql_binaries_or_says_so() -> None:
    folder = postgres.postgres_bin()
    assert folder is None or ((folder / "initdb").exists() and (folder / "pg_ctl").exists())
