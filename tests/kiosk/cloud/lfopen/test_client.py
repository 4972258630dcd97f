"""The LFopen client over real HTTP: the token in the query string only (never in a log line or an error),
the profile, the results list's dates, and every error class of an API call."""
from __future__ import annotations

import io
import logging
from datetime import datetime, timezone

import pytest

from kiosk.cloud.errors import AuthExpired, BadReply, PermissionDenied, RateLimited, Rejected, Transient
from kiosk.cloud.lfopen.client import LfopenClient
from kiosk.cloud.lfopen.sandbox import DEMO_LF_MEMBERS
from kiosk.logsafety import RedactingFilter
from tests.kiosk.cloud.lfopen.conftest import link, settings_for


async def test_a_logged_request_line_shows_no_token(client: LfopenClient) -> None:
    session = await link(client)
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.addFilter(RedactingFilter())
    httpx_log = logging.getLogger("httpx")
    old_level = httpx_log.level
    httpx_log.addHandler(handler)
    httpx_log.setLevel(logging.INFO)
    try:
        await client.profile(session.access_token)
    finally:
        httpx_log.removeHandler(handler)
        httpx_log.setLevel(old_level)
    line = out.getvalue()
    assert "/web/api2/user?access_token=" in line and "200 OK" in line  # httpx did log the request's URL
    for part in session.access_token.split("|"):
        assert part not in line


async def test_an_unknown_token_is_auth_expired_and_the_error_shows_neither_token_nor_url(client) -> None:
    with pytest.raises(AuthExpired) as refused:
        await client.profile("0123456789abcdef0123456789abcdef|feedface")
    assert "feedface" not in str(refused.value) and "access_token" not in str(refused.value)


async def test_the_profile_is_read_as_json(client: LfopenClient) -> None:
    session = await link(client, DEMO_LF_MEMBERS[3])
    profile = await client.profile(session.access_token)
    assert profile.user_id == DEMO_LF_MEMBERS[3].email and profile.last_name == DEMO_LF_MEMBERS[3].last_name
    assert "Ashworth" not in repr(profile)


async def test_the_results_list_is_asked_for_the_days_around_the_workout(client: LfopenClient, sandbox) -> None:
    session = await link(client)
    rows = await client.manual_cardio_results(session.access_token, datetime(2025, 12, 5, 23, 59, tzinfo=timezone.utc))
    assert rows == []


@pytest.mark.parametrize(("status", "error"), [
    (400, Rejected), (401, AuthExpired), (403, PermissionDenied), (404, Rejected), (429, RateLimited),
    (500, Transient), (502, Transient),
])
async def test_every_status_of_an_api_call_becomes_its_type(client, sandbox, status: int, error: type) -> None:
    session = await link(client)
    sandbox.state.faults.fail_next(1, status, "/web/api2/")
    with pytest.raises(error) as failed:
        await client.profile(session.access_token)
    assert type(failed.value) is error
    if status == 429:
        assert failed.value.retry_after == 3


async def test_a_html_page_instead_of_json_is_a_bad_reply(client, sandbox) -> None:
    session = await link(client)
    sandbox.state.faults.garbage_next(1, "/web/api2/")
    with pytest.raises(BadReply):
        await client.profile(session.access_token)


async def test_a_dropped_connection_is_transient(client, sandbox) -> None:
    session = await link(client)
    sandbox.state.faults.drop_next(1, path_prefix="/web/api2/")
    with pytest.raises(Transient, match="could not reach"):
        await client.profile(session.access_token)


async def test_an_unreachable_server_is_transient(sandbox) -> None:
    lfopen = LfopenClient(settings_for(sandbox, base_url="http://127.0.0.1:9/web", timeout_s=2.0))
    try:
        with pytest.raises(Transient):
            await lfopen.profile("whatever-token-value")
    finally:
        await lfopen.aclose()
