"""A Measurement checks itself when it is built; nothing downstream has to (or does) check again."""
from __future__ import annotations

import dataclasses
import math

import pytest

from hardware import fields
from hardware.events import MeasurementRecord
from kiosk.models import Measurement, is_measured_number

GOOD = {fields.WEIGHT_KG: 72.4, fields.BODY_FAT_PERCENT: 18}


@pytest.mark.parametrize(
    ("value", "usable"),
    [(72.4, True), (0, True), (-3.5, True), (10**300, True),
     (math.nan, False), (math.inf, False), (-math.inf, False), (10**400, False), (True, False), ("72.4", False),
     (None, False)],
)
def test_a_measured_value_is_a_finite_number_a_float_can_hold(value: object, usable: bool) -> None:
    assert is_measured_number(value) is usable


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"values": {fields.WEIGHT_KG: math.nan}}, "'weight_kg' must be a finite number"),
        ({"values": {fields.WEIGHT_KG: 10**400}}, "'weight_kg' must be a finite number"),
        ({"values": {fields.WEIGHT_KG: False}}, "'weight_kg' must be a finite number"),
        ({"values": [72.4]}, "values must be a mapping"),
        ({"values": {7: 72.4}}, "field names must be text"),
        ({"kind": "mood"}, "kind must be one of body, cardio, flexibility"),
        ({"unique_id": "  "}, "unique_id must be non-empty text"),
        ({"timestamp_ms": 1.5}, "timestamp_ms must be a whole number"),
    ],
)
def test_a_malformed_measurement_cannot_be_built_and_says_what_is_wrong(changes: dict, problem: str) -> None:
    arguments = {"kind": "body", "values": dict(GOOD), **changes}

    with pytest.raises(ValueError, match=problem):
        Measurement(**arguments)


def test_a_changed_copy_is_checked_too() -> None:
    with pytest.raises(ValueError, match="finite number"):
        dataclasses.replace(Measurement("body", GOOD), values={fields.WEIGHT_KG: math.inf})


def test_values_are_kept_as_floats_in_a_copy_of_their_own() -> None:
    given = dict(GOOD)
    measurement = Measurement("body", given)

    given[fields.WEIGHT_KG] = 99.0
    assert measurement.values == {fields.WEIGHT_KG: 72.4, fields.BODY_FAT_PERCENT: 18.0}
    assert all(type(value) is float for value in measurement.values.values())


def test_a_device_record_can_carry_garbage_but_a_measurement_built_from_it_cannot() -> None:
    record = MeasurementRecord("body", {fields.WEIGHT_KG: 72.4, fields.BODY_FAT_PERCENT: math.nan})

    with pytest.raises(ValueError, match="'body_fat_percent' must be a finite number"):
        Measurement(record.kind, record.values)
