"""EGYM as the registry sees it: its table, its connection (both roles), its secret and its check items."""
from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from hardware.events import CardCredential
from kiosk.cloud.egym.platform import EGYM
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME, DEMO_MEMBERS, SandboxState, create_app
from kiosk.cloud.egym.settings import DEFAULT_API_KEY_ENV
from kiosk.cloud.platform import SettingsContext
from kiosk.config_section import ConfigError, Section

TABLE = {"base_url": "https://egym.invalid", "gym_id": DEMO_GYM_ID, "machine_name": DEMO_MACHINE_NAME}


def test_the_key_handed_over_wins_and_is_what_the_log_filter_masks() -> None:
    settings = EGYM.parse_settings(Section(dict(TABLE), "egym"), SettingsContext(secret="handed-over"))
    assert settings.api_key == "handed-over"
    assert EGYM.secrets(settings) == ("handed-over",)


def test_without_a_key_handed_over_it_is_read_from_the_file_beside_the_config(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(DEFAULT_API_KEY_ENV, raising=False)
    (tmp_path / "egym-api-key").write_text("from-the-file\n")
    (tmp_path / "egym-api-key").chmod(0o600)
    settings = EGYM.parse_settings(Section(dict(TABLE), "egym"), SettingsContext(source=tmp_path / "config.toml"))
    assert settings.api_key == "from-the-file"
    assert EGYM.checks is not None
    assert "key file" in EGYM.checks.check_secret(TABLE, tmp_path / "config.toml")
    assert EGYM.masked_in_diagnostics(TABLE, tmp_path / "config.toml") == ("from-the-file",)


def test_the_key_in_the_config_file_is_refused_with_the_fix() -> None:
    with pytest.raises(ConfigError) as refused:
        EGYM.parse_settings(Section({**TABLE, "api_key": "oops"}, "egym"), SettingsContext(secret="k"))
    assert refused.value.key == "egym.api_key" and DEFAULT_API_KEY_ENV in refused.value.problem


async def test_one_connection_logs_members_in_and_takes_their_results() -> None:
    settings = EGYM.parse_settings(Section(dict(TABLE), "egym"), SettingsContext(secret=DEMO_API_KEY))
    connection = EGYM.connect(settings, transport=httpx.ASGITransport(app=create_app(SandboxState())))
    try:
        assert connection.identity is connection.destination is not None
        session = await connection.identity.login(CardCredential(DEMO_MEMBERS[0].uid))
        assert session.platform == EGYM.name
    finally:
        await connection.close()
