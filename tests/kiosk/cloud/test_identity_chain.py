"""The identity chain: the first platform that knows the card logs the member in; only "unknown card" asks on."""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from hardware.events import CardCredential, Credential
from kiosk.cloud.errors import CloudError, NotRegistered, PermissionDenied, Transient
from kiosk.cloud.identity_chain import IdentityChain
from kiosk.models import MemberProfile, MemberSession

CARD = CardCredential(bytes.fromhex("04A1B2C3"))


@dataclass
class Provider:
    """A platform that knows some cards, or fails every login with ``failure``."""

    name: str
    knows: bool = False
    failure: CloudError | None = None
    asked: list[Credential] = field(default_factory=list)
    profiles: list[str] = field(default_factory=list)

    async def login(self, credential: Credential) -> MemberSession:
        self.asked.append(credential)
        if self.failure is not None:
            raise self.failure
        if not self.knows:
            raise NotRegistered(self.name, "no such card", 404)
        return MemberSession(self.name, credential, f"{self.name}-token", 2**62)

    async def fetch_profile(self, session: MemberSession) -> MemberProfile:
        self.profiles.append(session.access_token)
        return MemberProfile(user_id=f"{self.name}-member")


async def test_the_first_platform_that_knows_the_card_logs_the_member_in() -> None:
    first, second, third = Provider("egym"), Provider("perfectgym", knows=True), Provider("enduco", knows=True)
    chain = IdentityChain([first, second, third])

    session = await chain.login(CARD)
    profile = await chain.fetch_profile(session)

    assert session.platform == "perfectgym" and profile.user_id == "perfectgym-member"
    assert (first.asked, second.asked, third.asked) == ([CARD], [CARD], [])
    assert second.profiles == ["perfectgym-token"] and first.profiles == []  # the profile comes from who logged in


async def test_a_card_nobody_knows_is_reported_as_the_first_platform_said() -> None:
    first, second = Provider("egym"), Provider("perfectgym")

    with pytest.raises(NotRegistered) as unknown:
        await IdentityChain([first, second]).login(CARD)

    assert unknown.value.platform == "egym"
    assert (first.asked, second.asked) == ([CARD], [CARD])


@pytest.mark.parametrize("failure", [Transient("egym", "offline"), PermissionDenied("egym", "forbidden", 403)])
async def test_any_other_failure_stops_the_chain(failure: CloudError) -> None:
    """The member may belong to the platform that failed: another platform must not log them in instead."""
    first, second = Provider("egym", failure=failure), Provider("perfectgym", knows=True)

    with pytest.raises(type(failure)):
        await IdentityChain([first, second]).login(CARD)

    assert second.asked == []


def test_it_is_named_after_the_platform_asked_first_and_lists_them_in_order() -> None:
    chain = IdentityChain([Provider("egym"), Provider("perfectgym")])
    assert chain.name == "egym" and chain.platforms == ("egym", "perfectgym")


@pytest.mark.parametrize("providers", [[], [Provider("egym"), Provider("egym")]], ids=["none", "twice"])
def test_a_chain_asks_each_platform_once_and_at_least_one(providers: list[Provider]) -> None:
    with pytest.raises(ValueError):
        IdentityChain(providers)
