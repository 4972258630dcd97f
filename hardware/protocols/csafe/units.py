"""CSAFE unit specifier codes and their conversion to the kiosk's canonical units.

Canonical units: metres, km/h, kcal, watts, beats per minute. Pace codes convert
to a speed (km/h) because the kiosk reports speed, not pace.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

MILE_M = 1609.344


class Quantity(str, Enum):
    """What a figure measures; the value is its canonical unit."""

    DISTANCE = "m"
    SPEED = "km/h"
    POWER = "W"
    HEART_RATE = "bpm"
    ENERGY = "kcal"


class UnitError(ValueError):
    """A unit code the kiosk does not know, or one that measures something else."""


@dataclass(frozen=True)
class Unit:
    """One unit specifier: what it measures and how to reach the canonical unit.

    ``factor`` multiplies the raw value; for a pace (time per distance) it is
    divided by the raw value instead, which yields a speed.
    """

    quantity: Quantity
    name: str
    factor: float
    is_pace: bool = False

    def to_canonical(self, raw: int) -> float:
        """The canonical value, rounded to 6 decimals so 259 × 0.1 reads 25.9."""
        if self.is_pace:
            return round(self.factor / raw, 6) if raw else 0.0
        return round(raw * self.factor, 6)


UNITS: dict[int, Unit] = {
    1: Unit(Quantity.DISTANCE, "mile", MILE_M),
    2: Unit(Quantity.DISTANCE, "0.1 mile", MILE_M / 10),
    3: Unit(Quantity.DISTANCE, "0.01 mile", MILE_M / 100),
    4: Unit(Quantity.DISTANCE, "0.001 mile", MILE_M / 1000),
    5: Unit(Quantity.DISTANCE, "ft", 0.3048),
    6: Unit(Quantity.DISTANCE, "inch", 0.0254),
    10: Unit(Quantity.DISTANCE, "10 ft", 3.048),
    33: Unit(Quantity.DISTANCE, "km", 1000.0),
    34: Unit(Quantity.DISTANCE, "0.1 km", 100.0),
    35: Unit(Quantity.DISTANCE, "0.01 km", 10.0),
    36: Unit(Quantity.DISTANCE, "metre", 1.0),
    37: Unit(Quantity.DISTANCE, "0.1 m", 0.1),
    38: Unit(Quantity.DISTANCE, "cm", 0.01),
    16: Unit(Quantity.SPEED, "mph", MILE_M / 1000),
    17: Unit(Quantity.SPEED, "0.1 mph", MILE_M / 10_000),
    18: Unit(Quantity.SPEED, "0.01 mph", MILE_M / 100_000),
    19: Unit(Quantity.SPEED, "ft/min", 0.3048 * 60 / 1000),
    48: Unit(Quantity.SPEED, "km/h", 1.0),
    49: Unit(Quantity.SPEED, "0.1 km/h", 0.1),
    50: Unit(Quantity.SPEED, "0.01 km/h", 0.01),
    51: Unit(Quantity.SPEED, "m/min", 0.06),
    55: Unit(Quantity.SPEED, "min/mile", 60 * MILE_M / 1000, is_pace=True),
    56: Unit(Quantity.SPEED, "min/km", 60.0, is_pace=True),
    57: Unit(Quantity.SPEED, "s/km", 3600.0, is_pace=True),
    58: Unit(Quantity.SPEED, "s/mile", 3600 * MILE_M / 1000, is_pace=True),
    72: Unit(Quantity.ENERGY, "calories", 1.0),
    85: Unit(Quantity.HEART_RATE, "bpm", 1.0),
    88: Unit(Quantity.POWER, "watts", 1.0),
}


def to_canonical(raw: int, code: int, quantity: Quantity) -> float:
    """Convert ``raw`` in unit ``code`` to the canonical unit of ``quantity``."""
    unit = UNITS.get(code)
    if unit is None:
        raise UnitError(f"unit code {code} has no known conversion to {quantity.value}")
    if unit.quantity is not quantity:
        raise UnitError(f"unit code {code} ({unit.name}) does not convert to {quantity.value}")
    return unit.to_canonical(raw)
