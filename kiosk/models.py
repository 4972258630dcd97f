"""Domain values passed between the session flow, the cloud clients and storage."""
from __future__ import annotations

import math
import time
import uuid
from dataclasses import dataclass, field
from typing import get_args

from hardware.events import Credential, MeasurementKind

MEASUREMENT_KINDS = frozenset(get_args(MeasurementKind))


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
    membership_refusal: str | None = None  # why the club refuses today's visit, where the gym lets the member measure anyway
    terms_to_accept: bool = False  # the platform asks the member to accept its terms before anything is sent

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
    while a measurement is still queued. ``linked_platforms`` are the platforms behind this
    one that know the member (the hub's EGYM), where their results end up: the screen names them.
    """

    platform: str
    credential: Credential
    access_token: str
    expires_at_ms: int
    refresh_token: str | None = None
    user_id: str | None = None
    linked_platforms: tuple[str, ...] = ()

    @classmethod
    def credential_only(cls, platform: str, credential: Credential) -> "MemberSession":
        """A session at ``platform`` holding only the tapped credential: no token of any platform.

        Already expired, so the platform logs the member in from the credential before its first call.
        """
        return cls(platform=platform, credential=credential, access_token="", expires_at_ms=0)

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


def is_measured_number(value: object) -> bool:
    """True for a real number a float holds without overflow, other than inf and NaN (and not a bool).

    The one definition of a usable measured value: a Measurement admits nothing else, and
    whoever filters a device's record before building one asks the same question.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:  # an int too large for a float
        return False


def measured_values(values: object) -> dict[str, float]:
    """``values`` as a new map of field names to floats; ValueError naming the first value that is not one."""
    if not isinstance(values, dict):
        raise ValueError("measurement values must be a mapping of field names to numbers")
    checked: dict[str, float] = {}
    for name, number in values.items():
        if not isinstance(name, str):
            raise ValueError("measurement field names must be text")
        if not is_measured_number(number):
            raise ValueError(f"measurement value {name!r} must be a finite number")
        checked[name] = float(number)
    return checked


@dataclass(frozen=True)
class Measurement:
    """A captured reading. ``unique_id`` and ``timestamp_ms`` never change after capture.

    Checked when built (here, and nowhere else): a known kind, a non-empty id, a whole
    number of milliseconds and finite numbers only, so no later part has to wonder. A
    malformed one raises ValueError naming what is wrong.
    """

    kind: MeasurementKind
    values: dict[str, float]
    unique_id: str = field(default_factory=new_measurement_id)
    timestamp_ms: int = field(default_factory=lambda: int(time.time() * 1000))
    device_model: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.unique_id, str) or not self.unique_id.strip():
            raise ValueError("measurement unique_id must be non-empty text")
        if self.kind not in MEASUREMENT_KINDS:
            kinds = ", ".join(sorted(MEASUREMENT_KINDS))
            raise ValueError(f"measurement kind must be one of {kinds}, got {self.kind!r}")
        if isinstance(self.timestamp_ms, bool) or not isinstance(self.timestamp_ms, int):
            raise ValueError("measurement timestamp_ms must be a whole number of milliseconds")
        if not isinstance(self.device_model, str):
            raise ValueError("measurement device_model must be text")
        object.__setattr__(self, "values", measured_values(self.values))
