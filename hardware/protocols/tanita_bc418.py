"""Tanita BC-418 and TBF-310 positional results (comma-separated, no keys).

Layouts (device reference section 1.7):

* BC-418, 38 fields: date, time, body type, gender, height, weight, fat %, fat
  mass, fat-free mass, body water, age, BMI, BMR (kJ), impedance, then four
  segment impedances and 5 × 4 segment figures (fat %, fat mass, fat-free mass,
  predicted muscle mass for right leg, left leg, right arm, left arm, trunk).
* TBF-310, 12 fields: body type, gender, height, weight, impedance, fat %, fat
  mass, fat-free mass, body water, age, BMI, BMR (kJ).

The line shape tells the two apart (12 numeric fields vs. 14 or more), unless
``model`` fixes it. The weight stream (``KS 72.5``) and analyser error codes
are understood too; PC-mode acknowledgements and other lines are counted as
noise. Sans-I/O, never raises on input.
"""
from __future__ import annotations

import math
import re

from hardware import fields
from hardware.events import DeviceEvent, LiveWeight, MeasurementRecord
from hardware.protocols.framing import LineDecoder
from hardware.protocols.tanita import MAX_LINE_BYTES, parse_error_line, parse_weight_line

BC418 = "BC-418"
TBF310 = "TBF-310"

_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)")
_SEGMENTS = ("right_leg", "left_leg", "right_arm", "left_arm", "trunk")
_SEGMENT_FIGURES = ("fat_percent", "fat_mass_kg", "fat_free_mass_kg", "predicted_muscle_mass_kg")

# Position → canonical field name, or an ``extra`` label for figures without one.
BC418_LAYOUT: tuple[str, ...] = (
    "date", "time", "body_type", "gender", fields.HEIGHT_CM, fields.WEIGHT_KG, fields.BODY_FAT_PERCENT,
    fields.FAT_MASS_KG, fields.FAT_FREE_MASS_KG, fields.BODY_WATER_KG, "age", fields.BMI, fields.BMR_KJ,
    fields.IMPEDANCE_OHM,
    *(f"{segment}_impedance_ohm" for segment in _SEGMENTS[:4]),
    *(f"{segment}_{figure}" for segment in _SEGMENTS for figure in _SEGMENT_FIGURES),
)
TBF310_LAYOUT: tuple[str, ...] = (
    "body_type", "gender", fields.HEIGHT_CM, fields.WEIGHT_KG, fields.IMPEDANCE_OHM, fields.BODY_FAT_PERCENT,
    fields.FAT_MASS_KG, fields.FAT_FREE_MASS_KG, fields.BODY_WATER_KG, "age", fields.BMI, fields.BMR_KJ,
)
_BC418_MINIMUM_FIELDS = 14
_CANONICAL = frozenset(fields.BODY_FIELDS)


class Bc418Decoder(LineDecoder):
    """Decode BC-418 / TBF-310 positional result lines and the weight stream."""

    protocol_label = "Tanita BC-418"

    def __init__(self, model: str | None = None, *, max_line_bytes: int = MAX_LINE_BYTES) -> None:
        if model not in (None, BC418, TBF310):
            raise ValueError(f"unknown positional Tanita model {model!r}; expected {BC418} or {TBF310}")
        super().__init__(max_line_bytes, counters=("records", "weight_updates", "noise_lines", "noise_bytes"))
        self.model = model

    def _decode_line(self, line: bytes) -> DeviceEvent | None:
        simple = parse_weight_line(line) or parse_error_line(line)
        if isinstance(simple, LiveWeight):
            self.stats["weight_updates"] += 1
            return simple
        if simple is not None:
            self.stats["rejected"] += 1
            return simple
        items = [item.strip() for item in line.decode("latin-1").strip().split(",")]
        layout = self._layout_for(items)
        if layout is None:
            if len(items) > 1:
                return self._reject(f"result line with {len(items)} fields matches no known layout")
            self.stats["noise_lines"] += 1
            self.stats["noise_bytes"] += len(line)
            return None
        return self._record(items, layout)

    def _layout_for(self, items: list[str]) -> tuple[str, ...] | None:
        looks_like_tbf310 = len(items) == len(TBF310_LAYOUT) and all(_NUMBER.fullmatch(i) for i in items)
        if self.model == TBF310 or (self.model is None and looks_like_tbf310):
            return TBF310_LAYOUT if len(items) == len(TBF310_LAYOUT) else None
        if len(items) >= _BC418_MINIMUM_FIELDS:
            return BC418_LAYOUT
        return None

    def _record(self, items: list[str], layout: tuple[str, ...]) -> DeviceEvent:
        model = TBF310 if layout is TBF310_LAYOUT else BC418
        warnings: list[str] = []
        if len(items) != len(layout):
            warnings.append(f"{model} line has {len(items)} fields, expected {len(layout)}")
        values: dict[str, float] = {}
        extra: dict[str, str] = {}
        for name, raw in zip(layout, items):
            if name not in _CANONICAL:
                extra[name] = raw
            elif _NUMBER.fullmatch(raw) and math.isfinite(float(raw)):
                values[name] = float(raw)
            else:
                warnings.append(f"{name} is not a number")
                extra[name] = raw
        for index, raw in enumerate(items[len(layout):], start=len(layout)):
            extra[f"field_{index}"] = raw
        if not values:
            return self._reject(f"{model} line carries no measurement values")
        if fields.WEIGHT_KG not in values:
            warnings.append("record has no weight")
        self.stats["records"] += 1
        return MeasurementRecord(kind="body", values=values, model=model, extra=extra, warnings=tuple(warnings))

