"""What devices report, independent of protocol and transport.

Every decoder in :mod:`hardware.protocols` turns bytes into these events; the
session flow in :mod:`kiosk` consumes them. Credentials never print their
identifying bytes, so an event can be logged safely.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Literal, Protocol, Union

MeasurementKind = Literal["body", "cardio", "flexibility"]


class CardTechnology(str, Enum):
    """The card family a UID was read from; EGYM knows MIFARE and LEGIC."""

    MIFARE = "MIFARE"
    LEGIC = "LEGIC"
    EM4100 = "EM4100"


class WalletPlatform(str, Enum):
    """Which phone wallet presented a pass (EGYM ``transponderType``)."""

    APPLE = "APPLE"
    GOOGLE = "GOOGLE"


@dataclass(frozen=True)
class CardCredential:
    """A card or wristband UID, bytes in ISO 14443 transmission order (UID0 first)."""

    uid: bytes
    technology: CardTechnology = CardTechnology.MIFARE
    reader_id: str = ""

    def __repr__(self) -> str:
        return f"CardCredential({self.technology.value}, {len(self.uid)} bytes, reader={self.reader_id!r})"

    __str__ = __repr__


@dataclass(frozen=True)
class WalletCredential:
    """A wallet pass payload (Apple ``Pass.NFC.message`` / Google ``smartTapRedemptionValue``)."""

    payload: str
    platform: WalletPlatform
    reader_id: str = ""

    def __repr__(self) -> str:
        return f"WalletCredential({self.platform.value}, {len(self.payload)} chars, reader={self.reader_id!r})"

    __str__ = __repr__


Credential = Union[CardCredential, WalletCredential]


@dataclass(frozen=True)
class CredentialPresented:
    """A member held a card, wristband or phone to a reader."""

    credential: Credential


@dataclass(frozen=True)
class CredentialRemoved:
    """The card left the reader's field (readers that can tell)."""

    reader_id: str = ""


@dataclass(frozen=True)
class LiveWeight:
    """A weight display update; ``stable`` once the scale says the value has settled."""

    kg: float
    stable: bool


@dataclass(frozen=True)
class LiveFigures:
    """Running figures from a cardio console during a workout (canonical field names)."""

    values: dict[str, float]


@dataclass(frozen=True)
class MeasurementRecord:
    """A finished measurement: canonical field names (see :mod:`hardware.fields`) to numbers.

    ``extra`` keeps what the device sent that has no canonical name, so nothing is
    dropped; ``warnings`` says what looked wrong without discarding the record.
    """

    kind: MeasurementKind
    values: dict[str, float]
    model: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeviceConnection:
    """The transport to a device was lost (``connected=False``) or is back."""

    connected: bool
    port: str = ""


@dataclass(frozen=True)
class FrameRejected:
    """Bytes that could not be decoded; counted for diagnostics, never fatal.

    ``device_error`` is the device's own error code when it reported one (an analyser's
    ``E2``), so the member can be told; "" for bytes that were simply not understood.
    """

    reason: str
    device_error: str = ""


DeviceEvent = Union[
    CredentialPresented,
    CredentialRemoved,
    LiveWeight,
    LiveFigures,
    MeasurementRecord,
    DeviceConnection,
    FrameRejected,
]


class Decoder(Protocol):
    """A sans-I/O protocol decoder: bytes in, events out. Never raises on bad input."""

    def feed(self, data: bytes) -> list[DeviceEvent]:
        """Consume received bytes and return the events they complete."""
        ...


class PollingDecoder(Decoder, Protocol):
    """A decoder for devices that only answer when asked (MT-SICS, CSAFE).

    The serial link calls :meth:`next_request` every ``poll_interval_s`` and writes
    what it returns; answers come back through :meth:`feed`.
    """

    poll_interval_s: float

    def next_request(self) -> bytes | None:
        """The command to send now, or None to stay quiet this round."""
        ...
