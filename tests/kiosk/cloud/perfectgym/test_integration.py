"""Members log in by PerfectGym card: greeting, every refusal reason, visit registration, measuring anyway."""
from __future__ import annotations

import pytest

from hardware.events import CardCredential, WalletCredential, WalletPlatform
from kiosk.cloud.errors import MembershipRefused, NotRegistered, PermissionDenied
from kiosk.cloud.perfectgym import PerfectGymClient, RefusalReason
from kiosk.cloud.perfectgym.integration import PerfectGymIdentity
from kiosk.cloud.perfectgym.sandbox import DEMO_PG_MEMBERS
from tests.kiosk.cloud.perfectgym.conftest import settings_for

ALLOWED = DEMO_PG_MEMBERS[0]
REASONS = {
    "memberIsFrozen": RefusalReason.FROZEN,
    "memberHasNoActiveContract": RefusalReason.NO_ACTIVE_CONTRACT,
    "memberIsBlocked": RefusalReason.BLOCKED,
    "outOfHours": RefusalReason.OUT_OF_HOURS,
    "visitLimitExceeded": RefusalReason.OTHER,
}


def card(member) -> CardCredential:
    return CardCredential(bytes.fromhex(member.card_number))


async def _identity(sandbox, **changes):
    settings = settings_for(sandbox, **changes)
    return PerfectGymIdentity(PerfectGymClient(settings), settings)


async def test_a_member_who_may_enter_is_greeted_by_name(sandbox) -> None:
    identity = await _identity(sandbox)
    session = await identity.login(card(ALLOWED))
    profile = await identity.fetch_profile(session)
    assert (session.platform, session.user_id) == ("perfectgym", str(ALLOWED.member_id))
    assert profile.display_name == f"{ALLOWED.first_name} {ALLOWED.last_name[0]}."
    assert sandbox.state.visits == []  # registering is the gym's choice, off by default


@pytest.mark.parametrize("member", [m for m in DEMO_PG_MEMBERS if m.refusal_flag], ids=lambda m: m.refusal_flag)
async def test_each_refusal_names_its_reason(sandbox, member) -> None:
    identity = await _identity(sandbox, register_visits=True)
    with pytest.raises(MembershipRefused) as raised:
        await identity.login(card(member))
    assert raised.value.reason == REASONS[member.refusal_flag].value
    assert sandbox.state.visits == []  # a refused member's visit is never registered


async def test_a_refused_member_may_still_measure_where_the_gym_allows_it(sandbox) -> None:
    frozen = next(m for m in DEMO_PG_MEMBERS if m.refusal_flag == "memberIsFrozen")
    identity = await _identity(sandbox, measure_when_refused=True)
    session = await identity.login(card(frozen))
    assert identity.refusals[session.user_id].reason is RefusalReason.FROZEN
    assert (await identity.fetch_profile(session)).first_name == frozen.first_name


async def test_the_visit_is_registered_when_the_gym_wants_it(sandbox) -> None:
    identity = await _identity(sandbox, register_visits=True)
    await identity.login(card(ALLOWED))
    assert [(v.member_id, v.club_id) for v in sandbox.state.visits] == [(ALLOWED.member_id, 7)]


async def test_a_wrong_club_is_a_permission_problem_for_the_installer(sandbox) -> None:
    identity = await _identity(sandbox, club_id=99)
    with pytest.raises(PermissionDenied) as raised:
        await identity.login(card(ALLOWED))
    assert "perfectgym.club_id" in str(raised.value)


async def test_a_wallet_pass_is_not_a_perfectgym_card(sandbox) -> None:
    identity = await _identity(sandbox)
    with pytest.raises(NotRegistered):
        await identity.login(WalletCredential("payload", WalletPlatform.APPLE))


async def test_every_call_of_a_login_asks_in_the_club_s_language(sandbox) -> None:
    """The member's language is not known at the tap; PerfectGym's texts are never shown (reasons go by code)."""
    identity = await _identity(sandbox, language="de")
    await identity.login(card(ALLOWED))
    assert sandbox.state.seen_languages and set(sandbox.state.seen_languages) == {"de"}
