"""What EGYM takes, for the outbox: measurements at most seven days old.

EGYM's ``MeasurementDTO.timestamp``: "Maximum difference to the past is seven days"
(the same for cardio workouts); it answers an older one with 400. EGYM's errors
mean what :mod:`kiosk.cloud.errors` says they mean, so the default classification holds.
"""
from __future__ import annotations

from kiosk.cloud.base import DeliveryPolicy

MAX_AGE_S = 7 * 86_400.0

DELIVERY_POLICY = DeliveryPolicy(max_age_s=MAX_AGE_S)
