"""The flow's part for linking the member's accounts at other platforms: a QR code on the greeting.

:class:`AccountLinks` is mixed into :class:`~kiosk.session.flow.SessionFlow`. The greeting lists the
platforms the member may link (from the platform that logged them in: the hub); "Connect" asks for a
link and shows its QR code and matching code while the member signs in on their phone, and the
kiosk follows the link until it is connected, refused or lapsed. The member's session stays open
meanwhile. "Disconnect" unlinks (the hub revokes the tokens at the platform where it can).
"""
from __future__ import annotations

import asyncio
import dataclasses
import logging
from typing import Any

from kiosk.cloud.member_services import AccountLinking
from kiosk.session.state import AccountLinkView, SessionState
from kiosk.session.visit import Visit

logger = logging.getLogger(__name__)

LINK_POLL_S = 2.0  # how often the kiosk asks how the link stands (the member is signing in on the phone)
FINAL_STATUSES = ("linked", "denied", "failed", "expired", "unavailable")
LINKABLE_STATES = (SessionState.PROFILE,)


class AccountLinks:
    """Connect and disconnect the member's accounts, for :class:`SessionFlow` (see the module's docstring)."""

    _account_linking: dict[str, AccountLinking]
    _kind: str
    _visit: Visit | None
    _snapshot: Any

    def connect_account(self, platform: str) -> None:
        """The member tapped "Connect <platform>": a link for their phone, shown as a QR code."""
        visit, linking = self._visit, self._linking_of(self._visit)
        allowed = (self._state in LINKABLE_STATES and visit is not None and linking is not None
                   and self._snapshot.account_link is None and platform in dict(self._snapshot.accounts))
        if self._refuses("connect-account", allowed):
            return
        assert visit is not None and linking is not None
        self._note_activity()
        self._show(account_link=AccountLinkView(platform))
        visit.link_task = self._spawn(self._follow_link(visit, linking, platform))

    def close_account_link(self) -> None:
        """"Cancel" or "OK" on the QR code: back to the greeting (the link lapses by itself at the hub)."""
        visit = self._visit
        if self._refuses("close-account-link", self._snapshot.account_link is not None):
            return
        if visit is not None and visit.link_task is not None:
            visit.link_task.cancel()
            visit.link_task = None
        self._note_activity()
        self._show(account_link=None)

    def disconnect_account(self, platform: str) -> None:
        """The member tapped "Disconnect <platform>"."""
        visit, linking = self._visit, self._linking_of(self._visit)
        linked = dict(self._snapshot.accounts).get(platform) in ("linked", "needs-reconnect")
        if self._refuses("disconnect-account", self._state in LINKABLE_STATES and linking is not None and linked):
            return
        assert visit is not None and linking is not None
        self._note_activity()
        self._spawn(self._unlink(visit, linking, platform))

    def _linking_of(self, visit: Visit | None) -> AccountLinking | None:
        session = visit.member_session if visit is not None else None
        return self._account_linking.get(session.platform) if session is not None else None

    def _load_accounts(self, visit: Visit) -> None:
        """Which platforms the member may link, fetched in the background for the greeting."""
        linking = self._linking_of(visit)
        if linking is not None:
            self._spawn(self._fetch_accounts(visit, linking))

    async def _fetch_accounts(self, visit: Visit, linking: AccountLinking) -> None:
        assert visit.member_session is not None
        try:
            accounts = await linking.accounts(visit.member_session)
        except Exception as error:  # the greeting works without: nothing to connect is shown
            logger.info("the member's linked accounts could not be read (%s)", type(error).__name__)
            return
        if visit is self._visit:
            self._show(accounts=tuple(sorted(accounts.items())))
        if visit is self._visit and self._kind == "cardio" and "linked" in accounts.values():
            await self._fetch_training(visit, linking)

    async def _fetch_training(self, visit: Visit, linking: AccountLinking) -> None:
        """A cardio member's plan for today and their heart-rate zones, from a training platform they linked."""
        assert visit.member_session is not None
        try:
            training = await linking.training_today(visit.member_session)
        except Exception as error:  # the station works without: no plan is shown, heart rate is not coloured
            logger.info("the member's training for today could not be read (%s)", type(error).__name__)
            return
        if visit is self._visit and training is not None:
            self._show(training=training)

    async def _follow_link(self, visit: Visit, linking: AccountLinking, platform: str) -> None:
        assert visit.member_session is not None and visit.profile is not None
        try:
            offer = await linking.start_link(visit.member_session, platform, visit.profile.display_name)
        except Exception as error:
            logger.warning("a link to %s could not be started (%s)", platform, type(error).__name__)
            self._link_shows(visit, platform, status="unavailable")
            return
        self._link_shows(visit, platform, url=offer.url, match_code=offer.match_code, status="waiting")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + offer.expires_in_s + LINK_POLL_S
        status = "waiting"
        while status not in FINAL_STATUSES:
            await asyncio.sleep(LINK_POLL_S)  # the member's pace on their phone, not a synchronisation
            try:
                status = await linking.link_status(offer.link_id)
            except Exception as error:  # keep following: the link lapses at the hub by itself
                logger.info("the link's state could not be read (%s)", type(error).__name__)
                status = "expired" if loop.time() > deadline else status
            if status == "linked":  # the greeting behind the panel lists it as connected when the panel says so
                await self._fetch_accounts(visit, linking)
            if not self._link_shows(visit, platform, status=status):
                return
            self._note_activity()  # the member is busy on their phone: their session stays open
        logger.info("link to %s: %s", platform, status)

    def _link_shows(self, visit: Visit, platform: str, **changes: str) -> bool:
        """Show the link's new state; False once the member has left it (another visit, closed, another screen)."""
        shown = self._snapshot.account_link
        if visit is not self._visit or shown is None or shown.platform != platform:
            return False
        self._show(account_link=dataclasses.replace(shown, **changes))
        return True

    async def _unlink(self, visit: Visit, linking: AccountLinking, platform: str) -> None:
        assert visit.member_session is not None
        try:
            await linking.unlink(visit.member_session, platform)
        except Exception as error:
            logger.warning("unlinking %s failed (%s)", platform, type(error).__name__)
        await self._fetch_accounts(visit, linking)
