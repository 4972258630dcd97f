"""The durable outbox: every captured measurement reaches every destination exactly once.

A capture is written to SQLite (fsynced) before :meth:`Outbox.capture` returns,
with one delivery row per destination; a write the disk refuses (full, failing)
is held in memory and retried until it succeeds (:mod:`kiosk.outbox.held`).
Its first attempt comes from
:meth:`Outbox.deliver_now` (the member confirmed), or from the background once
``DeliverySchedule.confirm_wait_s`` has passed. Each destination has its own queue and
worker task (:mod:`kiosk.outbox.queue`), so a slow or failing platform never holds up
another. A worker claims due items oldest first (marking them SENDING on disk), submits
up to ``concurrency`` different items at once, and records each outcome. Outcomes are
written in small batches (:mod:`kiosk.outbox.store`); if the process dies before one is
written, the item is simply sent again after the restart, which is harmless because
the destination de-duplicates on ``uniqueMeasurementId``.

Each destination logs the member in to its own platform and never sees another
platform's tokens (:mod:`kiosk.outbox.sessions`). Sessions live in memory, per member
(by the kiosk's member key, :mod:`kiosk.outbox.members`) and destination, so a member
who taps again revives their items that were waiting for re-authentication. With a
:class:`~kiosk.outbox.credential_vault.CredentialVault` what re-authentication needs
is also kept encrypted on disk until the member's last item is finished, so a restarted
kiosk logs members in again by itself.
Nothing here logs tokens, credentials, names or measurement values.
"""
from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from functools import partial
from typing import TYPE_CHECKING, Callable, Mapping, Sequence

from kiosk.cloud.base import MeasurementDestination
from kiosk.listeners import add_listener
from kiosk.message_codes import MessageCode
from kiosk.models import Measurement, MemberSession
from kiosk.outbox.history import OutboxStats
from kiosk.outbox.items import Claimed, Outcome
from kiosk.outbox.members import MemberKeys, session_owner
from kiosk.outbox.policy import AttemptPolicy
from kiosk.outbox.queue import DestinationQueue
from kiosk.outbox.schedule import DeliverySchedule
from kiosk.outbox.sessions import MemberSessions
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.outbox.store import MemberLink, OutboxStore, Stored
from kiosk.storage import Database

if TYPE_CHECKING:
    from kiosk.outbox.credential_vault import CredentialVault

log = logging.getLogger(__name__)

PENDING = DeliveryState.PENDING
_FINAL = frozenset(state for state in DeliveryState if state.final)
_RECENT_FINISHED = 2_000  # finished items whose statuses stay answerable from memory
_TRACK_CHUNK = 500  # recovered items taken into memory between two turns of the event loop


class Outbox:
    """Stores captured measurements and delivers them to every destination, retrying as needed.

    ``retry`` is the delivery schedule of every queue. ``concurrency`` is how many
    different items one destination may have in flight at once: one number for all,
    or a mapping from destination name (default 4). ``vault`` keeps each member's
    re-authentication data encrypted while they have unfinished items, so a restart
    does not leave them waiting as NEEDS_REAUTH.
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
        self._schedule = retry or DeliverySchedule()
        self._clock = clock
        self._store = OutboxStore(db, clock, self._after_flush)
        self._member_keys = MemberKeys(db)
        self._sessions = MemberSessions(names, vault, self._store.drain)
        self._queues = {
            destination.name: DestinationQueue(
                destination, _concurrency_for(concurrency, destination.name), host=self, store=self._store,
                policy=AttemptPolicy(destination.name, destination.delivery_policy, self._schedule, clock), clock=clock,
            )
            for destination in destinations
        }
        self._statuses: dict[str, dict[str, DeliveryStatus]] = {}
        self._finished: OrderedDict[str, None] = OrderedDict()
        self._subscribers: list[Callable[[str, DeliveryStatus], None]] = []
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

        ``session`` is the one the member tapped, at the platform that logged them in.
        The first attempt is made by :meth:`deliver_now`; if that never comes, the
        background worker sends it after ``DeliverySchedule.confirm_wait_s``. Capturing
        the same ``unique_id`` again is harmless. A member's new session
        also revives their older items that were waiting for re-authentication.
        When the disk refuses the write (full, failing), the measurement is kept in
        memory and written again with backoff until it is stored: ``on_delayed()``
        is called once, and this returns only when it is on disk. Cancelling the
        caller does not stop that. Raises StorageError if it could not be written for
        another reason; nothing was queued then.
        """
        unique_id = measurement.unique_id
        member_key = await self._member_keys.key_for(session)
        owner = session_owner(member_key, unique_id)
        self._sessions.tapped(owner, session, unique_id)  # before awaiting, so finishing items cannot drop it
        link = MemberLink(session.platform, session.user_id, member_key) if member_key and session.user_id else None
        try:
            await self._sessions.keep_in_vault(owner)
            write = self._store.capture(
                measurement, member_label=str(member_label), member=link, destinations=list(self._queues),
                first_attempt_at=self._clock() + self._schedule.confirm_wait_s, on_delayed=on_delayed,
            )
        except BaseException:
            if not self._statuses.get(unique_id):
                self._sessions.release(unique_id)
            raise
        write.add_done_callback(partial(self._captured, unique_id, owner))
        await asyncio.shield(write)

    async def discard(self, unique_id: str, reason: str) -> None:
        """Stop delivering ``unique_id`` anywhere ("Not me"): unfinished deliveries become DISCARDED.

        Deliveries that already finished (sent, rejected, expired) keep their state;
        a request already in flight may still end as SENT, and is then recorded so.
        """
        for destination in await self._store.discard(unique_id, reason):
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
        await self._store.drain()  # outcomes decided in memory must be on disk before we look
        now = self._clock()
        oldest_ms = {name: self._queues[name].policy.oldest_accepted_ms(now) for name in names}
        rows = await self._store.requeue(unique_id, oldest_ms, self._sessions.owners_with_session())
        for member_key, status in rows:
            self._track(unique_id, session_owner(member_key, unique_id), status)
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
        has_session = self._sessions.has_session(unique_id)
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
        return add_listener(self._subscribers, callback)

    async def member_key(self, session: MemberSession) -> str | None:
        """The kiosk's key of the member ``session`` logged in, if this kiosk holds results of theirs."""
        return await self._member_keys.existing_key(session)

    async def stats(self) -> OutboxStats:
        """Counts per destination and state, and the oldest unfinished item's age (from the database)."""
        return await self._store.stats()

    async def start(self) -> None:
        """Recover from the last run and start one worker per destination.

        Items left SENDING by a crash go back to PENDING. Unfinished items with no
        session in memory wait as NEEDS_REAUTH until their member taps again.
        """
        if self._started:
            return
        await self._sessions.restore(self._member_keys)
        rows = await self._store.recover(self._sessions.owners_with_session())
        for count, (unique_id, member_key, status) in enumerate(rows, 1):
            self._track(unique_id, session_owner(member_key, unique_id), status)
            if count % _TRACK_CHUNK == 0:
                await asyncio.sleep(0)  # a long backlog must not hold up the screen
        self._sessions.let_go_of_unused()
        self._started = True
        for queue in self._queues.values():
            queue.start()

    async def aclose(self) -> None:
        """Stop the workers. Requests in flight are abandoned and their items re-queued.

        The database stays open; its owner closes it.
        """
        await self._store.stop_holding()
        if not self._started:
            await self._store.drain()
            return
        self._started = False
        abandoned: list[Outcome] = []
        for queue in self._queues.values():
            abandoned.extend(await queue.stop())
        for outcome in abandoned:
            self.record(outcome)
        await self._store.drain()
        await self._sessions.aclose()

    # --- the destination queues' host (kiosk.outbox.queue.QueueHost) ------------

    def session_for(self, item: Claimed, destination: str) -> MemberSession | None:
        return self._sessions.session_for(item.measurement.unique_id, item.member_key, destination)

    def record(self, outcome: Outcome) -> None:
        """Apply an attempt's outcome in memory now; it reaches the disk with the next batch."""
        statuses = self._statuses.get(outcome.unique_id)
        current = statuses.get(outcome.destination) if statuses else None
        if current is not None and current.state is DeliveryState.DISCARDED and outcome.state is not DeliveryState.SENT:
            self._queues[outcome.destination].resolve(outcome.unique_id, current)
            return
        self._store.write_later(outcome)
        self._finish(outcome.unique_id, outcome.status)

    def settle(self, unique_id: str, status: DeliveryStatus) -> None:
        self._finish(unique_id, status)

    def show(self, unique_id: str, status: DeliveryStatus) -> None:
        self._set_status(unique_id, status)

    # --- bookkeeping -------------------------------------------------------------

    def _captured(self, unique_id: str, owner: str, write: asyncio.Task[Stored]) -> None:
        """A capture's write finished (maybe long after its caller left): track it, or let go of its session."""
        if write.cancelled() or write.exception() is not None:
            if not self._statuses.get(unique_id):
                self._sessions.release(unique_id)
            return
        rows, revived = write.result()
        for _, status in rows:
            self._track(unique_id, owner, status)
        for revived_id, destination in revived:
            self._track(revived_id, owner, DeliveryStatus(destination, PENDING))
        self._wake_all()

    def _finish(self, unique_id: str, status: DeliveryStatus) -> None:
        """An attempt (or the queue) decided ``status``: apply it and answer deliver_now callers."""
        self._set_status(unique_id, status, resolve=True)
        if status.state in _FINAL:
            self._forget_if_finished(unique_id)

    def _track(self, unique_id: str, owner: str, status: DeliveryStatus) -> None:
        if not status.state.final:
            self._sessions.hold(unique_id, owner)
            self._finished.pop(unique_id, None)
        self._set_status(unique_id, status)
        self._forget_if_finished(unique_id)

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
        self._sessions.release(unique_id)
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


def _concurrency_for(concurrency: int | Mapping[str, int], name: str) -> int:
    value = concurrency.get(name, 4) if isinstance(concurrency, Mapping) else concurrency
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"outbox concurrency for {name!r} must be a whole number >= 1, got {value!r}")
    return value
