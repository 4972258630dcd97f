"""enduco as a destination: a finished cardio workout uploaded as a FIT file with the member's linked tokens.

The hub gives :meth:`EnducoDestination.submit` the member's enduco session (the linked account's
tokens); an access token about to lapse is refreshed first, and the session is updated in place.
A refresh enduco refuses means the link needs reconnecting (:class:`AuthExpired`).

The ambiguous-failure rule: enduco has no idempotency key and no documented way to list the
workouts it holds, so a workout whose reply was lost is ``UNCERTAIN``: a trainer looks in the
member's enduco and resends or discards it; it is never uploaded twice blindly.
"""
from __future__ import annotations

import logging
import time
from typing import Callable

from kiosk.cloud.base import AfterAmbiguousFailure, DeliveryPolicy
from kiosk.cloud.enduco.client import EnducoClient
from kiosk.cloud.enduco.fit import workout_fit
from kiosk.cloud.enduco.settings import PLATFORM
from kiosk.cloud.errors import AuthExpired, Rejected, Transient
from kiosk.cloud.member_services import TrainingToday
from kiosk.models import Measurement, MemberSession

log = logging.getLogger(__name__)

EXPIRY_MARGIN_MS = 60_000  # refresh a token this close to lapsing rather than send it to die in flight


class EnducoDestination:
    """Implements :class:`MeasurementDestination` and :class:`ChecksAmbiguousDelivery` for enduco."""

    name = PLATFORM
    delivery_policy = DeliveryPolicy(kinds=frozenset({"cardio"}))

    def __init__(self, client: EnducoClient, clock_ms: Callable[[], int] = lambda: int(time.time() * 1000)) -> None:
        self._client = client
        self._clock_ms = clock_ms

    async def submit(self, measurement: Measurement, session: MemberSession) -> None:
        if measurement.kind != "cardio":
            raise Rejected(PLATFORM, f"enduco takes finished cardio workouts, not {measurement.kind} results")
        if not session.access_token and not session.refresh_token:
            raise AuthExpired(PLATFORM, "the member has not connected enduco")
        if session.expired(self._clock_ms(), margin_ms=EXPIRY_MARGIN_MS) and session.refresh_token:
            await self._refresh(session)
        fit = workout_fit(measurement)
        try:
            await self._client.upload(fit, f"{measurement.unique_id}.fit", session.access_token)
        except AuthExpired:  # the token died before its time (enduco revoked or rotated it): refresh once, send again
            if not session.refresh_token:
                raise
            await self._refresh(session)
            try:
                await self._client.upload(fit, f"{measurement.unique_id}.fit", session.access_token)
            except AuthExpired:  # a token refreshed a moment ago: not the link's fault, so not "reconnect"
                raise Transient(PLATFORM, "a freshly issued token was refused; trying later") from None
        log.info("enduco stored a workout")

    async def training_today(self, session: MemberSession) -> TrainingToday:
        """Today's plan and the member's heart-rate zones, with their linked tokens (refreshed as for a workout)."""
        if session.expired(self._clock_ms(), margin_ms=EXPIRY_MARGIN_MS) and session.refresh_token:
            await self._refresh(session)
        try:
            title, minutes = await self._client.planned_today(session.access_token)
        except AuthExpired:
            if not session.refresh_token:
                raise
            await self._refresh(session)
            title, minutes = await self._client.planned_today(session.access_token)
        zones = await self._client.heart_rate_zones(session.access_token)
        return TrainingToday(PLATFORM, title, minutes, zones)

    async def _refresh(self, session: MemberSession) -> None:
        """New tokens into ``session``; AuthExpired when enduco no longer honours the refresh token."""
        tokens = await self._client.refresh(session.refresh_token or "")
        session.access_token, session.expires_at_ms = tokens.access_token, tokens.expires_at_ms or 0
        session.refresh_token = tokens.refresh_token or session.refresh_token

    async def after_ambiguous_failure(self, measurement: Measurement, session: MemberSession) -> AfterAmbiguousFailure:
        return AfterAmbiguousFailure.UNCERTAIN  # no read-back exists (see the module's docstring)
