"""Account linking over real HTTP: authorize page approve/deny, code exchange (JSON and redirect replies),
PKCE, refresh, revoke, and the token endpoint's refusals."""
from __future__ import annotations

import secrets
import time
from urllib.parse import parse_qsl, urlsplit

import pytest

from kiosk.cloud.errors import AuthExpired, RateLimited, Transient
from kiosk.cloud.base import LinkTokens
from kiosk.cloud.lfopen.client import LfopenAccountLinks, LfopenClient
from kiosk.cloud.lfopen.linking import s256_challenge
from kiosk.cloud.lfopen.sandbox import DEMO_LF_MEMBERS
from tests.kiosk.cloud.lfopen.conftest import REDIRECT_URI, decide, link, settings_for


def test_the_authorize_url_carries_client_redirect_and_state_but_no_secret(client: LfopenClient, sandbox) -> None:
    url = urlsplit(client.authorize_url("st-1", "challenge", REDIRECT_URI))
    query = dict(parse_qsl(url.query))
    assert url.path == "/web/oauthAuthorize"
    assert query == {"response_type": "code", "client_id": "lfopen-demo-app", "redirect_uri": REDIRECT_URI,
                     "state": "st-1"}  # PKCE is off by default: LFopen does not document it


async def test_approve_then_exchange_gives_tokens_that_work(client: LfopenClient, sandbox) -> None:
    before_ms = int(time.time() * 1000)
    session = await link(client, DEMO_LF_MEMBERS[1])
    assert session.refresh_token and "|" in session.access_token  # LFopen's tokens carry a "|"
    ttl_ms = int(sandbox.state.token_ttl_s) * 1000
    assert before_ms + ttl_ms <= session.expires_at_ms <= int(time.time() * 1000) + ttl_ms
    profile = await client.profile(session.access_token)
    assert profile.user_id == DEMO_LF_MEMBERS[1].email and profile.first_name == DEMO_LF_MEMBERS[1].first_name


async def test_deny_redirects_with_access_denied_and_issues_no_code(client: LfopenClient, sandbox) -> None:
    callback = await decide(client.authorize_url("st-2", "c", REDIRECT_URI), "deny")
    assert callback["error"] == "access_denied" and callback["state"] == "st-2" and "code" not in callback
    assert sandbox.state.codes == {}


@pytest.mark.parametrize("token_reply", ["redirect", "json"])
async def test_the_token_answer_is_read_from_a_redirect_query_or_from_json(sandbox, token_reply: str) -> None:
    sandbox.state.token_reply = token_reply
    lfopen = LfopenClient(settings_for(sandbox))
    try:
        session = await link(lfopen)
        assert session.access_token in sandbox.state.access_tokens
        assert session.refresh_token in sandbox.state.refresh_tokens
    finally:
        await lfopen.aclose()


async def test_tokens_by_redirect_sends_redirect_uri_and_lfopen_answers_with_a_302(sandbox) -> None:
    lfopen = LfopenClient(settings_for(sandbox, tokens_by_redirect=True))
    try:
        session = await link(lfopen)  # token_reply "as-requested": the redirect_uri makes it a 302
        grant = await lfopen.refresh(session.refresh_token or "")
    finally:
        await lfopen.aclose()
    assert grant.access_token in sandbox.state.access_tokens


async def test_with_pkce_the_verifier_must_match_the_challenge(sandbox) -> None:
    lfopen = LfopenClient(settings_for(sandbox, use_pkce=True))
    verifier = secrets.token_urlsafe(48)
    try:
        callback = await decide(lfopen.authorize_url("s", s256_challenge(verifier), REDIRECT_URI), "approve")
        with pytest.raises(AuthExpired, match="invalid_grant"):
            await lfopen.exchange_code(callback["code"], "another-verifier-" + "x" * 40, REDIRECT_URI)
        callback = await decide(lfopen.authorize_url("s", s256_challenge(verifier), REDIRECT_URI), "approve")
        grant = await lfopen.exchange_code(callback["code"], verifier, REDIRECT_URI)
    finally:
        await lfopen.aclose()
    assert grant.access_token in sandbox.state.access_tokens


async def test_a_code_is_single_use(client: LfopenClient) -> None:
    callback = await decide(client.authorize_url("s", "c", REDIRECT_URI), "approve")
    await client.exchange_code(callback["code"], "v", REDIRECT_URI)
    with pytest.raises(AuthExpired, match="invalid_grant"):
        await client.exchange_code(callback["code"], "v", REDIRECT_URI)


async def test_a_wrong_client_secret_is_refused_without_quoting_it(sandbox) -> None:
    lfopen = LfopenClient(settings_for(sandbox, client_secret="not-the-secret-at-all"))
    try:
        callback = await decide(lfopen.authorize_url("s", "c", REDIRECT_URI), "approve")
        with pytest.raises(AuthExpired, match="invalid_client") as refused:
            await lfopen.exchange_code(callback["code"], "v", REDIRECT_URI)
    finally:
        await lfopen.aclose()
    assert "not-the-secret-at-all" not in str(refused.value) and callback["code"] not in str(refused.value)


async def test_refresh_replaces_both_tokens_and_the_old_ones_stop_working(client: LfopenClient, sandbox) -> None:
    session = await link(client)
    grant = await client.refresh(session.refresh_token or "")
    assert grant.access_token != session.access_token and grant.refresh_token != session.refresh_token
    assert session.access_token not in sandbox.state.access_tokens
    with pytest.raises(AuthExpired):
        await client.refresh(session.refresh_token or "")
    assert (await client.profile(grant.access_token)).user_id == DEMO_LF_MEMBERS[0].email


async def test_revoking_the_access_token_logs_out_but_refresh_still_works(client: LfopenClient) -> None:
    session = await link(client)
    await client.revoke(session.access_token, "access_token")
    with pytest.raises(AuthExpired):
        await client.profile(session.access_token)
    grant = await client.refresh(session.refresh_token or "")
    assert (await client.profile(grant.access_token)).user_id == DEMO_LF_MEMBERS[0].email


async def test_revoking_the_refresh_token_unlinks_and_kills_its_access_tokens(client: LfopenClient) -> None:
    session = await link(client)
    await client.revoke(session.refresh_token or "", "refresh_token")
    with pytest.raises(AuthExpired):
        await client.profile(session.access_token)
    with pytest.raises(AuthExpired, match="link the account again"):
        await client.refresh(session.refresh_token or "")


@pytest.mark.parametrize(("status", "error"), [(429, RateLimited), (503, Transient)])
async def test_token_endpoint_failures_are_typed(client: LfopenClient, sandbox, status: int, error: type) -> None:
    session = await link(client)
    sandbox.state.faults.fail_next(1, status, "/web/refreshaccess")
    with pytest.raises(error):
        await client.refresh(session.refresh_token or "")
    assert (await client.refresh(session.refresh_token or "")).access_token  # the fault was one-shot


async def test_the_hubs_linking_interface_links_and_unlinks_an_lfopen_account(client: LfopenClient) -> None:
    """:class:`LfopenAccountLinks` is what the hub's QR-code linking calls (hub.linking): keywords in, LinkTokens out."""
    links = LfopenAccountLinks(client)
    state, verifier = secrets.token_urlsafe(16), secrets.token_urlsafe(48)
    callback = await decide(links.authorize_url(state=state, code_challenge=s256_challenge(verifier),
                                                redirect_uri=REDIRECT_URI), "approve")
    tokens = await links.exchange_code(code=callback["code"], code_verifier=verifier, redirect_uri=REDIRECT_URI)
    assert isinstance(tokens, LinkTokens) and tokens.refresh_token and tokens.expires_at_ms
    await client.profile(tokens.access_token)  # works while linked
    await links.revoke(tokens)  # the refresh token: unlinked
    with pytest.raises(AuthExpired):
        await client.refresh(tokens.refresh_token)
