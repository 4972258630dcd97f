"""Boditrax in the registry: a hub-only destination and login-handler linker whose descriptor stays light,
whose connect builds both, and whose emulation the sandbox command finds."""
from __future__ import annotations

import json
import subprocess
import sys

from kiosk.cloud.base import HostsLoginHandler, LinksAccounts, MeasurementDestination
from kiosk.cloud.boditrax.platform import BODITRAX
from kiosk.cloud.boditrax.sandbox import BoditraxSandbox
from kiosk.cloud.registry import PLATFORMS, platform
from kiosk.sandbox.server import emulations
from tests.kiosk.cloud.boditrax.conftest import settings_for


def test_importing_the_registry_loads_no_boditrax_client_or_emulation() -> None:
    script = ("import json, sys; import kiosk.cloud.registry; print(json.dumps(sorted(m for m in sys.modules "
              "if m.startswith(('kiosk.cloud.boditrax.client', 'kiosk.cloud.boditrax.sandbox')))))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == []


def test_boditrax_is_a_registered_hub_only_destination() -> None:
    assert BODITRAX in PLATFORMS and platform("boditrax") is BODITRAX
    assert BODITRAX.destination and not BODITRAX.identity_provider and not BODITRAX.kiosk_may_connect


async def test_connect_builds_the_destination_and_the_login_handler(sandbox) -> None:
    connection = BODITRAX.connect(settings_for(sandbox))
    try:
        assert isinstance(connection.destination, MeasurementDestination)
        assert isinstance(connection.linking, LinksAccounts) and isinstance(connection.linking, HostsLoginHandler)
        assert connection.destination.name == connection.linking.name == "boditrax"
    finally:
        await connection.close()


def test_the_sandbox_command_builds_the_boditrax_emulation() -> None:
    [made] = emulations([BODITRAX], token_ttl_s=60.0, issue_refresh_tokens=False)
    assert isinstance(made, BoditraxSandbox) and made.token_ttl_s == 60.0
