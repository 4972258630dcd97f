"""Where a member's value sits in a published reference range, and nothing where none is published.

Every range here is attributed in docs/reference-ranges.md:

* BMI: World Health Organization, adult BMI classification (underweight < 18.5, normal
  18.5-24.9, overweight 25-29.9, obese >= 30).
* Body fat %: Tanita's healthy body fat ranges for adults by gender and age (20-39, 40-59,
  60-79), as printed in Tanita's body composition guide (after Gallagher et al., Am J Clin
  Nutr 2000). No range for other ages or when the gender is not male or female.
* Visceral fat rating: Tanita's scale, 1-12 healthy, 13-59 excess.

Other values (muscle mass, water, bone, BMR, metabolic age, cardio) get no range: the kiosk
shows "no range" rather than invent one.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass
from enum import Enum

from hardware import fields


class Band(str, Enum):
    """A position in a published range; the UI words and colours it."""

    UNDER = "under"  # underweight / under fat
    HEALTHY = "healthy"  # normal / healthy
    OVER = "over"  # overweight / over fat / excess visceral fat
    OBESE = "obese"


@dataclass(frozen=True)
class Placement:
    """The member's band and the range's source, named in docs/reference-ranges.md."""

    band: Band
    source: str  # "WHO" or "Tanita"


# (lowest age, highest age) -> (under below, healthy below, over below); at or above the last: obese.
_BODY_FAT: dict[str, dict[tuple[int, int], tuple[float, float, float]]] = {
    "FEMALE": {(20, 39): (21, 33, 39), (40, 59): (23, 34, 40), (60, 79): (24, 36, 42)},
    "MALE": {(20, 39): (8, 20, 25), (40, 59): (11, 22, 28), (60, 79): (13, 25, 30)},
}


def bmi_band(bmi: float) -> Placement:
    """WHO adult BMI classification."""
    if bmi < 18.5:
        band = Band.UNDER
    elif bmi < 25:
        band = Band.HEALTHY
    elif bmi < 30:
        band = Band.OVER
    else:
        band = Band.OBESE
    return Placement(band, "WHO")


def body_fat_band(percent: float, gender: str | None, age: int | None) -> Placement | None:
    """Tanita's adult body fat ranges; None (no range) outside 20-79 or without male/female."""
    table = _BODY_FAT.get(gender or "")
    if table is None or age is None:
        return None
    for (low, high), (under, healthy, over) in table.items():
        if low <= age <= high:
            if percent < under:
                return Placement(Band.UNDER, "Tanita")
            if percent < healthy:
                return Placement(Band.HEALTHY, "Tanita")
            if percent < over:
                return Placement(Band.OVER, "Tanita")
            return Placement(Band.OBESE, "Tanita")
    return None


def visceral_fat_band(rating: float) -> Placement | None:
    """Tanita's visceral fat rating: 1-12 healthy, 13-59 excess; None outside the scale."""
    if 1 <= rating < 13:
        return Placement(Band.HEALTHY, "Tanita")
    if 13 <= rating <= 59:
        return Placement(Band.OVER, "Tanita")
    return None


def placement(name: str, value: float, gender: str | None, age: int | None) -> Placement | None:
    """Where ``value`` of field ``name`` sits, or None when no published range applies."""
    if name == fields.BMI:
        return bmi_band(value)
    if name == fields.BODY_FAT_PERCENT:
        return body_fat_band(value, gender, age)
    if name == fields.VISCERAL_FAT_RATING:
        return visceral_fat_band(value)
    return None


RANGED_FIELDS = (fields.BMI, fields.BODY_FAT_PERCENT, fields.VISCERAL_FAT_RATING)


def age_on(date_of_birth: str | None, today: datetime.date) -> int | None:
    """Whole years from a ``yyyy-MM-dd`` birth date to ``today``; None when missing or unreadable."""
    if not date_of_birth:
        return None
    try:
        born = datetime.date.fromisoformat(date_of_birth)
    except ValueError:
        return None
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return years if 0 <= years < 130 else None
