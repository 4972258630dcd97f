"""The standalone flavour's :class:`~kiosk.cloud.member_services.MemberServices`: terms, points, history, cards.

Every call goes through :meth:`EgymIntegration.with_valid_token`, so a lapsed token is renewed
the same way as for a measurement. History comes back in EGYM's metric types and is turned into
the kiosk's field names through the configured metric map (``[egym.metrics.<kind>]``); a metric
the map does not name is left out, as the kiosk would not know how to show it.
"""
from __future__ import annotations

from typing import Sequence

from hardware.events import CardCredential
from kiosk.cloud.egym.integration import EgymIntegration
from kiosk.cloud.egym.replies import PLATFORM
from kiosk.cloud.egym.settings import EgymSettings
from kiosk.cloud.egym.standalone.card_link import link_card
from kiosk.cloud.egym.standalone.client import StandaloneClient
from kiosk.cloud.egym.standalone.terms import terms_paragraphs
from kiosk.cloud.member_services import CardLinkOutcome, PastResult, Standing, TermsParagraph
from kiosk.models import MemberSession

HISTORY_MOST = 20  # as many as the kiosk's own history shows


class StandaloneServices:
    """EGYM's member services on the machine API, for the members EGYM logged in."""

    name = PLATFORM

    def __init__(self, integration: EgymIntegration, client: StandaloneClient, settings: EgymSettings) -> None:
        self._integration = integration
        self._client = client
        self._fields = {kind: {egym: kiosk for kiosk, egym in mapping.items()}
                        for kind, mapping in settings.metric_map.items()}

    async def terms(self, session: MemberSession, locale: str) -> tuple[TermsParagraph, ...]:
        return tuple(terms_paragraphs(await self._client.terms_html(locale)))

    async def accept_terms(self, session: MemberSession, locale: str) -> None:
        await self._integration.with_valid_token(session, lambda token: self._client.accept_terms(token, locale))

    async def standing(self, session: MemberSession) -> Standing:
        points = await self._integration.with_valid_token(session, self._client.todays_points)
        level = await self._integration.with_valid_token(session, self._client.activity_level)
        if level is None:
            return Standing(points_today=points)
        return Standing(points_today=points, level=level.level, points_to_next_level=level.to_go)

    async def history(self, session: MemberSession, kind: str) -> Sequence[PastResult]:
        entries = await self._integration.with_valid_token(
            session, lambda token: self._client.history(token, kind, most=HISTORY_MOST))
        fields = self._fields.get(kind, {})
        results = []
        for entry in reversed(entries):  # EGYM pages newest first; the kiosk shows oldest first
            values = {fields[metric]: value for metric, value in entry.values.items() if metric in fields}
            if values:
                results.append(PastResult(entry.timestamp_ms, values))
        return results

    async def link_card(self, session: MemberSession, card: CardCredential) -> CardLinkOutcome:
        user_id = session.user_id or (await self._integration.fetch_profile(session)).user_id
        return await self._integration.with_valid_token(
            session, lambda token: link_card(self._client, token, user_id, card))
