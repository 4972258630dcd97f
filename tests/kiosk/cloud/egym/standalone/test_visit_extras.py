"""Terms as safe text, card linking with its refusal, the heartbeat schedule and the credential check."""
from __future__ import annotations

import pytest

from hardware.events import CardCredential, WalletCredential, WalletPlatform
from kiosk.cloud.egym.check import check_connection
from kiosk.cloud.egym.integration import EgymIntegration
from kiosk.cloud.egym.sandbox.members import DEMO_MEMBERS
from kiosk.cloud.egym.sandbox.standalone import StandaloneState
from kiosk.cloud.egym.standalone.card_link import LinkOutcome, link_card
from kiosk.cloud.egym.standalone.client import StandaloneClient
from kiosk.cloud.egym.standalone.heartbeat import Heartbeat
from kiosk.cloud.egym.standalone.terms import Paragraph, terms_paragraphs
from kiosk.cloud.platform import Connection
from tests.kiosk.cloud.egym.standalone.support import Factory, card_of, settings

WALLET_MEMBER = DEMO_MEMBERS[0]
OTHER_MEMBER = DEMO_MEMBERS[1]


def test_terms_keep_only_text_no_script_no_remote_loads() -> None:
    html = (
        '<html><head><title>x</title><script>alert(1)</script></head><body>'
        '<h1>Terms</h1><p>First &amp; <a href="https://evil.example/">second</a> <img src="https://t.example/p.gif">'
        'part.</p><iframe src="https://evil.example/"></iframe><ul><li>One</li><li>Two</li></ul>'
        '<style>p{}</style><p onclick="x()">Last<br>line</p></body></html>'
    )
    assert terms_paragraphs(html) == [
        Paragraph("Terms", heading=True), Paragraph("First & second part."), Paragraph("One"), Paragraph("Two"),
        Paragraph("Last"), Paragraph("line"),
    ]


async def test_sandbox_terms_become_paragraphs_in_each_language(connect: Factory) -> None:
    client = connect()
    for locale, heading in (("fr_FR", "Conditions générales"), ("es_ES", "Términos y condiciones")):
        assert terms_paragraphs(await client.terms_html(locale))[0] == Paragraph(heading, heading=True)


async def wallet_login(client: StandaloneClient) -> str:
    grant = await client.login(WalletCredential(WALLET_MEMBER.wallet_payload or "", WalletPlatform.APPLE))
    return grant.access_token


async def test_a_new_card_is_linked_to_the_wallet_member(connect: Factory) -> None:
    client = connect()
    card = CardCredential(bytes.fromhex("99887766"))
    outcome = await link_card(client, await wallet_login(client), WALLET_MEMBER.user_id, card)
    assert outcome is LinkOutcome.LINKED
    assert (await client.fetch_user((await client.login(card)).access_token)).profile.user_id == WALLET_MEMBER.user_id


async def test_another_members_card_is_refused_and_stays_theirs(connect: Factory) -> None:
    client = connect()
    outcome = await link_card(client, await wallet_login(client), WALLET_MEMBER.user_id, card_of(OTHER_MEMBER))
    assert outcome is LinkOutcome.REFUSED_OTHER_MEMBER
    owner = await client.fetch_user((await client.login(card_of(OTHER_MEMBER))).access_token)
    assert owner.profile.user_id == OTHER_MEMBER.user_id


async def test_the_members_own_card_is_already_theirs(connect: Factory) -> None:
    client = connect()
    outcome = await link_card(client, await wallet_login(client), WALLET_MEMBER.user_id, card_of(WALLET_MEMBER))
    assert outcome is LinkOutcome.ALREADY_YOURS


async def test_the_heartbeat_beats_on_its_schedule_and_records_failures(
    connect: Factory, state: StandaloneState
) -> None:
    client = connect()
    naps: list[float] = []

    async def sleep(seconds: float) -> None:
        naps.append(seconds)
        if len(naps) == 3:
            raise StopAsyncIteration  # ends the otherwise endless schedule after three beats

    heartbeat = Heartbeat(client.heartbeat, interval_s=30.0, sleep=sleep)
    with pytest.raises(StopAsyncIteration):
        await heartbeat.run()
    assert len(state.heartbeats) == 3 and naps == [30.0, 30.0, 30.0]
    state.fail_next.append((500, None))
    assert not (await heartbeat.beat_once()).ok
    assert (await heartbeat.beat_once()).ok


async def test_check_uses_partner_info_and_the_heartbeat(connect: Factory, state: StandaloneState) -> None:
    good = connect()
    ok, detail = await check_connection(Connection(identity=EgymIntegration(good, settings())), settings())
    assert ok and "Sandbox partner" in detail and state.heartbeats
    bad = connect(client_secret="wrong")
    ok, detail = await check_connection(Connection(identity=EgymIntegration(bad, settings())), settings())
    assert not ok and "client credentials" in detail
    unbeating = connect(serial_number="")
    ok, detail = await check_connection(Connection(identity=EgymIntegration(unbeating, settings())), settings())
    assert not ok and "heartbeat failed" in detail
