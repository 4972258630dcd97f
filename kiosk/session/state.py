"""The states of a member's session and the snapshot the UI renders.

The domain speaks in codes; the UI turns every code into a translated sentence.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from kiosk.cloud.base import DownstreamStatus
from kiosk.cloud.member_services import PastResult, Standing, TermsParagraph, TrainingToday
from kiosk.message_codes import MessageCode
from kiosk.models import MemberProfile
from kiosk.outbox.status import DeliveryStatus
from kiosk.session.analyser_details import AnalyserDetails


class CardLinkStep(str, Enum):
    """Where linking a card to a member who logged in by wallet pass stands, on the greeting."""

    CONFIRM = "confirm"  # "Link a card?": what it does, and that another member's card is refused
    WAITING = "waiting"  # "Hold the card to the reader now"
    LINKING = "linking"
    LINKED = "linked"
    ALREADY_YOURS = "already-yours"
    REFUSED = "refused"  # the card belongs to another member: not taken from them
    FAILED = "failed"  # the platform did not answer: nothing changed, the member may try again


@dataclass(frozen=True)
class AccountLinkView:
    """A link to another platform in progress on the greeting: the QR code's URL, the matching code, its state.

    ``status``: ``starting`` (asking the hub), ``waiting`` / ``confirmed`` / ``exchanging`` (the member is on
    their phone), ``linked``, ``denied``, ``failed``, ``expired``, or ``unavailable`` (the hub could not start it).
    """

    platform: str
    url: str = field(default="", repr=False)
    match_code: str = field(default="", repr=False)
    status: str = "starting"


class SessionState(str, Enum):
    ATTRACT = "attract"  # "Tap your card or phone"
    IDENTIFYING = "identifying"  # login + profile requests in flight
    TERMS = "terms"  # the platform's terms wait for the member's Accept or Decline; nothing is measured or sent before
    DETAILS = "details"  # analysers in PC mode: "168 cm · 37 · female — correct?" before stepping on
    PROFILE = "profile"  # greeting; waiting for the member to step on / start
    MEASURING = "measuring"  # live values, unstable then stable
    REVIEW = "review"  # the finished result; sent in the background after a few seconds unless "Not me"
    SUBMITTING = "submitting"  # first delivery attempt in flight; the result stays on screen
    DONE = "done"  # saved, or safely queued on this kiosk; the result stays until the member leaves
    FAILED = "failed"  # login failed or the measurement was refused


@dataclass(frozen=True)
class SessionSnapshot:
    """Everything the screen shows, and nothing else. Empty in ATTRACT."""

    state: SessionState = SessionState.ATTRACT
    profile: MemberProfile | None = None
    live_weight_kg: float | None = None
    weight_stable: bool = False
    live_values: dict[str, float] = field(default_factory=dict)
    result: dict[str, float] = field(default_factory=dict)
    submissions: tuple[DeliveryStatus, ...] = ()
    downstream: dict[str, tuple[DownstreamStatus, ...]] = field(default_factory=dict)  # by destination: the platforms behind it
    linked_platforms: tuple[str, ...] = ()  # where the member's results end up behind the destinations (the hub's)
    message: MessageCode | None = None
    message_platform: str = ""  # the platform ``message`` is about ("egym"); "" when it is about none in particular
    idle_warning: bool = False
    warning_seconds_left: int = 0
    device_connected: bool = True
    live_stale: bool = False  # the device stopped sending: the live value on screen is not current
    history: tuple[PastResult, ...] = ()  # the member's earlier results of this kind, oldest first
    screen_seconds_left: int = 0  # the result's idle countdown; any touch starts it again
    confirming_not_me: bool = False  # "Not me" tapped on the result: asking before discarding it
    offered_result: dict[str, float] = field(default_factory=dict)  # finished before the tap: "was this yours?"
    details: AnalyserDetails | None = None  # what the analyser will be told (PC mode only); the member confirms it
    details_sending: bool = False  # the confirmed details are on their way to the analyser
    terms: tuple[TermsParagraph, ...] = ()  # the platform's terms as text, in TERMS
    terms_sending: bool = False  # the member's Accept is on its way to the platform
    standing: Standing | None = None  # points today and activity level, once the result reached the platform
    can_link_card: bool = False  # logged in by wallet pass at a platform that links cards: "Link a card" shows
    card_link: CardLinkStep | None = None
    accounts: tuple[tuple[str, str], ...] = ()  # (platform, linked / needs-reconnect / not-linked) the member may link
    account_link: AccountLinkView | None = None
    training: TrainingToday | None = None  # a cardio station's linked training platform: today's plan, the HR zones
