"""The member screens name platforms as the registry does, in the member's language, never a fixed "EGYM"."""
from __future__ import annotations

from kiosk.message_codes import MessageCode
from kiosk.models import MemberProfile
from kiosk.session.state import SessionSnapshot, SessionState
from ui.viewmodels.session import SessionViewModel

GERMAN_MEMBER = MemberProfile(user_id="-abc", first_name="Alex", locale="de_DE")


def test_a_message_names_the_platform_it_is_about(qapp, flow) -> None:
    vm = SessionViewModel(flow)
    vm.apply(SessionSnapshot(SessionState.FAILED, message=MessageCode.OFFLINE, message_platform="acmefit"))
    assert vm.property("messageText") == "No connection to Acmefit"  # a platform this kiosk does not list
    vm.apply(SessionSnapshot(SessionState.FAILED, message=MessageCode.OFFLINE))
    assert vm.property("messageText") == "No connection to EGYM"  # about no platform in particular: the kiosk's


def test_the_platforms_name_sits_where_the_members_language_puts_it(qapp, flow) -> None:
    vm = SessionViewModel(flow)
    vm.apply(SessionSnapshot(SessionState.DONE, profile=GERMAN_MEMBER, message=MessageCode.CARD_NOT_REGISTERED,
                             message_platform="egym"))
    assert vm.property("messageText") == "Diese Karte ist mit keinem EGYM-Konto verknüpft"
    vm.apply(SessionSnapshot())


def test_the_screens_list_every_platform_a_card_is_checked_with_and_a_result_saved_to(qapp, flow) -> None:
    vm = SessionViewModel(flow, identity_platforms=("egym", "perfectgym"), destination_platforms=("egym", "enduco"))
    assert vm.property("identityNames") == "EGYM and PerfectGym"  # the registry's brand spelling
    assert vm.property("destinationNames") == "EGYM and enduco"  # the brand as enduco writes it
    assert vm.property("brandName") == "EGYM"  # the platform asked first
