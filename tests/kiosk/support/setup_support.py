"""Shared pieces for the setup tests: a hub over loopback (EGYM behind it played by the sandbox) and a form
that answers everything right."""
from __future__ import annotations

from pathlib import Path

from kiosk.cloud.hub.setup import CREDENTIAL
from kiosk.support.setup_form import SetupForm
from tests.kiosk.cloud.hub.conftest import egym, hub  # noqa: F401 - fixtures

PIN = "4821"
A_CODE = "48213907"  # a well-formed enrolment code (the hub fixture hands out real ones)
ENROLLED = "an-enrolled-kiosks-credential-of-forty-three-chars"[:43]


def good_form(hub_url: str, tmp_path: Path, /, **changes: str) -> SetupForm:
    """An installer's correct answers for a scale station with simulated reader and scale."""
    answers = {
        "station_type": "scale", "station_name": "Front desk scale", "url": hub_url, "enrolment_code": A_CODE,
        "reader_protocol": "uid-lines", "reader_port": "simulated",
        "device_protocol": "tanita", "device_port": "simulated",
        "trainer_pin": PIN, "trainer_pin_repeat": PIN, "database": str(tmp_path / "data" / "kiosk.sqlite3"),
    }
    answers.update(changes)
    form = SetupForm()
    for name, value in answers.items():  # the platforms' fields (the hub's) and the kiosk's own alike
        form = form.with_value(name, value)
    return form


def enrolled_form(hub_url: str, tmp_path: Path, /, **changes: str) -> SetupForm:
    """:func:`good_form` of a kiosk whose enrolment code was already exchanged (writing needs no hub)."""
    return good_form(hub_url, tmp_path, **{CREDENTIAL: ENROLLED, **changes})
