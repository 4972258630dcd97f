"""Turning snapshot values into what a member reads: units, rounding, labels, status lines.

Every label goes through Qt's translation; numbers use the decimal separator of the
language on screen.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from hardware import fields
from kiosk.cloud.base import DownstreamState, DownstreamStatus
from kiosk.cloud.registry import display_name
from kiosk.outbox.status import DeliveryState, DeliveryStatus

KG_PER_LB = 0.45359237
KJ_PER_KCAL = 4.184
LB_PER_STONE = 14
M_PER_MILE = 1609.344
CM_PER_INCH = 2.54


def tr(text: str) -> str:
    """Translate ``text``. pyside6-lupdate files module-level ``tr()`` calls under the empty context."""
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class Quantity:
    """A number and its unit as shown: ``Quantity("82.4", "kg")``."""

    value: str
    unit: str


# Where a bare language is spoken by default, for dates and numbers: Qt's own choice for "pt" is
# Brazil and for "en" the US (12/4/26), not what a European gym's members read.
HOME_LOCALES = {"en": "en_GB", "de": "de_DE", "es": "es_ES", "fr": "fr_FR", "it": "it_IT", "nl": "nl_NL",
                "pl": "pl_PL", "pt": "pt_PT"}

# The config's [station] units, as the member profile's unit systems.
UNIT_SYSTEMS = {"metric": "METRIC", "us_customary": "US_CUSTOMARY", "imperial": "IMPERIAL"}


def locale_for(language: str) -> QLocale:
    """``pt`` → pt_PT, ``en`` → en_GB; a tag with a region (``en_US``, ``de-AT``) is taken as it is."""
    tag = (language or "en").replace("-", "_")
    return QLocale(HOME_LOCALES.get(tag.lower(), tag))


def number(value: float, decimals: int, language: str) -> str:
    return locale_for(language).toString(float(value), "f", decimals)


def date_text(timestamp_ms: int, language: str, *, with_time: bool = False) -> str:
    """A date (and time) in the short form the locale's readers expect: 04/12/2026, 04.12.26, 2026-12-04."""
    moment = QDateTime.fromMSecsSinceEpoch(int(timestamp_ms))
    short = QLocale.FormatType.ShortFormat
    return locale_for(language).toString(moment if with_time else moment.date(), short)


def weight(kg: float, unit_system: str | None, language: str) -> Quantity:
    """Body weight in the member's units: kg (metric), lb (US customary), st lb (imperial)."""
    if unit_system == "US_CUSTOMARY":
        return Quantity(number(kg / KG_PER_LB, 1, language), tr("lb"))
    if unit_system == "IMPERIAL":
        pounds = kg / KG_PER_LB
        stones, rest = divmod(pounds, LB_PER_STONE)
        stone_unit = tr("st")
        return Quantity(f"{int(stones)} {stone_unit} {number(rest, 1, language)}", tr("lb"))
    return Quantity(number(kg, 1, language), tr("kg"))


def mass(kg: float, unit_system: str | None, language: str) -> Quantity:
    """A body-composition mass: kg, or lb for members on US customary or imperial units."""
    if unit_system in ("US_CUSTOMARY", "IMPERIAL"):
        return Quantity(number(kg / KG_PER_LB, 1, language), tr("lb"))
    return Quantity(number(kg, 1, language), tr("kg"))


def _labels() -> list[tuple[str, str, str]]:
    """(field, label, kind) in the order members expect; kind picks the formatting.

    Cardio labels describe a finished workout's summary, whose speed, heart rate and
    power are averages over the workout.
    """
    return [
        (fields.WEIGHT_KG, tr("Weight"), "weight"),
        (fields.BODY_FAT_PERCENT, tr("Body fat"), "percent"),
        (fields.FAT_MASS_KG, tr("Fat mass"), "mass"),
        (fields.FAT_FREE_MASS_KG, tr("Fat-free mass"), "mass"),
        (fields.MUSCLE_MASS_KG, tr("Muscle mass"), "mass"),
        (fields.BODY_WATER_PERCENT, tr("Body water"), "percent"),
        (fields.BODY_WATER_KG, tr("Body water"), "mass"),
        (fields.BONE_MASS_KG, tr("Bone mass"), "mass"),
        (fields.BMI, tr("BMI"), "plain"),
        (fields.VISCERAL_FAT_RATING, tr("Visceral fat rating"), "rating"),
        (fields.BMR_KCAL, tr("Basal metabolic rate"), "kcal"),
        (fields.BMR_KJ, tr("Basal metabolic rate"), "kj"),
        (fields.METABOLIC_AGE, tr("Metabolic age"), "years"),
        (fields.DURATION_S, tr("Time"), "duration"),
        (fields.DISTANCE_M, tr("Distance"), "distance"),
        (fields.CALORIES_KCAL, tr("Energy"), "kcal"),
        (fields.SPEED_KMH, tr("Average speed"), "speed"),
        (fields.HEART_RATE_BPM, tr("Average heart rate"), "bpm"),
        (fields.POWER_W, tr("Average power"), "watts"),
        (fields.REACH_CM, tr("Reach"), "length"),
        (fields.HIP_FLEXOR_LEFT_DEG, tr("Hip flexor, left"), "degrees"),
        (fields.HIP_FLEXOR_RIGHT_DEG, tr("Hip flexor, right"), "degrees"),
    ]


# A field shown only when the preferred one next to it is missing (a BC-418 sends water in kg and
# BMR in kJ; an MC-780 sends both forms, and one row each is enough).
_SHOWN_UNLESS = {fields.BODY_WATER_KG: fields.BODY_WATER_PERCENT, fields.BMR_KJ: fields.BMR_KCAL}


def _live_labels() -> dict[str, str]:
    """Labels for a running workout's figures, which are current values rather than averages."""
    return {fields.SPEED_KMH: tr("Speed"), fields.HEART_RATE_BPM: tr("Heart rate"), fields.POWER_W: tr("Power")}


def quantity(kind: str, value: float, unit_system: str | None, language: str) -> Quantity:
    if kind == "weight":
        return weight(value, unit_system, language)
    if kind == "mass":
        return mass(value, unit_system, language)
    if kind == "percent":
        return Quantity(number(value, 1, language), "%")
    if kind == "rating":  # whole steps, or half steps on some scales
        return Quantity(number(value, 0 if float(value).is_integer() else 1, language), "")
    if kind == "kcal":
        return Quantity(number(value, 0, language), tr("kcal"))
    if kind == "kj":  # shown in kcal, like every other energy on the kiosk
        return Quantity(number(value / KJ_PER_KCAL, 0, language), tr("kcal"))
    if kind == "years":
        return Quantity(number(value, 0, language), tr("years"))
    if kind == "duration":
        minutes, seconds = divmod(int(round(value)), 60)
        return Quantity(f"{minutes}:{seconds:02d}", "")  # m:ss reads as a time; "min" would say minutes only
    if kind == "distance":
        if _uses_miles(unit_system):
            return Quantity(number(value / M_PER_MILE, 2, language), tr("mi"))
        return Quantity(number(value / 1000, 2, language), tr("km"))
    if kind == "speed":
        if _uses_miles(unit_system):
            return Quantity(number(value * 1000 / M_PER_MILE, 1, language), tr("mph"))
        return Quantity(number(value, 1, language), tr("km/h"))
    if kind == "bpm":
        return Quantity(number(value, 0, language), tr("bpm"))
    if kind == "watts":
        return Quantity(number(value, 0, language), tr("W"))
    if kind == "length":
        if _uses_miles(unit_system):
            return Quantity(number(value / CM_PER_INCH, 1, language), tr("in"))
        return Quantity(number(value, 1, language), tr("cm"))
    if kind == "degrees":
        return Quantity(number(value, 1, language) + "°", "")  # the sign belongs to the number
    return Quantity(number(value, 1, language), "")


def _uses_miles(unit_system: str | None) -> bool:
    """Members on US customary or imperial units read distances in miles and inches."""
    return unit_system in ("US_CUSTOMARY", "IMPERIAL")


def result_rows(values: dict[str, float], unit_system: str | None, language: str, *, live: bool = False) -> list[dict[str, str]]:
    """The rows of a result screen: known fields in a fixed order, each with label, value, unit.

    ``live`` labels a running workout's figures (speed, not average speed).
    """
    live_labels = _live_labels() if live else {}
    rows = []
    for field, label, kind in _labels():
        if field in values and _SHOWN_UNLESS.get(field) not in values:
            shown = quantity(kind, values[field], unit_system, language)
            row = {"label": live_labels.get(field, label), "value": shown.value, "unit": shown.unit}
            rows.append({**row, "field": field} if live else row)  # a live row's field: its zone colour
    return rows


def names(platforms: Sequence[str], language: str) -> str:
    """Platforms' display names as a list in the language on screen: "EGYM", "EGYM and enduco"."""
    return QLocale(language).createSeparatedList([display_name(platform) for platform in platforms])


def submission_line(status: DeliveryStatus) -> dict[str, str]:
    """One destination's status as the member sees it, with a tone for its colour."""
    name = display_name(status.destination)
    state = status.state
    if state is DeliveryState.SENT:
        text, tone = tr("Saved to %1").replace("%1", name), "good"
    elif state is DeliveryState.SENDING and not status.reason:
        text, tone = tr("Sending to %1…").replace("%1", name), "busy"
    elif state in (DeliveryState.PENDING, DeliveryState.SENDING, DeliveryState.NEEDS_REAUTH):
        text, tone = tr("Saved on this kiosk, sending to %1 when online").replace("%1", name), "wait"
    elif state is DeliveryState.REJECTED:
        text, tone = tr("%1 did not accept this result").replace("%1", name), "bad"
    elif state is DeliveryState.EXPIRED:
        text, tone = tr("Too old for %1 to accept").replace("%1", name), "bad"
    else:
        text, tone = tr("Not sent to %1").replace("%1", name), "bad"
    return {"name": name, "state": state.value, "text": text, "tone": tone}


def downstream_line(status: DownstreamStatus) -> dict[str, str]:
    """A platform's state behind a destination (EGYM behind the hub), as the member sees it."""
    name = display_name(status.platform)
    state = status.state
    if state is DownstreamState.DELIVERED:
        text, tone = tr("Saved to %1").replace("%1", name), "good"
    elif state is DownstreamState.PENDING:
        text, tone = tr("Sending to %1…").replace("%1", name), "busy"
    elif state is DownstreamState.RETRYING:
        text, tone = tr("%1 will get it later").replace("%1", name), "wait"
    elif state is DownstreamState.CHECKING:
        text, tone = tr("Checking that %1 got it…").replace("%1", name), "busy"
    elif state is DownstreamState.UNCERTAIN:
        text, tone = tr("%1 may have it: a trainer checks").replace("%1", name), "wait"
    elif state is DownstreamState.UNLINKED:
        text, tone = tr("%1: connect your account at the greeting").replace("%1", name), "wait"
    elif state is DownstreamState.FAILED:
        text, tone = tr("%1 did not accept this result").replace("%1", name), "bad"
    else:
        text, tone = tr("Not sent to %1").replace("%1", name), "bad"
    return {"name": name, "state": state.value, "text": text, "tone": tone}


def submission_lines(statuses: Sequence[DeliveryStatus],
                     downstream: Mapping[str, Sequence[DownstreamStatus]]) -> list[dict[str, str]]:
    """Each destination's line; a destination that has the result and reports the platforms behind it
    (the hub) is shown as those platforms' lines instead."""
    lines: list[dict[str, str]] = []
    for status in statuses:
        behind = downstream.get(status.destination, ())
        if status.state is DeliveryState.SENT and behind:
            lines.extend(downstream_line(platform) for platform in behind)
        else:
            lines.append(submission_line(status))
    return lines


def delivery_outcome(statuses: Sequence[DeliveryStatus],
                     downstream: Mapping[str, Sequence[DownstreamStatus]] | None = None) -> str:
    """The result's overall fate for the done screen's headline.

    "refused" when any destination (or platform behind one) refused it for good, else "queued"
    when any still has to send it, else "saved" once every one has it (a hub has it safely even
    while EGYM behind it will only get it later); "" before there is anything to say.
    """
    if not statuses:
        return ""
    behind = [platform for status in statuses if status.state is DeliveryState.SENT
              for platform in (downstream or {}).get(status.destination, ())]
    states = {status.state for status in statuses}
    if states & {DeliveryState.REJECTED, DeliveryState.EXPIRED, DeliveryState.DISCARDED} or any(
            platform.state in (DownstreamState.FAILED, DownstreamState.DISCARDED) for platform in behind):
        return "refused"
    if states == {DeliveryState.SENT}:
        return "saved"
    return "queued"
