"""Shared pieces for the setup tests: a loopback EGYM sandbox and a form that answers everything right."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, EgymSandbox
from kiosk.sandbox import serve_loopback
from kiosk.support.setup_form import SetupForm

PIN = "4821"


@pytest.fixture
def sandbox_url(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The embedded EGYM sandbox on a loopback port; the key comes only from what setup writes."""
    monkeypatch.delenv("GYM_KIOSK_EGYM_API_KEY", raising=False)
    with serve_loopback(EgymSandbox()) as server:
        yield server.base_url


def good_form(base_url: str, tmp_path: Path, /, **changes: str) -> SetupForm:
    """An installer's correct answers for a scale station with simulated reader and scale."""
    answers = {
        "station_type": "scale", "station_name": "Front desk scale", "base_url": base_url,
        "gym_id": str(DEMO_GYM_ID), "machine_name": "kiosk-front", "api_key": DEMO_API_KEY,
        "reader_protocol": "uid-lines", "reader_port": "simulated",
        "device_protocol": "tanita", "device_port": "simulated",
        "trainer_pin": PIN, "trainer_pin_repeat": PIN, "database": str(tmp_path / "data" / "kiosk.sqlite3"),
    }
    answers.update(changes)
    form = SetupForm()
    for name, value in answers.items():  # the platforms' fields (EGYM's) and the kiosk's own alike
        form = form.with_value(name, value)
    return form
