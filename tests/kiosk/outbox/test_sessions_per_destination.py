"""Each destination logs the member in to its own platform: no platform ever receives another's tokens.

Two platforms over in-process HTTP, each recording every Authorization header and
request body it receives and every token it issues: EGYM on its sandbox, and
gymbook, a minimal second platform (tests/kiosk/outbox/gymbook.py). The member taps
in at one of them; the outbox delivers to both, through expired tokens and re-logins.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import AsyncIterator

import httpx
import pytest

from hardware.events import CardCredential, WalletCredential, WalletPlatform
from kiosk.cloud.egym import CallRetry, EgymClient, EgymIntegration, EgymSettings
from kiosk.models import Measurement, MemberSession
from kiosk.outbox.credential_vault import CredentialVault
from kiosk.outbox.outbox import Outbox
from kiosk.outbox.status import DeliveryState
from kiosk.cloud.egym.sandbox import (
    DEMO_API_KEY,
    DEMO_APPLE_PASS_TYPE_ID,
    DEMO_GYM_ID,
    DEMO_MACHINE_NAME,
    DEMO_MEMBERS,
    SandboxState,
    create_app,
)
from tests.kiosk.outbox.gymbook import Gymbook, GymbookServer, Recorder
from tests.kiosk.outbox.support import FAST_RETRY, WAIT_S, member_key_of, weighing

DANA = DEMO_MEMBERS[0]
SENT = DeliveryState.SENT


class TwoPlatforms:
    """EGYM and gymbook, both knowing Dana's card, each behind a recorder."""

    def __init__(self) -> None:
        self.sandbox = SandboxState(issue_refresh_tokens=True)
        self.egym_seen = Recorder(create_app(self.sandbox))
        settings = EgymSettings(base_url="http://egym-sandbox.test", gym_id=DEMO_GYM_ID,
                                machine_name=DEMO_MACHINE_NAME, api_key=DEMO_API_KEY,
                                apple_pass_type_id=DEMO_APPLE_PASS_TYPE_ID)
        self.client = EgymClient(settings, retry=CallRetry(max_attempts=1),
                                 transport=httpx.ASGITransport(app=self.egym_seen))
        self.egym = EgymIntegration(self.client, settings)
        self.server = GymbookServer({DANA.uid: "gb-1001"})
        self.gymbook = Gymbook(self.server)

    @property
    def gymbook_seen(self) -> Recorder:
        return self.server.recorder

    async def tap_at(self, platform: EgymIntegration | Gymbook) -> MemberSession:
        """Dana taps her card; ``platform`` logs her in and greets her."""
        session = await platform.login(CardCredential(DANA.uid))
        await platform.fetch_profile(session)
        return session

    def assert_neither_saw_the_others_tokens(self) -> None:
        assert self.egym_seen.issued and self.gymbook_seen.issued  # both did issue tokens
        assert self.gymbook_seen.saw_any_of(self.egym_seen.issued) == set(), "gymbook received an EGYM token"
        assert self.egym_seen.saw_any_of(self.gymbook_seen.issued) == set(), "EGYM received a gymbook token"

    async def aclose(self) -> None:
        await self.client.aclose()
        await self.gymbook.aclose()


@pytest.fixture
async def two() -> AsyncIterator[TwoPlatforms]:
    platforms = TwoPlatforms()
    yield platforms
    await platforms.aclose()


@pytest.fixture
async def outbox(db, two) -> AsyncIterator[Outbox]:
    """Sends a result when asked to (deliver_now), not by itself in the background meanwhile."""
    box = Outbox(db, [two.egym, two.gymbook], retry=dataclasses.replace(FAST_RETRY, confirm_wait_s=120))
    await box.start()
    yield box
    await box.aclose()


async def deliver(outbox: Outbox, measurement: Measurement) -> None:
    statuses = await outbox.deliver_now(measurement.unique_id, timeout_s=WAIT_S)
    assert [(status.destination, status.state) for status in statuses] == [("egym", SENT), ("gymbook", SENT)]


async def two_results(outbox: Outbox, session: MemberSession) -> tuple[Measurement, Measurement]:
    """The member weighs twice in one visit; both results are queued at once."""
    first, second = weighing(70.1), weighing(70.2)
    await outbox.capture(first, session)
    await outbox.capture(second, session)
    return first, second


async def test_a_member_logged_in_at_egym_is_delivered_to_gymbook_which_never_sees_egyms_tokens(two, outbox) -> None:
    session = await two.tap_at(two.egym)
    tapped_tokens = {session.access_token, session.refresh_token}
    first, second = await two_results(outbox, session)

    await deliver(outbox, first)
    two.sandbox.expire_tokens()
    two.server.expire_tokens()  # both answer 401 now: each logs in again, on its own
    await deliver(outbox, second)

    assert tapped_tokens <= two.egym_seen.issued
    two.assert_neither_saw_the_others_tokens()
    assert two.server.logins == {"card": 1, "refresh": 1}  # from Dana's card, then with its own refresh token
    assert two.gymbook_seen.bearer_tokens() <= two.gymbook_seen.issued
    assert two.sandbox.stats()["loginsByGrantType"] == {"RFID": 1, "REFRESH_TOKEN": 1}  # the tap, then a refresh
    assert [record["member"] for record in two.server.stored] == ["gb-1001", "gb-1001"]
    assert [record["userId"] for record in two.sandbox.measurements()] == [DANA.user_id, DANA.user_id]


async def test_a_member_logged_in_at_gymbook_is_delivered_to_egym_which_never_sees_gymbooks_tokens(two, outbox) -> None:
    session = await two.tap_at(two.gymbook)
    first, second = await two_results(outbox, session)

    await deliver(outbox, first)
    two.sandbox.expire_tokens()
    two.server.expire_tokens()
    await deliver(outbox, second)

    two.assert_neither_saw_the_others_tokens()
    assert two.sandbox.stats()["loginsByGrantType"] == {"RFID": 1, "REFRESH_TOKEN": 1}  # by card, then its own refresh
    assert two.server.logins == {"card": 1, "refresh": 1}  # the tap, then a refresh
    assert [record["userId"] for record in two.sandbox.measurements()] == [DANA.user_id, DANA.user_id]


async def test_a_members_card_and_phone_are_one_member_under_the_kiosks_own_key(db, two) -> None:
    outbox = Outbox(db, [two.egym], retry=FAST_RETRY)
    await outbox.start()
    try:
        by_card = await two.tap_at(two.egym)
        await outbox.capture(weighing(70.1), by_card)
        by_phone = await two.egym.login(WalletCredential(DANA.wallet_payload, WalletPlatform.APPLE))
        await two.egym.fetch_profile(by_phone)
        await outbox.capture(weighing(70.2), by_phone)
        someone_else = await two.egym.login(CardCredential(DEMO_MEMBERS[1].uid))
        await two.egym.fetch_profile(someone_else)
        await outbox.capture(weighing(80.0), someone_else)
    finally:
        await outbox.aclose()

    danas = await member_key_of(db, by_card)
    assert danas is not None and DANA.user_id not in danas  # the kiosk's own key, not EGYM's id
    keys = await db.run(lambda conn: [row[0] for row in conn.execute("SELECT member_key FROM measurements")])
    assert sorted(keys) == sorted([danas, danas, await member_key_of(db, someone_else)]) and len(set(keys)) == 2


async def test_the_vault_keeps_each_destinations_own_re_login_data_and_a_restart_delivers_without_a_tap(
    db, two, tmp_path: Path
) -> None:
    vault = CredentialVault(tmp_path / "vault", tmp_path / "vault.key")
    before = Outbox(db, [two.egym, two.gymbook], retry=FAST_RETRY, vault=vault)  # never started: the kiosk dies
    session = await two.tap_at(two.egym)
    queued = weighing(70.1)
    await before.capture(queued, session)
    await before.aclose()

    entries = vault.load_all()
    owner = f"member:{await member_key_of(db, session)}"
    assert set(entries) == {(owner, "egym"), (owner, "gymbook")}
    assert entries[(owner, "egym")].refresh_token == session.refresh_token
    assert entries[(owner, "gymbook")].refresh_token is None  # gymbook gets the card, never EGYM's token
    assert {entry.credential for entry in entries.values()} == {CardCredential(DANA.uid)}

    after = Outbox(db, [two.egym, two.gymbook], retry=FAST_RETRY, vault=vault)
    await after.start()
    try:
        statuses = await after.deliver_now(queued.unique_id, timeout_s=WAIT_S)
    finally:
        await after.aclose()

    assert [(status.destination, status.state) for status in statuses] == [("egym", SENT), ("gymbook", SENT)]
    two.assert_neither_saw_the_others_tokens()
    assert two.server.logins == {"card": 1}
    assert list((tmp_path / "vault").iterdir()) == []  # purged once delivered everywhere

