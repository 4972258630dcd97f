"""Settings and helpers shared by the standalone EGYM tests."""
from __future__ import annotations

import dataclasses
from typing import Callable

from hardware.events import CardCredential, CardTechnology
from kiosk.cloud.egym import CallRetry, EgymSettings
from kiosk.cloud.egym.sandbox.members import DEMO_APPLE_PASS_TYPE_ID, DEMO_GOOGLE_COLLECTOR_ID, DemoMember
from kiosk.cloud.egym.sandbox.standalone import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_MACHINE_TYPE, DEMO_SERIAL_NUMBER
from kiosk.cloud.egym.standalone.client import StandaloneClient

ONE_TRY = CallRetry(max_attempts=1)
Factory = Callable[..., StandaloneClient]


def settings(**changes: object) -> EgymSettings:
    base = EgymSettings(
        base_url="http://egym-standalone.local", gym_id=1, machine_name="", api_key="",
        apple_pass_type_id=DEMO_APPLE_PASS_TYPE_ID, google_collector_id=DEMO_GOOGLE_COLLECTOR_ID,
        flavour="standalone", serial_number=DEMO_SERIAL_NUMBER, machine_type=DEMO_MACHINE_TYPE,
        client_id=DEMO_CLIENT_ID, client_secret=DEMO_CLIENT_SECRET,
    )
    return dataclasses.replace(base, **changes)



def card_of(member: DemoMember) -> CardCredential:
    """The demo member's own card, read by the right kind of reader."""
    return CardCredential(member.uid, CardTechnology.LEGIC if member.rfid_format == "LEGIC" else CardTechnology.MIFARE)
