"""Test helpers for code that receives events from a :class:`SerialLink`."""
from __future__ import annotations

import asyncio
from typing import Any, TypeVar

T = TypeVar("T")


class EventCollector:
    """An ``on_event`` callback that records events and lets a test await the next one of a kind."""

    def __init__(self) -> None:
        self.events: list[Any] = []
        self._queue: asyncio.Queue[Any] = asyncio.Queue()

    def __call__(self, event: Any) -> None:
        self.events.append(event)
        self._queue.put_nowait(event)

    async def next(self, kind: type[T], timeout: float = 5.0) -> T:
        """Wait for the next event of ``kind`` (skipping others); fail after ``timeout`` seconds."""

        async def matching() -> T:
            while True:
                event = await self._queue.get()
                if isinstance(event, kind):
                    return event

        return await asyncio.wait_for(matching(), timeout)

    def of(self, kind: type[T]) -> list[T]:
        """All events of ``kind`` received so far."""
        return [event for event in self.events if isinstance(event, kind)]


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now
