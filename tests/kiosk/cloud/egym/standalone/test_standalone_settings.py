"""``flavour = "standalone"`` in [egym]: machine identity in the TOML, client credentials never."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.cloud.egym.settings import api_key_if_found, parse_egym_settings
from kiosk.cloud.platform import SettingsContext
from kiosk.config_section import ConfigError, Section

TABLE = {"flavour": "standalone", "base_url": "https://partner-api.api.egym.com",
         "serial_number": "SN-1", "machine_type": "BODY_ANALYZER"}


def parse(table: dict[str, object], source: Path | None = None, secret: str | None = None):
    return parse_egym_settings(Section(dict(table), "egym"), SettingsContext(source=source, secret=secret))


def test_credentials_come_from_an_owner_only_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GYM_KIOSK_EGYM_CLIENT_CREDENTIALS", raising=False)
    file = tmp_path / "egym-client-credentials"
    file.write_text("partner-7:s3cr3t\n")
    os.chmod(file, 0o600)
    settings = parse(TABLE, source=tmp_path / "config.toml")
    assert (settings.flavour, settings.client_id, settings.client_secret) == ("standalone", "partner-7", "s3cr3t")
    assert settings.grant_spelling == "upper" and "s3cr3t" not in repr(settings)
    os.chmod(file, 0o644)
    with pytest.raises(ConfigError, match="readable by other users"):
        parse(TABLE, source=tmp_path / "config.toml")


def test_credentials_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GYM_KIOSK_EGYM_CLIENT_CREDENTIALS", "partner-7:from-env")
    assert parse(TABLE).client_secret == "from-env"


@pytest.mark.parametrize("key", ["client_id", "client_secret", "api_key"])
def test_a_credential_in_the_toml_is_refused(key: str) -> None:
    with pytest.raises(ConfigError, match="must not be in the config file"):
        parse({**TABLE, key: "x"}, secret="a:b")


def test_serial_number_and_machine_type_are_required_and_spelling_is_checked() -> None:
    with pytest.raises(ConfigError, match="serial_number"):
        parse({k: v for k, v in TABLE.items() if k != "serial_number"}, secret="a:b")
    with pytest.raises(ConfigError, match="grant_spelling"):
        parse({**TABLE, "grant_spelling": "camel"}, secret="a:b")
    with pytest.raises(ConfigError, match="client_id:client_secret"):
        parse(TABLE, secret="no-colon")
    assert parse({**TABLE, "grant_spelling": "lower", "low_frequency_format": "HITAG2"}, secret="a:b").low_frequency_format == "HITAG2"


def test_the_server_flavour_is_the_default() -> None:
    table = {"base_url": "https://partner-api.api.egym.com", "gym_id": 5, "machine_name": "kiosk"}
    assert parse(table, secret="key").flavour == "server"


def test_a_support_bundle_masks_the_client_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GYM_KIOSK_EGYM_CLIENT_CREDENTIALS", "partner-7:very-secret")
    assert "very-secret" in api_key_if_found(TABLE, None)
