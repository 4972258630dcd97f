"""Group commit: writes that arrive together share one transaction, and each caller still waits for its own.

A durable commit waits for the disk (SQLite with ``synchronous=FULL``: one fsync per
commit, about 2 ms here), so one transaction per intake or per delivery outcome caps a
hub process at a few hundred writes a second whatever the CPU could do. Here a write
that arrives while a batch is being committed waits for the next batch, which then
commits everything that queued up meanwhile at once. Nobody is answered before their
write is committed, so durability is unchanged. If a batch fails as a whole (a unique
id inserted by another process at the same moment), its writes are retried one by one
with ``write_alone``, so one bad write never takes the others with it.
"""
from __future__ import annotations

import asyncio
from typing import Callable, Generic, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Engine

Item = TypeVar("Item")
Result = TypeVar("Result")
MAX_BATCH = 64


class GroupCommit(Generic[Item, Result]):
    """``write_in(connection, item)`` inside a shared transaction; ``write_alone(engine, item)`` on its own."""

    def __init__(self, engine: Engine, write_in: Callable[[sa.Connection, Item], Result],
                 write_alone: Callable[[Engine, Item], Result], max_batch: int = MAX_BATCH) -> None:
        self._engine = engine
        self._write_in = write_in
        self._write_alone = write_alone
        self._max_batch = max_batch
        self._queued: list[tuple[Item, asyncio.Future[Result]]] = []
        self._flushing: asyncio.Task[None] | None = None

    async def write(self, item: Item) -> Result:
        """Write ``item`` durably (with whatever else is queued); its result, or the exception it raised."""
        future: asyncio.Future[Result] = asyncio.get_running_loop().create_future()
        self._queued.append((item, future))
        if self._flushing is None or self._flushing.done():
            self._flushing = asyncio.create_task(self._flush())
        return await asyncio.shield(future)  # a cancelled caller must not cancel the others' commit

    async def _flush(self) -> None:
        while self._queued:
            batch, self._queued = self._queued[:self._max_batch], self._queued[self._max_batch:]
            try:
                outcomes = await asyncio.to_thread(self._commit, [item for item, _ in batch])
            except asyncio.CancelledError:  # the hub is stopping: nobody waits forever
                for _, future in batch + self._queued:
                    if not future.done():
                        future.cancel()
                raise
            for (_, future), (ok, value) in zip(batch, outcomes):
                if future.done():
                    continue
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)

    def _commit(self, items: list[Item]) -> list[tuple[bool, object]]:
        try:
            with self._engine.begin() as connection:
                return [self._shared(connection, item) for item in items]
        except sa.exc.SQLAlchemyError:  # the shared transaction is spoilt: each write on its own
            return [self._alone(item) for item in items]

    def _shared(self, connection: sa.Connection, item: Item) -> tuple[bool, object]:
        try:
            return True, self._write_in(connection, item)
        except sa.exc.SQLAlchemyError:
            raise
        except Exception as error:  # this write's own refusal (a conflict): the others still commit
            return False, error

    def _alone(self, item: Item) -> tuple[bool, object]:
        try:
            return True, self._write_alone(self._engine, item)
        except Exception as error:  # noqa: BLE001 - handed to the waiting caller, who raises it
            return False, error
