"""The member's result made readable: change since last time, a short trend, what each value
means and where it sits in a published range, and a take-away code.

The numbers come from :mod:`kiosk.results`; this module only words and formats them in the
language and units on screen.
"""
from __future__ import annotations

import datetime
from typing import Any, Sequence

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from hardware import fields
from kiosk.models import MemberProfile
from kiosk.cloud.member_services import PastResult
from kiosk.results.progress import changes, trends
from kiosk.results.ranges import Band, age_on, placement
from ui.viewmodels import formatting


def tr(text: str) -> str:
    """Translate ``text``. pyside6-lupdate files module-level ``tr()`` calls under the empty context."""
    return QCoreApplication.translate("", text)


def meanings() -> dict[str, str]:
    """One sentence per value, shown when the member taps its row."""
    return {
        fields.WEIGHT_KG: tr("Your body weight, measured barefoot."),
        fields.BODY_FAT_PERCENT: tr("The share of your weight that is fat."),
        fields.FAT_MASS_KG: tr("How much of your weight is fat."),
        fields.FAT_FREE_MASS_KG: tr("Everything that is not fat: muscle, bone, organs and water."),
        fields.MUSCLE_MASS_KG: tr("The weight of your muscles, including the water in them."),
        fields.BODY_WATER_PERCENT: tr("The share of your weight that is water."),
        fields.BODY_WATER_KG: tr("How much of your weight is water."),
        fields.BONE_MASS_KG: tr("The estimated weight of the minerals in your bones."),
        fields.BMI: tr("Your weight relative to your height: kilograms divided by metres squared."),
        fields.VISCERAL_FAT_RATING: tr("Fat around your inner organs, on Tanita's scale from 1 to 59."),
        fields.BMR_KCAL: tr("The energy your body uses in a day at complete rest."),
        fields.BMR_KJ: tr("The energy your body uses in a day at complete rest."),
        fields.METABOLIC_AGE: tr("The age at which an average person's resting energy use matches yours."),
        fields.DURATION_S: tr("How long your workout lasted, in minutes and seconds."),
        fields.DISTANCE_M: tr("The distance you covered in this workout."),
        fields.CALORIES_KCAL: tr("The energy this workout used, as the machine estimates it."),
        fields.SPEED_KMH: tr("Your average speed over the whole workout."),
        fields.HEART_RATE_BPM: tr("Your average heart rate over the whole workout."),
        fields.POWER_W: tr("Your average power over the whole workout."),
        fields.REACH_CM: tr("How far you reached in the flexibility test."),
        fields.HIP_FLEXOR_LEFT_DEG: tr("How far your left hip flexor lets your leg move."),
        fields.HIP_FLEXOR_RIGHT_DEG: tr("How far your right hip flexor lets your leg move."),
    }


def band_text(name: str, band: Band) -> str:
    """The published category's name: WHO's words for BMI, Tanita's for body and visceral fat."""
    if name == fields.BMI:
        words = {Band.UNDER: tr("Underweight"), Band.HEALTHY: tr("Normal"), Band.OVER: tr("Overweight"), Band.OBESE: tr("Obese")}
    elif name == fields.VISCERAL_FAT_RATING:
        words = {Band.HEALTHY: tr("Healthy"), Band.OVER: tr("Excess")}
    else:
        words = {Band.UNDER: tr("Under fat"), Band.HEALTHY: tr("Healthy"), Band.OVER: tr("Over fat"), Band.OBESE: tr("Obese")}
    return words.get(band, "")


def _shown(name: str, value: float, unit_system: str | None, language: str) -> tuple[str, str]:
    """(value, unit) of one field as its row shows it; a weight change in plain kg or lb (no stones)."""
    if name == fields.WEIGHT_KG:
        quantity = formatting.mass(value, unit_system, language)
        return quantity.value, quantity.unit
    [row] = formatting.result_rows({name: value}, unit_system, language)
    return row["value"], row["unit"]


def change_text(name: str, delta: float, unit_system: str | None, language: str) -> str:
    """"▲ 0.4 kg" / "▼ 1:05" / "±0": the change in the member's units, rounded as the value is."""
    value, unit = _shown(name, abs(delta), unit_system, language)
    if value == _shown(name, 0.0, unit_system, language)[0]:
        return "±0"
    arrow = "▲" if delta > 0 else "▼"
    return f"{arrow} {value} {unit}".strip()


def _rows_by_field(result: dict[str, float], unit_system: str | None, language: str) -> list[tuple[str, dict[str, str]]]:
    """The result's rows in screen order, each with the field it shows."""
    ordered = formatting.result_rows(result, unit_system, language)
    named, taken = [], set()
    for name, value in result.items():
        rows = formatting.result_rows({name: value}, unit_system, language)
        place = next((i for i, row in enumerate(ordered) if rows and row == rows[0] and i not in taken), None)
        if place is not None:  # a field shown only when its preferred twin is missing finds no place left
            taken.add(place)
            named.append((place, name, rows[0]))
    return [(name, row) for _, name, row in sorted(named, key=lambda item: item[0])]


def _sparkline(series: Sequence[float]) -> list[float]:
    """The trend as heights from 0 to 1, oldest first (flat at the middle when nothing moved)."""
    low, high = min(series), max(series)
    if high - low < 1e-9:
        return [0.5] * len(series)
    return [(value - low) / (high - low) for value in series]


def detail_rows(result: dict[str, float], history: Sequence[PastResult], profile: MemberProfile | None,
                language: str, *, today: datetime.date | None = None) -> list[dict[str, Any]]:
    """The result's rows, each with its change, trend, band and one-sentence meaning."""
    units = profile.unit_system if profile else None
    gender = profile.gender if profile else None
    age = age_on(profile.date_of_birth if profile else None, today or datetime.date.today())
    moved = changes(result, history)
    lines = trends(result, history)
    sentences = meanings()
    rows = []
    for name, row in _rows_by_field(result, units, language):
        found = placement(name, result[name], gender, age)
        change = moved.get(name)
        band, tone, note = "", "", ""
        if found is not None:
            band, tone = band_text(name, found.band), "good" if found.band is Band.HEALTHY else "wait"
            note = tr("Range from %1.").replace("%1", found.source)
        elif name == fields.METABOLIC_AGE and age is not None:
            band, tone = tr("Your age: %1").replace("%1", formatting.number(age, 0, language)), "info"
        else:
            note = tr("No published range.")
        rows.append({
            **row,
            "field": name,
            "change": change_text(name, change.delta, units, language) if change else "",
            "trend": _sparkline(lines[name]) if name in lines else [],
            "band": band,
            "bandTone": tone,
            "meaning": " ".join(part for part in (sentences.get(name, ""), note) if part),
        })
    return rows


def last_result_text(history: Sequence[PastResult], result: dict[str, float], language: str) -> str:
    """"Change since your last result on 28/11/2026", or "" when there is nothing to compare with."""
    earlier = [past for past in history if set(past.values) & set(result)]
    if not earlier or not result:
        return ""
    when = QDateTime.fromMSecsSinceEpoch(earlier[-1].timestamp_ms).date()
    day = QLocale(language).toString(when, QLocale.FormatType.ShortFormat)
    return tr("▲ ▼ change since your last result on %1").replace("%1", day)


def takeaway_text(rows: Sequence[dict[str, Any]], timestamp: datetime.date, language: str) -> str:
    """The plain text the take-away code holds: the date and the values, nothing else.

    Why text and not a link: a link would have to point at a page anyone holding the link can
    open, which puts a member's body data behind a URL without their consent. A QR code of
    plain text is read by the phone's camera straight from the screen, stays on the member's
    phone, and carries no name, card number or member id, so a photo of the screen reveals no
    more than the screen itself.
    """
    day = QLocale(language).toString(QDate(timestamp.year, timestamp.month, timestamp.day), QLocale.FormatType.ShortFormat)
    lines = [day] + [f"{row['label']}: {row['value']} {row['unit']}".rstrip() for row in rows]
    return "\n".join(lines)


