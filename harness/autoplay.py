"""Drives member sessions by itself with the simulated devices: the demo's and the benchmark's player.

It does what members do: tap a card on the simulated reader, wait for the greeting,
use the station's simulated device (step on the scale, ride a workout, do the
flexibility test), save, and wait for the screen to return to attract. What a
member does with the device is a small :class:`MemberAction` chosen from the
simulator's type. Every step is reported through ``on_step`` without personal data.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Callable, Protocol, Sequence

from hardware import fields
from hardware.protocols.csafe.status import SlaveState
from hardware.simulators.csafe_console import CsafeConsoleSimulator, WorkoutPlan
from hardware.simulators.generic_line_device import GenericLineDeviceSimulator
from hardware.simulators.tanita_scale import BodyProfile, TanitaScaleSimulator
from harness.phone import approve_link
from kiosk.models import MemberProfile
from kiosk.session.flow import SessionFlow
from kiosk.session.state import SessionSnapshot, SessionState

_GREETED = (SessionState.PROFILE, SessionState.MEASURING, SessionState.REVIEW, SessionState.FAILED)
WORKOUT_FRAMES = 30  # console frames per simulated workout: 3 s of wall time at the demo's 10 Hz polling
THREAD_WAIT_SLICE_S = 0.5  # longest a helper thread blocks on a simulator at a time


class AutoplayError(RuntimeError):
    """A session did not go the way a member's would."""


class SnapshotWaiter:
    """Waits for the flow to reach a snapshot matching a condition (no polling, no sleeps)."""

    def __init__(self, flow: SessionFlow) -> None:
        self._flow = flow
        self._changed = asyncio.Event()
        self._unsubscribe = flow.subscribe(lambda _snapshot: self._changed.set())

    async def until(self, condition: Callable[[SessionSnapshot], bool], timeout_s: float, what: str) -> SessionSnapshot:
        async def wait() -> SessionSnapshot:
            while not condition(self._flow.snapshot):
                self._changed.clear()
                await self._changed.wait()
            return self._flow.snapshot

        try:
            return await asyncio.wait_for(wait(), timeout_s)
        except TimeoutError:
            raise AutoplayError(f"timed out after {timeout_s:.0f} s waiting for {what} (screen: {self._flow.snapshot.state.value})") from None

    def close(self) -> None:
        self._unsubscribe()


def in_state(*states: SessionState) -> Callable[[SessionSnapshot], bool]:
    return lambda snapshot: snapshot.state in states


@dataclass
class Turn:
    """One member's session as their :class:`MemberAction` sees it: waiting and reporting."""

    number: int
    total: int
    waiter: SnapshotWaiter
    on_step: Callable[[str], None]
    timeout_s: float

    @property
    def label(self) -> str:
        return f"session {self.number}/{self.total}"

    def report(self, text: str) -> None:
        self.on_step(f"{self.label}: {text}")

    async def until(self, condition: Callable[[SessionSnapshot], bool], what: str) -> SessionSnapshot:
        return await self.waiter.until(condition, self.timeout_s, what)


class MemberAction(Protocol):
    """What a member does with the station's device around tapping in."""

    async def before_tap(self, turn: Turn) -> None:
        """Anything the member does before tapping in (usually nothing)."""

    async def use_device(self, turn: Turn, profile: MemberProfile | None) -> None:
        """After the greeting: use the device until its result is on the way to the review screen."""


@dataclass
class StepOnScale:
    """The member steps onto a simulated Tanita analyser."""

    scale: TanitaScaleSimulator

    async def before_tap(self, turn: Turn) -> None:
        return None

    async def use_device(self, turn: Turn, profile: MemberProfile | None) -> None:
        self.scale.step_on(body_profile_for(profile))
        turn.report("stepped on the scale")
        await turn.until(in_state(SessionState.MEASURING), "the live weight")
        await turn.until(lambda s: s.weight_stable or s.state is SessionState.REVIEW, "a stable weight")
        turn.report("weight stable")


@dataclass
class RideWorkout:
    """The member rides a workout on a simulated CSAFE console.

    Most members tap in first and watch their live figures; in every session for which
    ``ride_before_tap`` is true the member rides first and taps in afterwards, so the
    kiosk has to hand them the workout it recorded while nobody was logged in.
    """

    console: CsafeConsoleSimulator
    ride_before_tap: Callable[[int], bool] = lambda number: number % 2 == 0
    rng: random.Random = field(default_factory=random.Random)
    _ridden_before_tap: bool = field(default=False, init=False, repr=False)

    async def before_tap(self, turn: Turn) -> None:
        if not self.ride_before_tap(turn.number):
            return
        turn.report("member rides a workout before tapping in")
        self.console.plan_workout(workout_for(None, self.rng))
        await wait_in_thread(self.console.finished.wait, turn.timeout_s, "the workout to finish")
        # The console holds Finished while the kiosk reads the summary, then is claimed again.
        await wait_in_thread(lambda t: self.console.wait_for_state(SlaveState.HAVE_ID, t), turn.timeout_s,
                             "the console to be ready for the next member")
        turn.report("workout finished before the tap")
        self._ridden_before_tap = True

    async def use_device(self, turn: Turn, profile: MemberProfile | None) -> None:
        if self._ridden_before_tap:
            self._ridden_before_tap = False
            turn.report("the finished workout is theirs")
            return
        self.console.plan_workout(workout_for(profile, self.rng))
        turn.report("workout started")
        await turn.until(in_state(SessionState.MEASURING, SessionState.REVIEW), "the live figures")
        turn.report("live figures shown")


@dataclass
class TakeFlexibilityTest:
    """The member does the station's test; the simulated device prints the result line."""

    device: GenericLineDeviceSimulator
    rng: random.Random = field(default_factory=random.Random)

    async def before_tap(self, turn: Turn) -> None:
        return None

    async def use_device(self, turn: Turn, profile: MemberProfile | None) -> None:
        try:
            self.device.measure(**flexibility_results(profile, self.rng))
        except (KeyError, ValueError) as error:
            raise AutoplayError(f"the simulated device's line template needs a value the test has no result for: {error}") from None
        turn.report("test done on both sides")


def member_action_for(device: object) -> MemberAction:
    """The member action that fits a simulated measuring device."""
    if isinstance(device, TanitaScaleSimulator):
        return StepOnScale(device)
    if isinstance(device, CsafeConsoleSimulator):
        return RideWorkout(device)
    if isinstance(device, GenericLineDeviceSimulator):
        return TakeFlexibilityTest(device)
    raise AutoplayError(f"autoplay does not know what a member does with a {type(device).__name__}")


@dataclass
class Autoplay:
    """Plays ``sessions`` member visits with the given cards (hex UIDs), in turn."""

    flow: SessionFlow
    reader: object  # a reader simulator with tap(uid)
    device: object  # the simulated measuring device; picks the member action
    cards: Sequence[bytes]
    on_step: Callable[[str], None] = print
    unregistered_card: bytes | None = None  # tapped once first, to show the failure screen
    show_idle_warning: bool = True  # let the first session reach the idle warning, then answer it
    wait_for_points: bool = False  # stay on the done screen until the platform's points for the member show
    link_platform: str | None = None  # the second member connects their account there by QR code (the phone is played)
    step_timeout_s: float = 60.0
    action: MemberAction = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.action = member_action_for(self.device)

    async def run(self, sessions: int) -> list[str]:
        """Play the sessions; returns how each ended (done/failed) in order."""
        waiter = SnapshotWaiter(self.flow)
        outcomes: list[str] = []
        try:
            await waiter.until(in_state(SessionState.ATTRACT), self.step_timeout_s, "the attract screen")
            if self.unregistered_card is not None:
                await self._unregistered(waiter)
            for number in range(1, sessions + 1):
                turn = Turn(number, sessions, waiter, self.on_step, self.step_timeout_s)
                outcomes.append(await self._session(turn))
        finally:
            waiter.close()
        return outcomes

    async def _unregistered(self, waiter: SnapshotWaiter) -> None:
        self.on_step("unregistered card: tapped")
        self.reader.tap(self.unregistered_card)
        failed = await waiter.until(in_state(SessionState.FAILED), self.step_timeout_s, "the failure screen")
        self.on_step(f"unregistered card: refused ({failed.message.value if failed.message else 'no reason'})")
        await waiter.until(in_state(SessionState.ATTRACT), self.step_timeout_s, "the attract screen")

    async def _session(self, turn: Turn) -> str:
        await self.action.before_tap(turn)
        card = self.cards[(turn.number - 1) % len(self.cards)]
        turn.report("card tapped")
        self.reader.tap(card)
        # A result recorded before the tap moves the screen past the greeting at once.
        greeted = in_state(SessionState.TERMS, *_GREETED)
        snapshot = await turn.until(greeted, "the member's profile")
        if snapshot.state is SessionState.TERMS:
            turn.report(f"terms shown ({len(snapshot.terms)} paragraphs), member taps Accept")
            self.flow.accept_terms()
            snapshot = await turn.until(in_state(*_GREETED), "the member's profile after Accept")
        if snapshot.state is SessionState.FAILED:
            turn.report(f"login failed ({snapshot.message.value if snapshot.message else 'no reason'})")
            await turn.until(in_state(SessionState.ATTRACT), "the attract screen")
            return "failed"
        turn.report("profile shown")
        if self.link_platform and turn.number == 2:
            await self._link_account(turn, self.link_platform)
        if self.flow.snapshot.offered_result:
            turn.report("a result from before the tap is offered, member confirms it was theirs")
            self.flow.claim_workout()
        if self.show_idle_warning and turn.number == 1:
            await turn.until(lambda s: s.idle_warning, "the idle warning")
            turn.report("idle warning shown, member answers \"I'm still here\"")
            self.flow.still_here()
        await self.action.use_device(turn, snapshot.profile)
        await turn.until(in_state(SessionState.REVIEW), "the result")
        turn.report("result shown, member taps Save")
        self.flow.confirm()
        await turn.until(in_state(SessionState.SUBMITTING, SessionState.DONE, SessionState.FAILED), "submission")
        final = await turn.until(in_state(SessionState.DONE, SessionState.FAILED), "the submission outcome")
        states = ", ".join(f"{s.destination}: {s.state.value}" for s in final.submissions) or "no destinations"
        turn.report(f"{final.state.value} ({states})")
        if final.state is SessionState.DONE and self.link_platform:  # every platform's state on the done screen
            behind = await turn.until(_every_platform_settled, "every platform's state behind the hub")
            turn.report("done screen lists " + ", ".join(f"{s.platform}: {s.state.value}"
                                                         for states in behind.downstream.values() for s in states))
        if final.state is SessionState.DONE and self.wait_for_points:
            points = await turn.until(lambda s: s.standing is not None, "the member's points")
            turn.report(f"points shown ({points.standing.points_today if points.standing else '?'} today)")
        if final.state is SessionState.DONE:
            turn.report("member taps Done")
            self.flow.finish()
        await turn.until(in_state(SessionState.ATTRACT), "the attract screen")
        turn.report("back to the attract screen")
        return final.state.value


    async def _link_account(self, turn: Turn, platform: str) -> None:
        """The member taps "Connect", scans the QR code with their phone and approves; back to the greeting."""
        await turn.until(lambda s: platform in dict(s.accounts), f"{platform} offered to connect")
        turn.report(f"member taps Connect {platform}")
        self.flow.connect_account(platform)
        shown = await turn.until(lambda s: s.account_link is not None and bool(s.account_link.url), "the QR code")
        assert shown.account_link is not None
        turn.report("QR code shown; the member's phone opens it and approves")
        title = await approve_link(shown.account_link.url)
        turn.report(f"the phone shows \"{title}\"")
        await turn.until(lambda s: s.account_link is not None and s.account_link.status == "linked",
                         f"{platform} connected on the kiosk")
        turn.report(f"{platform} connected; member taps OK")
        self.flow.close_account_link()


def _every_platform_settled(snapshot: SessionSnapshot) -> bool:
    """The destinations that pass results on (the hub) report a final state for every platform behind them."""
    states = [state for behind in snapshot.downstream.values() for state in behind]
    return bool(states) and all(state.state.final for state in states)


async def wait_in_thread(wait: Callable[[float], bool], timeout_s: float, what: str) -> None:
    """Wait on a simulator's thread primitive (``wait(timeout) -> bool``) without blocking the loop."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while not await asyncio.to_thread(wait, min(THREAD_WAIT_SLICE_S, max(deadline - loop.time(), 0.0))):
        if loop.time() >= deadline:
            raise AutoplayError(f"timed out after {timeout_s:.0f} s waiting for {what}")


def member_age(profile: MemberProfile | None, today: dt.date | None = None, default: int = 35) -> int:
    """The member's age in whole years from their date of birth (``default`` where unknown)."""
    if profile is None or not profile.date_of_birth:
        return default
    today = today or dt.date.today()
    try:
        born = dt.date.fromisoformat(profile.date_of_birth)
    except ValueError:
        return default
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def body_profile_for(profile: MemberProfile | None, today: dt.date | None = None) -> BodyProfile:
    """What a trainer would key into the analyser for this member (defaults where unknown)."""
    gender = "female" if profile and profile.gender == "FEMALE" else "male"
    return BodyProfile(
        height_cm=(profile.height_cm if profile and profile.height_cm else 172.0),
        age=max(18, min(member_age(profile, today), 99)),
        gender=gender,
        weight_kg=(profile.weight_kg if profile and profile.weight_kg else 75.0),
    )


def workout_for(profile: MemberProfile | None, rng: random.Random) -> WorkoutPlan:
    """A 20–30 minute ride that suits the member, compressed into :data:`WORKOUT_FRAMES` console frames."""
    age = max(18, min(member_age(profile), 90))
    weight_kg = profile.weight_kg if profile and profile.weight_kg else 75.0
    duration_s = rng.randint(20, 30) * 60
    return WorkoutPlan(
        duration_s=duration_s,
        seconds_per_frame=duration_s / WORKOUT_FRAMES,
        cruise_speed_kmh=round(rng.uniform(24.0, 30.0), 1),
        cruise_power_w=round(min(max(weight_kg * rng.uniform(1.8, 2.4), 80.0), 300.0)),
        resting_heart_rate_bpm=float(rng.randint(60, 78)),
        working_heart_rate_bpm=round((220 - age) * rng.uniform(0.72, 0.8)),
    )


def flexibility_results(profile: MemberProfile | None, rng: random.Random) -> dict[str, float]:
    """Plausible results of every flexibility test the kiosk knows, by canonical field name.

    Range of motion shrinks a little with age; the two sides differ by a few degrees.
    """
    age = max(18, min(member_age(profile), 90))
    hip_flexor = 22.0 - 0.12 * (age - 30) + rng.gauss(0, 2.0)
    asymmetry = rng.gauss(0, 1.5)
    return {
        fields.REACH_CM: round(rng.gauss(8.0 - 0.15 * (age - 30), 5.0), 1),
        fields.HIP_FLEXOR_LEFT_DEG: round(min(max(hip_flexor + asymmetry / 2, 0.0), 45.0), 1),
        fields.HIP_FLEXOR_RIGHT_DEG: round(min(max(hip_flexor - asymmetry / 2, 0.0), 45.0), 1),
    }
