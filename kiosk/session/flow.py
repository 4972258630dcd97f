"""A member's visit to the kiosk as an explicit state machine, free of Qt.

Device events and touches go in through :meth:`SessionFlow.handle` and the action
methods; every change comes out as a new immutable :class:`SessionSnapshot` to the
subscribers. Network and storage work runs in asyncio tasks that are cancelled when
the visit they belong to ends; all timers go through an injectable :class:`Scheduler`.

This module holds the visit's course (tap, identification, greeting, capture, review, the end);
its parts by job are mixed in: what the device sends (:mod:`~kiosk.session.readings`), a saved
result on its way (:mod:`~kiosk.session.delivery`), the idle warning and countdown
(:mod:`~kiosk.session.idle`), and a platform's member services (:mod:`~kiosk.session.member_extras`).
The visit itself and the groups of states they share are in :mod:`~kiosk.session.visit`.
"""
from __future__ import annotations

import asyncio
import collections
import dataclasses
import datetime
import logging
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Coroutine, Mapping

from hardware.events import (
    CardCredential,
    Credential,
    CredentialPresented,
    DeviceConnection,
    DeviceEvent,
    FrameRejected,
    LiveFigures,
    LiveWeight,
    MeasurementKind,
    MeasurementRecord,
)
from hardware.protocols.tanita_pc_mode import ProfileRefused
from hardware.serial_link import DataStale
from kiosk.cloud.base import IdentityProvider, ReportsDownstream
from kiosk.cloud.errors import CloudError
from kiosk.cloud.member_services import AccountLinking, MemberServices
from kiosk.listeners import add_listener
from kiosk.message_codes import MessageCode
from kiosk.models import Measurement, MemberSession
from kiosk.results.history import HistorySource
from kiosk.session.analyser_details import (
    AnalyserLink,
    DetailName,
    details_from_profile,
    device_error_message,
    refusal_message,
)
from kiosk.session.messages import identify_failure
from kiosk.session.account_links import LINKABLE_STATES, AccountLinks
from kiosk.session.delivery import ResultDelivery
from kiosk.session.idle import IdleTimeouts
from kiosk.session.member_extras import CARD_LINK_STATES, MemberExtras
from kiosk.session.readings import DeviceReadings
from kiosk.session.state import SessionSnapshot, SessionState
from kiosk.session.timers import AsyncioScheduler, Scheduler, TimerHandle
from kiosk.session.visit import IDLE_STATES, NOT_ME_STATES, RESULT_STATES, TIMED_STATES, Ending, Reading, Visit

if TYPE_CHECKING:
    from kiosk.outbox.outbox import Outbox

logger = logging.getLogger(__name__)

TRANSITION_HISTORY = 50


@dataclass(frozen=True)
class FlowTimings:
    """How long each screen waits, in seconds.

    ``review_s`` is how long a result waits for "Save" before it is sent in the background;
    it stays on screen either way, until ``result_idle_s`` pass without a touch.
    ``unclaimed_record_s`` is how long a result finished before anyone tapped is offered to
    the next member.
    """

    idle_s: float = 45.0
    warning_s: float = 15.0
    review_s: float = 6.0
    result_idle_s: float = 60.0
    failed_s: float = 6.0
    identify_timeout_s: float = 10.0
    submit_timeout_s: float = 8.0
    unclaimed_record_s: float = 60.0

    def __post_init__(self) -> None:
        for timing in dataclasses.fields(self):
            value = getattr(self, timing.name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < math.inf:
                raise ValueError(f"{timing.name} must be a number of seconds, 0 or more (got {value!r})")


class SessionFlow(DeviceReadings, ResultDelivery, IdleTimeouts, MemberExtras, AccountLinks):
    """The session state machine: ATTRACT → IDENTIFYING → PROFILE → MEASURING → REVIEW → SUBMITTING → DONE.

    With an ``analyser`` (a body-composition analyser in PC mode) the member confirms the
    details it is sent in DETAILS, between IDENTIFYING and PROFILE. A platform whose terms
    the member has not accepted shows them first (TERMS); its other services (points,
    history, card linking) are :class:`~kiosk.session.member_extras.MemberExtras`'.
    """

    def __init__(
        self,
        identity: IdentityProvider,
        outbox: Outbox,
        *,
        kind: MeasurementKind = "body",
        timings: FlowTimings = FlowTimings(),
        scheduler: Scheduler | None = None,
        history: HistorySource | None = None,
        downstream: Mapping[str, ReportsDownstream] | None = None,
        analyser: AnalyserLink | None = None,
        today: Callable[[], datetime.date] = datetime.date.today,
        member_services: Mapping[str, MemberServices] | None = None,
        account_linking: Mapping[str, AccountLinking] | None = None,
    ) -> None:
        """``downstream`` are the destinations (by name) that pass results on and report where they stand;
        ``member_services`` the platforms' services for the members they log in, by platform name."""
        self._identity = identity
        self._services = dict(member_services or {})
        self._account_linking = dict(account_linking or {})
        self._downstream = dict(downstream or {})
        self._analyser = analyser
        self._today = today
        self._outbox = outbox
        self._kind = kind
        self._timings = timings
        self._scheduler = scheduler or AsyncioScheduler()
        self._history = history
        self._snapshot = SessionSnapshot()
        self._subscribers: list[Callable[[SessionSnapshot], None]] = []
        self._transitions: collections.deque[tuple[SessionState, SessionState]] = collections.deque(maxlen=TRANSITION_HISTORY)
        self._visit: Visit | None = None
        self._unclaimed: Reading | None = None
        self._unclaimed_timer: TimerHandle | None = None
        self._state_timer: TimerHandle | None = None
        self._idle_timer: TimerHandle | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closed = False
        self._unsubscribe_outbox = outbox.subscribe(self._on_delivery_status)

    # -- what the UI reads ------------------------------------------------------------

    @property
    def snapshot(self) -> SessionSnapshot:
        """What the screen shows right now."""
        return self._snapshot

    @property
    def platform(self) -> str:
        """The platform members log in with (the first one asked): what an unexplained failure is about."""
        return self._identity.name

    @property
    def last_transitions(self) -> tuple[tuple[SessionState, SessionState], ...]:
        """The most recent state changes, oldest first, as (from, to) pairs."""
        return tuple(self._transitions)

    def subscribe(self, callback: Callable[[SessionSnapshot], None]) -> Callable[[], None]:
        """Call ``callback`` with every new snapshot; returns a function that stops it."""
        return add_listener(self._subscribers, callback)

    # -- inputs -----------------------------------------------------------------------

    def handle(self, event: DeviceEvent) -> None:
        """Take one event from any reader or measuring device."""
        if self._closed:
            logger.debug("ignoring %s after shutdown", type(event).__name__)
            return
        if isinstance(event, CredentialPresented):
            self._on_credential(event.credential)
        elif isinstance(event, LiveWeight):
            self._on_live_weight(event)
        elif isinstance(event, LiveFigures):
            self._on_live_figures(event)
        elif isinstance(event, MeasurementRecord):
            self._on_record(event)
        elif isinstance(event, DeviceConnection):
            self._on_connection(event.connected)
        elif isinstance(event, DataStale):
            self._on_stale(event.stale)
        elif isinstance(event, FrameRejected) and event.device_error:
            self._on_device_error(event.device_error)
        else:
            logger.debug("no session action for %s", type(event).__name__)

    def confirm(self) -> None:
        """The member tapped "Save" on the review screen."""
        if not self._refuses("confirm", self._state is SessionState.REVIEW):
            self._submit()

    def not_me(self) -> None:
        """End the session; a measurement the member has not confirmed is thrown away.

        On the result this is the answer to :meth:`ask_not_me`'s question; elsewhere
        there is nothing of the member's to lose, and it ends the session at once.
        """
        if self._refuses("not-me", self._state in NOT_ME_STATES):
            return
        self._end_visit(Ending.NOT_ME)
        self._go(SessionState.ATTRACT)

    def ask_not_me(self) -> None:
        """The member tapped "Not me" on their result: ask before throwing it away; nothing is sent meanwhile."""
        if not self._refuses("ask-not-me", self._state is SessionState.REVIEW):
            if self._state_timer is not None:
                self._state_timer.cancel()
                self._state_timer = None
            self._note_activity()
            self._show(confirming_not_me=True)

    def keep_result(self) -> None:
        """The member answered "It's me" to the Not-me question: the result waits for Save again."""
        if not self._refuses("keep-result", self._snapshot.confirming_not_me):
            self._show(confirming_not_me=False)
            self._state_timer = self._scheduler.call_later(self._timings.review_s, self._review_elapsed)

    def measure_again(self) -> None:
        """Back to the greeting for a new measurement.

        A result still waiting for Save is thrown away (the member is redoing it because it
        was wrong); one already saved or on its way stays saved.
        """
        visit = self._visit
        if self._refuses("measure-again", self._state in RESULT_STATES) or visit is None:
            return
        measurement, visit.measurement = visit.measurement, None
        if measurement is not None and not visit.confirmed:
            logger.info("discarding an unconfirmed measurement (measure again)")
            self._spawn(self._outbox.discard(measurement.unique_id, "measure again"))
        visit.confirmed = False
        visit.standing_asked = False
        for task in visit.following.values():
            task.cancel()
        visit.following.clear()
        self._go(self._before_measuring, result={}, submissions=(), downstream={}, standing=None, live_weight_kg=None,
                 weight_stable=False,
                 live_values={}, confirming_not_me=False)
        self._load_history(visit)

    def finish(self) -> None:
        """The member tapped "Done" on their saved result."""
        if not self._refuses("finish", self._state in (SessionState.SUBMITTING, SessionState.DONE)):
            self._end_visit(Ending.FINISHED)
            self._go(SessionState.ATTRACT)

    def adjust_details(self, name: DetailName, value: object) -> None:
        """The member changed what the analyser will be told (height, age, body model, body type)."""
        details = self._snapshot.details
        if self._refuses("adjust-details", self._state is SessionState.DETAILS and not self._snapshot.details_sending):
            return
        assert details is not None
        try:
            adjusted = details.adjusted(name, value)
        except ValueError as error:  # the keypad keeps to the ranges; say why without the value
            logger.info("a detail for the analyser was not taken: %s", error)
            return
        self._note_activity()
        self._show(details=adjusted, message=None)

    def confirm_details(self) -> None:
        """The member confirmed their details ("Correct"): send them, then they step on."""
        visit, details = self._visit, self._snapshot.details
        allowed = self._state is SessionState.DETAILS and not self._snapshot.details_sending
        if self._refuses("confirm-details", allowed and visit is not None and details is not None and details.complete):
            return
        assert visit is not None and details is not None
        self._note_activity()
        self._show(details_sending=True, message=None)
        self._spawn(self._send_details(visit, details.personal_data()))

    async def aclose(self) -> None:
        """Stop every timer and cancel every request still in flight."""
        self._closed = True
        self._unsubscribe_outbox()
        self._end_visit(Ending.SHUTDOWN)
        for timer in (self._state_timer, self._idle_timer, self._unclaimed_timer):
            if timer is not None:
                timer.cancel()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _refuses(self, action: str, allowed: bool) -> bool:
        """True (and a DEBUG line) when ``action`` makes no sense right now."""
        if allowed and not self._closed:
            return False
        logger.debug("%s ignored in %s%s", action, self._state.value, " after shutdown" if self._closed else "")
        return True

    # -- credentials and identification ---------------------------------------------

    @property
    def _state(self) -> SessionState:
        return self._snapshot.state

    def _on_credential(self, credential: Credential) -> None:
        if self._takes_card_for_link(credential):
            return
        visit = self._visit
        if visit is not None and _same_holder(visit.credential, credential):
            self._note_activity()
            return
        if visit is not None:
            logger.info("a new tap supersedes the session in %s", self._state.value)
            self._end_visit(Ending.SUPERSEDED)
        visit = Visit(credential)
        unclaimed = self._take_unclaimed()
        visit.waiting_reading = dataclasses.replace(unclaimed, before_tap=True) if unclaimed else None
        self._visit = visit
        self._go(SessionState.IDENTIFYING)
        visit.identify_task = self._spawn(self._identify(visit))

    async def _identify(self, visit: Visit) -> None:
        try:
            member_session = await self._identity.login(visit.credential)
            profile = await self._identity.fetch_profile(member_session)
        except Exception as error:  # every failure becomes a message, never a crash
            if visit is self._visit:
                platform = error.platform if isinstance(error, CloudError) else ""
                self._identify_failed(visit, identify_failure(error), type(error).__name__, platform)
            return
        if visit is not self._visit or self._state is not SessionState.IDENTIFYING:
            return
        visit.member_session, visit.profile = member_session, profile
        if profile.terms_to_accept and self._services_of(visit) is not None:
            await self._fetch_terms(visit, profile)
        else:
            self._greet(visit)

    def _greet(self, visit: Visit) -> None:
        """The member is known (and agreed to the terms): the greeting, their history, a reading that waited."""
        assert visit.member_session is not None and visit.profile is not None
        profile = visit.profile
        details = details_from_profile(profile, self._today()) if self._analyser is not None else None
        self._go(self._before_measuring, profile=profile, details=details, terms=(), terms_sending=False,
                 linked_platforms=visit.member_session.linked_platforms,
                 can_link_card=self._services_of(visit) is not None and not isinstance(visit.credential, CardCredential))
        self._load_history(visit)
        self._load_accounts(visit)
        if visit.waiting_reading is not None:
            reading, visit.waiting_reading = visit.waiting_reading, None
            if reading.before_tap:
                visit.offered_reading = reading
                self._show(offered_result=dict(reading.values))
            else:
                self._capture(visit, reading)

    def _load_history(self, visit: Visit) -> None:
        """Fetch the member's earlier results in the background; progress appears when they arrive."""
        if self._history is None or visit.member_session is None or not visit.member_session.user_id:
            return
        self._spawn(self._fetch_history(visit, visit.member_session))

    @property
    def _before_measuring(self) -> SessionState:
        """Where a member waits before measuring: confirming the analyser's details, or the greeting."""
        return SessionState.DETAILS if self._analyser is not None else SessionState.PROFILE

    async def _send_details(self, visit: Visit, data: Any) -> None:
        """Give the analyser the confirmed details; on its go-ahead the member steps on, else they are told why."""
        assert self._analyser is not None
        try:
            outcome = await self._analyser(data)
        except Exception as error:  # the analyser link failed: the member can try again
            logger.error("sending the member's details to the analyser failed (%s)", type(error).__name__)
            outcome = None
        if visit is not self._visit or self._state is not SessionState.DETAILS:
            return
        if outcome is None or isinstance(outcome, ProfileRefused):
            code = refusal_message(outcome) if outcome is not None else MessageCode.ANALYSER_NOT_ANSWERING
            logger.info("the analyser did not take the member's details: %s", code.value)
            self._show(details_sending=False, message=code)
            return
        logger.info("the analyser took the member's details")
        self._go(SessionState.PROFILE, details_sending=False)

    def _on_device_error(self, code: str) -> None:
        """The analyser reported an error after it took the member's details: it will not measure this time.

        The member is back on the confirm screen with the reason; "Try again" sends the
        details and starts it again. Errors while the details are being sent are the
        exchange's to report; without PC mode the analyser restarts by itself.
        """
        if self._analyser is None or self._state not in (SessionState.PROFILE, SessionState.MEASURING):
            logger.info("the measuring device reported %s", code)
            return
        message = device_error_message(code)
        logger.info("the analyser stopped with %s: %s", code, message.value)
        self._go(SessionState.DETAILS, message=message, live_weight_kg=None, weight_stable=False, live_values={})

    async def _fetch_history(self, visit: Visit, member_session: MemberSession) -> None:
        assert self._history is not None
        try:
            history = tuple(await self._history(member_session, self._kind))
        except Exception as error:  # progress is a bonus: the result shows without it
            logger.warning("could not read the member's earlier results (%s)", type(error).__name__)
            return
        if visit is self._visit:
            self._show(history=history)

    def _identify_timed_out(self, visit: Visit) -> None:
        if visit is not self._visit or self._state is not SessionState.IDENTIFYING:
            return
        if visit.identify_task is not None:
            visit.identify_task.cancel()
        self._identify_failed(visit, MessageCode.OFFLINE, f"no answer within {self._timings.identify_timeout_s:g} s")

    def _identify_failed(self, visit: Visit, code: MessageCode, cause: str, platform: str = "") -> None:
        logger.info("identification failed: %s (%s)", code.value, cause)
        if visit.waiting_reading is not None:
            self._hold_unclaimed(visit.waiting_reading)
            visit.waiting_reading = None
        self._go(SessionState.FAILED, message=code, message_platform=platform or self.platform)

    # -- capture, review, delivery --------------------------------------------------

    def _capture(self, visit: Visit, reading: Reading) -> None:
        visit.capturing = True
        self._stop_idle()
        self._spawn(self._store(visit, reading))

    async def _store(self, visit: Visit, reading: Reading) -> None:
        measurement = Measurement(
            kind=self._kind, values=dict(reading.values), timestamp_ms=reading.timestamp_ms, device_model=reading.model
        )
        assert visit.member_session is not None and visit.profile is not None
        try:
            await self._outbox.capture(measurement, visit.member_session, visit.profile.display_name,
                                       on_delayed=lambda: self._not_saved_yet(visit))
        except Exception as error:
            logger.error("could not store a %s measurement on this kiosk (%s)", self._kind, type(error).__name__)
            if visit is self._visit:
                self._go(SessionState.FAILED, result=dict(reading.values), message=MessageCode.STORAGE)
            return
        finally:
            visit.capturing = False
        visit.measurement = measurement
        if visit.ending is not None:
            self._settle(visit)
        elif visit is self._visit:
            self._go(SessionState.REVIEW, result=dict(reading.values), live_weight_kg=None, weight_stable=False, live_values={})

    def _not_saved_yet(self, visit: Visit) -> None:
        """The disk refused the result for now: say so, and keep the session (and its idle timeout) going.

        The outbox keeps the result in memory and stores it as soon as it can; only
        then does the review screen appear, so nothing claims it is saved before.
        """
        if visit is self._visit and self._state in IDLE_STATES:
            logger.warning("the result is not saved yet: the disk refused it, writing it again")
            self._go(SessionState.MEASURING, message=MessageCode.NOT_SAVED_YET)

    def _review_elapsed(self) -> None:
        if self._state is SessionState.REVIEW:
            self._submit()

    # -- ending a visit ---------------------------------------------------------------

    def _end_visit(self, ending: Ending) -> None:
        """Forget the current member; settle a measurement they captured but did not confirm."""
        visit, self._visit = self._visit, None
        if visit is None:
            return
        visit.ending = ending
        if visit.identify_task is not None:
            visit.identify_task.cancel()
        if visit.link_task is not None:
            visit.link_task.cancel()
        for task in visit.following.values():
            task.cancel()
        if visit.waiting_reading is not None and ending is not Ending.SHUTDOWN and not visit.waiting_reading.before_tap:
            self._hold_unclaimed(visit.waiting_reading)
        visit.waiting_reading = visit.offered_reading = None
        if visit.measurement is not None:
            self._settle(visit)

    def _settle(self, visit: Visit) -> None:
        measurement = visit.measurement
        if measurement is None or visit.confirmed or visit.ending is Ending.SHUTDOWN:
            return
        visit.confirmed = True
        if visit.ending in (Ending.NOT_ME, Ending.DECLINED):
            logger.info("discarding an unconfirmed measurement (%s)", visit.ending.value)
            self._spawn(self._outbox.discard(measurement.unique_id, visit.ending.value))
        else:
            logger.info("delivering an unconfirmed measurement after the session ended (%s)", visit.ending.value)
            self._spawn(self._outbox.deliver_now(measurement.unique_id, self._timings.submit_timeout_s))

    def _end_visit_declined(self) -> None:
        self._end_visit(Ending.DECLINED)

    def _back_to_attract(self) -> None:
        if self._state in (SessionState.DONE, SessionState.FAILED):
            self._end_visit(Ending.FINISHED)
            self._go(SessionState.ATTRACT)

    # -- snapshots and transitions ------------------------------------------------------

    def _go(self, state: SessionState, **fields: Any) -> None:
        """Enter ``state``: fresh timers, and a snapshot with the member's data only where it belongs."""
        counting = state in RESULT_STATES and self._state in RESULT_STATES  # review to sent is no touch
        for timer in (self._state_timer, None if counting else self._idle_timer):
            if timer is not None:
                timer.cancel()
        self._state_timer = None
        if not counting:
            self._idle_timer = None
        if state in (SessionState.ATTRACT, SessionState.IDENTIFYING):
            base = SessionSnapshot(device_connected=self._snapshot.device_connected)
        else:
            base = dataclasses.replace(self._snapshot, message=None, message_platform="", idle_warning=False,
                                       warning_seconds_left=0, screen_seconds_left=0)
        if state in IDLE_STATES and not base.device_connected:
            fields.setdefault("message", MessageCode.DEVICE_DISCONNECTED)
        if state not in CARD_LINK_STATES:
            fields.setdefault("card_link", None)
        if state not in LINKABLE_STATES:
            fields.setdefault("account_link", None)
        if state in RESULT_STATES:
            fields.setdefault("screen_seconds_left", self._snapshot.screen_seconds_left if counting
                              else math.ceil(self._timings.result_idle_s))
        previous = self._state
        if previous is not state:
            self._transitions.append((previous, state))
            logger.info("session %s -> %s", previous.value, state.value)
        self._publish(dataclasses.replace(base, state=state, **fields))
        self._arm_timer(state)

    def _arm_timer(self, state: SessionState) -> None:
        timings, visit = self._timings, self._visit
        if state is SessionState.IDENTIFYING and visit is not None:
            self._state_timer = self._scheduler.call_later(timings.identify_timeout_s, lambda: self._identify_timed_out(visit))
        elif state in TIMED_STATES:
            self._restart_idle()
        elif state in RESULT_STATES:
            if state is SessionState.REVIEW:
                self._state_timer = self._scheduler.call_later(timings.review_s, self._review_elapsed)
            if self._idle_timer is None:
                self._restart_result_countdown()
        elif state is SessionState.FAILED:
            self._state_timer = self._scheduler.call_later(timings.failed_s, self._back_to_attract)

    def _show(self, **changes: Any) -> None:
        snapshot = dataclasses.replace(self._snapshot, **changes)
        if snapshot != self._snapshot:
            self._publish(snapshot)

    def _publish(self, snapshot: SessionSnapshot) -> None:
        self._snapshot = snapshot
        for callback in list(self._subscribers):
            try:
                callback(snapshot)
            except Exception as error:
                logger.error("a session subscriber failed (%s)", type(error).__name__)

    def _spawn(self, work: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._task_finished)
        return task

    def _task_finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            logger.error("session background work failed (%s)", type(task.exception()).__name__)


def _same_holder(first: Credential, second: Credential) -> bool:
    """Whether two taps came from the same card or pass, whichever reader saw them."""
    if isinstance(first, CardCredential) and isinstance(second, CardCredential):
        return (first.uid, first.technology) == (second.uid, second.technology)
    if isinstance(first, CardCredential) or isinstance(second, CardCredential):
        return False
    return (first.payload, first.platform) == (second.payload, second.platform)
