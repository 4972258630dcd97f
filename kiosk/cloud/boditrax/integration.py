"""Boditrax as a destination: a member's body-composition result, added as a reading from the hub's scanner.

THE AMBIGUOUS-FAILURE RULE. Adding a reading has no idempotency key, so after a send whose reply
was lost the hub reads the member's readings around that day back (B1's ``readings`` collection):

- a reading from one of this hub's scan performers at the same second with the same values is there: DELIVERED;
- the list reads cleanly and holds no such reading: NOT_DELIVERED (safe to send again);
- the list cannot be read, or a reading in it cannot: UNCERTAIN (a trainer decides; never sent twice blindly).
Failing to ask at all (unreachable, token refused) raises, as for ``submit``.
"""
from __future__ import annotations

from typing import Awaitable, Callable, TypeVar

from kiosk.cloud.base import AfterAmbiguousFailure, DeliveryPolicy
from kiosk.cloud.boditrax.client import BoditraxClient
from kiosk.cloud.boditrax.linking import split_credential
from kiosk.cloud.boditrax.reading import NotBodyComposition, boditrax_values, is_ours, reading_body, taken_at
from kiosk.cloud.boditrax.tokens import PLATFORM
from kiosk.cloud.errors import AuthExpired, Rejected, Transient
from kiosk.models import Measurement, MemberSession

POLICY = DeliveryPolicy(kinds=frozenset({"body"}))  # Boditrax publishes no age limit for readings
T = TypeVar("T")


class BoditraxDestination:
    """Adds readings with the member's linked account, minting their 30-minute token as needed."""

    name = PLATFORM
    delivery_policy = POLICY

    def __init__(self, client: BoditraxClient) -> None:
        self._client = client

    async def submit(self, measurement: Measurement, session: MemberSession) -> None:
        """Add the result as a reading; results that are not body composition are refused here, never sent."""
        values = self._values(measurement)
        body = reading_body(values, measurement, await self._client.scanperformer())
        await self._with_token(session, lambda token: self._client.add_reading(token, body))

    async def after_ambiguous_failure(self, measurement: Measurement, session: MemberSession) -> AfterAmbiguousFailure:
        """The rule above."""
        try:
            values = self._values(measurement)
        except Rejected:
            return AfterAmbiguousFailure.NOT_DELIVERED  # never sent: submit refuses it before any request
        performers = await self._client.our_scanperformers()
        rows = await self._with_token(session, lambda token: self._client.readings_around(token, taken_at(measurement)))
        if rows is None:
            return AfterAmbiguousFailure.UNCERTAIN
        answers = [is_ours(row, measurement, performers, values) for row in rows]
        if any(answer is True for answer in answers):
            return AfterAmbiguousFailure.DELIVERED
        if any(answer is None for answer in answers):
            return AfterAmbiguousFailure.UNCERTAIN
        return AfterAmbiguousFailure.NOT_DELIVERED

    def _values(self, measurement: Measurement) -> dict[str, float]:
        try:
            return boditrax_values(measurement, self._client.settings.fields)
        except NotBodyComposition as refusal:
            raise Rejected(PLATFORM, str(refusal), status=422) from None

    async def _with_token(self, session: MemberSession, call: Callable[[str], Awaitable[T]]) -> T:
        """``call(access_token)``, minting a token first when there is none, and once more if it was refused."""
        if session.expired() or not session.access_token:
            await self._mint(session)
        try:
            return await call(session.access_token)
        except AuthExpired:
            pass
        await self._mint(session)
        try:
            return await call(session.access_token)
        except AuthExpired:  # a token minted a moment ago: not the link's fault, so not "reconnect"
            raise Transient(PLATFORM, "a freshly issued token was refused; trying later") from None

    async def _mint(self, session: MemberSession) -> None:
        username, secret = split_credential(session.refresh_token)
        token = await self._client.member_token(username, secret)
        session.access_token, session.expires_at_ms = token.access_token, token.expires_at_ms
