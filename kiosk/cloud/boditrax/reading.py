"""A body-composition result as a Boditrax reading, and how a reading read back is recognised as ours.

Boditrax's reading body is not public (B1 names the ``readings`` collection and the
``scan_performer`` permission only). The kiosk sends ``{scanperformer, date, measurements}``:
the scan performer that took it (this hub), when (UTC, to the second), and the values under
Boditrax's metric names (``[boditrax.fields]``). A reading read back is ours when its scan
performer, time and values are those.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Mapping

from kiosk.models import Measurement

DATE_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


class NotBodyComposition(ValueError):
    """The result is not one Boditrax takes (only body-composition results with a known value)."""


def taken_at(measurement: Measurement) -> datetime:
    return datetime.fromtimestamp(measurement.timestamp_ms // 1000, tz=timezone.utc)


def boditrax_values(measurement: Measurement, names: Mapping[str, str]) -> dict[str, float]:
    """The values under Boditrax's names; NotBodyComposition when nothing in the result is for Boditrax."""
    if measurement.kind != "body":
        raise NotBodyComposition(f"Boditrax takes body-composition results, not {measurement.kind}")
    values = {names[key]: round(value, 3) for key, value in sorted(measurement.values.items()) if key in names}
    if not values:
        raise NotBodyComposition("none of the result's values has a Boditrax metric name")
    return values


def reading_body(values: Mapping[str, float], measurement: Measurement, scanperformer: str) -> dict[str, Any]:
    """The body sent for ``measurement``, taken by ``scanperformer``."""
    return {"scanperformer": scanperformer, "date": taken_at(measurement).strftime(DATE_FORMAT),
            "measurements": dict(values)}


def is_ours(row: Any, measurement: Measurement, performers: set[str], values: Mapping[str, float]) -> bool | None:
    """True if ``row`` is this reading (one of our scan performers, the same second, the same values), False if it is
    another, None if it cannot be read. Values count too: one member may measure twice within a second."""
    if not isinstance(row, Mapping):
        return None
    date, performer, shown = row.get("date"), row.get("scanperformer"), row.get("measurements")
    if not isinstance(date, str):
        return None
    try:
        when = datetime.strptime(date, DATE_FORMAT).replace(tzinfo=timezone.utc)
    except ValueError:
        return None
    if when != taken_at(measurement) or str(performer) not in performers:
        return False
    if not isinstance(shown, Mapping):
        return None
    return set(shown) == set(values) and all(_same(shown[name], value) for name, value in values.items())


def _same(shown: Any, sent: float) -> bool:
    return isinstance(shown, (int, float)) and not isinstance(shown, bool) and abs(shown - sent) <= 0.0015
