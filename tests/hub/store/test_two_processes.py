"""Two hub processes claiming from one PostgreSQL store: every due delivery is claimed exactly once."""
from __future__ import annotations

import multiprocessing
from collections import Counter

import sqlalchemy as sa

from hub.store.deliveries import claim_due
from hub.store.engine import migrate, open_engine
from hub.store.schema import deliveries, measurements
from tests.hub.conftest import new_postgres_database

DUE = 2_000
NOW = 1_764_806_400_000


def claim_until_empty(url: str, claimer: str, start, results) -> None:  # type: ignore[no-untyped-def]
    """One hub process's claiming loop: small batches, as the delivery worker takes them."""
    engine = open_engine(url)
    start.wait()
    claimed: list[int] = []
    while batch := claim_due(engine, claimer, NOW, lease_ms=600_000, limit=25):
        claimed.extend(claim.delivery_id for claim in batch)
    results.put((claimer, claimed))
    engine.dispose()


def test_two_processes_claim_two_thousand_due_deliveries_each_exactly_once(postgres_server) -> None:
    url = new_postgres_database(postgres_server)
    engine = open_engine(url)
    migrate(engine)
    with engine.begin() as connection:
        connection.execute(sa.insert(measurements), [
            dict(unique_id=f"m-{n}", device_id="k-1", gym="g", body="{}", body_hash="h", member="s", accepted_ms=NOW)
            for n in range(DUE)])
        connection.execute(sa.insert(deliveries), [
            dict(unique_id=f"m-{n}", destination="egym", state="pending", detail="", attempts=0, next_try_ms=NOW,
                 version=1, updated_ms=NOW) for n in range(DUE)])
    engine.dispose()
    context = multiprocessing.get_context("spawn")
    start, results = context.Event(), context.Queue()
    workers = [context.Process(target=claim_until_empty, args=(url, name, start, results)) for name in ("a", "b")]
    for worker in workers:
        worker.start()
    start.set()
    claimed = dict(results.get(timeout=120) for _ in workers)
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    counts = Counter(claimed["a"] + claimed["b"])
    assert len(counts) == DUE
    assert max(counts.values()) == 1
