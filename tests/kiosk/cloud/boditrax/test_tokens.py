"""Boditrax's token endpoint over real HTTP: client credentials, the Linked Account grant (a GET), expiry,
and each refusal turned into what it means for the hub."""
from __future__ import annotations

import time

import pytest

from kiosk.cloud.boditrax.client import BoditraxClient
from kiosk.cloud.errors import AuthExpired, BadReply, RateLimited, Transient
from tests.kiosk.cloud.boditrax.conftest import linked_session, settings_for


async def test_the_linked_account_grant_mints_a_30_minute_member_token(client: BoditraxClient, sandbox) -> None:
    session = await linked_session(client, sandbox)
    username, secret = session.refresh_token.split(":", 1)
    before = time.time() * 1000
    token = await client.member_token(username, secret)
    assert sandbox.state.tokens[token.access_token].member is not None  # a member's token, not the facility's
    assert before + 1800_000 <= token.expires_at_ms <= time.time() * 1000 + 1800_000


async def test_a_linked_account_boditrax_no_longer_knows_means_reconnect(client: BoditraxClient, sandbox) -> None:
    session = await linked_session(client, sandbox)
    username, secret = session.refresh_token.split(":", 1)
    sandbox.state.linked.clear()
    with pytest.raises(AuthExpired, match="invalid_grant") as refused:
        await client.member_token(username, secret)
    assert secret not in str(refused.value) and username not in str(refused.value)


async def test_a_wrong_app_secret_is_the_hub_s_configuration_and_is_retried(sandbox) -> None:
    wrong = BoditraxClient(settings_for(sandbox, client_secret="not-it"))
    try:
        with pytest.raises(Transient, match=r"check \[boditrax\]"):
            await wrong.scanperformer()
    finally:
        await wrong.aclose()


@pytest.mark.parametrize(("status", "error"), [(429, RateLimited), (503, Transient)])
async def test_a_busy_or_failing_token_endpoint_is_retried_later(client: BoditraxClient, sandbox, status: int,
                                                                  error: type) -> None:
    sandbox.state.faults.fail_next(1, status, "/oauth/token")
    with pytest.raises(error) as raised:
        await client.scanperformer()
    if status == 429:
        assert raised.value.retry_after == 3


async def test_an_unreadable_token_reply_is_a_bad_reply(client: BoditraxClient, sandbox) -> None:
    sandbox.state.faults.garbage_next(1, "/oauth/token")
    with pytest.raises(BadReply, match="not JSON"):
        await client.scanperformer()


async def test_the_scan_performer_is_registered_once_with_the_facility_s_token(client: BoditraxClient, sandbox) -> None:
    first, second = await client.scanperformer(), await client.scanperformer()
    assert first == second and sandbox.state.scanperformers == {first: "gym-kiosk hub"}


async def test_a_configured_scan_performer_is_not_registered_again(sandbox) -> None:
    configured = BoditraxClient(settings_for(sandbox, scanperformer_id="sp-77"))
    try:
        assert await configured.scanperformer() == "sp-77"
    finally:
        await configured.aclose()
    assert sandbox.state.scanperformers == {}
