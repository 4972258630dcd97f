"""Domain values passed between the session flow, the cloud clients and storage."""
from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field

from hardware.events import Credential, MeasurementKind


@dataclass(frozen=True)
class MemberProfile:
    """What an identity platform tells us about the member, for greeting and review."""

    user_id: str
    first_name: str = ""
    last_name: str = ""
    gender: str | None = None  # MALE, FEMALE, NON_BINARY
    date_of_birth: str | None = None  # yyyy-MM-dd
    height_cm: float | None = None
    weight_kg: float | None = None
    locale: str | None = None  # en_US or en
    unit_system: str | None = None  # METRIC, US_CUSTOMARY, IMPERIAL
    training_goal: str | None = None

    @property
    def display_name(self) -> str:
        """First name and last initial, as shown on screen ("Max M.")."""
        initial = f" {self.last_name[:1]}." if self.last_name else ""
        return f"{self.first_name}{initial}".strip()

    def __repr__(self) -> str:
        return f"MemberProfile(<redacted>, locale={self.locale!r}, unit_system={self.unit_system!r})"

    __str__ = __repr__


@dataclass
class MemberSession:
    """A logged-in member at one platform: the tokens and the credential they tapped.

    The credential is kept so the platform can log in again when a token expires
    while a measurement is still queued.
    """

    platform: str
    credential: Credential
    access_token: str
    expires_at_ms: int
    refresh_token: str | None = None
    user_id: str | None = None

    def expired(self, now_ms: int | None = None, margin_ms: int = 5_000) -> bool:
        """True when the access token is past (or within ``margin_ms`` of) its expiry."""
        now_ms = int(time.time() * 1000) if now_ms is None else now_ms
        return now_ms + margin_ms >= self.expires_at_ms

    def __repr__(self) -> str:
        return f"MemberSession({self.platform}, expires_at_ms={self.expires_at_ms}, <redacted>)"

    __str__ = __repr__


def new_measurement_id() -> str:
    """A fresh ``uniqueMeasurementId``; made once, when a reading is captured."""
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Measurement:
    """A captured reading. ``unique_id`` and ``timestamp_ms`` never change after capture."""

    kind: MeasurementKind
    values: dict[str, float]
    unique_id: str = field(default_factory=new_measurement_id)
    timestamp_ms: int = field(default_factory=lambda: int(time.time() * 1000))
    device_model: str = ""
