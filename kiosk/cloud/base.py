"""The small interfaces every cloud platform implements.

An *identity provider* turns a tapped credential into a logged-in member with a
profile. A *destination* accepts captured measurements and says, in its
:class:`DeliveryPolicy`, how old a measurement it takes.
EGYM is both; PerfectGym, enduco, LFopen and Boditrax plug in as further providers
or destinations by implementing these, without touching any other platform's package.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from hardware.events import Credential
from kiosk.models import Measurement, MemberProfile, MemberSession


@dataclass(frozen=True)
class DeliveryPolicy:
    """A destination's own rules for queued measurements, read by the outbox.

    ``max_age_s`` is the oldest measurement (seconds since it was taken) the platform
    still accepts; None means no limit. The outbox stops sending a measurement past
    it and gives it a last try just before.
    """

    max_age_s: float | None = None

    def __post_init__(self) -> None:
        age = self.max_age_s
        if age is not None and (isinstance(age, bool) or not isinstance(age, (int, float))
                                or not math.isfinite(age) or age <= 0):
            raise ValueError(f"DeliveryPolicy.max_age_s must be a positive number of seconds or None, got {age!r}")


@runtime_checkable
class IdentityProvider(Protocol):
    """Logs a member in from a credential and fetches their profile."""

    name: str

    async def login(self, credential: Credential) -> MemberSession:
        """Exchange the credential for a session. Raises :mod:`kiosk.cloud.errors` types."""
        ...

    async def fetch_profile(self, session: MemberSession) -> MemberProfile:
        """The member's profile for greeting and units."""
        ...


@runtime_checkable
class MeasurementDestination(Protocol):
    """Accepts a captured measurement for a member."""

    name: str
    delivery_policy: DeliveryPolicy

    async def submit(self, measurement: Measurement, session: MemberSession) -> None:
        """Deliver it. Returns once stored; raises :mod:`kiosk.cloud.errors` types.

        Implementations refresh or re-login through ``session`` on an expired token
        and update ``session`` in place, so the caller's next attempt uses the new one.
        Sending the same ``measurement.unique_id`` twice must be harmless.
        """
        ...
