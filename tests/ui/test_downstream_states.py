"""A result the hub has is shown as each platform's state behind it, in the member's language; the headline
says it is saved (the hub has it) unless a platform behind the hub refused it."""
from __future__ import annotations

import pytest

from kiosk.cloud.base import DownstreamState, DownstreamStatus
from kiosk.models import MemberProfile
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.session.state import SessionSnapshot, SessionState
from ui.viewmodels.session import SessionViewModel

AT_HUB = (DeliveryStatus("hub", DeliveryState.SENT),)


def done(state: DownstreamState, locale: str = "en_GB") -> SessionSnapshot:
    return SessionSnapshot(SessionState.DONE, profile=MemberProfile(user_id="u", first_name="Alex", locale=locale),
                           result={"weight_kg": 70.0}, submissions=AT_HUB,
                           downstream={"hub": (DownstreamStatus("egym", state, "EGYM did not answer"),)})


@pytest.mark.parametrize(("state", "text", "outcome"), [
    (DownstreamState.DELIVERED, "Saved to EGYM", "saved"),
    (DownstreamState.PENDING, "Sending to EGYM…", "saved"),  # the hub has it safely
    (DownstreamState.RETRYING, "EGYM will get it later", "saved"),
    (DownstreamState.FAILED, "EGYM did not accept this result", "refused"),
    (DownstreamState.CHECKING, "Checking that EGYM got it…", "saved"),  # its reply was lost: asking before resending
    (DownstreamState.UNCERTAIN, "EGYM may have it: a trainer checks", "saved"),
])
def test_each_state_the_hub_reports_is_worded_for_the_member(qapp, flow, state, text, outcome) -> None:
    screen = SessionViewModel(flow, destination_platforms=["hub"])
    screen.apply(done(state))

    assert [line["text"] for line in screen.property("submissions")] == [text]
    assert screen.property("deliveryOutcome") == outcome
    screen.close()


def test_the_states_behind_the_hub_speak_the_members_language(qapp, flow) -> None:
    screen = SessionViewModel(flow, destination_platforms=["hub"])
    screen.apply(done(DownstreamState.RETRYING, locale="de_DE"))

    assert [line["text"] for line in screen.property("submissions")] == ["EGYM erhält es später"]
    screen.apply(SessionSnapshot())  # the member leaves: the kiosk's own language again
    screen.close()


def test_before_the_hub_reports_anything_the_hubs_own_state_is_shown(qapp, flow) -> None:
    screen = SessionViewModel(flow, destination_platforms=["hub"])
    screen.apply(SessionSnapshot(SessionState.DONE, result={"weight_kg": 70.0},
                                 submissions=(DeliveryStatus("hub", DeliveryState.PENDING, "offline"),)))

    assert [line["text"] for line in screen.property("submissions")] == ["Saved on this kiosk, sending to Hub when online"]
    screen.close()
