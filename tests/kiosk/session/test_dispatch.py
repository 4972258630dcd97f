"""The session's front door: device events go to the member flow, unless a claimer takes a tap first."""
from __future__ import annotations

from hardware.events import CardCredential, Credential, CredentialPresented, LiveWeight
from kiosk.session.dispatch import EventDispatcher

TRAINER = CardCredential(bytes.fromhex("046E3A125B8090"))
MEMBER = CardCredential(bytes.fromhex("04A1B2C3"))


def test_a_claimed_tap_never_reaches_the_flow_and_everything_else_does() -> None:
    to_flow: list[object] = []
    asked: list[Credential] = []

    def trainer_cards(credential: Credential) -> bool:
        asked.append(credential)
        return credential == TRAINER

    dispatch = EventDispatcher(to_flow.append, claimers=[trainer_cards])
    dispatch(CredentialPresented(TRAINER))
    dispatch(CredentialPresented(MEMBER))
    dispatch(LiveWeight(71.0, False))

    assert to_flow == [CredentialPresented(MEMBER), LiveWeight(71.0, False)]
    assert asked == [TRAINER, MEMBER]  # readings are nobody's to claim


def test_claimers_are_asked_in_order_until_one_takes_the_tap_and_can_leave() -> None:
    to_flow: list[object] = []
    asked: list[str] = []
    dispatch = EventDispatcher(to_flow.append)
    stop_first = dispatch.add_claimer(lambda credential: asked.append("first") or True)
    dispatch.add_claimer(lambda credential: asked.append("second") or False)

    dispatch(CredentialPresented(MEMBER))
    assert (asked, to_flow) == (["first"], [])

    stop_first()
    dispatch(CredentialPresented(MEMBER))
    assert (asked, to_flow) == (["first", "second"], [CredentialPresented(MEMBER)])
