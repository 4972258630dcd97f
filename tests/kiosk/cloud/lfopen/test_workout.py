"""A cardio measurement as LFopen's manual cardio body, and matching rows of the results list."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from hardware.fields import CALORIES_KCAL, DISTANCE_M, DURATION_S
from kiosk.cloud.lfopen.workout import NotCardio, cardio_workout, parse_date, row_matches
from kiosk.models import Measurement

RESULT = Measurement(kind="cardio", timestamp_ms=1_764_930_000_000,
                     values={DURATION_S: 1800.0, DISTANCE_M: 7500.0, CALORIES_KCAL: 400.0})
ROW = {"duration": 30.0, "distance": 7.5, "calorie": 400, "date": "12/05/2025 10:20:00"}


def test_units_are_minutes_km_and_kcal_without_a_distance_or_calories_sent_as_zero() -> None:
    workout = cardio_workout(Measurement(kind="cardio", timestamp_ms=0, values={DURATION_S: 90.0}))
    assert workout.body("Cycling") == {"name": "Cycling", "datePerformed": "1970-01-01T00:00:00.000+00:00",
                                       "preferredUnit": "M", "time": 1.5, "calories": 0.0, "distance": 0.0}


@pytest.mark.parametrize("measurement", [Measurement(kind="flexibility", values={}),
                                         Measurement(kind="cardio", values={DURATION_S: 0.0})])
def test_what_cannot_be_a_manual_cardio_workout_says_why(measurement: Measurement) -> None:
    with pytest.raises(NotCardio):
        cardio_workout(measurement)


@pytest.mark.parametrize(("row", "answer"), [
    (ROW, True),
    ({**ROW, "date": "2025-12-05T10:20:00.000+00:00"}, True),
    ({**ROW, "date": "12/05/2025 11:20:00"}, False),  # same values, another workout
    ({**ROW, "duration": 31.0}, False),
    ({**ROW, "date": "yesterday"}, None),  # same values, date unreadable: cannot tell
    ({"duration": "n/a"}, None),
    ("not a row", None),
])
def test_rows_match_on_start_time_and_values(row: object, answer: bool | None) -> None:
    assert row_matches(cardio_workout(RESULT), row) is answer


def test_dates_with_an_offset_are_read_in_utc() -> None:
    assert parse_date("2025-12-05T11:20:00.000+01:00") == datetime(2025, 12, 5, 10, 20, tzinfo=timezone.utc)
