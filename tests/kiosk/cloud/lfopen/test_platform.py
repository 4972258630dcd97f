"""LFopen in the registry: a hub-only destination whose descriptor stays light (no authlib in a kiosk
process), whose connect builds the destination, and whose emulation the sandbox command finds."""
from __future__ import annotations

import json
import subprocess
import sys

from kiosk.cloud.base import MeasurementDestination
from kiosk.cloud.lfopen.platform import LFOPEN
from kiosk.cloud.lfopen.sandbox import LfopenSandbox
from kiosk.cloud.registry import PLATFORMS, platform
from kiosk.sandbox.server import emulations
from tests.kiosk.cloud.lfopen.conftest import settings_for



def test_importing_the_registry_in_a_fresh_interpreter_loads_no_heavy_module() -> None:
    script = ("import json, sys; import kiosk.cloud.registry; "
              f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {{'authlib', 'fit_tool', "
              f"'garmin_fit_sdk'}} or m.startswith(('kiosk.cloud.lfopen.client', 'kiosk.cloud.lfopen.sandbox')))))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == []
    assert "kiosk.cloud.lfopen.platform" in subprocess.run(
        [sys.executable, "-c", "import sys, kiosk.cloud.registry; print(list(sys.modules))"],
        capture_output=True, text=True, check=True).stdout  # the test above looked at a registry that has LFopen


def test_lfopen_is_a_registered_hub_only_destination() -> None:
    assert LFOPEN in PLATFORMS and platform("lfopen") is LFOPEN
    assert LFOPEN.destination and not LFOPEN.identity_provider and not LFOPEN.kiosk_may_connect
    assert LFOPEN.display_name == "LFconnect"


async def test_connect_builds_the_destination_and_lets_go_of_it(sandbox) -> None:
    connection = LFOPEN.connect(settings_for(sandbox))
    try:
        assert isinstance(connection.destination, MeasurementDestination)
        assert connection.destination.name == "lfopen" and connection.identity is None
    finally:
        await connection.close()


def test_the_sandbox_command_builds_the_lfopen_emulation() -> None:
    made = emulations([LFOPEN], token_ttl_s=60.0, issue_refresh_tokens=False)
    assert len(made) == 1 and isinstance(made[0], LfopenSandbox)
    assert (made[0].token_ttl_s, made[0].issue_refresh_tokens) == (60.0, False)
    assert made[0].describe("http://127.0.0.1:1")[0].endswith("http://127.0.0.1:1")
