"""``[lfopen]`` settings: the secret never comes from the TOML, defaults are the documented/cautious ones,
bad values name their key, and a kiosk config naming LFopen is refused (hub only)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cloud.lfopen.settings import LIVE_BASE_URL, parse_lfopen_settings, secret_if_found
from kiosk.cloud.platform import SettingsContext
from kiosk.config.loader import parse_config
from kiosk.config_section import ConfigError, Section

TABLE = {"client_id": "gym-app"}


def parse(table: dict, context: SettingsContext = SettingsContext(secret="lf-s3cret-value")):
    return parse_lfopen_settings(Section(dict(table), "lfopen"), context)


def test_a_secret_in_the_config_file_is_refused_without_echoing_it() -> None:
    with pytest.raises(ConfigError) as refused:
        parse({**TABLE, "client_secret": "leaked-secret-42"})
    assert refused.value.key == "lfopen.client_secret" and "leaked-secret-42" not in str(refused.value)


def test_the_secret_comes_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("LFOPEN_CLIENT_SECRET", "from-env-secret")
    settings = parse(TABLE, SettingsContext())
    assert settings.secrets == ("from-env-secret",) and "from-env-secret" not in repr(settings)


def test_an_owner_only_file_next_to_the_config_holds_the_secret(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("LFOPEN_CLIENT_SECRET", raising=False)
    (tmp_path / "lf-secret").write_text("from-file-secret\n")
    (tmp_path / "lf-secret").chmod(0o600)
    table = {**TABLE, "client_secret_file": "lf-secret"}
    assert parse(table, SettingsContext(source=tmp_path / "hub.toml")).client_secret == "from-file-secret"
    assert secret_if_found(table, tmp_path / "hub.toml") == ("from-file-secret",)


def test_defaults() -> None:
    settings = parse(TABLE)
    assert settings.base_url == LIVE_BASE_URL and settings.activity == "Other" and settings.timezone == "GMT-0"
    assert (settings.send_state, settings.use_pkce, settings.tokens_by_redirect) == (True, False, False)


@pytest.mark.parametrize(("change", "key"), [
    ({"client_id": " "}, "lfopen.client_id"),
    ({"base_url": "http://lfconnect.com/web"}, "lfopen.base_url"),
    ({"activity": "Sleeping"}, "lfopen.activity"),
    ({"tokens_by_redirect": True}, "lfopen.redirect_uri"),
    ({"timeout_seconds": 0}, "lfopen.timeout_seconds"),
    ({"clientid": "x"}, "lfopen.clientid"),
])
def test_a_bad_value_names_its_key(change: dict, key: str) -> None:
    with pytest.raises(ConfigError) as wrong:
        parse({**TABLE, **change})
    assert wrong.value.key == key


def test_a_kiosk_config_naming_lfopen_is_told_it_belongs_in_the_hub() -> None:
    with pytest.raises(ConfigError) as refused:
        parse_config({"lfopen": TABLE}, secrets={"lfopen": "lf-s3cret-value"})
    assert refused.value.key == "lfopen" and "hub.toml" in str(refused.value)
