"""Linking with enduco over HTTP against its emulation: enduco's spellings, PKCE, refresh, revoke, every error."""
from __future__ import annotations

import pytest
from authlib.oauth2.rfc7636 import create_s256_code_challenge

from kiosk.cloud.base import LinkTokens
from kiosk.cloud.enduco.client import EnducoClient
from kiosk.cloud.errors import AuthExpired, PermissionDenied, RateLimited, Rejected, Transient
from kiosk.sandbox import RunningSandbox
from tests.kiosk.cloud.enduco.conftest import REDIRECT_URI, code_from_phone

VERIFIER = "v" * 64


async def linked(client: EnducoClient) -> LinkTokens:
    url = client.authorize_url(state="st-1", code_challenge=create_s256_code_challenge(VERIFIER), redirect_uri=REDIRECT_URI)
    back = await code_from_phone(url)
    assert back["state"] == "st-1"
    return await client.exchange_code(code=back["code"], code_verifier=VERIFIER, redirect_uri=REDIRECT_URI)


async def test_the_authorize_url_asks_for_enducos_scopes_and_the_code_is_exchanged(client: EnducoClient,
                                                                                  enduco: RunningSandbox) -> None:
    url = client.authorize_url(state="s", code_challenge="c", redirect_uri=REDIRECT_URI)
    assert "scope=workouts_write+plans_read+user_read" in url and "client_id=" in url
    tokens = await linked(client)
    assert tokens.access_token in enduco.state.access and tokens.refresh_token in enduco.state.refresh
    assert tokens.expires_at_ms is not None  # about two hours


async def test_a_member_who_cancels_sends_back_access_denied(client: EnducoClient) -> None:
    url = client.authorize_url(state="s2", code_challenge="c", redirect_uri=REDIRECT_URI)
    assert await code_from_phone(url, answer="no") == {"error": "access_denied", "state": "s2"}


async def test_a_code_works_once_and_only_with_its_verifier(client: EnducoClient) -> None:
    url = client.authorize_url(state="s", code_challenge=create_s256_code_challenge(VERIFIER), redirect_uri=REDIRECT_URI)
    code = (await code_from_phone(url))["code"]
    with pytest.raises(AuthExpired):  # invalid_grant: another verifier
        await client.exchange_code(code=code, code_verifier="w" * 64, redirect_uri=REDIRECT_URI)
    with pytest.raises(AuthExpired):  # the code is spent
        await client.exchange_code(code=code, code_verifier=VERIFIER, redirect_uri=REDIRECT_URI)


async def test_refresh_carries_client_id_and_a_revoked_link_cannot_be_refreshed(client: EnducoClient,
                                                                               enduco: RunningSandbox) -> None:
    tokens = await linked(client)
    fresh = await client.refresh(tokens.refresh_token or "")
    assert fresh.access_token != tokens.access_token
    await client.revoke(fresh)
    assert fresh.refresh_token in enduco.state.revoked
    with pytest.raises(AuthExpired):
        await client.refresh(fresh.refresh_token or "")


@pytest.mark.parametrize(("status", "error"), [(401, AuthExpired), (403, PermissionDenied), (429, RateLimited),
                                               (400, Rejected), (500, Transient), (503, Transient)])
async def test_every_error_class(client: EnducoClient, enduco: RunningSandbox, status: int, error: type) -> None:
    tokens = await linked(client)
    enduco.state.fail_next.append(status)
    with pytest.raises(error):
        await client.refresh(tokens.refresh_token or "")


async def test_wrong_client_credentials_are_refused(enduco: RunningSandbox, settings) -> None:  # noqa: ANN001
    import dataclasses

    wrong = EnducoClient(dataclasses.replace(settings, client_secret="not-it"))
    try:
        with pytest.raises(AuthExpired):
            await wrong.refresh("anything")
    finally:
        await wrong.aclose()
