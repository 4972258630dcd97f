"""LFopen as a destination: a member's finished cardio result goes to their linked LFconnect account.

THE AMBIGUOUS-FAILURE RULE. LFopen's ``postcardio`` has no idempotency key, so after a send
whose reply was lost (the connection dropped after sending, a timeout) the hub must not simply
send again. LFopen has a results list (``get_manualcardio_results``), so the rule reads it back:

- a workout with the same start time, duration, distance and calories is there: DELIVERED;
- the list reads cleanly and no workout matches: NOT_DELIVERED (safe to send again);
- the list is missing, or a workout with the same values has a date or shape that cannot be
  read: UNCERTAIN (a trainer decides; never sent twice blindly).
Failing to ask at all (the platform unreachable, the token refused) raises, as for ``submit``.
"""
from __future__ import annotations

from typing import Awaitable, Callable, TypeVar

from kiosk.cloud.base import AfterAmbiguousFailure, DeliveryPolicy
from kiosk.cloud.errors import AuthExpired, Rejected, Transient
from kiosk.cloud.lfopen.client import LfopenClient, LfopenProfile
from kiosk.cloud.lfopen.linking import PLATFORM
from kiosk.cloud.lfopen.workout import NotCardio, cardio_workout, row_matches
from kiosk.models import Measurement, MemberSession

# LFopen publishes no age limit for manual workouts; the default policy (no limit) and error meanings apply.
POLICY = DeliveryPolicy(kinds=frozenset({"cardio"}))  # manual cardio workouts only: nothing else is queued for it
T = TypeVar("T")


class LfopenDestination:
    """Delivers cardio results with the member's linked tokens, refreshing them through the session."""

    name = PLATFORM
    delivery_policy = POLICY

    def __init__(self, client: LfopenClient) -> None:
        self._client = client

    async def submit(self, measurement: Measurement, session: MemberSession) -> None:
        """Post the result as a manual cardio workout; other kinds are refused here (Rejected), never sent."""
        try:
            workout = cardio_workout(measurement)
        except NotCardio as refusal:
            raise Rejected(PLATFORM, str(refusal), status=422) from None
        await self._with_token(session, lambda token: self._client.post_cardio(token, workout))

    async def after_ambiguous_failure(self, measurement: Measurement, session: MemberSession) -> AfterAmbiguousFailure:
        """The rule above: read the results list back and look for this workout."""
        try:
            workout = cardio_workout(measurement)
        except NotCardio:
            return AfterAmbiguousFailure.NOT_DELIVERED  # never sent: submit refuses it before any request
        rows = await self._with_token(session, lambda token: self._client.manual_cardio_results(token, workout.started))
        if not isinstance(rows, list):
            return AfterAmbiguousFailure.UNCERTAIN
        answers = [row_matches(workout, row) for row in rows]
        if any(answer is True for answer in answers):
            return AfterAmbiguousFailure.DELIVERED
        if any(answer is None for answer in answers):
            return AfterAmbiguousFailure.UNCERTAIN
        return AfterAmbiguousFailure.NOT_DELIVERED

    async def profile(self, session: MemberSession) -> LfopenProfile:
        """The linked member's display data; records LFopen's user id in ``session``."""
        found = await self._with_token(session, self._client.profile)
        session.user_id = found.user_id
        return found

    async def _with_token(self, session: MemberSession, call: Callable[[str], Awaitable[T]]) -> T:
        """``call(access_token)``, refreshing first when expired and once more if LFopen says the token expired."""
        if session.expired() or not session.access_token:
            await self._refresh(session)
        try:
            return await call(session.access_token)
        except AuthExpired:
            if not session.refresh_token:
                raise
        await self._refresh(session)
        try:
            return await call(session.access_token)
        except AuthExpired:  # a token refreshed a moment ago: not the link's fault, so not "reconnect"
            raise Transient(PLATFORM, "a freshly issued token was refused; trying later") from None

    async def _refresh(self, session: MemberSession) -> None:
        if not session.refresh_token:
            raise AuthExpired(PLATFORM, "no linked tokens: the member links LFconnect again")
        grant = await self._client.refresh(session.refresh_token)
        session.access_token, session.refresh_token = grant.access_token, grant.refresh_token
        session.expires_at_ms = grant.expires_at_ms
