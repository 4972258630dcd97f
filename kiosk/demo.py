"""The demo's configuration: the embedded sandbox, a simulated card reader and a simulated device."""
from __future__ import annotations

from pathlib import Path

from kiosk.config.loader import KioskConfig, parse_config
from kiosk.sandbox import (
    DEMO_API_KEY, DEMO_APPLE_PASS_TYPE_ID, DEMO_GOOGLE_COLLECTOR_ID, DEMO_GYM_ID, DEMO_MACHINE_NAME, DEMO_MEMBERS,
)

# A card no member has: the demo taps it once to show what a member sees then.
UNREGISTERED_CARD = bytes.fromhex("0BADCAFE")

_DEVICES = {
    "scale": {"protocol": "tanita", "port": "simulated", "options": {"model": "MC-780"}},
}


def demo_cards() -> list[bytes]:
    """The demo members' MIFARE card UIDs (the simulated reader is a MIFARE UID reader)."""
    return [member.uid for member in DEMO_MEMBERS if member.rfid_format == "MIFARE"]


def demo_config(base_url: str, *, station: str = "scale", database: Path) -> KioskConfig:
    """A config like an installer's, pointed at the sandbox, with short demo timings."""
    if station not in _DEVICES:
        raise ValueError(f"the demo has no simulated {station} station yet")
    return parse_config(
        {
            "station": {
                "type": station, "name": "Demo smart scale", "language": "en",
                "idle_seconds": 8, "idle_warning_seconds": 8, "review_seconds": 4, "result_seconds": 4,
            },
            "egym": {
                "base_url": base_url, "gym_id": DEMO_GYM_ID, "machine_name": DEMO_MACHINE_NAME,
                "wallet": {"apple_pass_type_id": DEMO_APPLE_PASS_TYPE_ID, "google_collector_id": DEMO_GOOGLE_COLLECTOR_ID},
            },
            "readers": [{"protocol": "uid-lines", "port": "simulated", "id": "demo-reader"}],
            "device": _DEVICES[station],
            "storage": {"database": str(database)},
        },
        api_key=DEMO_API_KEY,
    )
