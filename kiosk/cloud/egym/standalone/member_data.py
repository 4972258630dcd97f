"""What the standalone flavour tells about a member beyond the profile: points, activity level, history.

Each parser is lenient per item (a bad entry is left out and logged by name) and strict
about the shape (not the documented JSON at all: :class:`~kiosk.cloud.errors.BadReply`).
"""
from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from typing import Any

import httpx

from kiosk.cloud.egym.replies import PLATFORM, json_object
from kiosk.cloud.errors import BadReply
from kiosk.cloud.reply_body import load_json

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ActivityLevel:
    """``ActivityLevelResponseDTO``: the level's name, points so far, and the goal for the next level."""

    level: str
    points: int
    goal: int | None = None

    @property
    def to_go(self) -> int | None:
        """Points still missing for the next level (None when EGYM sent no goal)."""
        return None if self.goal is None else max(0, self.goal - self.points)


@dataclass(frozen=True)
class HistoryEntry:
    """One past measurement at EGYM: its id (the paging key), when, and its values by EGYM metric type."""

    id: int
    timestamp_ms: int
    values: dict[str, float]


def parse_todays_points(response: httpx.Response) -> int:
    """The sum of ``WorkoutHistoryPointsDTO.todaysPoints``."""
    items = json_object(response, "points").get("todaysPoints") or []
    if not isinstance(items, list):
        raise BadReply(PLATFORM, "points reply has no todaysPoints list", response.status_code)
    return sum(_whole(item.get("points")) or 0 for item in items if isinstance(item, dict))


def parse_activity_level(response: httpx.Response) -> ActivityLevel:
    body = json_object(response, "activity level")
    level, points = body.get("level"), _whole(body.get("points"))
    if not isinstance(level, str) or points is None:
        raise BadReply(PLATFORM, "activity level reply has no level or points", response.status_code)
    return ActivityLevel(level=level, points=points, goal=_whole(body.get("goal")))


def parse_history_page(response: httpx.Response) -> list[HistoryEntry]:
    """One page of ``…/history``: newest first, as EGYM pages backwards."""
    try:
        items = load_json(response.content)
    except ValueError:
        raise BadReply(PLATFORM, "history reply was not JSON", response.status_code) from None
    if not isinstance(items, list):
        raise BadReply(PLATFORM, "history reply was not a list", response.status_code)
    entries = []
    for item in items:
        entry = _entry(item)
        if entry is None:
            log.warning("EGYM history entry without a usable id, timestamp or metrics; left out")
        else:
            entries.append(entry)
    return entries


def _entry(item: Any) -> HistoryEntry | None:
    if not isinstance(item, dict):
        return None
    entry_id, timestamp = _whole(item.get("id")), _whole(item.get("timestamp"))
    metrics = item.get("metrics")
    if entry_id is None or timestamp is None or not isinstance(metrics, list):
        return None
    values = {
        metric["type"]: float(metric["value"])
        for metric in metrics
        if isinstance(metric, dict) and isinstance(metric.get("type"), str) and _finite(metric.get("value"))
    }
    return HistoryEntry(entry_id, timestamp, values)


def _whole(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _finite(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
