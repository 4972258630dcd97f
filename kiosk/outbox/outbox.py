"""The durable outbox: every captured measurement reaches every destination exactly once.

A capture is written to SQLite (fsynced) before :meth:`Outbox.capture` returns,
with one delivery row per destination; a write the disk refuses (full, failing)
is held in memory and retried until it succeeds (:mod:`kiosk.outbox.held`).
Its first attempt comes from
:meth:`Outbox.deliver_now` (the member confirmed), or from the background once
``DeliverySchedule.confirm_wait_s`` has passed. Each destination has its own queue and
worker task, so a slow or failing platform never holds up another. A worker
claims due items oldest first (marking them SENDING on disk), submits up to
``concurrency`` different items at once, and records each outcome. Outcomes are
written in small batches; if the process dies before one is written, the item is
simply sent again after the restart, which is harmless because the destination
de-duplicates on ``uniqueMeasurementId``.

Sessions (tokens and the tapped credential) live in memory, keyed by the
member's user id, so a member who taps again revives their items that were
waiting for re-authentication. With a :class:`~kiosk.outbox.credential_vault.CredentialVault`
what re-authentication needs is also kept encrypted on disk until the member's
last item is finished, so a restarted kiosk logs members in again by itself.
Nothing here logs tokens, credentials, names or measurement values.
"""
from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import sqlite3
import time
from collections import OrderedDict
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Callable, Mapping, Sequence

from kiosk.cloud.base import MeasurementDestination
from kiosk.cloud.errors import (
    AuthExpired,
    BadReply,
    CloudError,
    FieldError,
    PermissionDenied,
    RateLimited,
    Rejected,
    Transient,
)
from kiosk.message_codes import MessageCode
from kiosk.models import Measurement, MemberSession
from kiosk.outbox.held import HeldWrites
from kiosk.outbox.history import OutboxStats, encode_field_errors, outbox_stats
from kiosk.outbox.schedule import DeliverySchedule
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.outbox.supervision import keep_running
from kiosk.storage import Database, StorageError

if TYPE_CHECKING:
    from kiosk.outbox.credential_vault import CredentialVault

log = logging.getLogger(__name__)

PENDING, SENDING, NEEDS_REAUTH = DeliveryState.PENDING, DeliveryState.SENDING, DeliveryState.NEEDS_REAUTH
_WAITING = "('pending', 'needs-reauth')"  # states that wait for an attempt; matches the deliveries_due index
_FINAL = frozenset(state for state in DeliveryState if state.final)
_IDLE_RECHECK_S = 60.0  # an idle worker still looks for expired or due items this often
_RECENT_FINISHED = 2_000  # finished items whose statuses stay answerable from memory
_STORAGE_RETRY_S = 1.0  # after the database failed a queue read
_CLAIM_BATCH = 256  # items claimed per transaction during a backlog, so no slot waits on the disk
_UNREADABLE = "the stored measurement could not be read"
_WRITE_DELAY_S = 0.05  # longest an outcome waits in memory before it is committed
_WRITE_BATCH = 256  # ... or until this many have gathered
_SQL_CHUNK = 500  # ids per IN (...) list, well below SQLite's parameter limit
_TRACK_CHUNK = 500  # recovered items taken into memory between two turns of the event loop


@dataclass(slots=True)
class _Claimed:
    """An item a worker has marked SENDING and is about to submit."""

    measurement: Measurement
    user_id: str | None
    attempts: int


@dataclass(slots=True)
class _Outcome:
    """What one attempt (or a shutdown) means for one delivery row."""

    unique_id: str
    destination: str
    state: DeliveryState
    attempts: int
    next_attempt_at: float | None
    reason: str | None = None
    detail: str = ""
    field_errors: tuple[FieldError, ...] = ()

    @property
    def status(self) -> DeliveryStatus:
        return DeliveryStatus(self.destination, self.state, self.reason, self.detail)


@dataclass(frozen=True)
class _ClaimResult:
    batches: list[str]  # JSON arrays of claimed items, see _BATCH_AS_JSON
    expired: list[str]
    next_due: float | None


class Outbox:
    """Stores captured measurements and delivers them to every destination, retrying as needed.

    ``retry`` is the delivery schedule of every queue; each destination's
    ``delivery_policy`` says how old a measurement it takes. ``concurrency`` is how many
    different items one destination may have in flight
    at once: one number for all, or a mapping from destination name (default 4).
    ``vault`` keeps each member's re-authentication data encrypted while they have
    unfinished items, so a restart does not leave them waiting as NEEDS_REAUTH.
    """

    def __init__(
        self,
        db: Database,
        destinations: Sequence[MeasurementDestination],
        *,
        retry: DeliverySchedule | None = None,
        clock: Callable[[], float] = time.time,
        concurrency: int | Mapping[str, int] = 4,
        vault: CredentialVault | None = None,
    ) -> None:
        names = [destination.name for destination in destinations]
        if any(not isinstance(name, str) or not name for name in names) or len(set(names)) != len(names):
            raise ValueError("every outbox destination needs its own non-empty name")
        self._db = db
        self._retry = retry or DeliverySchedule()
        self._max_age = {destination.name: destination.delivery_policy.max_age_s for destination in destinations}
        self._clock = clock
        self._queues = {
            destination.name: _DestinationQueue(self, destination, _concurrency_for(concurrency, destination.name))
            for destination in destinations
        }
        self._writer = _OutcomeWriter(db, clock, self._after_flush)
        self._held = HeldWrites(db)  # captures the disk refused for now
        self._statuses: dict[str, dict[str, DeliveryStatus]] = {}
        self._finished: OrderedDict[str, None] = OrderedDict()
        self._sessions: dict[str, MemberSession] = {}  # session key -> newest session, as tapped
        # (destination, session key) -> (the tapped session it was copied from, the destination's copy)
        self._own_sessions: dict[tuple[str, str], tuple[MemberSession, MemberSession]] = {}
        self._session_key_of: dict[str, str] = {}  # unique_id -> session key, while unfinished
        self._items_of_key: dict[str, set[str]] = {}  # session key -> unfinished unique_ids
        self._subscribers: list[Callable[[str, DeliveryStatus], None]] = []
        self._vault = vault
        self._vault_purges: set[asyncio.Task[None]] = set()
        self._started = False

    # --- public API -------------------------------------------------------------

    async def capture(
        self,
        measurement: Measurement,
        session: MemberSession,
        member_label: str = "",
        *,
        on_delayed: Callable[[], None] | None = None,
    ) -> None:
        """Store ``measurement`` durably, queued for every destination, before returning.

        The first attempt is made by :meth:`deliver_now`; if that never comes, the
        background worker sends it after ``DeliverySchedule.confirm_wait_s``. Capturing
        the same ``unique_id`` again is harmless. A member's new session
        also revives their older items that were waiting for re-authentication.
        When the disk refuses the write (full, failing), the measurement is kept in
        memory and written again with backoff until it is stored: ``on_delayed()``
        is called once, and this returns only when it is on disk. Cancelling the
        caller does not stop that. Raises StorageError if it could not be written for
        another reason; nothing was queued then. (A Measurement is checked when built.)
        """
        unique_id = measurement.unique_id
        key = _session_key(session.user_id, unique_id)
        self._sessions[key] = session
        self._hold_session(unique_id, key)  # before awaiting, so finishing items cannot drop it meanwhile
        now = self._clock()
        store = partial(
            _store_capture,
            measurement=measurement,
            member_label=str(member_label),
            user_id=session.user_id,
            destinations=list(self._queues),
            now=now,
            first_attempt_at=now + self._retry.confirm_wait_s,
        )
        try:
            await self._keep_in_vault(key, session)
            write = self._held.write(store, on_delayed)
        except BaseException:
            if not self._statuses.get(unique_id):
                self._release_session(unique_id)
            raise
        write.add_done_callback(partial(self._captured, unique_id, key))
        await asyncio.shield(write)

    async def discard(self, unique_id: str, reason: str) -> None:
        """Stop delivering ``unique_id`` anywhere ("Not me"): unfinished deliveries become DISCARDED.

        Deliveries that already finished (sent, rejected, expired) keep their state;
        a request already in flight may still end as SENT, and is then recorded so.
        """
        now = self._clock()
        changed = await self._db.run(partial(_discard_rows, unique_id=unique_id, reason=reason, now=now))
        for destination in changed:
            current = self._statuses.get(unique_id, {}).get(destination)
            if current is None or not current.state.final:
                self._finish(unique_id, DeliveryStatus(destination, DeliveryState.DISCARDED, reason))
        for queue in self._queues.values():
            queue.forget(unique_id)

    async def requeue(self, unique_id: str, destination: str | None = None) -> tuple[DeliveryStatus, ...]:
        """Queue ``unique_id`` again where it was rejected, expired or waits for re-authentication.

        A trainer's "resend", at every destination or only ``destination``. Such a
        delivery becomes PENDING with a fresh retry count and is attempted at once if
        its member's session is in memory; without one it waits as NEEDS_REAUTH until
        the member's next measurement here revives it. A delivery still too old for its
        destination stays as it is. Sent, discarded and in-flight deliveries are left
        alone. Returns the resulting status of each delivery it considered.
        """
        if destination is not None and destination not in self._queues:
            raise ValueError(f"no outbox destination is called {destination!r}")
        names = list(self._queues) if destination is None else [destination]
        await self._writer.drain()  # outcomes decided in memory must be on disk before we look
        now = self._clock()
        oldest_ms = {name: _oldest_accepted_ms(self._max_age[name], now) for name in names}
        rows = await self._db.run(
            partial(_requeue_rows, unique_id=unique_id, oldest_ms=oldest_ms, now=now, session_keys=set(self._sessions))
        )
        for user_id, status in rows:
            self._track(unique_id, _session_key(user_id, unique_id), status.destination, status)
        self._wake_all()
        return tuple(status for _, status in rows)

    async def deliver_now(self, unique_id: str, timeout_s: float) -> tuple[DeliveryStatus, ...]:
        """Attempt delivery everywhere right now and return each destination's first outcome.

        Destinations that do not answer within ``timeout_s`` keep the item queued and
        report PENDING with reason "offline" ("rate-limited" while a rate limit is in force).
        """
        statuses = self._statuses.get(unique_id)
        if not statuses:
            return ()
        has_session = self._session_key_of.get(unique_id, _session_key(None, unique_id)) in self._sessions
        requests: dict[str, asyncio.Future[DeliveryStatus]] = {}
        for name, status in statuses.items():
            queue = self._queues.get(name)
            if queue is not None:
                requests[name] = queue.request_attempt(unique_id, status, has_session, running=self._started)
        pending_requests = [future for future in requests.values() if not future.done()]
        if pending_requests:
            await asyncio.wait(pending_requests, timeout=max(0.0, timeout_s))
        results: list[DeliveryStatus] = []
        for name, status in self.statuses_by_destination(unique_id).items():
            future = requests.get(name)
            if future is None:
                results.append(status)
            elif future.done() and not future.cancelled():
                results.append(future.result())
            else:
                self._queues[name].drop_request(unique_id, future)
                reason = MessageCode.RATE_LIMITED if self._queues[name].paused_for() > 0 else MessageCode.OFFLINE
                results.append(DeliveryStatus(name, PENDING, reason.value))
        return tuple(results)

    def statuses(self, unique_id: str) -> tuple[DeliveryStatus, ...]:
        """Where ``unique_id`` stands at each destination.

        Answered from memory: items captured or still unfinished since start-up, and
        recently finished ones. Older history is in :mod:`kiosk.outbox.history`.
        """
        return tuple(self.statuses_by_destination(unique_id).values())

    def statuses_by_destination(self, unique_id: str) -> dict[str, DeliveryStatus]:
        """Like :meth:`statuses`, keyed by destination name, configured destinations first."""
        known = self._statuses.get(unique_id, {})
        ordered = {name: known[name] for name in self._queues if name in known}
        ordered.update({name: status for name, status in known.items() if name not in ordered})
        return ordered

    def subscribe(self, callback: Callable[[str, DeliveryStatus], None]) -> Callable[[], None]:
        """Call ``callback(unique_id, status)`` on every state change; returns the unsubscribe function."""
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

        return unsubscribe

    async def stats(self) -> OutboxStats:
        """Counts per destination and state, and the oldest unfinished item's age (from the database)."""
        await self._writer.drain()
        return await outbox_stats(self._db, now=self._clock())

    async def start(self) -> None:
        """Recover from the last run and start one worker per destination.

        Items left SENDING by a crash go back to PENDING. Unfinished items with no
        session in memory wait as NEEDS_REAUTH until their member taps again.
        """
        if self._started:
            return
        if self._vault is not None:
            for key, session in (await asyncio.to_thread(self._vault.load_all)).items():
                self._sessions.setdefault(key, session)
        now = self._clock()
        rows = await self._db.run(partial(_recover, now=now, session_keys=set(self._sessions)))
        for count, (unique_id, user_id, status) in enumerate(rows, 1):
            self._track(unique_id, _session_key(user_id, unique_id), status.destination, status)
            if count % _TRACK_CHUNK == 0:
                await asyncio.sleep(0)  # a long backlog must not hold up the screen
        for key in [key for key in self._sessions if key not in self._items_of_key]:
            self._drop_session(key)
            self._purge_from_vault(key)
        self._started = True
        for queue in self._queues.values():
            queue.start()

    async def aclose(self) -> None:
        """Stop the workers. Requests in flight are abandoned and their items re-queued.

        The database stays open; its owner closes it.
        """
        await self._held.aclose()
        if not self._started:
            await self._writer.drain()
            return
        self._started = False
        abandoned: list[_Outcome] = []
        for queue in self._queues.values():
            abandoned.extend(await queue.stop())
        for outcome in abandoned:
            self._record(outcome)
        await self._writer.drain()
        await asyncio.gather(*self._vault_purges, return_exceptions=True)

    def _captured(self, unique_id: str, key: str, write: asyncio.Task[_Stored]) -> None:
        """A capture's write finished (maybe long after its caller left): track it, or let go of its session."""
        if write.cancelled() or write.exception() is not None:
            if not self._statuses.get(unique_id):
                self._release_session(unique_id)
            return
        rows, revived = write.result()
        for destination, status in rows:
            self._track(unique_id, key, destination, status)
        for revived_id, destination in revived:
            self._track(revived_id, key, destination, DeliveryStatus(destination, PENDING))
        self._wake_all()

    # --- used by the destination queues ------------------------------------------

    async def _claim(
        self, queue: "_DestinationQueue", limit: int, priority: list[str]
    ) -> tuple[list[_Claimed], float | None]:
        """Claim up to ``limit`` items for ``queue``; returns them and when the next waiting one is due.

        Waiting items too old for the destination become EXPIRED (checked at most
        every ``_IDLE_RECHECK_S`` for items not due yet, and for every claimed item).
        """
        now = self._clock()
        max_age = self._max_age[queue.name]
        expire_before_ms = None if max_age is None else int((now - max_age) * 1000)
        expired_detail = "" if max_age is None else f"older than {max_age / 86_400:g} days"
        sweep = expire_before_ms is not None and now >= queue.next_sweep_at
        if sweep:
            queue.next_sweep_at = now + _IDLE_RECHECK_S
        result = await self._db.run(
            partial(
                _claim_rows,
                destination=queue.name,
                now=now,
                limit=limit,
                priority=priority,
                expire_before_ms=expire_before_ms if sweep else None,
                expired_detail=expired_detail,
            )
        )
        for unique_id in result.expired:
            self._finish(unique_id, DeliveryStatus(queue.name, DeliveryState.EXPIRED, None, expired_detail))
        claimed: list[_Claimed] = []
        for batch in result.batches:
            for unique_id, kind, timestamp_ms, values, device_model, user_id, attempts in json.loads(batch):
                if expire_before_ms is not None and timestamp_ms < expire_before_ms:
                    too_old = DeliveryState.EXPIRED
                    self._record(_Outcome(unique_id, queue.name, too_old, attempts, None, None, expired_detail))
                    continue
                try:
                    measurement = Measurement(kind, values, unique_id, timestamp_ms, device_model)
                except ValueError:
                    log.error("outbox %s: stored measurement %s is unreadable; marked rejected", queue.name, unique_id)
                    self._record(_Outcome(unique_id, queue.name, DeliveryState.REJECTED, attempts, None,
                                          MessageCode.REJECTED.value, _UNREADABLE))
                    continue
                claimed.append(_Claimed(measurement, user_id, attempts))
        return claimed, result.next_due

    def _session_for(self, unique_id: str, user_id: str | None, destination: str) -> MemberSession | None:
        """The member's session as ``destination`` uses it: its own copy of the tapped one.

        A destination renews tokens in place; with a copy each, two platforms (or two
        EGYM accounts) never overwrite each other's tokens. A new tap starts new copies.
        """
        key = self._session_key_of.get(unique_id) or _session_key(user_id, unique_id)
        tapped = self._sessions.get(key)
        if tapped is None:
            return None
        copied = self._own_sessions.get((destination, key))
        if copied is None or copied[0] is not tapped:
            copied = (tapped, dataclasses.replace(tapped))
            self._own_sessions[(destination, key)] = copied
        return copied[1]

    def _record(self, outcome: _Outcome) -> None:
        """Apply an attempt's outcome in memory now; it reaches the disk with the next batch."""
        statuses = self._statuses.get(outcome.unique_id)
        current = statuses.get(outcome.destination) if statuses else None
        if current is not None and current.state is DeliveryState.DISCARDED and outcome.state is not DeliveryState.SENT:
            self._queues[outcome.destination].resolve(outcome.unique_id, current)
            return
        self._writer.add(outcome)
        self._finish(outcome.unique_id, outcome.status)

    def _finish(self, unique_id: str, status: DeliveryStatus) -> None:
        """An attempt (or the queue) decided ``status``: apply it and answer deliver_now callers."""
        self._set_status(unique_id, status, resolve=True)
        if status.state in _FINAL:
            self._forget_if_finished(unique_id)

    # --- bookkeeping -------------------------------------------------------------

    def _track(self, unique_id: str, key: str, destination: str, status: DeliveryStatus) -> None:
        if not status.state.final:
            self._hold_session(unique_id, key)
            self._finished.pop(unique_id, None)
        self._set_status(unique_id, status)
        self._forget_if_finished(unique_id)

    def _hold_session(self, unique_id: str, key: str) -> None:
        self._session_key_of[unique_id] = key
        self._items_of_key.setdefault(key, set()).add(unique_id)

    def _release_session(self, unique_id: str) -> None:
        """The item needs no session any more; the last item of a member drops the member's session."""
        key = self._session_key_of.pop(unique_id, None)
        if key is None:
            return
        items = self._items_of_key.get(key, set())
        items.discard(unique_id)
        if not items:
            self._items_of_key.pop(key, None)
            self._drop_session(key)
            if self._vault is not None:
                task = asyncio.get_running_loop().create_task(self._purge_once_recorded(key))
                self._vault_purges.add(task)
                task.add_done_callback(self._vault_purges.discard)

    def _drop_session(self, key: str) -> None:
        self._sessions.pop(key, None)
        for destination in self._queues:
            self._own_sessions.pop((destination, key), None)

    async def _purge_once_recorded(self, key: str) -> None:
        """Forget ``key``'s re-authentication data once the outcomes that finished its items are on disk.

        Until then a crash would send those items again after the restart, which needs it.
        """
        await self._writer.drain()
        if key not in self._sessions:  # a new capture for the member keeps it
            self._purge_from_vault(key)

    async def _keep_in_vault(self, key: str, session: MemberSession) -> None:
        """Store the session's re-authentication data; without it a restart means NEEDS_REAUTH."""
        if self._vault is None:
            return
        try:
            await asyncio.to_thread(self._vault.store, key, session)
        except Exception as exc:  # the measurement still gets captured; only unattended re-auth is lost
            log.error("could not keep re-authentication data for a restart (%s)", type(exc).__name__)

    def _purge_from_vault(self, key: str) -> None:
        if self._vault is None:
            return
        try:
            self._vault.purge(key)
        except OSError as exc:
            log.error("could not delete re-authentication data (%s)", type(exc).__name__)

    def _set_status(self, unique_id: str, status: DeliveryStatus, resolve: bool = False) -> None:
        statuses = self._statuses.setdefault(unique_id, {})
        changed = statuses.get(status.destination) != status
        statuses[status.destination] = status
        if resolve and status.destination in self._queues:
            self._queues[status.destination].resolve(unique_id, status)
        if changed:
            for callback in list(self._subscribers):
                try:
                    callback(unique_id, status)
                except Exception as exc:  # a broken listener must not stop deliveries
                    log.error("outbox listener failed: %s", type(exc).__name__)

    def _forget_if_finished(self, unique_id: str) -> None:
        statuses = self._statuses.get(unique_id)
        if not statuses or not all(status.state in _FINAL for status in statuses.values()):
            return
        self._release_session(unique_id)
        self._finished[unique_id] = None
        self._finished.move_to_end(unique_id)
        while len(self._finished) > _RECENT_FINISHED:
            old_id, _ = self._finished.popitem(last=False)
            self._statuses.pop(old_id, None)

    def _after_flush(self, destinations: set[str]) -> None:
        for name in destinations:
            if name in self._queues:
                self._queues[name].wake()

    def _wake_all(self) -> None:
        for queue in self._queues.values():
            queue.wake()


class _DestinationQueue:
    """One destination's queue: a worker task keeping up to ``concurrency`` items in flight.

    The worker claims due items from disk in batches (one transaction each) into
    ``_ready``; a finishing attempt starts the next ready item straight away.
    """

    def __init__(self, outbox: Outbox, destination: MeasurementDestination, concurrency: int) -> None:
        self.name = destination.name
        self._destination = destination
        self._outbox = outbox
        self._concurrency = concurrency
        self._batch = max(_CLAIM_BATCH, concurrency)
        self._wake = asyncio.Event()
        self._priority: dict[str, None] = {}  # deliver_now requests not yet claimed, in order
        self._ready: OrderedDict[str, _Claimed] = OrderedDict()  # claimed (SENDING), waiting for a slot
        self._in_flight: dict[str, tuple[_Claimed, asyncio.Task[None]]] = {}
        self._requests: dict[str, list[asyncio.Future[DeliveryStatus]]] = {}
        self._sending = DeliveryStatus(self.name, SENDING)
        self._paused_until = 0.0
        self.next_sweep_at = 0.0  # when to next look for waiting items that became too old
        self._worker: asyncio.Task[None] | None = None

    def start(self) -> None:
        work = keep_running(self._run, f"outbox {self.name} delivery worker", self._release_stranded)
        self._worker = asyncio.get_running_loop().create_task(work, name=f"outbox-{self.name}")

    async def _release_stranded(self) -> None:
        """After a failed worker run: items it claimed but never started go back to PENDING."""
        busy = [*self._ready, *self._in_flight]
        await self._outbox._db.run(partial(_release_sending, destination=self.name, busy=busy,
                                           now=self._outbox._clock()))

    async def stop(self) -> list[_Outcome]:
        """Cancel the worker and every request in flight; returns outcomes putting those items back."""
        tasks = [task for _, task in self._in_flight.values()]
        if self._worker is not None:
            tasks.append(self._worker)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._worker = None
        abandoned = self._unclaim([item for item, _ in self._in_flight.values()] + list(self._ready.values()))
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
        return max(0.0, self._paused_until - self._outbox._clock())

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
                timeout = min(paused, _IDLE_RECHECK_S)  # a long pause in short naps: no timer too long for Qt
            elif len(self._ready) <= self._batch // 2 or self._priority:
                priority = list(self._priority)[: self._batch]
                try:
                    claimed, next_due = await self._outbox._claim(self, self._batch - len(self._ready), priority)
                except Exception as exc:  # keep the worker alive; the rows are still on disk
                    log.error("outbox %s could not read its queue (%s: %s)", self.name, type(exc).__name__, exc)
                    claimed, next_due = [], self._outbox._clock() + _STORAGE_RETRY_S
                for unique_id in priority:
                    self._priority.pop(unique_id, None)
                self._take(claimed, set(priority))
                if claimed:
                    continue
                timeout = _IDLE_RECHECK_S
                if next_due is not None:
                    timeout = min(timeout, max(0.0, next_due - self._outbox._clock()))
            try:  # asyncio.timeout, unlike wait_for on 3.11, never swallows a cancellation
                async with asyncio.timeout(timeout):
                    await self._wake.wait()
            except TimeoutError:
                pass

    def _take(self, claimed: list[_Claimed], priority: set[str]) -> None:
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
            self._outbox._set_status(unique_id, self._sending)

    def _unclaim(self, items: list[_Claimed], reason: str | None = None, detail: str = "") -> list[_Outcome]:
        """Outcomes that put claimed-but-unsent items back in the queue, their attempt count unchanged."""
        now, retry, max_age = self._outbox._clock(), self._outbox._retry, self._outbox._max_age[self.name]
        wait = max(0.0, self._paused_until - now)
        return [
            _Outcome(item.measurement.unique_id, self.name, PENDING, item.attempts,
                     retry.next_attempt_at(item.measurement.timestamp_ms, now, wait, max_age), reason, detail)
            for item in items
        ]

    async def _attempt(self, item: _Claimed) -> None:
        outcome = await self._submit(item)
        self._in_flight.pop(item.measurement.unique_id, None)
        if outcome.state is not DeliveryState.SENT:
            level = logging.INFO if outcome.state is PENDING else logging.WARNING
            log.log(level, "outbox %s: measurement %s is %s (%s) %s", self.name, outcome.unique_id,
                    outcome.state.value, outcome.reason, outcome.detail)
        self._outbox._record(outcome)
        if outcome.reason == MessageCode.RATE_LIMITED.value and self._ready:
            # The whole queue waits out the rate limit; items claimed ahead go back to PENDING.
            waiting, self._ready = list(self._ready.values()), OrderedDict()
            for put_back in self._unclaim(waiting, outcome.reason, outcome.detail):
                self._outbox._record(put_back)
        self._fill_slots()
        if len(self._ready) <= self._batch // 2:
            self._wake.set()  # time to claim more

    async def _submit(self, item: _Claimed) -> _Outcome:
        """Make one attempt and translate what happened into the item's next state."""
        unique_id = item.measurement.unique_id
        attempts = item.attempts + 1
        retry = self._outbox._retry

        def outcome(
            state: DeliveryState,
            reason: MessageCode | None = None,
            detail: str = "",
            delay_s: float | None = None,
            field_errors: tuple[FieldError, ...] = (),
        ) -> _Outcome:
            next_at = None
            if delay_s is not None:  # never past the item's age limit: a last try comes before it
                next_at = retry.next_attempt_at(item.measurement.timestamp_ms, self._outbox._clock(), delay_s,
                                                self._outbox._max_age[self.name])
            code = None if reason is None else reason.value
            return _Outcome(unique_id, self.name, state, attempts, next_at, code, detail, field_errors)

        session = self._outbox._session_for(unique_id, item.user_id, self.name)
        if session is None:  # e.g. after a restart: wait until the member taps again
            return _Outcome(unique_id, self.name, NEEDS_REAUTH, item.attempts, None, MessageCode.AUTH.value)
        try:
            await self._destination.submit(item.measurement, session)
        except Rejected as exc:
            field_errors = tuple(exc.field_errors)
            return outcome(DeliveryState.REJECTED, MessageCode.REJECTED, exc.message, field_errors=field_errors)
        except PermissionDenied as exc:
            return outcome(DeliveryState.REJECTED, MessageCode.PERMISSION, exc.message)
        except RateLimited as exc:
            wait_s = retry.rate_limit_wait_s(exc.retry_after, attempts)  # Retry-After, up to the ceiling
            limited = outcome(PENDING, MessageCode.RATE_LIMITED, exc.message, wait_s)
            self._paused_until = max(self._paused_until, limited.next_attempt_at or 0.0)
            return limited
        except AuthExpired as exc:
            return outcome(NEEDS_REAUTH, MessageCode.AUTH, exc.message, retry.reauth_delay_s)
        except BadReply as exc:
            return outcome(PENDING, MessageCode.SERVER_REPLY, exc.message, retry.backoff_s(attempts))
        except Transient as exc:
            return outcome(PENDING, MessageCode.OFFLINE, exc.message, retry.backoff_s(attempts))
        except CloudError as exc:
            return outcome(PENDING, MessageCode.SERVER_REPLY, exc.message, retry.backoff_s(attempts))
        except Exception as exc:  # a bug in a destination must not lose the item or stop the queue
            log.error("outbox %s: submit failed unexpectedly (%s); will retry", self.name, type(exc).__name__)
            return outcome(PENDING, MessageCode.SERVER_REPLY, type(exc).__name__, retry.backoff_s(attempts))
        return outcome(DeliveryState.SENT)


class _OutcomeWriter:
    """Writes attempt outcomes in batches, so a busy queue costs one commit per batch, not per item.

    An outcome waits at most ``_WRITE_DELAY_S`` (or until ``_WRITE_BATCH`` have
    gathered) before it is committed. Losing that window in a power cut only means
    the items are sent once more after the restart, which destinations de-duplicate.
    """

    def __init__(self, db: Database, clock: Callable[[], float], on_flushed: Callable[[set[str]], None]) -> None:
        self._db = db
        self._clock = clock
        self._on_flushed = on_flushed
        self._rows: list[_Outcome] = []
        self._hurry = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def add(self, outcome: _Outcome) -> None:
        self._rows.append(outcome)
        if len(self._rows) >= _WRITE_BATCH:
            self._hurry.set()
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._flush(), name="outbox-writer")

    async def drain(self) -> None:
        """Return once everything added so far is on disk (or reported as unwritable)."""
        while self._task is not None and not self._task.done():
            self._hurry.set()
            await asyncio.shield(self._task)

    async def _flush(self) -> None:
        while self._rows:
            try:
                async with asyncio.timeout(_WRITE_DELAY_S):
                    await self._hurry.wait()
            except TimeoutError:
                pass
            self._hurry.clear()
            rows, self._rows = self._rows, []
            try:
                await self._db.run(partial(_write_outcomes, outcomes=rows, now=self._clock()))
            except (StorageError, OSError) as exc:
                # The rows stay SENDING on disk, so after a restart they are sent again (de-duplicated).
                log.error("could not record %d delivery outcomes: %s", len(rows), exc)
            self._on_flushed({row.destination for row in rows})


# --- helpers ----------------------------------------------------------------------


def _concurrency_for(concurrency: int | Mapping[str, int], name: str) -> int:
    value = concurrency.get(name, 4) if isinstance(concurrency, Mapping) else concurrency
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"outbox concurrency for {name!r} must be a whole number >= 1, got {value!r}")
    return value


def _session_key(user_id: str | None, unique_id: str) -> str:
    """Sessions are shared by a member's items; items of an unknown member keep their own."""
    return f"user:{user_id}" if user_id else f"item:{unique_id}"


# --- on the database thread --------------------------------------------------------

# A claimed batch travels as one JSON text: SQLite builds it in a single step, marks the
# same items SENDING straight from that text, and only the event loop parses it. Work on
# the database thread competes with the event loop for the interpreter (and, on a small
# kiosk CPU, for the core), so it is kept to a few statements per batch.
_BATCH_AS_JSON = (
    "SELECT count(*), json_group_array(json_array(unique_id, kind, timestamp_ms,"
    " CASE WHEN json_valid(values_json) THEN json(values_json) END, device_model, user_id, attempts))"
    " FROM (SELECT m.unique_id, m.kind, m.timestamp_ms, m.values_json, m.device_model, m.user_id, d.attempts"
    f" FROM deliveries d JOIN measurements m USING (unique_id) WHERE d.destination = ? AND d.state IN {_WAITING}"
    " AND {condition})"
)
_REQUESTED = "d.unique_id IN (SELECT value FROM json_each(?))"
_DUE = "d.next_attempt_at <= ? ORDER BY d.next_attempt_at LIMIT ?"
_MARK_SENDING = (
    "UPDATE deliveries SET state = 'sending', updated_at = ? WHERE destination = ?"
    " AND unique_id IN (SELECT json_extract(value, '$[0]') FROM json_each(?))"
)


_Stored = tuple[list[tuple[str, DeliveryStatus]], list[tuple[str, str]]]  # a capture's rows and revived items


def _store_capture(
    conn: sqlite3.Connection,
    *,
    measurement: Measurement,
    member_label: str,
    user_id: str | None,
    destinations: list[str],
    now: float,
    first_attempt_at: float,
) -> _Stored:
    """Insert the measurement and its delivery rows; revive the member's items awaiting re-auth."""
    unique_id = measurement.unique_id
    conn.execute(
        "INSERT OR IGNORE INTO measurements (unique_id, kind, timestamp_ms, values_json, device_model, member_label,"
        " user_id, captured_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            unique_id,
            measurement.kind,
            measurement.timestamp_ms,
            json.dumps(measurement.values, allow_nan=False),
            measurement.device_model,
            member_label,
            user_id,
            now,
        ),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO deliveries (unique_id, destination, state, next_attempt_at, updated_at)"
        " VALUES (?, ?, 'pending', ?, ?)",
        [(unique_id, destination, first_attempt_at, now) for destination in destinations],
    )
    revived: list[tuple[str, str]] = []
    if user_id:
        revived = conn.execute(
            "UPDATE deliveries SET state = 'pending', next_attempt_at = ?, last_error_reason = NULL,"
            " last_error_detail = '', updated_at = ? WHERE state = 'needs-reauth' AND unique_id != ? AND EXISTS"
            " (SELECT 1 FROM measurements m WHERE m.unique_id = deliveries.unique_id AND m.user_id = ?)"
            " RETURNING unique_id, destination",
            (now, now, unique_id, user_id),
        ).fetchall()
    rows = conn.execute(
        "SELECT destination, state, last_error_reason, last_error_detail FROM deliveries WHERE unique_id = ?",
        (unique_id,),
    ).fetchall()
    statuses = [(destination, DeliveryStatus(destination, DeliveryState(state), reason, detail))
                for destination, state, reason, detail in rows]
    return statuses, [(revived_id, destination) for revived_id, destination in revived]


def _claim_rows(
    conn: sqlite3.Connection,
    *,
    destination: str,
    now: float,
    limit: int,
    priority: list[str],
    expire_before_ms: int | None,
    expired_detail: str,
) -> _ClaimResult:
    """Mark up to ``limit`` items SENDING, requested ones first, then the oldest due; return them as JSON.

    With ``expire_before_ms``, waiting items that old become EXPIRED first (due or not).
    """
    expired: list[str] = []
    if expire_before_ms is not None:
        expired = [row[0] for row in conn.execute(
            f"UPDATE deliveries SET state = 'expired', next_attempt_at = NULL, last_error_reason = NULL,"
            f" last_error_detail = ?, updated_at = ? WHERE destination = ? AND state IN {_WAITING} AND unique_id IN"
            " (SELECT unique_id FROM measurements WHERE timestamp_ms < ?) RETURNING unique_id",
            (expired_detail, now, destination, expire_before_ms),
        )]
    batches: list[str] = []

    def mark_sending(condition: str, params: tuple) -> int:
        count, batch = conn.execute(_BATCH_AS_JSON.format(condition=condition), (destination, *params)).fetchone()
        if count:
            conn.execute(_MARK_SENDING, (now, destination, batch))
            batches.append(batch)
        return count

    if priority:
        limit -= mark_sending(_REQUESTED, (json.dumps(priority),))
    if limit > 0:
        mark_sending(_DUE, (now, limit))
    next_due = None
    if not batches:  # only an idle worker needs to know when to look again
        next_due = conn.execute(
            f"SELECT MIN(next_attempt_at) FROM deliveries WHERE destination = ? AND state IN {_WAITING}", (destination,)
        ).fetchone()[0]
    return _ClaimResult(batches, expired, next_due)


def _set_state(
    conn: sqlite3.Connection, destination: str, unique_ids: list[str], assignments: str, values: tuple
) -> None:
    """``UPDATE deliveries SET <assignments>`` for these items at ``destination``, a few hundred per statement."""
    for start in range(0, len(unique_ids), _SQL_CHUNK):
        chunk = unique_ids[start : start + _SQL_CHUNK]
        marks = ",".join("?" * len(chunk))
        conn.execute(
            f"UPDATE deliveries SET {assignments} WHERE destination = ? AND unique_id IN ({marks})",
            (*values, destination, *chunk),
        )


def _write_outcomes(conn: sqlite3.Connection, *, outcomes: list[_Outcome], now: float) -> None:
    """Store outcomes; a DISCARDED row only changes again to record that it was in fact SENT.

    Successes, the bulk of the work, are written with one statement per destination.
    """
    sent: dict[str, list[str]] = {}
    for o in outcomes:
        if o.state is DeliveryState.SENT:
            sent.setdefault(o.destination, []).append(o.unique_id)
    for destination, unique_ids in sent.items():
        _set_state(
            conn, destination, unique_ids,
            "state = 'sent', attempts = attempts + 1, next_attempt_at = NULL, last_error_reason = NULL,"
            " last_error_detail = '', field_errors = '[]', updated_at = ?",
            (now,),
        )
    conn.executemany(
        "UPDATE deliveries SET state = ?, attempts = ?, next_attempt_at = ?, last_error_reason = ?,"
        " last_error_detail = ?, field_errors = ?, updated_at = ?"
        " WHERE unique_id = ? AND destination = ? AND (state != 'discarded' OR ? = 'sent')",
        [
            (o.state.value, o.attempts, o.next_attempt_at, o.reason, o.detail, encode_field_errors(o.field_errors),
             now, o.unique_id, o.destination, o.state.value)
            for o in outcomes
            if o.state is not DeliveryState.SENT
        ],
    )


def _release_sending(conn: sqlite3.Connection, *, destination: str, busy: list[str], now: float) -> None:
    """SENDING rows at ``destination`` that no attempt holds (``busy``) become PENDING, due now."""
    conn.execute(
        "UPDATE deliveries SET state = 'pending', next_attempt_at = ?, updated_at = ? WHERE destination = ?"
        " AND state = 'sending' AND unique_id NOT IN (SELECT value FROM json_each(?))",
        (now, now, destination, json.dumps(busy)),
    )


def _discard_rows(conn: sqlite3.Connection, *, unique_id: str, reason: str, now: float) -> list[str]:
    return [row[0] for row in conn.execute(
        "UPDATE deliveries SET state = 'discarded', next_attempt_at = NULL, last_error_reason = ?,"
        " last_error_detail = '', updated_at = ? WHERE unique_id = ?"
        " AND state IN ('pending', 'sending', 'needs-reauth') RETURNING destination",
        (reason, now, unique_id),
    )]


def _oldest_accepted_ms(max_age_s: float | None, now: float) -> int | None:
    return None if max_age_s is None else int((now - max_age_s) * 1000)


def _requeue_rows(
    conn: sqlite3.Connection, *, unique_id: str, oldest_ms: dict[str, int | None], now: float, session_keys: set[str]
) -> list[tuple[str | None, DeliveryStatus]]:
    """Reset this item's rejected, expired and needs-reauth rows at these destinations (see Outbox.requeue)."""
    marks = ",".join("?" * len(oldest_ms))
    rows = conn.execute(
        "SELECT d.destination, d.state, d.last_error_reason, d.last_error_detail, m.user_id, m.timestamp_ms"
        " FROM deliveries d JOIN measurements m USING (unique_id) WHERE d.unique_id = ?"
        f" AND d.destination IN ({marks}) AND d.state IN ('rejected', 'expired', 'needs-reauth')",
        (unique_id, *oldest_ms),
    ).fetchall()
    results: list[tuple[str | None, DeliveryStatus]] = []
    for destination, state, reason, detail, user_id, timestamp_ms in rows:
        oldest = oldest_ms[destination]
        if oldest is not None and timestamp_ms < oldest:
            results.append((user_id, DeliveryStatus(destination, DeliveryState(state), reason, detail)))
            continue
        if _session_key(user_id, unique_id) in session_keys:
            status, next_attempt_at = DeliveryStatus(destination, PENDING), now
        else:
            status, next_attempt_at = DeliveryStatus(destination, NEEDS_REAUTH, MessageCode.AUTH.value), None
        conn.execute(
            "UPDATE deliveries SET state = ?, attempts = 0, next_attempt_at = ?, last_error_reason = ?,"
            " last_error_detail = '', field_errors = '[]', updated_at = ? WHERE unique_id = ? AND destination = ?",
            (status.state.value, next_attempt_at, status.reason, now, unique_id, destination),
        )
        results.append((user_id, status))
    return results


def _recover(
    conn: sqlite3.Connection, *, now: float, session_keys: set[str]
) -> list[tuple[str, str | None, DeliveryStatus]]:
    """Put SENDING rows back to PENDING; rows whose member has no session here wait as NEEDS_REAUTH."""
    conn.execute("UPDATE deliveries SET state = 'pending', next_attempt_at = ?, updated_at = ? WHERE state = 'sending'",
                 (now, now))
    rows = conn.execute(
        "SELECT d.unique_id, m.user_id, d.destination, d.state, d.last_error_reason, d.last_error_detail"
        f" FROM deliveries d JOIN measurements m USING (unique_id) WHERE d.state IN {_WAITING}"
    ).fetchall()
    orphans = [(unique_id, destination) for unique_id, user_id, destination, *_ in rows
               if _session_key(user_id, unique_id) not in session_keys]
    conn.executemany(
        "UPDATE deliveries SET state = 'needs-reauth', next_attempt_at = NULL, last_error_reason = 'auth',"
        " updated_at = ? WHERE unique_id = ? AND destination = ?",
        [(now, unique_id, destination) for unique_id, destination in orphans],
    )
    orphaned = set(orphans)
    recovered = []
    for unique_id, user_id, destination, state, reason, detail in rows:
        if (unique_id, destination) in orphaned:
            state, reason = NEEDS_REAUTH.value, MessageCode.AUTH.value
        recovered.append((unique_id, user_id, DeliveryStatus(destination, DeliveryState(state), reason, detail)))
    return recovered
