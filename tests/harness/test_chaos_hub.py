"""Kiosk → hub → EGYM and the platforms members link (Boditrax for scale results, enduco and LFopen for
workouts) under faults on every hop and SIGKILLs of kiosk and hub processes: nothing lost or doubled.

One engine each: a hub on SQLite, and two hub processes sharing one PostgreSQL store (where
a killed process's claims are taken over by the other, which claims with SKIP LOCKED).
"""
from __future__ import annotations

import io
import random
from typing import Iterator

import pytest

from harness.chaos import run_chaos
from tests.hub.conftest import new_postgres_database
from tests.hub.postgres import PostgresServer, require_postgres, start_postgres


@pytest.fixture(scope="module")
def postgres() -> Iterator[PostgresServer]:
    server = start_postgres(require_postgres())
    try:
        yield server
    finally:
        server.stop()


def _check(report, table: str, seed: int, sessions: int, kills: int, hub_kills: int,
           platforms: tuple[str, ...] = ("boditrax",)) -> None:
    assert report.aborted == "", f"seed {seed}:\n{table}"
    assert (report.lost, report.duplicated, report.misattributed) == (0, 0, 0), f"seed {seed}:\n{table}"
    assert report.sessions == sessions and report.kills == kills and report.hub_kills == hub_kills, f"seed {seed}:\n{table}"
    assert report.unfinished == 0, f"seed {seed}:\n{table}"
    assert report.stored == sessions  # every session's measurement is at EGYM, once
    assert any(name.startswith("kiosk→hub") for name in report.faults), table  # the kiosk's hop was faulty too
    assert table.splitlines()[-1] == (f"lost=0 duplicated=0 misattributed=0 sessions={sessions} kills={kills} "
                                      f"hub_kills={hub_kills}")
    assert [tally.platform for tally in report.platforms] == list(platforms), table
    for tally in report.platforms:  # every member linked it: each result there once, for them, or left uncertain
        assert tally.expected == sessions and (tally.lost, tally.duplicated, tally.misattributed) == (0, 0, 0), table
        assert tally.stored == sessions - tally.uncertain + tally.uncertain_there, table
    assert any(name.split()[0] in platforms for name in report.faults), table  # they were faulty too


def test_sessions_through_a_hub_on_sqlite_survive_kiosk_and_hub_kills() -> None:
    seed = random.SystemRandom().randrange(2**32)
    out = io.StringIO()
    report = run_chaos(sessions=30, kills=3, seed=seed, time_limit_s=150, out=out, hubs=1, hub_kills=3)
    _check(report, out.getvalue(), seed, 30, 3, 3)


def test_workouts_through_a_hub_reach_enduco_and_lfopen_under_kills() -> None:
    """enduco has no read-back: a lost reply leaves the workout "uncertain", counted, never sent twice."""
    seed = random.SystemRandom().randrange(2**32)
    out = io.StringIO()
    report = run_chaos(sessions=30, kills=2, seed=seed, time_limit_s=150, out=out, hubs=1, hub_kills=2,
                       station="cardio")
    _check(report, out.getvalue(), seed, 30, 2, 2, platforms=("enduco", "lfopen"))


def test_two_hubs_on_postgresql_survive_kills_mid_claim(postgres: PostgresServer) -> None:
    seed = random.SystemRandom().randrange(2**32)
    out = io.StringIO()
    report = run_chaos(sessions=30, kills=2, seed=seed, time_limit_s=150, out=out, hubs=2,
                       hub_store=new_postgres_database(postgres), hub_kills=4)
    _check(report, out.getvalue(), seed, 30, 2, 4)
