"""Drives member sessions by itself with the simulated devices: the demo's and the benchmark's player.

It does what members do: tap a card on the simulated reader, wait for the greeting,
step on the simulated scale, save, and wait for the screen to return to attract.
Every step is reported through ``on_step`` without personal data.
"""
from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass
from typing import Callable, Sequence

from hardware.simulators.tanita_scale import BodyProfile
from kiosk.models import MemberProfile
from kiosk.session.flow import SessionFlow
from kiosk.session.state import SessionSnapshot, SessionState


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
class Autoplay:
    """Plays ``sessions`` member visits with the given cards (hex UIDs), in turn."""

    flow: SessionFlow
    reader: object  # a reader simulator with tap(uid)
    scale: object  # a scale simulator with step_on(BodyProfile)
    cards: Sequence[bytes]
    on_step: Callable[[str], None] = print
    unregistered_card: bytes | None = None  # tapped once first, to show the failure screen
    show_idle_warning: bool = True  # let the first session reach the idle warning, then answer it
    step_timeout_s: float = 60.0

    async def run(self, sessions: int) -> list[str]:
        """Play the sessions; returns how each ended (done/failed) in order."""
        waiter = SnapshotWaiter(self.flow)
        outcomes: list[str] = []
        try:
            await waiter.until(in_state(SessionState.ATTRACT), self.step_timeout_s, "the attract screen")
            if self.unregistered_card is not None:
                await self._unregistered(waiter)
            for number in range(1, sessions + 1):
                outcomes.append(await self._session(waiter, number, sessions))
        finally:
            waiter.close()
        return outcomes

    async def _unregistered(self, waiter: SnapshotWaiter) -> None:
        self.on_step("unregistered card: tapped")
        self.reader.tap(self.unregistered_card)
        failed = await waiter.until(in_state(SessionState.FAILED), self.step_timeout_s, "the failure screen")
        self.on_step(f"unregistered card: refused ({failed.message.value if failed.message else 'no reason'})")
        await waiter.until(in_state(SessionState.ATTRACT), self.step_timeout_s, "the attract screen")

    async def _session(self, waiter: SnapshotWaiter, number: int, total: int) -> str:
        label = f"session {number}/{total}"
        card = self.cards[(number - 1) % len(self.cards)]
        self.on_step(f"{label}: card tapped")
        self.reader.tap(card)
        snapshot = await waiter.until(
            in_state(SessionState.PROFILE, SessionState.FAILED), self.step_timeout_s, "the member's profile"
        )
        if snapshot.state is SessionState.FAILED:
            self.on_step(f"{label}: login failed ({snapshot.message.value if snapshot.message else 'no reason'})")
            await waiter.until(in_state(SessionState.ATTRACT), self.step_timeout_s, "the attract screen")
            return "failed"
        self.on_step(f"{label}: profile shown")
        if self.show_idle_warning and number == 1:
            await waiter.until(lambda s: s.idle_warning, self.step_timeout_s, "the idle warning")
            self.on_step(f"{label}: idle warning shown, member answers \"I'm still here\"")
            self.flow.still_here()
        self.scale.step_on(body_profile_for(snapshot.profile))
        self.on_step(f"{label}: stepped on the scale")
        await waiter.until(in_state(SessionState.MEASURING), self.step_timeout_s, "the live weight")
        await waiter.until(lambda s: s.weight_stable or s.state is SessionState.REVIEW, self.step_timeout_s, "a stable weight")
        self.on_step(f"{label}: weight stable")
        await waiter.until(in_state(SessionState.REVIEW), self.step_timeout_s, "the result")
        self.on_step(f"{label}: result shown, member taps Save")
        self.flow.confirm()
        await waiter.until(in_state(SessionState.SUBMITTING, SessionState.DONE, SessionState.FAILED), self.step_timeout_s, "submission")
        final = await waiter.until(in_state(SessionState.DONE, SessionState.FAILED), self.step_timeout_s, "the submission outcome")
        states = ", ".join(f"{s.destination}: {s.state.value}" for s in final.submissions) or "no destinations"
        self.on_step(f"{label}: {final.state.value} ({states})")
        await waiter.until(in_state(SessionState.ATTRACT), self.step_timeout_s, "the attract screen")
        self.on_step(f"{label}: back to the attract screen")
        return final.state.value


def body_profile_for(profile: MemberProfile | None, today: dt.date | None = None) -> BodyProfile:
    """What a trainer would key into the analyser for this member (defaults where unknown)."""
    today = today or dt.date.today()
    age = 35
    if profile and profile.date_of_birth:
        try:
            born = dt.date.fromisoformat(profile.date_of_birth)
            age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        except ValueError:
            pass
    gender = "female" if profile and profile.gender == "FEMALE" else "male"
    return BodyProfile(
        height_cm=(profile.height_cm if profile and profile.height_cm else 172.0),
        age=max(18, min(age, 99)),
        gender=gender,
        weight_kg=(profile.weight_kg if profile and profile.weight_kg else 75.0),
    )
