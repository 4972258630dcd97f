"""The hub's delivery worker: claims due deliveries from the store and submits them to the platforms.

One per hub process. It wakes when a measurement is accepted (so the member usually sees
"delivered" on the same screen), when a delivery falls due, and every ``poll_s`` to see
work another process left (a lapsed claim). Each claimed delivery goes to the gym's
destination (EGYM's :class:`~kiosk.cloud.egym.integration.EgymIntegration` with its own
re-login and pacing). What a failure means is the destination's
:class:`~kiosk.cloud.base.DeliveryPolicy`; when to try again is the outbox's
:class:`~kiosk.outbox.schedule.DeliverySchedule`, never past the destination's age limit
(EGYM: seven days), after which the delivery has failed for good. A destination members link their
account with (enduco) gets the linked account's session (:mod:`hub.linked_sessions`); a member who
has not linked it gets "unlinked", which the kiosk words as "connect your account".

A failure after which the request may have arrived (the reply was lost) is the ambiguous one:
a destination with its own rule (:class:`~kiosk.cloud.base.ChecksAmbiguousDelivery`) is asked
whether the result is there before anything is sent again. Found: delivered. Not there: sent
again. Cannot be asked: "uncertain", kept for a trainer, never sent twice blindly. A destination
without a rule (EGYM, which de-duplicates by the measurement's id) is simply sent again.
"""
from __future__ import annotations

import asyncio
import logging
import os
import secrets
import socket
import time
from typing import Callable, Mapping

from sqlalchemy.engine import Engine

from hub.gyms import GymPlatforms
from hub.linked_sessions import LinkedSessions
from hub.members import session_for
from hub.store.deliveries import (
    Claim, Outcome, claim_due, mark_sending, next_due_ms, record_outcome, record_outcome_in, release_claims,
)
from hub.store.group_commit import GroupCommit
from hub.store.measurements import FORGOTTEN
from hub.store.sealing import Sealer, UnreadableSeal
from kiosk.cloud.base import (
    AfterAmbiguousFailure, ChecksAmbiguousDelivery, DeliveryPolicy, ErrorMeaning, MeasurementDestination,
)
from kiosk.cloud.errors import AuthExpired, CloudError, Transient
from kiosk.cloud.hub.wire import measurement_from_json
from kiosk.models import Measurement, MemberSession
from kiosk.outbox.schedule import DAY_S, DeliverySchedule

log = logging.getLogger(__name__)

_FINAL = (ErrorMeaning.REFUSED, ErrorMeaning.NOT_PERMITTED)


def claimer_id() -> str:
    """This process's name on its claims: host, pid and a random part (pids repeat after restarts)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{secrets.token_hex(4)}"


class DeliveryWorker:
    """Claims and delivers; ``changed`` is called after every recorded outcome (long-polls wake on it),
    ``on_outcome`` with the destination, the outcome and the seconds since the hub accepted the measurement."""

    def __init__(self, engine: Engine, sealer: Sealer, gyms: Mapping[str, GymPlatforms], *,
                 changed: Callable[[], None] = lambda: None, schedule: DeliverySchedule = DeliverySchedule(),
                 lease_s: float = 120.0, concurrency: int = 32, poll_s: float = 5.0,
                 clock: Callable[[], float] = time.time, linked: LinkedSessions | None = None,
                 on_outcome: Callable[[str, Outcome, float], None] = lambda destination, outcome, age_s: None) -> None:
        self.claimer = claimer_id()
        self._engine = engine
        self._sealer = sealer
        self._gyms = gyms
        self._changed = changed
        self._schedule = schedule
        self._lease_ms = int(lease_s * 1000)
        self._claim_batch = max(1, concurrency // 4)
        self._concurrency = concurrency  # deliveries in flight at once; never more are claimed (a claim waiting
        # for a free slot could outlive its lease and be taken over by another process)
        self._poll_s = poll_s
        self._clock = clock
        # Shared with the API (the kiosk's training view), so that one member's tokens are used one at a time.
        self._linked = linked or LinkedSessions(engine, sealer, lambda: int(self._clock() * 1000))
        self._on_outcome = on_outcome  # (destination, outcome, seconds since accepted): for /metrics
        self._bell = asyncio.Event()
        self._in_flight: set[asyncio.Task[None]] = set()
        # Outcomes of deliveries finishing together share one commit (one disk flush instead of one each).
        self._outcomes: GroupCommit[tuple, bool] = GroupCommit(
            engine, lambda connection, record: record_outcome_in(connection, *record),
            lambda engine, record: record_outcome(engine, *record))

    def wake(self) -> None:
        """Look for due deliveries now (a measurement was accepted or resent)."""
        self._bell.set()

    async def run(self) -> None:
        """Claim and deliver until cancelled; on cancellation, finish nothing more and give the claims back."""
        try:
            while True:
                self._bell.clear()
                free = self._concurrency - len(self._in_flight)
                if free < self._claim_batch and self._in_flight:
                    await self._bell.wait()  # claim when a batch's worth of slots is free: one commit, not one each
                    continue
                claims = await asyncio.to_thread(claim_due, self._engine, self.claimer, self._now_ms(),
                                                 self._lease_ms, free) if free > 0 else []
                for claim in claims:
                    task = asyncio.create_task(self._deliver(claim))
                    self._in_flight.add(task)
                    task.add_done_callback(self._done)
                if len(claims) == free and free > 0:
                    continue  # there may be more due right now
                await self._sleep_until_due()
        finally:
            for task in list(self._in_flight):
                task.cancel()
            await asyncio.gather(*self._in_flight, return_exceptions=True)
            await asyncio.to_thread(release_claims, self._engine, self.claimer)

    def _done(self, task: asyncio.Task[None]) -> None:
        self._in_flight.discard(task)
        self._bell.set()  # a slot is free
        if not task.cancelled() and task.exception() is not None:
            log.error("delivery attempt crashed: %s", type(task.exception()).__name__)

    async def _sleep_until_due(self) -> None:
        due_ms = await asyncio.to_thread(next_due_ms, self._engine)
        wait_s = self._poll_s if due_ms is None else min(self._poll_s, max(0.0, due_ms / 1000 - self._clock()))
        try:
            await asyncio.wait_for(self._bell.wait(), timeout=wait_s)
        except TimeoutError:
            pass

    async def _deliver(self, claim: Claim) -> None:
        outcome, detail, delay_s = await self._attempt(claim)
        now = self._clock()
        next_try_ms = None
        if delay_s is not None:
            timestamp_ms = claim.body.get("timestamp_ms", 0)
            next_at = self._schedule.next_attempt_at(timestamp_ms, now, delay_s, self._max_age_s(claim))
            next_try_ms = int(next_at * 1000)
        recorded = await self._outcomes.write((claim, self.claimer, outcome, detail, int(now * 1000), next_try_ms))
        if recorded:
            self._changed()
            self._on_outcome(claim.destination, outcome, max(0.0, now - claim.accepted_ms / 1000))
        else:
            log.warning("delivery %s to %s: the claim lapsed before its outcome was recorded (lease too short?)",
                        claim.unique_id, claim.destination)

    async def _attempt(self, claim: Claim) -> tuple[Outcome, str, float | None]:
        """(outcome, detail, seconds until the next try or None) of one attempt at ``claim``."""
        gym = self._gyms.get(claim.gym)
        destination = gym.destinations.get(claim.destination) if gym else None
        if destination is None:
            return "retrying", f"{claim.destination} is not configured for gym {claim.gym!r} on this hub", \
                self._schedule.cap_s
        if claim.member == FORGOTTEN:
            return "failed", "the member's login was forgotten once the result was settled; measure again", None
        try:
            measurement = measurement_from_json(claim.body, claim.unique_id)
            document = self._sealer.open(claim.member)
            session = session_for(document, claim.destination)
        except UnreadableSeal:  # kept: the hub key it was sealed with may come back
            log.error("delivery %s: the member's stored login cannot be opened with this hub key", claim.unique_id)
            return "retrying", "the hub key cannot open the member's stored login: restore the hub.key it was " \
                               "sealed with", self._schedule.cap_s
        except (ValueError, KeyError, TypeError) as error:
            log.error("delivery %s: the stored measurement cannot be read (%s)", claim.unique_id, type(error).__name__)
            return "failed", "the stored measurement could not be read", None
        policy = destination.delivery_policy
        if policy.max_age_s is not None and self._clock() - measurement.timestamp_ms / 1000 > policy.max_age_s:
            return "failed", f"older than {policy.max_age_s / DAY_S:g} days", None
        if gym is not None and claim.destination in gym.linking:  # the member's own account there, if linked
            try:
                key = await self._linked.member_key(gym, document)
            except CloudError as error:  # the member could not be logged in for now: asked again later
                return "retrying", f"finding the member's linked account failed: {error.message}", \
                    self._schedule.backoff_s(claim.attempts + 1)
            if key is None:
                return "unlinked", "the member has not connected their account there", None
            async with self._linked.one_at_a_time(claim.gym, key, claim.destination):
                found = await self._linked.session(gym, document, claim.destination, key)
                if found is None:
                    return "unlinked", "the member has not connected their account there", None
                return await self._try(destination, measurement, found[0], claim, key)
        return await self._try(destination, measurement, session, claim, None)

    async def _try(self, destination: MeasurementDestination, measurement: Measurement, session: MemberSession,
                   claim: Claim, linked_key: str | None) -> tuple[Outcome, str, float | None]:
        """Check first after a lost reply, else send; a linked account's refreshed tokens are kept."""
        tokens = (session.access_token, session.refresh_token)
        try:
            if claim.state == "checking" and isinstance(destination, ChecksAmbiguousDelivery):
                return await self._check(destination, measurement, session, claim)
            return await self._send(destination, measurement, session, claim, linked_key)
        finally:
            if linked_key is not None and (session.access_token, session.refresh_token) != tokens:
                await self._linked.keep(claim.gym, linked_key, session)  # the destination refreshed them

    async def _send(self, destination: MeasurementDestination, measurement: Measurement, session: MemberSession,
                    claim: Claim, linked_key: str | None) -> tuple[Outcome, str, float | None]:
        if isinstance(destination, ChecksAmbiguousDelivery):  # no idempotency key: a crash mid-send must not resend
            if not await asyncio.to_thread(mark_sending, self._engine, claim, self.claimer, self._now_ms()):
                return "retrying", "the claim lapsed before sending", self._schedule.cap_s
        try:
            await destination.submit(measurement, session)
        except CloudError as error:
            if linked_key is not None and isinstance(error, AuthExpired):
                if claim.attempts == 0:  # another hub process may have just rotated the tokens: once more first
                    return "retrying", "the linked account's tokens were refused; trying once more", \
                        self._schedule.backoff_s(1)
                await self._linked.needs_reconnect(claim.gym, linked_key, claim.destination)
                return "unlinked", "the member must reconnect their account there", None
            if (isinstance(error, Transient) and error.maybe_processed
                    and isinstance(destination, ChecksAmbiguousDelivery)):
                log.info("delivery %s to %s: the reply was lost; asking whether it arrived", claim.unique_id,
                         claim.destination)
                return await self._check(destination, measurement, session, claim)
            return self._failure(error, destination.delivery_policy, claim.attempts + 1)
        except Exception as error:  # a bug in a destination must neither lose the measurement nor stop the worker
            log.error("delivery %s to %s failed unexpectedly (%s)", claim.unique_id, claim.destination,
                      type(error).__name__)
            return "retrying", type(error).__name__, self._schedule.backoff_s(claim.attempts + 1)
        log.info("delivered %s to %s", claim.unique_id, claim.destination)
        return "delivered", "", None

    def _failure(self, error: CloudError, policy: DeliveryPolicy, attempts: int) -> tuple[Outcome, str, float | None]:
        meaning = policy.meaning(error)
        if meaning in _FINAL:
            return "failed", error.message, None
        if meaning is ErrorMeaning.SLOW_DOWN:
            return "retrying", error.message, self._schedule.rate_limit_wait_s(getattr(error, "retry_after", None),
                                                                               attempts)
        return "retrying", error.message, self._schedule.backoff_s(attempts)

    async def _check(self, destination: ChecksAmbiguousDelivery, measurement: Measurement, session: MemberSession,
                     claim: Claim) -> tuple[Outcome, str, float | None]:
        """After a lost reply: the destination's own rule says whether the result arrived; never a blind resend."""
        attempts = claim.attempts + 1
        try:
            found = await destination.after_ambiguous_failure(measurement, session)
        except CloudError as error:  # asked again at the next attempt, still before any resend
            return "checking", f"the reply was lost and asking whether it arrived failed: {error.message}", \
                self._schedule.backoff_s(attempts)
        name = destination.name
        if found is AfterAmbiguousFailure.DELIVERED:
            log.info("delivery %s: found at %s after its reply was lost", claim.unique_id, name)
            return "delivered", "found there after the reply was lost", None
        if found is AfterAmbiguousFailure.NOT_DELIVERED:
            return "retrying", "the reply was lost and it did not arrive: sending again", self._schedule.backoff_s(attempts)
        log.warning("delivery %s: %s cannot say whether it arrived; a trainer decides", claim.unique_id, name)
        return "uncertain", "the reply was lost and this platform cannot be asked whether it arrived: " \
                            "check there, then resend or discard", None

    def _max_age_s(self, claim: Claim) -> float | None:
        gym = self._gyms.get(claim.gym)
        destination = gym.destinations.get(claim.destination) if gym else None
        return destination.delivery_policy.max_age_s if destination else None

    def _now_ms(self) -> int:
        return int(self._clock() * 1000)
