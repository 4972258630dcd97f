"""enduco in the registry: hub only, its secret never in the TOML, and nothing heavy in a kiosk's process."""
from __future__ import annotations

import subprocess
import sys

import pytest

from kiosk.cloud.enduco.settings import parse_enduco_settings
from kiosk.cloud.platform import SettingsContext
from kiosk.config_section import ConfigError, Section

TABLE = {"base_url": "https://api.prod.enduco.app", "client_id": "abc"}


def test_importing_the_registry_loads_neither_the_fit_sdk_nor_authlib() -> None:
    code = "import sys, kiosk.cloud.registry; print(sorted(m for m in ('garmin_fit_sdk', 'authlib') if m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"


def test_the_client_secret_is_refused_in_the_toml() -> None:
    with pytest.raises(ConfigError, match="client_secret must not be in the config file"):
        parse_enduco_settings(Section({**TABLE, "client_secret": "x"}, "enduco"), SettingsContext(secret="s"))


def test_an_upload_path_that_is_no_path_is_refused() -> None:
    with pytest.raises(ConfigError, match="upload_path"):
        parse_enduco_settings(Section({**TABLE, "upload_path": "workouts"}, "enduco"), SettingsContext(secret="s"))


def test_the_defaults_for_what_enduco_has_not_published() -> None:
    settings = parse_enduco_settings(Section(dict(TABLE), "enduco"), SettingsContext(secret="s"))
    assert (settings.upload_path, settings.upload_field, settings.pkce) == ("/api/v1/workouts", "file", True)
