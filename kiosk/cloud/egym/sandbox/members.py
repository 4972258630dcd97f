"""Fictional demo members the sandbox knows, and the demo gym's credentials.

Everything here is made up and safe to print: the demo "taps" these cards and
passes through the simulated readers, and ``gym-kiosk sandbox`` lists them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DEMO_API_KEY = "sandbox-demo-key"
DEMO_GYM_ID = 130
DEMO_MACHINE_NAME = "sandbox-kiosk"
DEMO_APPLE_PASS_TYPE_ID = "pass.com.example.sandbox.gym"
DEMO_GOOGLE_COLLECTOR_ID = "31415926"
DEMO_CONFIGURATION_INDEX = "2"

RFID_FORMATS = ("MIFARE", "LEGIC")
WALLET_PLATFORMS = ("APPLE", "GOOGLE")
MAX_WALLET_PAYLOAD_BYTES = 64


@dataclass(frozen=True)
class WalletIssuer:
    """Which wallet passes a gym accepts: Apple pass type, Google collector, VTAP slot."""

    apple_pass_type_id: str | None = DEMO_APPLE_PASS_TYPE_ID
    google_collector_id: str | None = DEMO_GOOGLE_COLLECTOR_ID
    configuration_index: str | None = DEMO_CONFIGURATION_INDEX


DEMO_WALLET_ISSUER = WalletIssuer()


@dataclass(frozen=True)
class DemoMember:
    """A member registered in the sandbox: EGYM profile plus the credentials that log them in.

    ``rfid`` is the string EGYM has on file (upper-case hex of ``uid`` in ISO 14443
    transmission order); ``uid`` is what a reader sends. Identifying fields are kept
    out of the repr.
    """

    user_id: str = field(repr=False)
    encrypted_user_id: int = field(repr=False)
    first_name: str = field(repr=False)
    last_name: str = field(repr=False)
    gender: str = field(repr=False)
    date_of_birth: str = field(repr=False)
    height_cm: float = field(repr=False)
    weight_kg: float = field(repr=False)
    locale: str
    unit_system: str
    training_goal: str = field(repr=False)
    uid: bytes = field(repr=False)
    rfid_format: str = "MIFARE"
    rfid: str = field(default="", repr=False)
    wallet_payload: str | None = field(default=None, repr=False)
    wallet_platform: str | None = None
    email: str | None = field(default=None, repr=False)  # EGYM sends it only to integrations that need it

    def __post_init__(self) -> None:
        if not self.rfid:
            object.__setattr__(self, "rfid", self.uid.hex().upper())
        if self.rfid_format not in RFID_FORMATS:
            raise ValueError(f"rfid_format must be one of {RFID_FORMATS}")
        if (self.wallet_payload is None) != (self.wallet_platform is None):
            raise ValueError("wallet_payload and wallet_platform go together")
        if self.wallet_platform is not None and self.wallet_platform not in WALLET_PLATFORMS:
            raise ValueError(f"wallet_platform must be one of {WALLET_PLATFORMS}")
        if self.wallet_payload is not None and not _valid_payload(self.wallet_payload):
            raise ValueError(f"wallet_payload must be 1-{MAX_WALLET_PAYLOAD_BYTES} ASCII characters")

    def equipment_user(self) -> dict[str, Any]:
        """The EquipmentUserDetailsDTO EGYM returns for this member."""
        return {
            "userId": self.user_id,
            **({"email": self.email} if self.email else {}),
            "firstName": self.first_name,
            "lastName": self.last_name,
            "gender": self.gender,
            "dateOfBirth": self.date_of_birth,
            "height": self.height_cm,
            "weight": self.weight_kg,
            "locale": self.locale,
            "unitSystem": self.unit_system,
            "trainingGoal": self.training_goal,
        }

    def tap_data(self) -> dict[str, Any]:
        """What a demo needs to present this member's card or phone (no tokens)."""
        return {
            "userId": self.user_id,
            "name": f"{self.first_name} {self.last_name}",
            "locale": self.locale,
            "unitSystem": self.unit_system,
            "gender": self.gender,
            "rfid": self.rfid,
            "rfidFormat": self.rfid_format,
            "uidHex": self.uid.hex().upper(),
            "walletPayload": self.wallet_payload,
            "walletPlatform": self.wallet_platform,
            "encryptedUserId": self.encrypted_user_id,
        }


def _valid_payload(payload: str) -> bool:
    return payload.isascii() and 0 < len(payload) <= MAX_WALLET_PAYLOAD_BYTES


DEMO_MEMBERS: tuple[DemoMember, ...] = (
    DemoMember(
        user_id="-2f7kq81xw3dn",
        encrypted_user_id=5190423876512094417,
        first_name="Dana",
        last_name="Whitfield",
        gender="FEMALE",
        date_of_birth="1988-04-12",
        height_cm=168.0,
        weight_kg=63.5,
        locale="en_US",
        unit_system="US_CUSTOMARY",
        training_goal="FITNESS",
        uid=bytes.fromhex("A41B72C9"),
        rfid_format="MIFARE",
        wallet_payload="SBX-APPLE-9f2c41d7e0b35a86",
        wallet_platform="APPLE",
    ),
    DemoMember(
        user_id="-1m9vr4c6tz0q",
        encrypted_user_id=3874120965538172203,
        first_name="Lukas",
        last_name="Brenner",
        gender="MALE",
        date_of_birth="1979-11-03",
        height_cm=183.0,
        weight_kg=84.2,
        locale="de_DE",
        unit_system="METRIC",
        training_goal="MUSCLE_GAIN",
        uid=bytes.fromhex("046E3A125B8090"),
        rfid_format="MIFARE",
        wallet_payload="SBX-GOOGLE-41b8e27c90d3f6a5",
        wallet_platform="GOOGLE",
    ),
    DemoMember(
        user_id="-3x0hb52pj7ks",
        encrypted_user_id=7002918346651209385,
        first_name="Sam",
        last_name="Ortega",
        gender="NON_BINARY",
        date_of_birth="1995-06-21",
        height_cm=171.0,
        weight_kg=70.0,
        locale="es_ES",
        unit_system="METRIC",
        training_goal="WEIGHT_LOSS",
        uid=bytes.fromhex("3F8D21A6"),
        rfid_format="LEGIC",
        wallet_payload="SBX-GOOGLE-7ac05e19b24d8f33",
        wallet_platform="GOOGLE",
    ),
    DemoMember(
        user_id="-0c4wn63ye8ra",
        encrypted_user_id=2468013579864201337,
        first_name="Priya",
        last_name="Ashworth",
        gender="FEMALE",
        date_of_birth="1983-09-30",
        height_cm=162.5,
        weight_kg=58.1,
        locale="en_GB",
        unit_system="IMPERIAL",
        training_goal="BBP",
        uid=bytes.fromhex("5E09C4B7"),
        rfid_format="MIFARE",
        wallet_payload="SBX-APPLE-d61f0a8c3e5b7924",
        wallet_platform="APPLE",
    ),
)
