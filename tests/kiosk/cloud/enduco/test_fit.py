"""The FIT file of a finished workout decodes with Garmin's SDK, and holds every value the console gave."""
from __future__ import annotations

import datetime as dt

from garmin_fit_sdk import Decoder, Stream

from hardware import fields
from kiosk.cloud.enduco.fit import workout_fit
from kiosk.models import Measurement

WORKOUT = {fields.DURATION_S: 1500.0, fields.DISTANCE_M: 12345.0, fields.CALORIES_KCAL: 310.0,
           fields.SPEED_KMH: 29.6, fields.HEART_RATE_BPM: 142.0, fields.POWER_W: 181.0}
ENDED_MS = 1_796_000_000_000


def decoded(data: bytes) -> dict:
    assert Decoder(Stream.from_byte_array(bytearray(data))).check_integrity()
    messages, errors = Decoder(Stream.from_byte_array(bytearray(data))).read()
    assert errors == []
    return messages


def test_every_value_of_the_workout_is_in_the_session_and_lap() -> None:
    messages = decoded(workout_fit(Measurement("cardio", dict(WORKOUT), timestamp_ms=ENDED_MS)))
    end = dt.datetime.fromtimestamp(ENDED_MS / 1000, dt.timezone.utc)
    for summary in (messages["session_mesgs"][0], messages["lap_mesgs"][0]):
        assert summary["total_elapsed_time"] == summary["total_timer_time"] == 1500.0
        assert summary["total_distance"] == 12345.0 and summary["total_calories"] == 310
        assert summary["avg_speed"] == round(29.6 / 3.6, 3) and summary["avg_heart_rate"] == 142
        assert summary["avg_power"] == 181
        assert summary["start_time"] == end - dt.timedelta(seconds=1500) and summary["timestamp"] == end
        assert (summary["sport"], summary["sub_sport"]) == ("cycling", "indoor_cycling")
    assert messages["file_id_mesgs"][0]["type"] == "activity"
    assert messages["activity_mesgs"][0]["num_sessions"] == 1


def test_a_workout_without_heart_rate_or_power_leaves_them_out() -> None:
    messages = decoded(workout_fit(Measurement("cardio", {fields.DURATION_S: 600.0, fields.DISTANCE_M: 3000.0},
                                               timestamp_ms=ENDED_MS)))
    session = messages["session_mesgs"][0]
    assert "avg_heart_rate" not in session and "avg_power" not in session and session["total_distance"] == 3000.0
