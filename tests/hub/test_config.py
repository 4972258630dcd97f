"""The hub's config: defaults, one table per gym location, EGYM's key never from the file, errors with the fix."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from hub.config import load_hub_config, parse_hub_config
from kiosk.config_section import ConfigError

ROOT = Path(__file__).resolve().parents[2]
EGYM = {"base_url": "http://127.0.0.1:9", "gym_id": 7, "machine_name": "hub"}


def test_a_minimal_config_listens_on_loopback_and_stores_in_sqlite_beside_the_file(tmp_path: Path) -> None:
    config = parse_hub_config({"gyms": {"berlin-mitte": {"egym": EGYM}}}, source=tmp_path / "hub.toml",
                              secrets={"egym": "the-key"})
    assert (config.listen_host, config.listen_port) == ("127.0.0.1", 8400)
    assert config.store_url == f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    assert config.key_file == tmp_path / "hub.key"
    assert config.gyms["berlin-mitte"].platforms["egym"].api_key == "the-key"
    assert config.secrets == ("the-key",)


def test_the_api_key_comes_from_an_owner_only_file_beside_the_config(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("GYM_KIOSK_EGYM_API_KEY", raising=False)
    key = tmp_path / "egym-api-key"
    key.write_text("file-key\n")
    key.chmod(0o644)
    with pytest.raises(ConfigError, match="chmod 600"):
        parse_hub_config({"gyms": {"g": {"egym": EGYM}}}, source=tmp_path / "hub.toml")
    key.chmod(0o600)
    config = parse_hub_config({"gyms": {"g": {"egym": EGYM}}}, source=tmp_path / "hub.toml")
    assert config.gyms["g"].platforms["egym"].api_key == "file-key"


@pytest.mark.parametrize("data, key, fix", [
    ({"gyms": {"g": {"egym": {**EGYM, "api_key": "x"}}}}, "gyms.g.egym.api_key", "must not be in the config"),
    ({"gyms": {}}, "gyms", r"\[gyms.berlin-mitte\]"),
    ({"gyms": {"Berlin Mitte": {"egym": EGYM}}}, "gyms.Berlin Mitte", "lower-case"),
    ({"gyms": {"g": {}}}, "gyms.g.egym", "at least one platform"),
    ({"gyms": {"g": {"egym": EGYM, "colour": "red"}}}, "gyms.g.colour", "spelling"),
    ({"gyms": {"g": {"egym": EGYM, "hub": {"url": "http://127.0.0.1:8400"}}}}, "gyms.g.hub", "spelling"),
    ({"hub": {"listen": "8400"}, "gyms": {"g": {"egym": EGYM}}}, "hub.listen", "HOST:PORT"),
    ({"hub": {"store": "mysql://x"}, "gyms": {"g": {"egym": EGYM}}}, "hub.store", "postgresql"),
    ({"hub": {"public_url": "hub"}, "gyms": {"g": {"egym": EGYM}}}, "hub.public_url", "https://"),
    ({"gyms": {"g": {"egym": {**EGYM, "gym_id": "7"}}}}, "gyms.g.egym.gym_id", "whole number"),
])
def test_every_problem_names_the_key_and_the_fix(tmp_path: Path, data: dict, key: str, fix: str) -> None:
    with pytest.raises(ConfigError, match=fix) as raised:
        parse_hub_config(data, source=tmp_path / "hub.toml", secrets={"egym": "k"})
    assert raised.value.key == key


def test_the_shipped_example_loads(monkeypatch) -> None:
    monkeypatch.setenv("GYM_KIOSK_EGYM_API_KEY_BERLIN_MITTE", "from-env")
    config = load_hub_config(ROOT / "packaging" / "config" / "hub.toml")
    assert list(config.gyms) == ["berlin-mitte"]
    assert config.gyms["berlin-mitte"].platforms["egym"].api_key == "from-env"
    assert config.public_url == "https://hub.example.com"
    assert tomllib.loads((ROOT / "packaging" / "config" / "hub.toml").read_text())["hub"]["listen"] == "127.0.0.1:8400"
