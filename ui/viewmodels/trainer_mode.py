"""Trainer mode's view-model: trainer mode's state and results turned into Qt properties.

QML binds to these properties and calls the slots; every decision (who may enter,
lockout, what is audited) stays in :class:`kiosk.trainer.TrainerMode`. The PIN
being typed is kept here and never exposed, only its length. When trainer mode
closes, every member-derived property is emptied.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Awaitable, Callable, Coroutine

from PySide6.QtCore import Property, QObject, Signal, Slot

from hardware.events import Credential
from kiosk.outbox.history import HistoryItem
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.text import NAME_LIMIT, display_text
from kiosk.trainer import ExportError, ExportFolder, PinOutcome, TrainerModeClosed, TrainerMode, TrainerModePhase, TrainerModeSnapshot, StateFilter
from kiosk.trainer.pin import PIN_LENGTHS
from kiosk.trainer.results import TrendPoint, can_discard, can_resend
from ui.i18n import Translator
from ui.viewmodels import formatting
from ui.viewmodels.trainer_rows import (
    ResultListModel,
    delivery_line,
    discard_reasons,
    filter_label,
    member_text,
    result_row,
    tr,
    trend_view,
)

log = logging.getLogger(__name__)

FindMember = Callable[[Credential], Awaitable["str | None"]]  # a tapped card's member (user id), None for nobody



class TrainerModeViewModel(QObject):
    """Properties for the trainer-mode layer (keypad, results, detail, discard, trend, export); slots for touches."""

    changed = Signal()
    resultsChanged = Signal()
    detailChanged = Signal()
    trendChanged = Signal()
    noticeChanged = Signal()

    def __init__(self, trainer_mode: TrainerMode, translator: Translator | None = None, parent: QObject | None = None,
                 *, units: str = "metric", find_member: FindMember | None = None) -> None:
        """``units`` is the site's ([station] units): metric, us_customary or imperial.

        ``find_member(credential)`` names the member a tapped card belongs to (the kiosk's member key, None
        when nobody): a member's tap in trainer mode then shows that member's results.
        """
        super().__init__(parent)
        self._find_member = find_member
        self._unit_system = formatting.UNIT_SYSTEMS[units]
        self._trainer_mode = trainer_mode
        self._translator = translator or Translator()
        self._snapshot = trainer_mode.snapshot
        self._page = "keypad"
        self._pin = ""
        self._model = ResultListModel(self)
        self._items: dict[str, HistoryItem] = {}
        self._filter = StateFilter.ALL
        self._members: list[dict[str, Any]] = []
        self._member_index = 0
        self._selected: HistoryItem | None = None
        self._trend: dict[str, Any] = {}
        self._folders: list[ExportFolder] = []
        self._notice = ("", "")
        self._running = 0  # slots whose work is still under way
        self._tasks: set[asyncio.Task[Any]] = set()
        self._refreshing: asyncio.Task[None] | None = None
        self._refresh_again = False
        self._unsubscribe = trainer_mode.subscribe(self._apply)
        self._unwatch = trainer_mode.watch_deliveries(self._on_delivery)
        self._unwatch_cards = trainer_mode.watch_member_cards(self._on_member_card)

    # --- lifecycle -------------------------------------------------------------------

    async def aclose(self) -> None:
        """Stop listening, close trainer mode (audited) and wait for everything started here."""
        self._unsubscribe()
        self._unwatch()
        self._unwatch_cards()
        await self._trainer_mode.aclose()
        await self.wait_idle()

    async def wait_idle(self) -> None:
        """Return once every task started by a slot (and trainer mode's audit writes) has finished."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
        await self._trainer_mode.wait_idle()

    # --- trainer mode's state -----------------------------------------------------------

    def _apply(self, snapshot: TrainerModeSnapshot) -> None:
        previous, self._snapshot = self._snapshot.phase, snapshot
        if snapshot.phase is not previous:
            self._pin = ""
            if snapshot.phase is TrainerModePhase.OPEN:
                self._page = "results"
                self._set_notice("", "")
                self._refresh()
            elif snapshot.phase is TrainerModePhase.KEYPAD:
                self._page = "keypad"
            else:
                self._forget_members()
        self.changed.emit()

    def _forget_members(self) -> None:
        self._items, self._members, self._member_index, self._selected, self._trend = {}, [], 0, None, {}
        self._filter, self._folders, self._page = StateFilter.ALL, [], "keypad"
        self._model.replace([])
        self._set_notice("", "")
        for signal in (self.resultsChanged, self.detailChanged, self.trendChanged):
            signal.emit()

    def _on_delivery(self, unique_id: str) -> None:
        if self._trainer_mode.is_open and (unique_id in self._items or self._filter is not StateFilter.ALL):
            self._refresh()

    def _on_member_card(self, credential: Credential) -> None:
        if self._find_member is not None:
            self._spawn(self._show_member(credential, self._find_member))

    async def _show_member(self, credential: Credential, find_member: FindMember) -> None:
        """The tapped member's results, newest first; a notice when this kiosk has none of theirs."""
        try:
            member_key = await find_member(credential)
        except Exception as error:  # offline, refused: the trainer can still pick the member from the list
            log.info("looking up a member's card failed (%s)", type(error).__name__)
            self._set_notice(tr("This card could not be looked up. Pick the member from the list."), "wait")
            return
        members = await self._trainer_mode.members()
        index = next((i for i, m in enumerate(members, start=1) if member_key and m.member_key == member_key), 0)
        if not index:
            self._set_notice(tr("No results at this kiosk for this card."), "wait")
            return
        self._filter, self._selected = StateFilter.ALL, None
        self._set_notice("", "")
        self._go("results")
        self.setMemberFilter(index)

    # --- properties: entry -------------------------------------------------------------

    @Property(bool, notify=changed)
    def active(self) -> bool:
        return self._snapshot.phase is not TrainerModePhase.CLOSED

    @Property(bool, constant=True)
    def available(self) -> bool:
        return self._trainer_mode.available

    @Property(str, notify=changed)
    def page(self) -> str:
        return self._page

    @Property(str, notify=changed)
    def actorText(self) -> str:
        if self._snapshot.actor == "pin":
            return tr("Trainer (PIN)")
        return tr("Trainer (card)") if self._snapshot.actor else ""

    @Property(int, notify=changed)
    def pinLength(self) -> int:
        return len(self._pin)

    @Property(bool, notify=changed)
    def pinAvailable(self) -> bool:
        return self._snapshot.pin_available

    @Property(bool, notify=changed)
    def checking(self) -> bool:
        return self._snapshot.checking

    @Property(int, notify=changed)
    def lockSecondsLeft(self) -> int:
        return self._snapshot.lock_seconds_left

    @Property(bool, notify=changed)
    def canSubmitPin(self) -> bool:
        snapshot = self._snapshot
        return (snapshot.pin_available and not snapshot.checking and snapshot.lock_seconds_left == 0
                and len(self._pin) >= PIN_LENGTHS.start)

    @Property(str, notify=changed)
    def pinMessage(self) -> str:
        snapshot = self._snapshot
        if not snapshot.pin_available:
            return tr("PIN entry is not set up on this kiosk. Tap your trainer card instead.")
        if snapshot.lock_seconds_left > 0:
            minutes, seconds = divmod(snapshot.lock_seconds_left, 60)
            wait = f"{minutes}:{seconds:02d}" if minutes else tr("%1 s").replace("%1", str(seconds))
            return tr("Too many wrong PINs. Try again in %1.").replace("%1", wait)
        if snapshot.checking:
            return tr("Checking…")
        if snapshot.pin_result is PinOutcome.WRONG:
            return tr("Wrong PIN. %1 attempts left.").replace("%1", str(snapshot.attempts_left))
        if snapshot.pin_result is PinOutcome.UNAVAILABLE:
            return tr("The PIN cannot be checked right now. Tap your trainer card instead.")
        return tr("Enter the trainer PIN, or tap your trainer card.")

    @Property(str, notify=changed)
    def pinTone(self) -> str:
        snapshot = self._snapshot
        if (not snapshot.pin_available or snapshot.lock_seconds_left > 0
                or snapshot.pin_result in (PinOutcome.WRONG, PinOutcome.UNAVAILABLE)):
            return "bad"
        return "busy" if snapshot.checking else "off"

    # --- properties: results -------------------------------------------------------------

    @Property(QObject, constant=True)
    def results(self) -> QObject:
        return self._model

    @Property(int, notify=resultsChanged)
    def resultCount(self) -> int:
        return self._model.rowCount()

    @Property(str, notify=resultsChanged)
    def stateFilter(self) -> str:
        return self._filter.value

    @Property("QVariantList", notify=resultsChanged)
    def stateFilters(self) -> list[dict[str, str]]:
        return [{"key": f.value, "label": filter_label(f)} for f in StateFilter]

    @Property("QVariantList", notify=resultsChanged)
    def memberChoices(self) -> list[str]:
        everyone = tr("All members")
        return [everyone, *(f"{m['label']} ({m['results']})" for m in self._members)]

    @Property(int, notify=resultsChanged)
    def memberFilter(self) -> int:
        return self._member_index

    @Property(str, notify=noticeChanged)
    def notice(self) -> str:
        return self._notice[0]

    @Property(str, notify=noticeChanged)
    def noticeTone(self) -> str:
        return self._notice[1]

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        return self._running > 0

    # --- properties: one result, its trend, discard and export ---------------------------

    @Property("QVariantMap", notify=detailChanged)
    def detail(self) -> dict[str, Any]:
        item = self._selected
        if item is None:
            return {}
        return {
            "memberLabel": member_text(item.member_label),
            "timeText": self._time_text(item.timestamp_ms),
            "rows": formatting.result_rows(item.values, self._unit_system, self._translator.locale_tag),
            "deliveries": [delivery_line(d.destination, d.state, d.reason, d.detail) for d in item.deliveries],
            "canResend": can_resend(item),
            "canDiscard": can_discard(item),
            "canTrend": bool(item.member_key) and item.kind == "body",
        }

    @Property("QVariantList", constant=True)
    def discardReasons(self) -> list[str]:
        return discard_reasons()

    @Property("QVariantMap", notify=trendChanged)
    def trend(self) -> dict[str, Any]:
        return self._trend

    @Property("QVariantList", notify=changed)
    def exportFolders(self) -> list[dict[str, Any]]:
        return [
            {
                "label": tr("USB drive %1").replace("%1", display_text(folder.path.name, NAME_LIMIT)) if folder.removable
                else tr("This kiosk"),
                "path": display_text(str(folder.path)),
                "removable": folder.removable,
            }
            for folder in self._folders
        ]

    # --- slots: entry and exit ---------------------------------------------------------

    @Slot()
    def openKeypad(self) -> None:
        self._trainer_mode.open_keypad()

    @Slot(str)
    def pressDigit(self, digit: str) -> None:
        self._trainer_mode.touch()
        if self._snapshot.phase is TrainerModePhase.KEYPAD and digit.isdigit() and len(digit) == 1 \
                and len(self._pin) < PIN_LENGTHS.stop - 1:
            self._pin += digit
            self.changed.emit()

    @Slot()
    def deleteDigit(self) -> None:
        self._trainer_mode.touch()
        self._pin = self._pin[:-1]
        self.changed.emit()

    @Slot()
    def submitPin(self) -> None:
        if not self.canSubmitPin:
            return
        pin, self._pin = self._pin, ""
        self.changed.emit()
        self._spawn(self._trainer_mode.submit_pin(pin))

    @Slot()
    def exit(self) -> None:
        self._trainer_mode.exit("button")

    @Slot()
    def touch(self) -> None:
        self._trainer_mode.touch()

    # --- slots: results ------------------------------------------------------------------

    @Slot(str)
    def setStateFilter(self, key: str) -> None:
        self._trainer_mode.touch()
        try:
            self._filter = StateFilter(key)
        except ValueError:
            log.debug("unknown result filter ignored")
            return
        self.resultsChanged.emit()
        self._refresh()

    @Slot(int)
    def setMemberFilter(self, index: int) -> None:
        self._trainer_mode.touch()
        self._member_index = index if 0 <= index <= len(self._members) else 0
        self.resultsChanged.emit()
        self._refresh()

    @Slot(int)
    def select(self, row: int) -> None:
        self._trainer_mode.touch()
        if not 0 <= row < self._model.rowCount():
            return
        self._selected = self._items.get(self._model.row(row)["uniqueId"])
        if self._selected is not None:
            self._go("detail")
            self.detailChanged.emit()

    @Slot()
    def back(self) -> None:
        self._trainer_mode.touch()
        self._go({"discard": "detail", "trend": "detail"}.get(self._page, "results"))
        self._set_notice("", "")

    @Slot()
    def dismissNotice(self) -> None:
        self._set_notice("", "")

    # --- slots: actions ------------------------------------------------------------------

    @Slot()
    def resend(self) -> None:
        if self._selected is not None and not self.busy:
            self._spawn(self._resend(self._selected))

    @Slot()
    def startDiscard(self) -> None:
        self._trainer_mode.touch()
        if self._selected is not None and can_discard(self._selected):
            self._go("discard")

    @Slot(str)
    def discard(self, reason: str) -> None:
        if self._selected is not None and not self.busy and reason.strip():
            self._spawn(self._discard(self._selected, reason))

    @Slot()
    def showTrend(self) -> None:
        if self._selected is not None and not self.busy:
            self._spawn(self._show_trend(self._selected))

    @Slot()
    def startExport(self) -> None:
        self._trainer_mode.touch()
        try:
            self._folders = self._trainer_mode.export_folders()
        except TrainerModeClosed:
            return
        self._go("export")

    @Slot(int)
    def exportTo(self, index: int) -> None:
        if 0 <= index < len(self._folders) and not self.busy:
            self._spawn(self._export(self._folders[index]))

    # --- async work ----------------------------------------------------------------------

    def _refresh(self) -> None:
        """Reload the list (and the selected result); requests during a reload cause one more."""
        if self._refreshing is not None and not self._refreshing.done():
            self._refresh_again = True
            return
        self._refreshing = self._spawn(self._reload(), busy=False)

    async def _reload(self) -> None:
        while True:
            self._refresh_again = False
            members = await self._trainer_mode.members()
            self._members = [{"member_key": m.member_key, "label": member_text(m.label), "results": m.results} for m in members]
            if self._member_index > len(self._members):
                self._member_index = 0
            member_key = self._members[self._member_index - 1]["member_key"] if self._member_index else None
            items = await self._trainer_mode.results(self._filter, member_key)
            if not self._trainer_mode.is_open:
                return
            self._items = {item.unique_id: item for item in items}
            self._model.replace([self._row(item) for item in items])
            if self._selected is not None:
                self._selected = await self._trainer_mode.item(self._selected.unique_id) or self._selected
                self.detailChanged.emit()
            self.resultsChanged.emit()
            if not self._refresh_again:
                return

    async def _resend(self, item: HistoryItem) -> None:
        statuses = await self._trainer_mode.resend(item.unique_id)
        self._set_notice(*self._resend_notice(item, statuses))
        self._refresh()

    def _resend_notice(self, item: HistoryItem, statuses: tuple[DeliveryStatus, ...]) -> tuple[str, str]:
        states = {status.state for status in statuses}
        if not statuses:
            return tr("Nothing to resend."), "wait"
        if states == {DeliveryState.PENDING}:
            return tr("Queued again; sending now."), "good"
        if DeliveryState.NEEDS_REAUTH in states:
            text = tr("Queued again. It is sent when %1 next measures at this kiosk.")
            return text.replace("%1", member_text(item.member_label, tr("the member"))), "wait"
        too_old = [status.destination for status in statuses if status.state is DeliveryState.EXPIRED]
        platforms = formatting.names(too_old or [status.destination for status in statuses], self._translator.language)
        return tr("Still too old for %1 to accept; it cannot be sent.").replace("%1", platforms), "bad"

    async def _discard(self, item: HistoryItem, reason: str) -> None:
        await self._trainer_mode.discard(item.unique_id, reason)
        self._set_notice(tr("Discarded. The reason is in the audit log."), "good")
        self._go("detail")
        self._refresh()

    async def _show_trend(self, item: HistoryItem) -> None:
        points = await self._trainer_mode.trend(item)
        self._trend = self._present_trend(item.member_label, points)
        self.trendChanged.emit()
        self._go("trend")

    async def _export(self, folder: ExportFolder) -> None:
        member_key = self._members[self._member_index - 1]["member_key"] if self._member_index else None
        try:
            path, count = await self._trainer_mode.export(folder.path, self._filter, member_key)
        except ExportError:
            self._set_notice(tr("Could not write to %1. Is the drive still plugged in and not full?")
                             .replace("%1", display_text(str(folder.path))), "bad")
            return
        self._set_notice(tr("Saved %1 results to %2").replace("%1", str(count)).replace("%2", display_text(str(path))), "good")

    def _spawn(self, coroutine: Coroutine[Any, Any, None], busy: bool = True) -> asyncio.Task[None]:
        """Run a slot's work on the event loop; ``busy`` holds off further actions until it ends."""
        task = asyncio.get_running_loop().create_task(self._guarded(coroutine, busy))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _guarded(self, coroutine: Coroutine[Any, Any, None], busy: bool) -> None:
        """Run one slot's work, with a readable notice instead of a crash."""
        self._running += busy
        self.changed.emit()
        try:
            await coroutine
        except TrainerModeClosed:
            pass  # trainer mode closed meanwhile (idle, exit): nothing left to show
        except Exception as error:
            log.error("trainer-mode action failed (%s)", type(error).__name__)
            self._set_notice(tr("That did not work: this kiosk's storage is not answering."), "bad")
        finally:
            self._running -= busy
            self.changed.emit()

    # --- presentation ------------------------------------------------------------------

    def _go(self, page: str) -> None:
        if page != self._page:
            self._page = page
            self.changed.emit()

    def _set_notice(self, text: str, tone: str) -> None:
        if (text, tone) != self._notice:
            self._notice = (text, tone)
            self.noticeChanged.emit()

    def _time_text(self, timestamp_ms: int) -> str:
        return formatting.date_text(timestamp_ms, self._translator.locale_tag, with_time=True)

    def _row(self, item: HistoryItem) -> dict[str, Any]:
        return result_row(item, self._unit_system, self._translator.locale_tag)

    def _present_trend(self, member_label: str, points: list[TrendPoint]) -> dict[str, Any]:
        return trend_view(member_label, points, self._unit_system, self._translator.locale_tag)
