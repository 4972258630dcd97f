"""A finished cardio measurement as an LFopen manual cardio workout, and finding it again in the results list.

LFopen takes ``time`` in minutes, ``distance`` in km and ``calories`` in kcal (tapiriik's
``postcardio``); its results list gives back ``duration``, ``distance``, ``calorie`` and
``date`` per workout. Values are rounded here once, so the read-back compares exactly what was sent.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from hardware.fields import CALORIES_KCAL, DISTANCE_M, DURATION_S
from kiosk.models import Measurement

TOLERANCE = 0.01  # LFopen may store fewer decimals than sent; values closer than this are the same
DATE_FORMATS = ("%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S%z", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %I:%M:%S %p")


class NotCardio(ValueError):
    """The measurement cannot be an LFopen manual cardio workout; the message says why."""


@dataclass(frozen=True)
class CardioWorkout:
    """The values of one ``postcardio`` body, as LFopen stores them."""

    started: datetime  # UTC
    minutes: float
    km: float
    kcal: float

    def body(self, activity: str) -> dict[str, Any]:
        """The JSON LFopen's ``postcardio`` takes (metric units)."""
        stamp = self.started.strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.started.microsecond // 1000:03d}+00:00"
        return {"name": activity, "datePerformed": stamp, "preferredUnit": "M",
                "time": self.minutes, "calories": self.kcal, "distance": self.km}


def cardio_workout(measurement: Measurement) -> CardioWorkout:
    """The workout for a cardio measurement; NotCardio for other kinds or one without a duration.

    A machine that measured no distance or calories sends 0, as LFopen's form requires a number.
    """
    if measurement.kind != "cardio":
        raise NotCardio(f"LFopen takes cardio results only, not {measurement.kind}")
    values = measurement.values
    if not values.get(DURATION_S):
        raise NotCardio("a cardio result without a duration cannot be a manual cardio workout")
    return CardioWorkout(started=datetime.fromtimestamp(measurement.timestamp_ms / 1000, timezone.utc),
                         minutes=round(values[DURATION_S] / 60, 2),
                         km=round(values.get(DISTANCE_M, 0.0) / 1000, 3),
                         kcal=float(round(values.get(CALORIES_KCAL, 0.0))))


def row_matches(workout: CardioWorkout, row: Any) -> bool | None:
    """True when ``row`` of the results list is this workout, False when it is not, None when unreadable."""
    if not isinstance(row, dict):
        return None
    try:
        same_values = (abs(float(row["duration"]) - workout.minutes) < TOLERANCE
                       and abs(float(row["distance"]) - workout.km) < TOLERANCE
                       and abs(float(row["calorie"]) - workout.kcal) < TOLERANCE + 0.5)
    except (KeyError, TypeError, ValueError):
        return None
    if not same_values:
        return False
    started = parse_date(row.get("date"))
    if started is None:
        return None
    return started.replace(microsecond=0) == workout.started.replace(microsecond=0)


def parse_date(value: Any) -> datetime | None:
    """A results-list date in UTC; None when it has none of the shapes seen (the exact format is not published)."""
    if not isinstance(value, str):
        return None
    for shape in DATE_FORMATS:
        try:
            parsed = datetime.strptime(value, shape)
        except ValueError:
            continue
        return parsed.astimezone(timezone.utc) if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
    return None
