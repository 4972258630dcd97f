"""Terms as safe text, card linking with its refusal, the machine heartbeat and the credential check."""
from __future__ import annotations

import logging

import pytest

from hardware.events import CardCredential, WalletCredential, WalletPlatform
from kiosk.cloud.egym.check import check_connection
from kiosk.cloud.egym.integration import EgymIntegration
from kiosk.cloud.egym.platform import EGYM
from kiosk.cloud.egym.sandbox.standalone import StandaloneState
from kiosk.cloud.egym.settings import EgymSettings
from kiosk.cloud.egym.sandbox.members import DEMO_MEMBERS
from kiosk.cloud.egym.standalone.card_link import link_card
from kiosk.cloud.egym.standalone.client import StandaloneClient
from kiosk.cloud.egym.standalone.terms import terms_paragraphs
from kiosk.cloud.member_services import CardLinkOutcome, TermsParagraph
from kiosk.cloud.platform import Connection
from tests.kiosk.cloud.egym.standalone.support import ONE_TRY, Factory, card_of, settings

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
        TermsParagraph("Terms", heading=True), TermsParagraph("First & second part."), TermsParagraph("One"), TermsParagraph("Two"),
        TermsParagraph("Last"), TermsParagraph("line"),
    ]


async def test_sandbox_terms_become_paragraphs_in_each_language(connect: Factory) -> None:
    client = connect()
    for locale, heading in (("fr_FR", "Conditions générales (sandbox)"), ("es_ES", "Términos y condiciones (sandbox)")):
        paragraphs = terms_paragraphs(await client.terms_html(locale))
        assert paragraphs[0] == TermsParagraph(heading, heading=True)
        text = " ".join(p.text for p in paragraphs)
        assert "track()" not in text and "https://" not in text  # the page's script and addresses are not kept


async def wallet_login(client: StandaloneClient) -> str:
    grant = await client.login(WalletCredential(WALLET_MEMBER.wallet_payload or "", WalletPlatform.APPLE))
    return grant.access_token


async def test_a_new_card_is_linked_to_the_wallet_member(connect: Factory) -> None:
    client = connect()
    card = CardCredential(bytes.fromhex("99887766"))
    outcome = await link_card(client, await wallet_login(client), WALLET_MEMBER.user_id, card)
    assert outcome is CardLinkOutcome.LINKED
    assert (await client.fetch_user((await client.login(card)).access_token)).profile.user_id == WALLET_MEMBER.user_id


async def test_another_members_card_is_refused_and_stays_theirs(connect: Factory) -> None:
    client = connect()
    outcome = await link_card(client, await wallet_login(client), WALLET_MEMBER.user_id, card_of(OTHER_MEMBER))
    assert outcome is CardLinkOutcome.REFUSED_OTHER_MEMBER
    owner = await client.fetch_user((await client.login(card_of(OTHER_MEMBER))).access_token)
    assert owner.profile.user_id == OTHER_MEMBER.user_id


async def test_the_members_own_card_is_already_theirs(connect: Factory) -> None:
    client = connect()
    outcome = await link_card(client, await wallet_login(client), WALLET_MEMBER.user_id, card_of(WALLET_MEMBER))
    assert outcome is CardLinkOutcome.ALREADY_YOURS


async def test_the_kiosk_schedule_beats_the_machine_heartbeat_and_a_failure_is_logged_once(
    state: StandaloneState, standalone_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    connection = EGYM.connect(settings(base_url=standalone_url), retry=ONE_TRY)
    try:
        assert connection.heartbeat is not None  # the kiosk's heartbeat schedule runs it every minute
        report = {"version": "1", "devices": {}, "queue_depth": 0, "last_error": None}  # the hub's business only
        for _ in range(3):
            await connection.heartbeat(report)
        assert len(state.heartbeats) == 3
        state.fail_next.extend([(500, None), (500, None)])
        await connection.heartbeat(report)
        await connection.heartbeat(report)  # still failing: not logged again
        await connection.heartbeat(report)
    finally:
        await connection.close()
    lines = [record.getMessage() for record in caplog.records if "machine heartbeat" in record.getMessage()]
    assert len(lines) == 2 and "failing" in lines[0] and "works again" in lines[1]
    assert len(state.heartbeats) == 4


def test_the_server_flavour_has_no_machine_heartbeat() -> None:
    server = EgymSettings(base_url="http://127.0.0.1:9", gym_id=1, machine_name="m", api_key="k")
    assert EGYM.connect(server).heartbeat is None


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
