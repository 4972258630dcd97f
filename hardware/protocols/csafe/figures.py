"""Turn CSAFE response entries into workout figures, by the byte count the console sent.

Consoles disagree on layouts (2- or 3-byte integers, with or without a unit
byte), so each reader accepts only layouts it can interpret unambiguously and
raises :class:`LayoutError` for the rest.
"""
from __future__ import annotations

from collections.abc import Callable

from hardware import fields
from hardware.protocols.csafe.commands import Command, ResponseEntry
from hardware.protocols.csafe.units import UNITS, Quantity, UnitError, to_canonical

HEART_RATE_AVG_BPM = "heart_rate_avg_bpm"
HEART_RATE_MAX_BPM = "heart_rate_max_bpm"
"""Summary-only figures; the decoder folds them into the workout record."""

CALORIES_UNIT_CODE = 72
BPM_UNIT_CODE = 85


class LayoutError(ValueError):
    """A response whose byte count or content this reader cannot interpret."""


def _little_endian(data: bytes) -> int:
    return int.from_bytes(data, "little", signed=False)


def _integer_with_unit(data: bytes, quantity: Quantity, max_integer_bytes: int = 4) -> float:
    if not 2 <= len(data) <= max_integer_bytes + 1:
        raise LayoutError(f"{len(data)} bytes is not an integer plus unit (for {quantity.value})")
    try:
        return to_canonical(_little_endian(data[:-1]), data[-1], quantity)
    except UnitError as error:
        raise LayoutError(str(error)) from None


def _work_time(data: bytes) -> float:
    if len(data) != 3:
        raise LayoutError(f"work time needs 3 bytes (h, m, s), got {len(data)}")
    hours, minutes, seconds = data
    if minutes > 59 or seconds > 59:
        raise LayoutError(f"work time {hours}:{minutes:02d}:{seconds:02d} is not a valid time")
    return float(hours * 3600 + minutes * 60 + seconds)


def _calories(data: bytes) -> float:
    if 1 <= len(data) <= 2:
        return float(_little_endian(data))
    if len(data) >= 3 and data[-1] == CALORIES_UNIT_CODE:
        return _integer_with_unit(data, Quantity.ENERGY)
    raise LayoutError(f"{len(data)} calorie bytes without the calories unit code")


def _heart_rate(data: bytes) -> float:
    if len(data) == 1:
        return float(data[0])
    if len(data) >= 2 and data[-1] == BPM_UNIT_CODE:
        return _integer_with_unit(data, Quantity.HEART_RATE)
    raise LayoutError(f"{len(data)} heart-rate bytes without the bpm unit code")


def _pace(data: bytes) -> float:
    unit = UNITS.get(data[-1]) if data else None
    if unit is None or unit.quantity is not Quantity.SPEED:
        raise LayoutError(f"pace of {len(data)} bytes has no speed or pace unit (h:m:s pace names no distance)")
    return _integer_with_unit(data, Quantity.SPEED)


_READERS: dict[int, tuple[str, Callable[[bytes], float]]] = {
    Command.GET_TWORK: (fields.DURATION_S, _work_time),
    Command.GET_HORIZONTAL: (fields.DISTANCE_M, lambda data: _integer_with_unit(data, Quantity.DISTANCE)),
    Command.GET_CALORIES: (fields.CALORIES_KCAL, _calories),
    Command.GET_SPEED: (fields.SPEED_KMH, lambda data: _integer_with_unit(data, Quantity.SPEED, 3)),
    Command.GET_PACE: (fields.SPEED_KMH, _pace),
    Command.GET_HR_CUR: (fields.HEART_RATE_BPM, _heart_rate),
    Command.GET_HR_AVG: (HEART_RATE_AVG_BPM, _heart_rate),
    Command.GET_HR_MAX: (HEART_RATE_MAX_BPM, _heart_rate),
    Command.GET_POWER: (fields.POWER_W, lambda data: _integer_with_unit(data, Quantity.POWER, 2)),
}


def read_figure(entry: ResponseEntry) -> tuple[str, float] | None:
    """The figure an entry carries, or None when its command carries none.

    Raises :class:`LayoutError` when the data cannot be interpreted.
    """
    reader = _READERS.get(entry.command)
    if reader is None:
        return None
    name, decode = reader
    return name, decode(entry.data)
