"""One destination's queue: a worker task keeping up to ``concurrency`` items in flight.

The worker claims due items from the store in batches (one transaction each) into
``_ready``; a finishing attempt starts the next ready item straight away. What an
attempt's result means for the item is the :class:`~kiosk.outbox.policy.AttemptPolicy`'s
to say; the queue reports it to its :class:`QueueHost`, the outbox, which is all it
knows of it.
"""
from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from typing import Callable, Protocol

from kiosk.cloud.base import MeasurementDestination
from kiosk.message_codes import MessageCode
from kiosk.models import Measurement, MemberSession
from kiosk.outbox.items import Claimed, Outcome
from kiosk.outbox.policy import AttemptPolicy
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.outbox.store import OutboxStore
from kiosk.outbox.supervision import keep_running

log = logging.getLogger(__name__)

PENDING, SENDING, NEEDS_REAUTH = DeliveryState.PENDING, DeliveryState.SENDING, DeliveryState.NEEDS_REAUTH
IDLE_RECHECK_S = 60.0  # an idle worker still looks for expired or due items this often
STORAGE_RETRY_S = 1.0  # after the database failed a queue read
CLAIM_BATCH = 256  # items claimed per transaction during a backlog, so no slot waits on the disk


class QueueHost(Protocol):
    """What a destination's queue needs from the outbox that owns it."""

    def session_for(self, item: Claimed, destination: str) -> MemberSession | None:
        """The destination's own session for the item's member; None until they tap again."""
        ...

    def record(self, outcome: Outcome) -> None:
        """An attempt (or the queue) decided ``outcome``: apply it now; it is stored with the next batch."""
        ...

    def settle(self, unique_id: str, status: DeliveryStatus) -> None:
        """A state the store already holds (the item expired while claiming): apply it."""
        ...

    def show(self, unique_id: str, status: DeliveryStatus) -> None:
        """A passing state (SENDING), for listeners only; never stored."""
        ...


class DestinationQueue:
    """Delivers one destination's items; see the module docstring."""

    def __init__(
        self,
        destination: MeasurementDestination,
        concurrency: int,
        *,
        host: QueueHost,
        store: OutboxStore,
        policy: AttemptPolicy,
        clock: Callable[[], float],
    ) -> None:
        self.name = destination.name
        self.policy = policy
        self._destination = destination
        self._host = host
        self._store = store
        self._clock = clock
        self._concurrency = concurrency
        self._batch = max(CLAIM_BATCH, concurrency)
        self._wake = asyncio.Event()
        self._priority: dict[str, None] = {}  # deliver_now requests not yet claimed, in order
        self._ready: OrderedDict[str, Claimed] = OrderedDict()  # claimed (SENDING), waiting for a slot
        self._in_flight: dict[str, tuple[Claimed, asyncio.Task[None]]] = {}
        self._requests: dict[str, list[asyncio.Future[DeliveryStatus]]] = {}
        self._sending = DeliveryStatus(self.name, SENDING)
        self._paused_until = 0.0
        self._next_sweep_at = 0.0  # when to next look for waiting items that became too old
        self._worker: asyncio.Task[None] | None = None

    def start(self) -> None:
        work = keep_running(self._run, f"outbox {self.name} delivery worker", self._release_stranded)
        self._worker = asyncio.get_running_loop().create_task(work, name=f"outbox-{self.name}")

    async def stop(self) -> list[Outcome]:
        """Cancel the worker and every request in flight; returns outcomes putting those items back."""
        tasks = [task for _, task in self._in_flight.values()]
        if self._worker is not None:
            tasks.append(self._worker)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._worker = None
        abandoned = self._put_back([item for item, _ in self._in_flight.values()] + list(self._ready.values()))
        self._in_flight.clear()
        self._ready.clear()
        for futures in self._requests.values():
            for future in futures:
                future.cancel()
        self._requests.clear()
        return abandoned

    def wake(self) -> None:
        self._wake.set()

    def paused_for(self) -> float:
        """Seconds left of a rate-limit pause (0 when not paused)."""
        return max(0.0, self._paused_until - self._clock())

    def request_attempt(
        self, unique_id: str, status: DeliveryStatus, has_session: bool, running: bool
    ) -> asyncio.Future[DeliveryStatus]:
        """A future for the next outcome of ``unique_id`` here, moving it to the front of the queue."""
        future: asyncio.Future[DeliveryStatus] = asyncio.get_running_loop().create_future()
        if status.state.final or (status.state is NEEDS_REAUTH and not has_session):
            future.set_result(status)
        elif status.state is PENDING and self.paused_for() > 0:
            future.set_result(DeliveryStatus(self.name, PENDING, MessageCode.RATE_LIMITED.value, status.detail))
        elif not running:  # before start() or after aclose(): it stays queued
            future.set_result(DeliveryStatus(self.name, PENDING, MessageCode.OFFLINE.value))
        else:
            self._requests.setdefault(unique_id, []).append(future)
            if unique_id in self._ready:
                self._ready.move_to_end(unique_id, last=False)
            elif unique_id not in self._in_flight:
                self._priority[unique_id] = None
            self._fill_slots()
            self._wake.set()
        return future

    def drop_request(self, unique_id: str, future: asyncio.Future[DeliveryStatus]) -> None:
        futures = self._requests.get(unique_id, [])
        if future in futures:
            futures.remove(future)
        if not futures:
            self._requests.pop(unique_id, None)
        future.cancel()

    def resolve(self, unique_id: str, status: DeliveryStatus) -> None:
        for future in self._requests.pop(unique_id, []):
            if not future.done():
                future.set_result(status)

    def forget(self, unique_id: str) -> None:
        """The item was discarded: do not start it (a request already in flight finishes)."""
        self._priority.pop(unique_id, None)
        self._ready.pop(unique_id, None)

    async def _run(self) -> None:
        while True:
            self._wake.clear()
            self._fill_slots()
            timeout: float | None = None  # nothing to claim for now; a finishing attempt wakes us
            paused = self.paused_for()
            if paused > 0:
                timeout = min(paused, IDLE_RECHECK_S)  # a long pause in short naps: no timer too long for Qt
            elif len(self._ready) <= self._batch // 2 or self._priority:
                priority = list(self._priority)[: self._batch]
                try:
                    claimed, next_due = await self._claim(self._batch - len(self._ready), priority)
                except Exception as exc:  # keep the worker alive; the rows are still on disk
                    log.error("outbox %s could not read its queue (%s: %s)", self.name, type(exc).__name__, exc)
                    claimed, next_due = [], self._clock() + STORAGE_RETRY_S
                for unique_id in priority:
                    self._priority.pop(unique_id, None)
                self._take(claimed, set(priority))
                if claimed:
                    continue
                timeout = IDLE_RECHECK_S
                if next_due is not None:
                    timeout = min(timeout, max(0.0, next_due - self._clock()))
            try:  # asyncio.timeout, unlike wait_for on 3.11, never swallows a cancellation
                async with asyncio.timeout(timeout):
                    await self._wake.wait()
            except TimeoutError:
                pass

    async def _claim(self, limit: int, priority: list[str]) -> tuple[list[Claimed], float | None]:
        """Claim up to ``limit`` items; returns them and when the next waiting one is due.

        Waiting items too old for the destination become EXPIRED (checked at most
        every ``IDLE_RECHECK_S`` for items not due yet, and for every claimed item).
        """
        now = self._clock()
        oldest_ms = self.policy.oldest_accepted_ms(now)
        sweep = oldest_ms is not None and now >= self._next_sweep_at
        if sweep:
            self._next_sweep_at = now + IDLE_RECHECK_S
        result = await self._store.claim(self.name, limit=limit, priority=priority,
                                         expire_before_ms=oldest_ms if sweep else None,
                                         expired_detail=self.policy.expired_detail)
        for unique_id in result.expired:
            self._host.settle(unique_id, DeliveryStatus(self.name, DeliveryState.EXPIRED, None,
                                                        self.policy.expired_detail))
        claimed: list[Claimed] = []
        for unique_id, kind, timestamp_ms, values, device_model, member_key, attempts in result.rows:
            if oldest_ms is not None and timestamp_ms < oldest_ms:
                self._host.record(self.policy.expired(unique_id, attempts))
                continue
            try:
                measurement = Measurement(kind, values, unique_id, timestamp_ms, device_model)  # type: ignore[arg-type]
            except ValueError:
                self._host.record(self.policy.unreadable(unique_id, attempts))
                continue
            claimed.append(Claimed(measurement, member_key, attempts))
        return claimed, result.next_due

    async def _release_stranded(self) -> None:
        """After a failed worker run: items it claimed but never started go back to PENDING."""
        await self._store.release_sending(self.name, [*self._ready, *self._in_flight])

    def _take(self, claimed: list[Claimed], priority: set[str]) -> None:
        """Queue freshly claimed items, requested ones ahead of everything already waiting."""
        for item in reversed([item for item in claimed if item.measurement.unique_id in priority]):
            self._ready[item.measurement.unique_id] = item
            self._ready.move_to_end(item.measurement.unique_id, last=False)
        for item in claimed:
            self._ready.setdefault(item.measurement.unique_id, item)
        self._fill_slots()

    def _fill_slots(self) -> None:
        if not self._ready or self.paused_for() > 0:
            return
        loop = asyncio.get_running_loop()
        while self._ready and len(self._in_flight) < self._concurrency:
            unique_id, item = self._ready.popitem(last=False)
            self._in_flight[unique_id] = (item, loop.create_task(self._attempt(item)))
            self._host.show(unique_id, self._sending)

    def _put_back(self, items: list[Claimed], reason: str | None = None, detail: str = "") -> list[Outcome]:
        """Outcomes that put claimed-but-unsent items back in the queue, after any rate-limit pause."""
        wait_s = self.paused_for()
        return [self.policy.put_back(item, wait_s, reason, detail) for item in items]

    async def _attempt(self, item: Claimed) -> None:
        outcome = await self._submit(item)
        self._in_flight.pop(item.measurement.unique_id, None)
        if outcome.state is not DeliveryState.SENT:
            level = logging.INFO if outcome.state is PENDING else logging.WARNING
            log.log(level, "outbox %s: measurement %s is %s (%s) %s", self.name, outcome.unique_id,
                    outcome.state.value, outcome.reason, outcome.detail)
        self._host.record(outcome)
        if outcome.reason == MessageCode.RATE_LIMITED.value:
            # The whole queue waits out the rate limit; items claimed ahead go back to PENDING.
            self._paused_until = max(self._paused_until, outcome.next_attempt_at or 0.0)
            waiting, self._ready = list(self._ready.values()), OrderedDict()
            for put_back in self._put_back(waiting, outcome.reason, outcome.detail):
                self._host.record(put_back)
        self._fill_slots()
        if len(self._ready) <= self._batch // 2:
            self._wake.set()  # time to claim more

    async def _submit(self, item: Claimed) -> Outcome:
        """Make one attempt; the policy says what its result means for the item."""
        session = self._host.session_for(item, self.name)
        if session is None:  # e.g. after a restart: wait until the member taps again
            return self.policy.without_session(item)
        try:
            await self._destination.submit(item.measurement, session)
        except Exception as error:
            return self.policy.failed(item, error)
        return self.policy.sent(item)
