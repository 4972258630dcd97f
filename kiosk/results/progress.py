"""Change since the member's previous result, and the short trend behind it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from hardware import fields
from kiosk.cloud.member_services import PastResult

TREND_FIELDS = (fields.WEIGHT_KG, fields.BODY_FAT_PERCENT, fields.MUSCLE_MASS_KG)
TREND_POINTS = 8


@dataclass(frozen=True)
class Change:
    """How a value moved since the previous result that has it (``delta`` in the value's own unit)."""

    delta: float
    since_ms: int


def earlier(history: Sequence[PastResult], timestamp_ms: int) -> list[PastResult]:
    """The results taken before ``timestamp_ms`` (the current one and later ones left out), oldest first."""
    return [past for past in history if past.timestamp_ms < timestamp_ms]


def changes(current: dict[str, float], history: Sequence[PastResult]) -> dict[str, Change]:
    """For every value of ``current``, the change since the newest earlier result that has it."""
    found: dict[str, Change] = {}
    for name, value in current.items():
        for past in reversed(history):
            if name in past.values:
                found[name] = Change(value - past.values[name], past.timestamp_ms)
                break
    return found


def trends(current: dict[str, float], history: Sequence[PastResult], names: Sequence[str] = TREND_FIELDS,
           points: int = TREND_POINTS) -> dict[str, list[float]]:
    """The last few values (oldest first, ending with the current one) for the trend fields; two points at least."""
    found: dict[str, list[float]] = {}
    for name in names:
        if name not in current:
            continue
        series = [past.values[name] for past in history if name in past.values] + [current[name]]
        if len(series) >= 2:
            found[name] = series[-points:]
    return found
