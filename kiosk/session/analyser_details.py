"""What a body-composition analyser is told about the member before it measures.

An analyser in PC mode estimates body fat from gender, age, height and body type
(:mod:`hardware.protocols.tanita_pc_mode`). The kiosk starts from the member's platform
profile (height, age from the date of birth, gender), the member confirms or adjusts it
on screen, and only then is it sent. Nothing here is written back to the platform.

The analysers know two body models, male and female: a member whose profile says
neither (NON_BINARY, or no gender) chooses one. A missing or out-of-range height or
age is asked for rather than guessed.
"""
from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass
from typing import Awaitable, Callable, Literal

from hardware.protocols.tanita_pc_mode import (
    MAX_AGE,
    MAX_HEIGHT_CM,
    MIN_AGE,
    MIN_HEIGHT_CM,
    AnalyserErrorCode,
    BodyType,
    Gender,
    PersonalData,
    ProfileOutcome,
    ProfileRefused,
    RefusalReason,
)
from kiosk.message_codes import MessageCode
from kiosk.models import MemberProfile

# Sends the confirmed data to the analyser and starts it (the device hub's send_profile).
AnalyserLink = Callable[[PersonalData], Awaitable[ProfileOutcome]]
DetailName = Literal["height_cm", "age", "body_model", "body_type"]

_BODY_MODELS = {"MALE": "male", "FEMALE": "female"}


@dataclass(frozen=True, repr=False)
class AnalyserDetails:
    """The member's data for the analyser as it stands on the confirm screen; None where still missing.

    ``choose_body_model`` stays True for a member whose profile gave neither male nor
    female, so the screen keeps offering the choice after they made it.
    """

    height_cm: float | None = None
    age: int | None = None
    body_model: Gender | None = None
    body_type: BodyType = "standard"
    choose_body_model: bool = False

    @property
    def missing(self) -> tuple[DetailName, ...]:
        """What the member still has to give before the analyser can measure."""
        names: tuple[DetailName, ...] = ("height_cm", "age", "body_model")
        return tuple(name for name in names if getattr(self, name) is None)

    @property
    def complete(self) -> bool:
        return not self.missing

    def adjusted(self, name: DetailName, value: object) -> AnalyserDetails:
        """A copy with ``name`` set to ``value``; ValueError (naming the range, not the value) if the analyser would refuse it."""
        if name == "height_cm":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not MIN_HEIGHT_CM <= value <= MAX_HEIGHT_CM:
                raise ValueError(f"height must be from {MIN_HEIGHT_CM:g} to {MAX_HEIGHT_CM:g} cm")
            return dataclasses.replace(self, height_cm=round(float(value), 1))
        if name == "age":
            if isinstance(value, bool) or not isinstance(value, int) or not MIN_AGE <= value <= MAX_AGE:
                raise ValueError(f"age must be a whole number from {MIN_AGE} to {MAX_AGE}")
            return dataclasses.replace(self, age=value)
        if name == "body_model":
            if value not in ("male", "female"):
                raise ValueError("the body model is 'male' or 'female'")
            return dataclasses.replace(self, body_model=value)  # type: ignore[arg-type]
        if name == "body_type":
            if value not in ("standard", "athletic"):
                raise ValueError("the body type is 'standard' or 'athletic'")
            return dataclasses.replace(self, body_type=value)  # type: ignore[arg-type]
        raise ValueError(f"unknown detail {name!r}")

    def personal_data(self) -> PersonalData:
        """What goes to the analyser (its tare is the device's, added by the hub); ValueError while incomplete."""
        if self.height_cm is None or self.age is None or self.body_model is None:
            raise ValueError("the member's details are not complete")
        return PersonalData(gender=self.body_model, age=self.age, height_cm=self.height_cm, body_type=self.body_type)

    def __repr__(self) -> str:
        return f"AnalyserDetails(<personal data>, missing={self.missing})"

    __str__ = __repr__


def details_from_profile(profile: MemberProfile | None, today: datetime.date) -> AnalyserDetails:
    """The starting point: what the platform profile says, with anything the analyser cannot take left out."""
    if profile is None:
        return AnalyserDetails(choose_body_model=True)
    height = profile.height_cm
    if height is None or not MIN_HEIGHT_CM <= height <= MAX_HEIGHT_CM:
        height = None
    age = age_on(profile.date_of_birth, today)
    if age is not None and not MIN_AGE <= age <= MAX_AGE:
        age = None
    body_model = _BODY_MODELS.get((profile.gender or "").upper())
    return AnalyserDetails(
        height_cm=round(float(height), 1) if height is not None else None,
        age=age,
        body_model=body_model,  # type: ignore[arg-type]
        choose_body_model=body_model is None,
    )


def age_on(date_of_birth: str | None, today: datetime.date) -> int | None:
    """Whole years from ``date_of_birth`` (yyyy-MM-dd) to ``today``; None when there is no readable date."""
    if not date_of_birth:
        return None
    try:
        born = datetime.date.fromisoformat(date_of_birth[:10])
    except ValueError:
        return None
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return years if years >= 0 else None


# E4 and E6: the analyser has no (complete) personal data; sending it again is the fix.
_MISSING_DATA = (AnalyserErrorCode.NO_PERSONAL_DATA, AnalyserErrorCode.INCOMPLETE_DATA)


def refusal_message(outcome: ProfileRefused) -> MessageCode:
    """What the member is told when the analyser did not take their details or would not start."""
    if outcome.reason is RefusalReason.ANALYSER_ERROR:
        return MessageCode.ANALYSER_NO_DETAILS if outcome.error in _MISSING_DATA else MessageCode.ANALYSER_ERROR
    if outcome.reason is RefusalReason.REFUSED:
        return MessageCode.ANALYSER_DETAILS_REFUSED
    return MessageCode.ANALYSER_NOT_ANSWERING


def device_error_message(code: str) -> MessageCode:
    """What the member is told when the analyser reports ``E0``–``E9`` on its own (after ``G1``)."""
    missing = {error.wire for error in _MISSING_DATA}
    return MessageCode.ANALYSER_NO_DETAILS if code in missing else MessageCode.ANALYSER_ERROR
