"""Points, activity level (incl. 403), history paging and every error class, over HTTP against the sandbox."""
from __future__ import annotations

import pytest

from hardware.events import CardCredential
from kiosk.cloud.egym.sandbox.members import DEMO_MEMBERS, DemoMember
from kiosk.cloud.egym.sandbox.standalone import StandaloneState
from kiosk.cloud.egym.standalone.client import StandaloneClient
from kiosk.cloud.errors import AuthExpired, NotRegistered, PermissionDenied, RateLimited, Rejected, Transient
from tests.kiosk.cloud.egym.standalone.support import Factory, card_of

HISTORY_MEMBER = DEMO_MEMBERS[0]
NO_LEVELS_MEMBER = DEMO_MEMBERS[2]


async def token_for(client: StandaloneClient, member: DemoMember) -> str:
    return (await client.login(card_of(member))).access_token


async def test_points_today_and_the_activity_level(connect: Factory) -> None:
    client = connect()
    token = await token_for(client, HISTORY_MEMBER)
    assert await client.todays_points(token) == 12
    level = await client.activity_level(token)
    assert level is not None and (level.level, level.to_go) == ("3", 40)


async def test_activity_level_403_means_none(connect: Factory) -> None:
    client = connect()
    assert await client.activity_level(await token_for(client, NO_LEVELS_MEMBER)) is None


async def test_history_is_paged_backwards_by_last_id(connect: Factory, state: StandaloneState) -> None:
    client = connect()
    token = await token_for(client, HISTORY_MEMBER)
    whole = await client.history(token, "body", page_size=3)
    assert len(whole) == 7
    assert [e.id for e in whole] == sorted((e.id for e in whole), reverse=True)  # newest first, none twice
    assert len(await client.history(token, "body", page_size=3, most=5)) == 5
    assert await client.history(token, "cardio") == []


async def test_a_history_page_size_past_the_limit_is_rejected(connect: Factory) -> None:
    client = connect()
    with pytest.raises(Rejected, match="1000"):
        await client.history(await token_for(client, HISTORY_MEMBER), "body", page_size=5000, most=5000)


@pytest.mark.parametrize(
    ("status", "code", "error"),
    [
        (400, None, Rejected),
        (401, None, AuthExpired),
        (403, None, PermissionDenied),
        (404, "USER_NOT_FOUND", PermissionDenied),
        (429, None, RateLimited),
        (500, None, Transient),
        (503, None, Transient),
    ],
)
async def test_every_error_class_of_a_member_call(
    connect: Factory, state: StandaloneState, status: int, code: str | None, error: type
) -> None:
    client = connect()
    token = await token_for(client, HISTORY_MEMBER)
    state.fail_next.append((status, code))
    with pytest.raises(error):
        await client.todays_points(token)


async def test_user_not_found_at_login_is_not_registered_whatever_the_status(
    connect: Factory, state: StandaloneState
) -> None:
    state.fail_next.append((400, "USER_NOT_FOUND"))
    with pytest.raises(NotRegistered):
        await connect().login(CardCredential(HISTORY_MEMBER.uid))
