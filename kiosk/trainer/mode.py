"""Trainer mode: a trainer's visit to the kiosk, from card tap or PIN to exit, free of Qt.

Closed → (Trainer button) keypad → (right PIN) open; a trainer card opens it
directly. Entry is only possible while no member session is running. While open,
member taps are ignored (the trainer is using the screen), every touch restarts
the idle timer, and after ``idle_s`` without one trainer mode closes by itself.
Every entry, exit, wrong PIN and action is written to the audit log; the results
are only readable while trainer mode is open.
"""
from __future__ import annotations

import asyncio
import dataclasses
import logging
import math
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any, Callable, Coroutine, Mapping

from hardware.events import CardCredential, Credential
from kiosk.cloud.base import ReportsDownstream
from kiosk.listeners import add_listener
from kiosk.outbox.history import HistoryItem, item as stored_item
from kiosk.outbox.outbox import Outbox
from kiosk.outbox.status import DeliveryStatus
from kiosk.session.timers import AsyncioScheduler, Scheduler, TimerHandle
from kiosk.storage import Database
from kiosk.trainer.audit import AuditAction, AuditLog, clean_reason
from kiosk.trainer.cards import PIN_ACTOR, TrainerCards
from kiosk.trainer.downstream import DownstreamView
from kiosk.trainer.export import ExportError, ExportFolder, export_folders as find_export_folders, write_csv
from kiosk.trainer.pin import PinCheck, PinLock, PinOutcome
from kiosk.trainer.results import MemberChoice, StateFilter, TrendPoint, with_live_statuses
from kiosk.trainer.results import members as stored_members, results as stored_results, trend as stored_trend

log = logging.getLogger(__name__)

IDLE_S = 120.0
LOCK_TICK_S = 1.0
EXPORT_LIMIT = 100_000
TRAINER_DISCARD_CODE = "trainer"  # the outbox's reason code; the trainer's own words go to the audit log


class TrainerModePhase(str, Enum):
    CLOSED = "closed"
    KEYPAD = "keypad"
    OPEN = "open"


class TrainerModeClosed(PermissionError):
    """A trainer-mode action was asked for while trainer mode is not open."""


@dataclass(frozen=True)
class TrainerModeSnapshot:
    """What the trainer-mode layer shows. ``actor`` is the audit name of the trainer in trainer mode."""

    phase: TrainerModePhase = TrainerModePhase.CLOSED
    actor: str = ""
    pin_available: bool = False
    pin_result: PinOutcome | None = None  # the last PIN check, shown on the keypad
    attempts_left: int = 0
    lock_seconds_left: int = 0
    checking: bool = False


class TrainerMode:
    """Entry, idle exit and the audited actions of trainer mode."""

    def __init__(
        self,
        *,
        db: Database,
        outbox: Outbox,
        cards: TrainerCards,
        pin: PinLock,
        audit: AuditLog,
        data_dir: Path,
        can_enter: Callable[[], bool] = lambda: True,
        idle_s: float = IDLE_S,
        scheduler: Scheduler | None = None,
        export_folders: Callable[[Path], list[ExportFolder]] = find_export_folders,
        downstream: Mapping[str, ReportsDownstream] | None = None,
    ) -> None:
        """``downstream`` are the destinations that pass results on (the hub): their states are shown instead."""
        self._db = db
        self._downstream = DownstreamView(downstream or {})
        self._outbox = outbox
        self._cards = cards
        self._pin = pin
        self._audit = audit
        self._data_dir = data_dir
        self._can_enter = can_enter
        self._idle_s = idle_s
        self._scheduler = scheduler or AsyncioScheduler()
        self._export_folders = export_folders
        self._snapshot = TrainerModeSnapshot(pin_available=pin.available)
        self._subscribers: list[Callable[[TrainerModeSnapshot], None]] = []
        self._member_card_watchers: list[Callable[[Credential], None]] = []
        self._idle_timer: TimerHandle | None = None
        self._lock_timer: TimerHandle | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    # --- state -------------------------------------------------------------------

    @property
    def snapshot(self) -> TrainerModeSnapshot:
        return self._snapshot

    @property
    def available(self) -> bool:
        """Whether this kiosk has any way in (trainer cards configured or a PIN set)."""
        return len(self._cards) > 0 or self._pin.available

    @property
    def is_open(self) -> bool:
        return self._snapshot.phase is TrainerModePhase.OPEN

    def subscribe(self, callback: Callable[[TrainerModeSnapshot], None]) -> Callable[[], None]:
        """Call ``callback`` with every new snapshot; returns the unsubscribe function."""
        return add_listener(self._subscribers, callback)

    def watch_deliveries(self, callback: Callable[[str], None]) -> Callable[[], None]:
        """Call ``callback(unique_id)`` whenever a result's delivery state changes; returns the unsubscribe function."""
        return self._outbox.subscribe(lambda unique_id, _status: callback(unique_id))

    def watch_member_cards(self, callback: Callable[[Credential], None]) -> Callable[[], None]:
        """Call ``callback(credential)`` for each member tap while trainer mode is open (to show their history)."""
        return add_listener(self._member_card_watchers, callback)

    # --- entry and exit ----------------------------------------------------------------

    def claims(self, credential: Credential) -> bool:
        """Trainer mode as a claimer of taps (:class:`kiosk.session.dispatch.EventDispatcher`): True when it takes one.

        A trainer card opens trainer mode (or, while open, counts as a touch). While
        trainer mode is open every other tap starts no session: it goes to the member-card
        watchers, which show that member's history. A member tapping while the keypad
        shows closes the keypad and starts their session as usual.
        """
        phase = self._snapshot.phase
        if self._cards.matches(credential):
            assert isinstance(credential, CardCredential)
            actor = self._cards.actor(credential.uid)
            if phase is TrainerModePhase.OPEN and actor == self._snapshot.actor:
                self.touch()
            elif phase is TrainerModePhase.OPEN:  # another trainer takes over
                self._spawn(self._record(AuditAction.EXIT, reason="handover"))
                self._enter(actor, "card")
            elif self._can_enter():
                self._enter(actor, "card")
            else:
                log.info("trainer card ignored: a member session is running")
            return True
        if phase is TrainerModePhase.OPEN:
            log.info("member tap in trainer mode: no session, their history is looked up")
            self.touch()
            for callback in list(self._member_card_watchers):
                callback(credential)
            return True
        if phase is TrainerModePhase.KEYPAD:
            self._close()
        return False

    def open_keypad(self) -> None:
        """The Trainer button: show the PIN keypad (only from the attract screen)."""
        if self._snapshot.phase is not TrainerModePhase.CLOSED or not self._can_enter():
            log.debug("trainer keypad not opened: trainer mode is %s or a member session runs", self._snapshot.phase.value)
            return
        self._publish(phase=TrainerModePhase.KEYPAD, pin_result=None, checking=False)
        self._restart_idle()
        self._tick_lock()

    async def submit_pin(self, pin: str) -> PinCheck:
        """Check a PIN typed on the keypad; the right one opens trainer mode.

        Raises :class:`TrainerModeClosed` when the keypad is not showing or a check is already running.
        """
        if self._snapshot.phase is not TrainerModePhase.KEYPAD or self._snapshot.checking:
            raise TrainerModeClosed("the PIN keypad is not waiting for a PIN")
        self.touch()
        self._publish(checking=True)
        try:
            check = await self._pin.check(pin)
        except Exception as error:  # the count could not be stored: refuse rather than guess
            log.error("trainer PIN could not be checked (%s)", type(error).__name__)
            check = PinCheck(PinOutcome.UNAVAILABLE, 0)
        if self._snapshot.phase is not TrainerModePhase.KEYPAD:  # closed (idle, member tap) while checking
            self._publish(checking=False)
            return check
        if check.outcome is PinOutcome.ACCEPTED:
            self._enter(PIN_ACTOR, "pin")
        else:
            if check.outcome is PinOutcome.WRONG:
                await self._record(AuditAction.PIN_WRONG, reason=f"{check.attempts_left} attempts left")
            elif check.outcome is PinOutcome.LOCKED_NOW:
                await self._record(AuditAction.PIN_LOCKED, reason=f"locked for {check.locked_for_s:.0f} s")
            self._publish(pin_result=check.outcome, checking=False)
            self._tick_lock()
        return check

    def touch(self) -> None:
        """Any touch while the keypad or trainer mode shows: the idle timer starts again."""
        if self._snapshot.phase is not TrainerModePhase.CLOSED:
            self._restart_idle()

    def exit(self, reason: str = "button") -> None:
        """Leave trainer mode (or close the keypad) and go back to the attract screen."""
        if self._snapshot.phase is TrainerModePhase.OPEN:
            self._spawn(self._record(AuditAction.EXIT, reason=reason))
            log.info("trainer mode closed (%s)", reason)
        self._close()

    async def aclose(self) -> None:
        """Leave trainer mode (audited as "shutdown") and wait for pending audit writes."""
        self.exit("shutdown")
        await self.wait_idle()

    async def wait_idle(self) -> None:
        """Return once every audit write started so far has finished."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # --- what trainers read --------------------------------------------------------------

    async def results(self, state_filter: StateFilter = StateFilter.ALL, member_key: str | None = None,
                      limit: int = 200) -> list[HistoryItem]:
        """Results at this station, newest first, with the outbox's latest statuses."""
        self._require_open()
        if state_filter is not StateFilter.ALL:
            await self._outbox.stats()  # writes outcomes still held in memory first, so the filter sees them
        found = await stored_results(self._db, state_filter=state_filter, member_key=member_key, limit=limit)
        return await self._downstream.show([self._live(item) for item in found], limit)

    async def item(self, unique_id: str) -> HistoryItem | None:
        self._require_open()
        found = await stored_item(self._db, unique_id)
        return None if found is None else await self._downstream.show_one(self._live(found))

    async def members(self) -> list[MemberChoice]:
        self._require_open()
        return await stored_members(self._db)

    async def trend(self, item: HistoryItem) -> list[TrendPoint]:
        """The trend of the member who owns ``item`` (audited as viewed); empty for an unknown member."""
        self._require_open()
        await self._record(AuditAction.VIEW_TREND, item_id=item.unique_id)
        if not item.member_key:
            return []
        return await stored_trend(self._db, item.member_key)

    def export_folders(self) -> list[ExportFolder]:
        self._require_open()
        return self._export_folders(self._data_dir)

    # --- actions -------------------------------------------------------------------------

    async def resend(self, unique_id: str) -> tuple[DeliveryStatus, ...]:
        """Queue a rejected, expired or needs-re-auth result again (see :meth:`Outbox.requeue`)."""
        self._require_open()
        self.touch()
        try:
            statuses = await self._outbox.requeue(unique_id) + await self._downstream.resend(unique_id)
        except Exception as error:
            await self._record(AuditAction.RESEND, item_id=unique_id, reason=f"failed: {type(error).__name__}")
            raise
        outcome = ", ".join(f"{s.destination} {s.state.value}" for s in statuses) or "nothing to resend"
        await self._record(AuditAction.RESEND, item_id=unique_id, reason=outcome)
        return statuses

    async def discard(self, unique_id: str, reason: str) -> tuple[DeliveryStatus, ...]:
        """Stop delivering a result; ``reason`` (required) goes to the audit log."""
        self._require_open()
        self.touch()
        reason = clean_reason(reason)
        if not reason:
            raise ValueError("a discard needs a reason")
        try:
            await self._outbox.discard(unique_id, TRAINER_DISCARD_CODE)
            behind = await self._downstream.discard(unique_id, reason)
        except Exception as error:
            await self._record(AuditAction.DISCARD, item_id=unique_id, reason=f"failed: {type(error).__name__}: {reason}")
            raise
        await self._record(AuditAction.DISCARD, item_id=unique_id, reason=reason)
        return self._outbox.statuses(unique_id) + behind

    async def export(self, folder: Path, state_filter: StateFilter = StateFilter.ALL,
                     member_key: str | None = None) -> tuple[Path, int]:
        """Write the results the filters select to a new CSV file in ``folder``; returns (file, count)."""
        self._require_open()
        self.touch()
        chosen = await self.results(state_filter, member_key, limit=EXPORT_LIMIT)
        try:
            path = await asyncio.to_thread(write_csv, chosen, folder, now=datetime.now())
        except ExportError as error:
            await self._record(AuditAction.EXPORT, reason=f"failed: {error}")
            raise
        await self._record(AuditAction.EXPORT, reason=f"{len(chosen)} results to {path}")
        return path, len(chosen)

    # --- internals -------------------------------------------------------------------

    def _enter(self, actor: str, how: str) -> None:
        self._spawn(self._record(AuditAction.ENTER, actor=actor, reason=how))
        log.info("trainer mode opened by %s", how)
        self._cancel_lock_tick()
        self._publish(phase=TrainerModePhase.OPEN, actor=actor, pin_result=None, checking=False, lock_seconds_left=0)
        self._restart_idle()

    def _close(self) -> None:
        for timer in (self._idle_timer, self._lock_timer):
            if timer is not None:
                timer.cancel()
        self._idle_timer = self._lock_timer = None
        if self._snapshot.phase is not TrainerModePhase.CLOSED:
            self._publish(phase=TrainerModePhase.CLOSED, actor="", pin_result=None, checking=False)

    def _require_open(self) -> None:
        if not self.is_open:
            raise TrainerModeClosed("trainer mode is not open")

    def _live(self, item: HistoryItem) -> HistoryItem:
        return with_live_statuses(item, self._outbox.statuses_by_destination(item.unique_id))

    def _restart_idle(self) -> None:
        if self._idle_timer is not None:
            self._idle_timer.cancel()
        self._idle_timer = self._scheduler.call_later(self._idle_s, self._idle_elapsed)

    def _idle_elapsed(self) -> None:
        self._idle_timer = None
        self.exit("idle")

    def _tick_lock(self) -> None:
        """Keep the keypad's lock countdown current while PIN entry is locked."""
        self._cancel_lock_tick()
        if self._snapshot.phase is not TrainerModePhase.KEYPAD:
            return
        seconds = math.ceil(self._pin.locked_for_s())
        self._publish(lock_seconds_left=seconds, attempts_left=self._pin.attempts_left)
        if seconds > 0:
            self._lock_timer = self._scheduler.call_later(min(LOCK_TICK_S, self._pin.locked_for_s()), self._tick_lock)

    def _cancel_lock_tick(self) -> None:
        if self._lock_timer is not None:
            self._lock_timer.cancel()
            self._lock_timer = None

    def _record(self, action: AuditAction, *, actor: str | None = None, item_id: str | None = None,
                reason: str = "") -> Coroutine[Any, Any, None]:
        """The audit write for ``action``, by the trainer in trainer mode now unless ``actor`` says otherwise."""
        return self._write_audit(actor or self._snapshot.actor or PIN_ACTOR, action, item_id, reason)

    async def _write_audit(self, actor: str, action: AuditAction, item_id: str | None, reason: str) -> None:
        try:
            await self._audit.record(actor, action, item_id=item_id, reason=reason)
        except Exception as error:  # the action itself stands; the failure is logged
            log.error("could not write the trainer audit log (%s)", type(error).__name__)

    def _spawn(self, coroutine: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _publish(self, **changes: Any) -> None:
        snapshot = dataclasses.replace(self._snapshot, **changes)
        if snapshot == self._snapshot:
            return
        self._snapshot = snapshot
        for callback in list(self._subscribers):
            try:
                callback(snapshot)
            except Exception as error:  # a broken listener must not break trainer mode
                log.error("trainer mode listener failed: %s", type(error).__name__)
