"""The flow's part for a platform's member services: its terms, the member's standing, linking a card.

:class:`MemberExtras` is mixed into :class:`~kiosk.session.flow.SessionFlow`; it holds the member's
actions for these and the background work behind them, and relies on the flow's visit, snapshot
and state changes. Each service belongs to the platform that logged the member in
(``MemberSession.platform``); a platform without services shows none of this.

- **Terms**: a member whose platform asks for its terms sees them (TERMS) before anything is
  measured or sent. Accept goes on to the greeting; Decline ends the visit politely, and a
  reading taken meanwhile is thrown away: it was theirs, and they did not agree to send it.
- **Standing**: once the result reached the platform, its points and level are asked for and
  shown on the result; without them the result shows as before.
- **Card linking**: a member who logged in by wallet pass may link a card: confirm, then tap the
  card. A card that belongs to another member is refused, never taken from them.
"""
from __future__ import annotations

import logging
from typing import Any, Sequence

from hardware.events import CardCredential
from kiosk.cloud.member_services import CardLinkOutcome, MemberServices
from kiosk.message_codes import MessageCode
from kiosk.models import MemberProfile
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.session.state import CardLinkStep, SessionState
from kiosk.session.visit import Visit

logger = logging.getLogger(__name__)

DEFAULT_TERMS_LOCALE = "en_US"
CARD_LINK_STATES = (SessionState.PROFILE,)  # the greeting offers "Link a card"
_OUTCOME_STEPS = {
    CardLinkOutcome.LINKED: CardLinkStep.LINKED,
    CardLinkOutcome.ALREADY_YOURS: CardLinkStep.ALREADY_YOURS,
    CardLinkOutcome.REFUSED_OTHER_MEMBER: CardLinkStep.REFUSED,
}


def terms_locale(profile: MemberProfile | None) -> str:
    """The locale the terms are asked for: the member's own (``de_DE``), else English."""
    return (profile.locale if profile and profile.locale else DEFAULT_TERMS_LOCALE).replace("-", "_")


class MemberExtras:
    """Terms, standing and card linking for :class:`SessionFlow` (see the module's docstring)."""

    _services: dict[str, MemberServices]
    _visit: Visit | None
    _snapshot: Any

    # -- the member's actions -----------------------------------------------------------

    def accept_terms(self) -> None:
        """The member tapped "Accept" under the platform's terms."""
        visit = self._visit
        allowed = self._state is SessionState.TERMS and not self._snapshot.terms_sending and visit is not None
        if self._refuses("accept-terms", allowed):
            return
        self._note_activity()
        self._show(terms_sending=True, message=None, message_platform="")
        self._spawn(self._send_acceptance(visit))

    def decline_terms(self) -> None:
        """The member tapped "Decline": the visit ends, and nothing of theirs is sent."""
        visit = self._visit
        if self._refuses("decline-terms", self._state is SessionState.TERMS and not self._snapshot.terms_sending):
            return
        platform = self._platform_of(visit)
        if visit is not None:
            visit.waiting_reading = None  # theirs, taken before they declined: it goes nowhere
        logger.info("the member declined the terms at %s; nothing is measured or sent", platform)
        self._end_visit_declined()
        self._go(SessionState.FAILED, terms=(), message=MessageCode.TERMS_DECLINED, message_platform=platform)

    def offer_card_link(self) -> None:
        """The member tapped "Link a card" on the greeting: explain first, nothing happens yet."""
        allowed = self._state in CARD_LINK_STATES and self._snapshot.can_link_card and self._snapshot.card_link is None
        if not self._refuses("offer-card-link", allowed):
            self._note_activity()
            self._show(card_link=CardLinkStep.CONFIRM)

    def start_card_link(self) -> None:
        """The member confirmed: the next card tapped is linked to them."""
        if not self._refuses("start-card-link", self._snapshot.card_link in (CardLinkStep.CONFIRM, CardLinkStep.FAILED)):
            self._note_activity()
            self._show(card_link=CardLinkStep.WAITING)

    def close_card_link(self) -> None:
        """"Cancel" or "OK": back to the greeting (not while the platform is asked)."""
        step = self._snapshot.card_link
        if not self._refuses("close-card-link", step is not None and step is not CardLinkStep.LINKING):
            self._note_activity()
            self._show(card_link=None)

    # -- used by the flow -----------------------------------------------------------------

    def _platform_of(self, visit: Visit | None) -> str:
        session = visit.member_session if visit is not None else None
        return session.platform if session is not None else ""

    def _services_of(self, visit: Visit | None) -> MemberServices | None:
        return self._services.get(self._platform_of(visit))

    def _takes_card_for_link(self, credential: object) -> bool:
        """True when ``credential`` is the card the member was asked to tap for linking (the flow hands it here)."""
        step, visit = self._snapshot.card_link, self._visit
        if visit is None or not isinstance(credential, CardCredential):
            return False
        if step is CardLinkStep.LINKING:
            return True  # one card at a time; a second tap while asking changes nothing
        if step is not CardLinkStep.WAITING or self._state not in CARD_LINK_STATES:
            return False
        self._note_activity()
        self._show(card_link=CardLinkStep.LINKING)
        self._spawn(self._link_card(visit, credential))
        return True

    async def _fetch_terms(self, visit: Visit, profile: MemberProfile) -> None:
        """Show the platform's terms (TERMS), or say they cannot be shown now (FAILED)."""
        services = self._services_of(visit)
        assert services is not None and visit.member_session is not None
        try:
            terms = await services.terms(visit.member_session, terms_locale(profile))
        except Exception as error:  # without the terms the member cannot agree: nothing may be sent
            if visit is self._visit and self._state is SessionState.IDENTIFYING:
                self._identify_failed(visit, MessageCode.TERMS_UNAVAILABLE, type(error).__name__, services.name)
            return
        if visit is self._visit and self._state is SessionState.IDENTIFYING:
            self._go(SessionState.TERMS, profile=profile, terms=terms)

    async def _send_acceptance(self, visit: Visit) -> None:
        services = self._services_of(visit)
        assert services is not None and visit.member_session is not None
        try:
            await services.accept_terms(visit.member_session, terms_locale(visit.profile))
        except Exception as error:  # the member may try again; nothing was measured yet
            logger.warning("the terms acceptance did not reach %s (%s)", services.name, type(error).__name__)
            if visit is self._visit and self._state is SessionState.TERMS:
                self._show(terms_sending=False, message=MessageCode.TERMS_NOT_SAVED, message_platform=services.name)
            return
        if visit is self._visit and self._state is SessionState.TERMS:
            logger.info("the member accepted the terms at %s", services.name)
            self._greet(visit)

    def _ask_standing(self, visit: Visit, statuses: Sequence[DeliveryStatus]) -> None:
        """Once the result reached the member's platform, ask it for their points and level (once per result)."""
        services = self._services_of(visit)
        if services is None or visit.standing_asked:
            return
        if any(s.destination == services.name and s.state is DeliveryState.SENT for s in statuses):
            visit.standing_asked = True
            self._spawn(self._fetch_standing(visit, services))

    async def _fetch_standing(self, visit: Visit, services: MemberServices) -> None:
        assert visit.member_session is not None
        try:
            standing = await services.standing(visit.member_session)
        except Exception as error:  # a bonus on the result: it shows without
            logger.info("no points or level from %s (%s)", services.name, type(error).__name__)
            return
        if visit is self._visit and self._state in (SessionState.SUBMITTING, SessionState.DONE):
            self._show(standing=standing)

    async def _link_card(self, visit: Visit, card: CardCredential) -> None:
        services = self._services_of(visit)
        assert services is not None and visit.member_session is not None
        try:
            step = _OUTCOME_STEPS[await services.link_card(visit.member_session, card)]
        except Exception as error:  # nothing changed at the platform; the member may try again
            logger.warning("linking a card at %s failed (%s)", services.name, type(error).__name__)
            step = CardLinkStep.FAILED
        logger.info("card linking: %s", step.value)
        if visit is self._visit and self._snapshot.card_link is CardLinkStep.LINKING:
            self._show(card_link=step)
