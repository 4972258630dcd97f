"""``[perfectgym]`` settings: the secret never comes from the TOML, and bad values name their key."""
from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cloud.perfectgym.settings import parse_perfectgym_settings
from kiosk.config.loader import parse_config
from kiosk.cloud.platform import SettingsContext
from kiosk.config_section import ConfigError, Section

TABLE = {"base_url": "https://club.perfectgym.com/Api", "client_id": "kiosk", "club_id": 7}


def parse(table: dict, context: SettingsContext = SettingsContext(secret="s3cret-value")):
    return parse_perfectgym_settings(Section(dict(table), "perfectgym"), context)


def test_a_secret_in_the_config_file_is_refused_without_echoing_it() -> None:
    with pytest.raises(ConfigError) as refused:
        parse({**TABLE, "client_secret": "leaked-secret-42"})
    assert refused.value.key == "perfectgym.client_secret" and "leaked-secret-42" not in str(refused.value)


def test_the_secret_comes_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("PERFECTGYM_CLIENT_SECRET", "from-env-secret")
    settings = parse(TABLE, SettingsContext())
    assert settings.secrets == ("from-env-secret",) and "from-env-secret" not in repr(settings)


def test_an_owner_only_file_next_to_the_config_holds_the_secret(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("PERFECTGYM_CLIENT_SECRET", raising=False)
    (tmp_path / "pg-secret").write_text("from-file-secret\n")
    (tmp_path / "pg-secret").chmod(0o600)
    settings = parse({**TABLE, "client_secret_file": "pg-secret"}, SettingsContext(source=tmp_path / "hub.toml"))
    assert settings.client_secret == "from-file-secret"


def test_defaults_are_the_cautious_policy() -> None:
    settings = parse(TABLE)
    assert (settings.register_visits, settings.measure_when_refused, settings.card_format) == (False, False, "hex")
    assert settings.language == "en" and parse({**TABLE, "language": "pt-BR"}).language == "pt-BR"


@pytest.mark.parametrize(("change", "key"), [
    ({"club_id": 0}, "perfectgym.club_id"),
    ({"client_id": " "}, "perfectgym.client_id"),
    ({"base_url": "http://club.example.com/Api"}, "perfectgym.base_url"),
    ({"card_format": "octal"}, "perfectgym.card_format"),
    ({"clubid": 7}, "perfectgym.clubid"),
    ({"language": "Deutsch!"}, "perfectgym.language"),
])
def test_a_bad_value_names_its_key(change: dict, key: str) -> None:
    with pytest.raises(ConfigError) as wrong:
        parse({**TABLE, **change})
    assert wrong.value.key == key


def test_a_kiosk_config_naming_perfectgym_is_told_it_belongs_in_the_hub() -> None:
    with pytest.raises(ConfigError) as refused:
        parse_config({"perfectgym": TABLE}, secrets={"perfectgym": "s3cret-value"})
    assert refused.value.key == "perfectgym" and "hub.toml" in str(refused.value)
