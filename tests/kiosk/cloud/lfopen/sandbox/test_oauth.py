"""The emulation's OAuth side over real HTTP, beyond what the linking tests drive: refusals of the authorize
page, revoke by GET, and parameters in the query string as LFopen's samples send them."""
from __future__ import annotations

import httpx

from kiosk.cloud.lfopen.sandbox import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from tests.kiosk.cloud.lfopen.conftest import REDIRECT_URI, decide, link


async def test_the_authorize_page_refuses_an_unknown_client(sandbox) -> None:
    async with httpx.AsyncClient() as http:
        answer = await http.get(f"{sandbox.base_url}/web/oauthAuthorize",
                                params={"response_type": "code", "client_id": "someone-else",
                                        "redirect_uri": "https://x.example/cb"})
    assert answer.status_code == 400


async def test_revoke_answers_get_as_well_as_post(client, sandbox) -> None:
    session = await link(client)
    async with httpx.AsyncClient() as http:
        answer = await http.get(f"{sandbox.base_url}/web/revoke", params={"token": session.access_token})
    assert answer.status_code == 200 and session.access_token not in sandbox.state.access_tokens


async def test_token_parameters_may_come_in_the_query_string_and_answer_json(client, sandbox) -> None:
    callback = await decide(client.authorize_url("s", "c", REDIRECT_URI), "approve")
    async with httpx.AsyncClient() as http:
        answer = await http.post(f"{sandbox.base_url}/web/authorizeresponse",
                                 params={"grant_type": "authorization_code", "code": callback["code"],
                                         "client_id": DEMO_CLIENT_ID, "client_secret": DEMO_CLIENT_SECRET})
    assert answer.status_code == 200
    assert answer.json()["token_type"] == "bearer" and answer.json()["expires_in"] == 31_622_400


async def test_without_refresh_tokens_none_is_issued(sandbox, client) -> None:
    sandbox.state.issue_refresh_tokens = False
    assert (await link(client)).refresh_token is None
