"""A finished cardio workout as a FIT activity file, encoded with Garmin's official FIT SDK.

garmin-fit-sdk is Garmin's own encoder and tracks the FIT profile; its licence is Garmin's FIT
Protocol License (fit-tool, BSD, would be the fallback). The file holds what an activity file
needs: file id, timer start and stop, one record with the final figures, a lap, a session and
the activity, with the console's totals (time, distance, energy) and averages (speed, heart
rate, power) where the console gave them.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from garmin_fit_sdk import Encoder, Profile

from hardware import fields
from kiosk.models import Measurement

FIT_EPOCH_S = 631065600  # 1989-12-31T00:00:00Z, where FIT's local timestamps count from
PRODUCT = 1  # our product number under the "development" manufacturer


def workout_fit(measurement: Measurement, *, serial_number: int = 0) -> bytes:
    """The FIT activity file of a cardio ``measurement`` (ended at its timestamp)."""
    values = measurement.values
    end = dt.datetime.fromtimestamp(measurement.timestamp_ms / 1000, dt.timezone.utc).replace(microsecond=0)
    duration = float(values.get(fields.DURATION_S, 0.0))
    start = end - dt.timedelta(seconds=round(duration))
    totals: dict[str, Any] = {"start_time": start, "total_elapsed_time": duration, "total_timer_time": duration,
                              "sport": "cycling", "sub_sport": "indoor_cycling"}
    figures: dict[str, Any] = {}
    if fields.DISTANCE_M in values:
        totals["total_distance"] = figures["distance"] = float(values[fields.DISTANCE_M])
    if fields.CALORIES_KCAL in values:
        totals["total_calories"] = round(values[fields.CALORIES_KCAL])
    if fields.SPEED_KMH in values:
        totals["avg_speed"] = figures["speed"] = round(values[fields.SPEED_KMH] / 3.6, 3)
    if fields.HEART_RATE_BPM in values:
        totals["avg_heart_rate"] = figures["heart_rate"] = round(values[fields.HEART_RATE_BPM])
    if fields.POWER_W in values:
        totals["avg_power"] = figures["power"] = round(values[fields.POWER_W])
    mesg = Profile["mesg_num"]
    encoder = Encoder()
    encoder.on_mesg(mesg["FILE_ID"], {"type": "activity", "manufacturer": "development", "product": PRODUCT,
                                      "time_created": end, "serial_number": serial_number})
    encoder.on_mesg(mesg["EVENT"], {"timestamp": start, "event": "timer", "event_type": "start"})
    encoder.on_mesg(mesg["RECORD"], {"timestamp": end, **figures})
    encoder.on_mesg(mesg["EVENT"], {"timestamp": end, "event": "timer", "event_type": "stop_all"})
    encoder.on_mesg(mesg["LAP"], {"timestamp": end, **totals, "event": "lap", "event_type": "stop"})
    encoder.on_mesg(mesg["SESSION"], {"timestamp": end, **totals, "first_lap_index": 0, "num_laps": 1,
                                      "event": "session", "event_type": "stop"})
    encoder.on_mesg(mesg["ACTIVITY"], {"timestamp": end, "local_timestamp": int(end.timestamp()) - FIT_EPOCH_S,
                                       "num_sessions": 1, "total_timer_time": duration, "type": "manual",
                                       "event": "activity", "event_type": "stop"})
    return bytes(encoder.close())
