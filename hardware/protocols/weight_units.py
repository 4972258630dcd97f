"""Weighing units that scales print, converted to kilograms exactly (via Decimal)."""
from __future__ import annotations

from decimal import Decimal

KG_PER_UNIT: dict[str, Decimal] = {
    "kg": Decimal(1),
    "g": Decimal("0.001"),
    "mg": Decimal("0.000001"),
    "lb": Decimal("0.45359237"),
    "oz": Decimal("0.028349523125"),
    "ozt": Decimal("0.0311034768"),
    "gn": Decimal("0.00006479891"),
}


def weight_in_kg(value: Decimal, unit: str) -> float | None:
    """``value`` in ``unit`` as kilograms, or None when ``unit`` is not a weighing unit."""
    factor = KG_PER_UNIT.get(unit.strip().lower())
    if factor is None:
        return None
    return float(value * factor)
