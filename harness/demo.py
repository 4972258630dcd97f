"""The demo's configuration: the embedded sandbox, a simulated card reader and a simulated device."""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher

from hardware import fields
from kiosk.cloud.egym.sandbox import (
    DEMO_API_KEY,
    DEMO_APPLE_PASS_TYPE_ID,
    DEMO_GOOGLE_COLLECTOR_ID,
    DEMO_GYM_ID,
    DEMO_MACHINE_NAME,
    DEMO_MEMBERS,
)
from kiosk.cloud.egym.sandbox.app import STANDALONE_PREFIX
from kiosk.cloud.egym.sandbox.standalone import (
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    DEMO_MACHINE_TYPE,
    DEMO_SERIAL_NUMBER,
)
from kiosk.config.loader import STATION_KINDS, KioskConfig, parse_config
from kiosk.trainer.pin import write_pin_file

# A card no member has: the demo taps it once to show what a member sees then.
UNREGISTERED_CARD = bytes.fromhex("0BADCAFE")

# The demo's trainer PIN, so the attract screen shows the Trainer button.
DEMO_TRAINER_PIN = "2468"
# The demo's PIN is printed above for anyone to read: a cheap hash keeps the demo and its tests quick.
_DEMO_PIN_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)

# The flexibility station prints one line per finished hip-flexor test, both sides in degrees:
# "RESULT;TEST=HIP_FLEXOR;L=+14.5;R=+12.0;UNIT=DEG". The simulator's template is filled in with
# canonical field names, so the line it prints is the one the decoder's pattern expects.
_HIP_FLEXOR_PATTERN = r"^RESULT;TEST=HIP_FLEXOR;L=(?P<left>[+-]?\d+(\.\d+)?);R=(?P<right>[+-]?\d+(\.\d+)?);UNIT=DEG$"
_HIP_FLEXOR_TEMPLATE = (
    f"RESULT;TEST=HIP_FLEXOR;L={{{fields.HIP_FLEXOR_LEFT_DEG}:+.1f}};R={{{fields.HIP_FLEXOR_RIGHT_DEG}:+.1f}};UNIT=DEG"
)


@dataclass(frozen=True)
class _DemoStation:
    """One simulated station: its device table, extra simulator options and EGYM metric mapping."""

    name: str
    device: dict[str, Any]
    simulator_options: dict[str, Any] = field(default_factory=dict)
    metrics: dict[str, str] = field(default_factory=dict)  # [egym.metrics.<kind>] on top of the defaults


_STATIONS: dict[str, _DemoStation] = {
    "scale": _DemoStation(
        "Demo smart scale", {"protocol": "tanita", "port": "simulated", "options": {"model": "MC-780"}},
    ),
    "cardio": _DemoStation(
        "Demo cardio bike",
        # Polled ten times a second, so the console's workout clock (one step per frame) runs smoothly.
        {"protocol": "csafe", "port": "simulated", "options": {"model": "Demo bike", "poll_interval_s": 0.1}},
    ),
    "flexibility": _DemoStation(
        "Demo flexibility station",
        {
            "protocol": "generic-line", "port": "simulated",
            "options": {
                "kind": "flexibility", "model": "Demo flexibility station", "pattern": _HIP_FLEXOR_PATTERN,
                "fields": {"left": fields.HIP_FLEXOR_LEFT_DEG, "right": fields.HIP_FLEXOR_RIGHT_DEG},
            },
        },
        simulator_options={"template": _HIP_FLEXOR_TEMPLATE},
        metrics={fields.HIP_FLEXOR_LEFT_DEG: "HIP_FLEXOR_LEFT_DEGREE", fields.HIP_FLEXOR_RIGHT_DEG: "HIP_FLEXOR_RIGHT_DEGREE"},
    ),
}

STATIONS = tuple(_STATIONS)


def demo_cards() -> list[bytes]:
    """The demo members' MIFARE card UIDs (the simulated reader is a MIFARE UID reader)."""
    return [member.uid for member in DEMO_MEMBERS if member.rfid_format == "MIFARE"]


def demo_simulator_options(station: str = "scale") -> dict[str, dict[str, Any]]:
    """The station's simulator options by protocol, for :class:`kiosk.runtime.devices.DeviceHub`."""
    chosen = _station(station)
    return {chosen.device["protocol"]: dict(chosen.simulator_options)} if chosen.simulator_options else {}


def demo_config(base_url: str, *, station: str = "scale", database: Path) -> KioskConfig:
    """A config like an installer's before the hub: the kiosk talks to the EGYM sandbox itself, with the demo key.

    The trainer PIN file is written beside ``database``. Tests of the direct-EGYM kiosk use it.
    """
    return parse_config({**demo_kiosk_tables(station, database), "egym": demo_egym_table(base_url, station)},
                        secrets={"egym": DEMO_API_KEY})


def demo_standalone_config(base_url: str, *, station: str = "scale", database: Path) -> KioskConfig:
    """A kiosk that is its own machine at EGYM (``flavour = "standalone"``), against the sandbox's machine API.

    ``base_url`` is the sandbox's address; the machine API is served under ``/standalone`` there.
    """
    chosen = _station(station)
    egym = {
        "flavour": "standalone", "base_url": f"{base_url}{STANDALONE_PREFIX}",
        "serial_number": DEMO_SERIAL_NUMBER, "machine_type": DEMO_MACHINE_TYPE,
        "wallet": {"apple_pass_type_id": DEMO_APPLE_PASS_TYPE_ID, "google_collector_id": DEMO_GOOGLE_COLLECTOR_ID},
        "metrics": {STATION_KINDS[station]: dict(chosen.metrics)},
    }
    return parse_config({**demo_kiosk_tables(station, database), "egym": egym},
                        secrets={"egym": f"{DEMO_CLIENT_ID}:{DEMO_CLIENT_SECRET}"})


def demo_egym_table(base_url: str, station: str = "scale") -> dict[str, Any]:
    """The demo gym's ``[egym]`` table (on the hub, or on a direct-EGYM kiosk): the sandbox and its demo gym."""
    chosen = _station(station)
    return {
        "base_url": base_url, "gym_id": DEMO_GYM_ID, "machine_name": DEMO_MACHINE_NAME,
        "wallet": {"apple_pass_type_id": DEMO_APPLE_PASS_TYPE_ID, "google_collector_id": DEMO_GOOGLE_COLLECTOR_ID},
        "metrics": {STATION_KINDS[station]: dict(chosen.metrics)},
    }


def demo_kiosk_tables(station: str, database: Path) -> dict[str, Any]:
    """The demo kiosk's own tables (station, simulated devices, storage, trainer), short demo timings.

    The trainer PIN file is written beside ``database``.
    """
    chosen = _station(station)
    pin_file = database.parent / "trainer-pin"
    write_pin_file(pin_file, DEMO_TRAINER_PIN, _DEMO_PIN_HASHER)
    return {
        "station": {
            "type": station, "name": chosen.name, "language": "en",
            "idle_seconds": 8, "idle_warning_seconds": 8, "review_seconds": 4, "result_seconds": 4,
        },
        "readers": [{"protocol": "uid-lines", "port": "simulated", "id": "demo-reader"}],
        "device": copy.deepcopy(chosen.device),
        "storage": {"database": str(database)},
        "trainer": {"pin_file": str(pin_file)},
    }


def _station(station: str) -> _DemoStation:
    if station not in _STATIONS:
        raise ValueError(f"the demo has no simulated {station!r} station; choose one of {', '.join(STATIONS)}")
    return _STATIONS[station]
