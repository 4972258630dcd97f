"""The member screens' view-model: a session snapshot turned into Qt properties.

QML only binds to these properties and calls the slots; every decision stays in
:class:`kiosk.session.flow.SessionFlow`. When the flow clears a member (idle timeout,
"Not me", back to attract) every member-derived property here is emptied too.
"""
from __future__ import annotations

import datetime
from typing import Any, Callable, Sequence

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from kiosk.cloud.errors import MembershipRefused
from kiosk.cloud.registry import display_name
from kiosk.message_codes import MessageCode
from kiosk.session.flow import SessionFlow
from kiosk.session.messages import identify_failure
from kiosk.session.state import SessionSnapshot, SessionState
from kiosk.text import NAME_LIMIT, display_text
from ui.i18n import Translator
from ui.qr_images import qr_source
from ui.viewmodels import analyser_details, formatting, result_view
from ui.viewmodels import member_extras
from ui.viewmodels.member_extras import MemberExtrasViewModel


def tr(text: str) -> str:
    """Translate ``text``. pyside6-lupdate files module-level ``tr()`` calls under the empty context."""
    return QCoreApplication.translate("", text)


STATIONS = ("scale", "cardio", "flexibility")


def message_texts(code: MessageCode | None, station: str = "scale", *, measured: bool = True,
                  platform: str = "") -> tuple[str, str]:
    """(what happened, what to do) for a message code, in the language on screen.

    ``platform`` is the display name of the platform the message is about ("EGYM").
    ``measured`` is False when the member has no result yet (logging in failed): then there
    is nothing saved on the kiosk, and the only thing to do is try again.
    """
    if code is None:
        return "", ""
    if not measured and code in (MessageCode.OFFLINE, MessageCode.SERVER_REPLY, MessageCode.RATE_LIMITED):
        retry = tr("Please try again in a minute.") if code is MessageCode.RATE_LIMITED else tr("Please try again in a few minutes.")
        return message_texts(code, station, platform=platform)[0], retry
    disconnected = {
        "cardio": tr("The cardio machine is disconnected"),
        "flexibility": tr("The flexibility station is disconnected"),
    }.get(station, tr("The scale is disconnected"))
    front_desk = tr("Please ask at the front desk.")
    # %1 is the platform's name ("EGYM"); translations keep it where their grammar wants it.
    texts = {
        MessageCode.CARD_NOT_REGISTERED: (tr("This card is not linked to an %1 account"), tr("Please ask at the front desk to link your card.")),
        MessageCode.PERMISSION: (tr("This kiosk is not allowed to do that at %1"), tr("Please tell a trainer.")),
        MessageCode.RATE_LIMITED: (tr("%1 is busy right now"), tr("Your result is saved here and will be sent shortly.")),
        MessageCode.OFFLINE: (tr("No connection to %1"), tr("Your result is saved on this kiosk and will be sent when the connection is back.")),
        MessageCode.SERVER_REPLY: (tr("%1 sent an answer we could not read"), tr("Your result is saved here and will be sent again.")),
        MessageCode.REJECTED: (tr("%1 did not accept this result"), tr("A trainer can see the details at this kiosk.")),
        MessageCode.AUTH: (tr("This kiosk could not sign in to %1"), tr("Please tell a trainer.")),
        MessageCode.KIOSK_NOT_ENROLLED: (tr("This kiosk is not enrolled at %1"),
                                         tr("Results are kept here. Please tell a trainer: it needs a new enrolment code.")),
        MessageCode.UNSUPPORTED_CARD: (tr("We could not use this card or phone"), tr("Please try again, or use your member card.")),
        MessageCode.DEVICE_DISCONNECTED: (disconnected, tr("Reconnecting… please stay where you are.")),
        MessageCode.STORAGE: (tr("This kiosk could not save your result"), tr("Nothing was sent. Please tell a trainer.")),
        MessageCode.NOT_SAVED_YET: (tr("Your result is not saved yet"), tr("Please keep this screen open.")),
        MessageCode.MEMBERSHIP_FROZEN: (tr("Your membership is paused"), front_desk),
        MessageCode.MEMBERSHIP_NO_ACTIVE_CONTRACT: (tr("Your membership is not active"), front_desk),
        MessageCode.MEMBERSHIP_BLOCKED: (tr("Your membership is blocked"), front_desk),
        MessageCode.MEMBERSHIP_OUT_OF_HOURS: (tr("Your membership does not include this time of day"), front_desk),
        MessageCode.MEMBERSHIP_REFUSED: (tr("Your visit was not approved"), front_desk),
        MessageCode.TERMS_DECLINED: (tr("No problem. Nothing was measured or sent"),
                                     tr("You can accept %1's terms next time to save your results.")),
        MessageCode.TERMS_UNAVAILABLE: (tr("%1's terms could not be loaded"), tr("Please try again in a few minutes.")),
        MessageCode.TERMS_NOT_SAVED: (tr("Your answer did not reach %1"), tr("Please tap Accept again.")),
    }
    what, hint = texts.get(code) or analyser_details.refusal_texts(code) or (tr("Something went wrong"), tr("Please try again."))
    return what.replace("%1", platform), hint.replace("%1", platform)


def membership_notice(reason: str | None) -> str:
    """What a member who may measure although the club refuses the visit reads under the greeting ("" if nothing)."""
    if not reason:
        return ""
    return message_texts(identify_failure(MembershipRefused("", reason)))[0]


def prompt_texts(station: str) -> tuple[str, str]:
    """(what to do now, how) on the greeting, for the station the kiosk stands beside."""
    if station == "cardio":
        return tr("Start your workout"), tr("Press Start on the console. Your figures appear here as you train.")
    if station == "flexibility":
        return tr("Take your position for the test"), tr("Follow the guide on the station. Your result appears here when the test is done.")
    return tr("Please step onto the scale"), tr("Barefoot, standing still, both feet on the plates.")


def measuring_status(station: str, snapshot: SessionSnapshot) -> tuple[str, str, str]:
    """(status, tone, hint) under the live values: what the device is doing and what the member does next.

    Only scales and cardio consoles send live values; other stations go straight to the result.
    """
    if snapshot.message is MessageCode.NOT_SAVED_YET:  # the result is taken, the disk has not stored it yet
        return tr("Saving your result…"), "wait", tr("Not saved yet. Please keep this screen open.")
    if station == "cardio":
        if not snapshot.device_connected:
            return tr("Console disconnected, reconnecting…"), "wait", tr("Keep going: your workout is counted on the console.")
        if snapshot.live_stale:
            return tr("Waiting for the console…"), "wait", tr("The figures shown are not current.")
        return tr("Workout in progress…"), "busy", tr("Finish your workout on the console to see your summary.")
    if not snapshot.device_connected:
        return tr("Scale disconnected, reconnecting…"), "wait", ""
    if snapshot.live_stale and not snapshot.weight_stable:
        return tr("Waiting for the scale…"), "wait", tr("The weight shown is not current.")
    if snapshot.weight_stable:
        return tr("Weight steady, analysing…"), "good", ""
    return tr("Please stand still…"), "busy", ""


class SessionViewModel(QObject):
    """Properties for the member screens; slots for the member's touches.

    ``identity_platforms`` are the platforms a card is checked with, ``destination_platforms``
    those a result is saved to (by name, in order); both default to the flow's platform.
    """

    screenChanged = Signal()
    changed = Signal()

    def __init__(
        self,
        flow: SessionFlow,
        translator: Translator | None = None,
        station_name: str = "",
        parent: QObject | None = None,
        *,
        station: str = "scale",
        identity_platforms: Sequence[str] = (),
        destination_platforms: Sequence[str] = (),
        today: Callable[[], datetime.date] = datetime.date.today,
    ) -> None:
        super().__init__(parent)
        if station not in STATIONS:
            raise ValueError(f"station must be one of {', '.join(STATIONS)}; got {station!r}")
        self._flow = flow
        self._translator = translator or Translator()
        self._station_name = station_name
        self._station = station
        self._identity_platforms = tuple(identity_platforms) or (flow.platform,)
        self._destination_platforms = tuple(destination_platforms) or (flow.platform,)
        self._today = today
        self._qr: tuple[str, str] = ("", "")  # (text, image) of the last take-away code
        self._takeaway_wanted = False  # the member tapped "QR code" on this result: only then is it made
        self._snapshot = SessionSnapshot()
        self._screen = SessionState.ATTRACT.value
        self._values: dict[str, Any] = {}
        self._details = analyser_details.AnalyserDetailsViewModel(flow, self)
        self._extras = MemberExtrasViewModel(flow, self)
        self.apply(flow.snapshot)
        self._unsubscribe = flow.subscribe(self.apply)

    def apply(self, snapshot: SessionSnapshot) -> None:
        """Show ``snapshot``: switches language to the member's and back, recomputes every text."""
        self._snapshot = snapshot
        if snapshot.state is not SessionState.DONE:
            self._takeaway_wanted, self._qr = False, ("", "")
        self._translator.use(snapshot.profile.locale if snapshot.profile else None)
        self._values = self._present(snapshot)
        self._details.apply(snapshot, self._translator.language)
        self._extras.apply(snapshot, self._translator.language)
        self.changed.emit()
        if snapshot.state.value != self._screen:
            self._screen = snapshot.state.value
            self.screenChanged.emit()

    def _present(self, snapshot: SessionSnapshot) -> dict[str, Any]:
        language = self._translator.language
        profile = snapshot.profile
        units = profile.unit_system if profile else None
        live = formatting.weight(snapshot.live_weight_kg, units, language) if snapshot.live_weight_kg is not None else None
        platform = display_name(snapshot.message_platform or self._flow.platform)
        title, hint = message_texts(snapshot.message, self._station, measured=bool(snapshot.result or snapshot.submissions),
                                    platform=platform)
        prompt, prompt_hint = prompt_texts(self._station)
        status, tone, status_hint = measuring_status(self._station, snapshot)
        return {
            "greetingName": display_text(profile.display_name, NAME_LIMIT) if profile else "",
            "membershipNotice": membership_notice(profile.membership_refusal if profile else None),
            "liveWeightText": live.value if live else "",
            "weightUnit": live.unit if live else "",
            "resultRows": formatting.result_rows(snapshot.result, units, language),
            "liveRows": member_extras.with_zones(formatting.result_rows(snapshot.live_values, units, language, live=True),
                                                 snapshot.live_values, snapshot.training),
            "submissions": formatting.submission_lines(snapshot.submissions, snapshot.downstream),
            "deliveryOutcome": formatting.delivery_outcome(snapshot.submissions, snapshot.downstream),
            "messageText": title,
            "messageHint": hint,
            "messageCode": snapshot.message.value if snapshot.message else "",
            "promptText": prompt,
            "promptHint": prompt_hint,
            "measuringStatus": status,
            "measuringTone": tone,
            "measuringHint": status_hint,
            "identityNames": formatting.names(self._identity_platforms, language),
            "destinationNames": formatting.names(snapshot.linked_platforms or self._destination_platforms, language),
            **self._present_result(snapshot, language),
        }

    def _present_result(self, snapshot: SessionSnapshot, language: str) -> dict[str, Any]:
        """The result page: rows with progress and meaning, the countdown, the take-away code."""
        profile = snapshot.profile
        today = self._today()
        rows = result_view.detail_rows(snapshot.result, snapshot.history, profile, language, today=today)
        takeaway = ""
        if snapshot.state is SessionState.DONE and rows and self._takeaway_wanted:
            text = result_view.takeaway_text(rows, today, language)
            if self._qr[0] != text:
                self._qr = (text, qr_source(text))
            takeaway = self._qr[1]
        units = profile.unit_system if profile else None
        return {
            "detailRows": rows,
            "progressSince": result_view.last_result_text(snapshot.history, snapshot.result, language),
            "takeawayCode": takeaway,
            "canTakeAway": snapshot.state is SessionState.DONE and bool(rows),
            "offeredRows": formatting.result_rows(snapshot.offered_result, units, language),
            "closesInText": tr("Closes in %1 s. Touch the screen to keep it open.").replace(
                "%1", str(snapshot.screen_seconds_left)) if snapshot.screen_seconds_left else "",
        }

    def close(self) -> None:
        self._unsubscribe()

    def _get(name: str, default: Any = "") -> Any:  # noqa: N805 - property factory used in the class body
        return lambda self: self._values.get(name, default)

    @Property(str, notify=screenChanged)
    def screen(self) -> str:
        return self._screen

    @Property(str, constant=True)
    def stationName(self) -> str:
        return self._station_name

    @Property(str, constant=True)
    def station(self) -> str:
        """What the kiosk stands beside: "scale", "cardio" or "flexibility"."""
        return self._station

    @Property(str, notify=changed)
    def language(self) -> str:
        return self._translator.language

    greetingName = Property(str, _get("greetingName"), notify=changed)
    membershipNotice = Property(str, _get("membershipNotice"), notify=changed)
    liveWeightText = Property(str, _get("liveWeightText"), notify=changed)
    weightUnit = Property(str, _get("weightUnit"), notify=changed)
    resultRows = Property("QVariantList", _get("resultRows", []), notify=changed)
    liveRows = Property("QVariantList", _get("liveRows", []), notify=changed)
    submissions = Property("QVariantList", _get("submissions", []), notify=changed)
    deliveryOutcome = Property(str, _get("deliveryOutcome"), notify=changed)  # "saved", "queued", "refused" or ""
    messageText = Property(str, _get("messageText"), notify=changed)
    messageHint = Property(str, _get("messageHint"), notify=changed)
    messageCode = Property(str, _get("messageCode"), notify=changed)
    promptText = Property(str, _get("promptText"), notify=changed)
    promptHint = Property(str, _get("promptHint"), notify=changed)
    measuringStatus = Property(str, _get("measuringStatus"), notify=changed)
    measuringTone = Property(str, _get("measuringTone"), notify=changed)
    measuringHint = Property(str, _get("measuringHint"), notify=changed)
    identityNames = Property(str, _get("identityNames"), notify=changed)  # who a card is checked with: "EGYM"
    destinationNames = Property(str, _get("destinationNames"), notify=changed)  # where results are saved

    @Property(str, constant=True)
    def brandName(self) -> str:
        """The header's brand: the platform members log in with."""
        return display_name(self._identity_platforms[0])
    detailRows = Property("QVariantList", _get("detailRows", []), notify=changed)
    progressSince = Property(str, _get("progressSince"), notify=changed)
    takeawayCode = Property(str, _get("takeawayCode"), notify=changed)  # a PNG data URI, "" until asked for
    canTakeAway = Property(bool, _get("canTakeAway", False), notify=changed)  # a saved result a QR code can carry
    offeredRows = Property("QVariantList", _get("offeredRows", []), notify=changed)
    closesInText = Property(str, _get("closesInText"), notify=changed)

    @Property(bool, notify=changed)
    def confirmingNotMe(self) -> bool:
        return self._snapshot.confirming_not_me

    @Property(int, notify=changed)
    def screenSecondsLeft(self) -> int:
        return self._snapshot.screen_seconds_left

    @Property(bool, notify=changed)
    def weightStable(self) -> bool:
        return self._snapshot.weight_stable

    @Property(bool, notify=changed)
    def deviceConnected(self) -> bool:
        return self._snapshot.device_connected

    @Property(bool, notify=changed)
    def liveCurrent(self) -> bool:
        """False while the shown value is not live: device gone, or silent while not settled."""
        snapshot = self._snapshot
        return snapshot.device_connected and not (snapshot.live_stale and not snapshot.weight_stable)

    @Property(bool, notify=changed)
    def idleWarning(self) -> bool:
        return self._snapshot.idle_warning

    @Property(int, notify=changed)
    def warningSecondsLeft(self) -> int:
        return self._snapshot.warning_seconds_left

    @Slot()
    def notMe(self) -> None:
        self._flow.not_me()

    @Slot()
    def stillHere(self) -> None:
        self._flow.still_here()

    @Slot()
    def confirm(self) -> None:
        self._flow.confirm()

    @Slot()
    def touch(self) -> None:
        self._flow.touch()

    @Slot()
    def askNotMe(self) -> None:
        self._flow.ask_not_me()

    @Slot()
    def keepResult(self) -> None:
        self._flow.keep_result()

    @Slot()
    def measureAgain(self) -> None:
        self._flow.measure_again()

    @Slot()
    def showTakeaway(self) -> None:
        """The member tapped "QR code": make the code of the result on screen."""
        if not self._takeaway_wanted:
            self._takeaway_wanted = True
            self.apply(self._snapshot)

    @Slot()
    def finish(self) -> None:
        self._flow.finish()

    @Slot()
    def claimWorkout(self) -> None:
        self._flow.claim_workout()

    @Slot()
    def declineWorkout(self) -> None:
        self._flow.decline_workout()

    @Property(QObject, constant=True)
    def details(self) -> analyser_details.AnalyserDetailsViewModel:
        """The confirm screen's view-model (analysers in PC mode)."""
        return self._details

    @Property(QObject, constant=True)
    def extras(self) -> MemberExtrasViewModel:
        """The platform's member services: terms, points, card linking."""
        return self._extras

    del _get
