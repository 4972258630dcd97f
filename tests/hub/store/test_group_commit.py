"""Intakes arriving together share one commit, and one refused intake never takes the others with it (both engines)."""
from __future__ import annotations

import asyncio

import pytest
import sqlalchemy as sa

from hub.store.group_commit import GroupCommit
from hub.store.measurements import (
    Accepted, MeasurementConflict, accept_in, accept_measurement, delivery_status, queue_depth_by_destination,
)

NOW = 1_764_806_400_000
BODY = {"kind": "body", "timestamp_ms": NOW - 5000, "device_model": "TANITA MC-780", "values": {"weight_kg": 72.4}}


def _intake(unique_id: str, body: dict = BODY) -> dict:
    return dict(unique_id=unique_id, device_id="k-1", gym="g", body=body, member="sealed", destinations=["egym"],
                now_ms=NOW)


def _writer(engine) -> GroupCommit[dict, Accepted]:
    return GroupCommit(engine, lambda connection, intake: accept_in(connection, **intake),
                       lambda engine, intake: accept_measurement(engine, **intake))


def _count_commits(engine) -> list[int]:
    commits = [0]
    sa.event.listen(engine, "commit", lambda connection: commits.__setitem__(0, commits[0] + 1))
    return commits


async def test_forty_intakes_at_once_are_each_durable_in_far_fewer_commits(engine) -> None:
    writer = _writer(engine)
    commits = _count_commits(engine)
    results = await asyncio.gather(*(writer.write(_intake(f"m-{n}")) for n in range(40)))
    commits_for_intake = commits[0]
    assert all(result.new for result in results)
    assert queue_depth_by_destination(engine) == {"egym": 40}
    assert all(delivery_status(engine, "k-1", f"m-{n}") is not None for n in range(40))
    assert 1 <= commits_for_intake <= 5  # the first alone, the rest together: not forty disk flushes


async def test_a_conflicting_intake_is_refused_and_the_others_in_its_batch_are_stored(engine) -> None:
    accept_measurement(engine, **_intake("taken"))
    writer = _writer(engine)
    other_body = {**BODY, "values": {"weight_kg": 99.0}}
    outcomes = await asyncio.gather(writer.write(_intake("a")), writer.write(_intake("taken", other_body)),
                                    writer.write(_intake("b")), return_exceptions=True)
    assert outcomes[0].new and outcomes[2].new
    assert isinstance(outcomes[1], MeasurementConflict)
    assert queue_depth_by_destination(engine) == {"egym": 3}


async def test_the_same_id_twice_in_one_batch_is_stored_once(engine) -> None:
    writer = _writer(engine)
    first, second = await asyncio.gather(writer.write(_intake("same")), writer.write(_intake("same")))
    assert [first.new, second.new].count(True) == 1
    assert queue_depth_by_destination(engine) == {"egym": 1}


async def test_a_batch_spoilt_by_the_database_is_retried_write_by_write(engine) -> None:
    calls = {"shared": 0}

    def spoil_once(connection: sa.Connection, intake: dict) -> Accepted:
        calls["shared"] += 1
        if intake["unique_id"] == "spoiler":
            raise sa.exc.IntegrityError("INSERT", {}, Exception("stored by another process meanwhile"))
        return accept_in(connection, **intake)

    writer = GroupCommit(engine, spoil_once, lambda engine, intake: accept_measurement(engine, **intake))
    outcomes = await asyncio.gather(*(writer.write(_intake(name)) for name in ("x", "spoiler", "y")))
    assert all(outcome.new for outcome in outcomes)  # alone, each (the spoiler too) is stored
    assert queue_depth_by_destination(engine) == {"egym": 3}
