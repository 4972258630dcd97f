"""The confirm screen's view-model: what the analyser will be told, as the member sees and changes it.

"168 cm · 37 · female — correct?" comes from the session snapshot's
:class:`~kiosk.session.analyser_details.AnalyserDetails`; the keypad's entries go back to
the flow, which keeps to the analyser's ranges. Nothing here is written back to the
member's platform profile.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QCoreApplication, Signal, Slot

from hardware.protocols.tanita_pc_mode import MAX_AGE, MAX_HEIGHT_CM, MIN_AGE, MIN_HEIGHT_CM
from kiosk.message_codes import MessageCode
from kiosk.session.state import SessionSnapshot
from ui.viewmodels import formatting
from ui.viewmodels.snapshot_part import SnapshotPart


def tr(text: str) -> str:
    """Translate ``text`` (module-level ``tr()`` calls are filed under the empty context)."""
    return QCoreApplication.translate("", text)


def body_model_text(body_model: str | None) -> str:
    """The analyser's body model as the member reads it (it has only these two)."""
    return {"female": tr("female"), "male": tr("male")}.get(body_model or "", "")


class AnalyserDetailsViewModel(SnapshotPart):
    """Properties of the confirm screen and keypad; slots for the member's entries."""

    changed = Signal()

    def _present(self, snapshot: SessionSnapshot, language: str) -> dict[str, Any]:
        details = snapshot.details
        if details is None:
            return {}
        height = (formatting.number(details.height_cm, 0 if details.height_cm.is_integer() else 1, language)
                  if details.height_cm is not None else "")
        age = formatting.number(details.age, 0, language) if details.age is not None else ""
        body_model = body_model_text(details.body_model)
        summary = ""
        if details.complete:
            summary = tr("%1 cm · %2 · %3 — correct?").replace("%1", height).replace("%2", age).replace("%3", body_model)
        return {
            "heightText": height,
            "ageText": age,
            "bodyModel": details.body_model or "",
            "bodyModelText": body_model,
            "bodyType": details.body_type,
            "chooseBodyModel": details.choose_body_model,
            "complete": details.complete,
            "sending": snapshot.details_sending,
            "summaryText": summary,
            "missingText": _missing_text(details.missing),
            "heightRange": tr("%1 to %2 cm").replace("%1", formatting.number(MIN_HEIGHT_CM, 0, language))
                                          .replace("%2", formatting.number(int(MAX_HEIGHT_CM), 0, language)),
            "ageRange": tr("%1 to %2 years").replace("%1", formatting.number(MIN_AGE, 0, language))
                                           .replace("%2", formatting.number(MAX_AGE, 0, language)),
            "refused": snapshot.message is not None,
        }

    def _get(name: str, default: Any = "") -> Any:  # noqa: N805 - property factory used in the class body
        return lambda self: self._values.get(name, default)

    heightText = Property(str, _get("heightText"), notify=changed)  # "168" ("" while missing), in cm
    ageText = Property(str, _get("ageText"), notify=changed)
    bodyModel = Property(str, _get("bodyModel"), notify=changed)  # "female", "male" or "" (not chosen yet)
    bodyModelText = Property(str, _get("bodyModelText"), notify=changed)
    bodyType = Property(str, _get("bodyType", "standard"), notify=changed)  # "standard" or "athletic"
    chooseBodyModel = Property(bool, _get("chooseBodyModel", False), notify=changed)
    complete = Property(bool, _get("complete", False), notify=changed)
    sending = Property(bool, _get("sending", False), notify=changed)
    summaryText = Property(str, _get("summaryText"), notify=changed)
    missingText = Property(str, _get("missingText"), notify=changed)
    heightRange = Property(str, _get("heightRange"), notify=changed)
    ageRange = Property(str, _get("ageRange"), notify=changed)
    refused = Property(bool, _get("refused", False), notify=changed)  # the analyser said no: "Try again"

    del _get

    @Slot(str, result=bool)
    def setHeight(self, text: str) -> bool:
        """The keypad's height in whole centimetres; False (nothing changes) outside the analyser's range."""
        return self._set_number("height_cm", text, MIN_HEIGHT_CM, MAX_HEIGHT_CM)

    @Slot(str, result=bool)
    def setAge(self, text: str) -> bool:
        """The keypad's age in years; False (nothing changes) outside the analyser's range."""
        return self._set_number("age", text, MIN_AGE, MAX_AGE)

    @Slot(str)
    def setBodyModel(self, body_model: str) -> None:
        self._flow.adjust_details("body_model", body_model)

    @Slot(str)
    def setBodyType(self, body_type: str) -> None:
        self._flow.adjust_details("body_type", body_type)

    @Slot()
    def confirm(self) -> None:
        self._flow.confirm_details()

    def _set_number(self, name: str, text: str, low: float, high: float) -> bool:
        if not text.isdigit() or not low <= int(text) <= high:
            return False
        self._flow.adjust_details(name, int(text))  # type: ignore[arg-type]
        return True


def refusal_texts(code: MessageCode | None) -> tuple[str, str] | None:
    """(what happened, what to do) when the analyser did not take the member's details; None for other codes."""
    texts = {
        MessageCode.ANALYSER_NO_DETAILS: (tr("The scale did not get your details"),
                                          tr("Please step off the scale and tap Try again.")),
        MessageCode.ANALYSER_DETAILS_REFUSED: (tr("The scale did not accept these details"),
                                               tr("Please check them and tap Try again.")),
        MessageCode.ANALYSER_NOT_ANSWERING: (tr("The scale is not answering"),
                                             tr("Please tap Try again. If this happens again, please tell a trainer.")),
        MessageCode.ANALYSER_ERROR: (tr("The scale reported a problem"),
                                     tr("Please step off the scale, wait a moment and tap Try again.")),
    }
    return texts.get(code) if code is not None else None


def _missing_text(missing: tuple[str, ...]) -> str:
    """What the member is asked for before the analyser can measure ("" once complete)."""
    if "body_model" in missing:
        return tr("The scale calculates with one of two body models. Please choose the one to use.")
    if "height_cm" in missing and "age" in missing:
        return tr("Please enter your height and age.")
    if "height_cm" in missing:
        return tr("Please enter your height.")
    if "age" in missing:
        return tr("Please enter your age.")
    return ""
