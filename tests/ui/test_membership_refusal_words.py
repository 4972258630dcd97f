"""A member whose club refuses the visit reads why, in their language, on the error screen."""
from __future__ import annotations

import pytest

from kiosk.cloud.errors import MembershipRefused
from kiosk.cloud.hub.errors import error_for
from kiosk.message_codes import MessageCode
from kiosk.session.messages import identify_failure
from ui.i18n import Translator
from ui.viewmodels.session import membership_notice, message_texts

WORDS = {
    "frozen": "Your membership is paused",
    "no-active-contract": "Your membership is not active",
    "blocked": "Your membership is blocked",
    "out-of-hours": "Your membership does not include this time of day",
    "other": "Your visit was not approved",
    "a-reason-from-a-newer-hub": "Your visit was not approved",
}
GERMAN = {"frozen": "Deine Mitgliedschaft ist pausiert", "blocked": "Deine Mitgliedschaft ist gesperrt"}


@pytest.mark.parametrize("reason", list(WORDS))
def test_each_reason_from_the_hub_is_said_in_member_words(reason: str) -> None:
    refused = error_for(403, f"membership_refused_{reason}", "PerfectGym refuses this member's visit")
    assert isinstance(refused, MembershipRefused)
    what, hint = message_texts(identify_failure(refused), measured=False, platform="PerfectGym")
    assert (what, hint) == (WORDS[reason], "Please ask at the front desk.")


def test_the_reasons_are_translated(qapp) -> None:
    translator = Translator()
    try:
        translator.use("de_DE")
        for reason, german in GERMAN.items():
            code = identify_failure(MembershipRefused("hub", reason))
            assert code in (MessageCode.MEMBERSHIP_FROZEN, MessageCode.MEMBERSHIP_BLOCKED)
            assert message_texts(code, measured=False)[0] == german
    finally:
        translator.use("en")


def test_a_member_measuring_anyway_reads_the_reason_under_the_greeting() -> None:
    assert membership_notice("out-of-hours") == "Your membership does not include this time of day"
    assert membership_notice(None) == ""
