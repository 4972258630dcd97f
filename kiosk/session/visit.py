"""One member's visit as the session flow keeps it, and the groups of states its parts agree on.

Shared by :mod:`kiosk.session.flow` and the parts mixed into it (:mod:`~kiosk.session.readings`,
:mod:`~kiosk.session.idle`, :mod:`~kiosk.session.member_extras`), so that none of them imports
the flow itself.
"""
from __future__ import annotations

import asyncio
import dataclasses
import enum
from dataclasses import dataclass

from hardware.events import Credential
from kiosk.models import Measurement, MemberProfile, MemberSession
from kiosk.session.state import SessionState

IDLE_STATES = (SessionState.DETAILS, SessionState.PROFILE, SessionState.MEASURING)  # a reading is captured here
TIMED_STATES = (SessionState.TERMS, *IDLE_STATES)  # a member who walks away is logged out after the warning
NOT_ME_STATES = (SessionState.DETAILS, SessionState.PROFILE, SessionState.MEASURING, SessionState.REVIEW)
RESULT_STATES = (SessionState.REVIEW, SessionState.SUBMITTING, SessionState.DONE)  # the result stays on screen


class Ending(enum.Enum):
    """Why a visit ended; decides what happens to a measurement the member has not confirmed."""

    SUPERSEDED = "another member tapped in"  # the result is theirs: deliver it
    NOT_ME = "not me"  # the result is not theirs: discard it
    DECLINED = "terms declined"  # they did not agree to the platform's terms: nothing of theirs is sent
    IDLE = "idle timeout"
    FINISHED = "finished"
    SHUTDOWN = "shutdown"  # leave it queued in the outbox


@dataclass(frozen=True, repr=False)
class Reading:
    """A finished device record waiting to be stored, stamped with when it arrived."""

    values: dict[str, float]
    model: str
    timestamp_ms: int
    before_tap: bool = False  # finished before the member tapped: theirs only if they say so


@dataclass(eq=False, repr=False)
class Visit:
    """One member's visit, from the tap until the screen returns to ATTRACT."""

    credential: Credential
    member_session: MemberSession | None = None
    profile: MemberProfile | None = None
    waiting_reading: Reading | None = None  # arrived before the profile did
    offered_reading: Reading | None = None  # finished before the tap, waiting for "this was mine"
    measurement: Measurement | None = None  # captured in the outbox
    capturing: bool = False
    confirmed: bool = False
    ending: Ending | None = None
    identify_task: asyncio.Task[None] | None = None
    link_task: asyncio.Task[None] | None = None  # following a QR-code link while the member is on their phone
    standing_asked: bool = False  # the platform was asked for the member's points after this result
    following: dict[str, asyncio.Task[None]] = dataclasses.field(default_factory=dict)  # downstream, by destination
