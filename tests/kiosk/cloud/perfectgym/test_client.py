"""The PerfectGym client against the emulation over HTTP: lookup with paging, every error class, no leaks."""
from __future__ import annotations

import logging

import pytest

from kiosk.cloud.errors import AuthExpired, BadReply, NotRegistered, PermissionDenied, RateLimited, Rejected, Transient
from kiosk.cloud.perfectgym import PerfectGymClient
from kiosk.cloud.perfectgym.sandbox import DEMO_CLIENT_SECRET, DEMO_PG_MEMBERS, PAGE_SIZE
from tests.kiosk.cloud.perfectgym.conftest import settings_for

LAST_MEMBER = DEMO_PG_MEMBERS[-1]


async def test_a_card_past_the_first_page_is_found_by_following_next_link(sandbox) -> None:
    assert DEMO_PG_MEMBERS.index(LAST_MEMBER) >= PAGE_SIZE  # the demo data really needs paging
    client = PerfectGymClient(settings_for(sandbox))
    try:
        card = await client.find_card(LAST_MEMBER.card_number)
    finally:
        await client.aclose()
    assert card["memberId"] == LAST_MEMBER.member_id
    assert card["member"]["firstName"] == LAST_MEMBER.first_name


async def test_an_unknown_card_is_not_registered_after_every_page(sandbox) -> None:
    client = PerfectGymClient(settings_for(sandbox))
    try:
        with pytest.raises(NotRegistered):
            await client.find_card("00DEADBEEF")
    finally:
        await client.aclose()
    assert len(sandbox.state.seen_languages) == -(-len(DEMO_PG_MEMBERS) // PAGE_SIZE)


async def test_the_members_language_is_sent_as_accept_language(sandbox) -> None:
    client = PerfectGymClient(settings_for(sandbox))
    try:
        await client.find_card(DEMO_PG_MEMBERS[0].card_number, language="pl")
        await client.validate_visit(DEMO_PG_MEMBERS[0].member_id, language="pl")
    finally:
        await client.aclose()
    assert sandbox.state.seen_languages == ["pl", "pl"]


async def test_a_wrong_secret_is_auth_expired_and_never_in_the_error_or_logs(sandbox, caplog) -> None:
    wrong = "wrong-secret-1234567"
    client = PerfectGymClient(settings_for(sandbox, client_secret=wrong))
    caplog.set_level(logging.DEBUG)
    try:
        with pytest.raises(AuthExpired) as raised:
            await client.find_card(DEMO_PG_MEMBERS[0].card_number)
    finally:
        await client.aclose()
    assert raised.value.status == 401
    assert wrong not in str(raised.value) and wrong not in caplog.text
    assert DEMO_PG_MEMBERS[0].card_number not in str(raised.value)


@pytest.mark.parametrize(("fault", "error"), [
    ("403", PermissionDenied),
    ("404", NotRegistered),
    ("429", RateLimited),
    ("500", Transient),
    ("503", Transient),
    ("garbage", BadReply),
    ("499:InvalidMember", NotRegistered),
    ("499:InvalidClub", PermissionDenied),
    ("499:InvalidClubZone", PermissionDenied),
    ("499:WrongArguments", Rejected),
    ("499:EnterDateInTheFuture", Rejected),
])
async def test_every_error_class_maps_to_a_shared_type(sandbox, fault: str, error: type) -> None:
    sandbox.state.fault = fault
    client = PerfectGymClient(settings_for(sandbox))
    try:
        with pytest.raises(error) as raised:
            await client.validate_visit(DEMO_PG_MEMBERS[0].member_id)
    finally:
        await client.aclose()
    assert DEMO_CLIENT_SECRET not in str(raised.value)
    if fault == "429":
        assert raised.value.retry_after == 3
    if fault.startswith("499:"):
        assert fault[4:] in str(raised.value)


async def test_a_499_with_an_unreadable_code_is_refused_without_quoting_it(sandbox) -> None:
    sandbox.state.fault = "499:"  # the emulation sends an empty code: not an identifier
    client = PerfectGymClient(settings_for(sandbox))
    try:
        with pytest.raises(Rejected) as raised:
            await client.validate_visit(DEMO_PG_MEMBERS[0].member_id)
    finally:
        await client.aclose()
    assert "unreadable" in str(raised.value)


async def test_a_server_that_is_gone_is_transient(sandbox) -> None:
    settings = settings_for(sandbox)
    sandbox.stop()
    client = PerfectGymClient(settings)
    try:
        with pytest.raises(Transient):
            await client.find_card(DEMO_PG_MEMBERS[0].card_number)
    finally:
        await client.aclose()
