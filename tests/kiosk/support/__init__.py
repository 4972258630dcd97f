"""Tests of the installer and support commands (check, devices, diagnostics).

:func:`write_site` lays out what an installer would: a config file and an
owner-only API key file next to it, with a data directory for the database.
"""
from __future__ import annotations

from pathlib import Path

from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME

SIMULATED_DEVICE = '[device]\nprotocol = "tanita"\nport = "simulated"\n'


def write_site(
    directory: Path,
    base_url: str,
    *,
    api_key: str = DEMO_API_KEY,
    device: str = SIMULATED_DEVICE,
    egym_extra: str = "",
) -> Path:
    """A config for ``base_url`` with a simulated reader, and its key file; returns the config path."""
    key_file = directory / "egym-api-key"
    key_file.write_text(api_key + "\n")
    key_file.chmod(0o600)
    config = directory / "config.toml"
    config.write_text(
        f"""
[station]
type = "scale"
name = "Test scale"

[egym]
base_url = "{base_url}"
gym_id = {DEMO_GYM_ID}
machine_name = "{DEMO_MACHINE_NAME}"
api_key_file = "egym-api-key"
timeout_seconds = 5
{egym_extra}

[[readers]]
protocol = "uid-lines"
port = "simulated"

{device}

[storage]
database = "{directory / 'data' / 'kiosk.sqlite3'}"
"""
    )
    return config
