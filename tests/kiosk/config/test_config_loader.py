"""The config file: installers get errors that name the key and say what to fix."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.config.loader import ConfigError, load_config

VALID = """
[station]
type = "scale"
name = "Smart scale, 1st floor"

[egym]
base_url = "https://partner-api.ext-1.test.co.egym.coffee"
gym_id = 130
machine_name = "smartscale123"

[egym.metrics.body]
muscle_mass_kg = "SKELETAL_MUSCLE_MASS_KG"
bone_mass_kg = ""

[[readers]]
protocol = "uid-lines"
port = "/dev/ttyUSB0"

[device]
protocol = "tanita"
port = "simulated"
options = { model = "MC-780" }

[storage]
database = "/tmp/kiosk-test.sqlite3"
"""


@pytest.fixture
def key_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("GYM_KIOSK_EGYM_API_KEY", raising=False)
    path = tmp_path / "egym-api-key"
    path.write_text("secret-key-123\n")
    path.chmod(0o600)
    return path


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


def test_valid_config_loads_with_key_from_owner_only_file(tmp_path: Path, key_file: Path) -> None:
    config = load_config(write(tmp_path, VALID))
    assert config.egym.api_key == "secret-key-123"
    assert config.egym.gym_id == 130
    assert config.station.kind == "body"
    assert config.readers[0].port == "/dev/ttyUSB0" and not config.readers[0].simulated
    assert config.device is not None and config.device.simulated
    assert config.egym.metric_map["body"]["muscle_mass_kg"] == "SKELETAL_MUSCLE_MASS_KG"
    assert "bone_mass_kg" not in config.egym.metric_map["body"]
    assert "secret-key-123" not in repr(config)


def test_api_key_from_environment_wins(tmp_path: Path, key_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GYM_KIOSK_EGYM_API_KEY", "from-env")
    assert load_config(write(tmp_path, VALID)).egym.api_key == "from-env"


def test_group_readable_key_file_is_refused_with_the_fix(tmp_path: Path, key_file: Path) -> None:
    key_file.chmod(0o640)
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, VALID))
    assert "chmod 600" in str(error.value)
    assert "secret-key-123" not in str(error.value)


def test_api_key_in_the_toml_is_refused(tmp_path: Path, key_file: Path) -> None:
    text = VALID.replace('gym_id = 130', 'gym_id = 130\napi_key = "oops"')
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, text))
    assert error.value.key == "egym.api_key"
    assert "oops" not in str(error.value)


@pytest.mark.parametrize(
    ("edit", "key", "problem"),
    [
        (("gym_id = 130", 'gym_id = "130"'), "egym.gym_id", "whole number"),
        (("gym_id = 130\n", ""), "egym.gym_id", "required"),
        (("gym_id = 130\n", 'gym_id = 130\nrate_limit_scope = "device"\n'), "egym.rate_limit_scope", "partner, token"),
        (('type = "scale"', 'type = "rowing"'), "station.type", "one of scale, cardio, flexibility"),
        (('base_url = "https://', 'base_url = "ftp://'), "egym.base_url", "http(s) URL"),
        (('base_url = "https://', 'base_url = "http://'), "egym.base_url", "use https://"),
        (('base_url = "https://partner-api.ext-1.test.co.egym.coffee"', 'base_url = "http://10.0.0.5:8321"'),
         "egym.base_url", "use https://"),
        (('base_url = "https://partner-api.ext-1.test.co.egym.coffee"', 'base_url = "http://[::ffff:127.0.0.1]"'),
         "egym.base_url", "use https://"),
        (('name = "Smart scale, 1st floor"', 'idle_seconds = nan'), "station.idle_seconds", "finite number"),
        (('gym_id = 130', 'gym_id = 130\ntimeout_seconds = inf'), "egym.timeout_seconds", "finite number"),
        (('options = { model = "MC-780" }', 'options = { model = "MC-780", limits = [1.0, -inf] }'),
         "device.options.limits[1]", "finite number"),
        (('gym_id = 130', 'gym_id = 130\nca_bundle = "/nonexistent/proxy-ca.pem"'), "egym.ca_bundle", "does not exist"),
        (('gym_id = 130', 'gym_id = 130\nca_bundle = "/"'), "egym.ca_bundle", "not a plain file"),
        (('name = "Smart', 'nmae = "Smart'), "station.nmae", "not a known setting"),
        (('= "SKELETAL_MUSCLE_MASS_KG"', '= "MUSCLE_KG"'), "egym.metrics.body.muscle_mass_kg", "not an EGYM body metric"),
        (('protocol = "tanita"', 'protocol = "inbody"'), "device.protocol", "unknown measuring protocol"),
        (('options = { model = "MC-780" }', 'options = { colour = "red" }'), "device.options", "colour"),
    ],
)
def test_bad_values_name_the_key_and_the_problem(tmp_path: Path, key_file: Path, edit: tuple[str, str], key: str, problem: str) -> None:
    old, new = edit
    assert old in VALID
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, VALID.replace(old, new, 1)))
    assert error.value.key == key
    assert problem in error.value.problem


@pytest.mark.parametrize("host", ["127.0.0.1:8321", "127.42.0.9", "[::1]:8321", "localhost:8321", "LOCALHOST"])
def test_plain_http_is_allowed_for_loopback_only(tmp_path: Path, key_file: Path, host: str) -> None:
    text = VALID.replace("https://partner-api.ext-1.test.co.egym.coffee", f"http://{host}")
    assert load_config(write(tmp_path, text)).egym.base_url == f"http://{host}"


def test_missing_file_and_broken_toml_are_explained(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "absent.toml")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(write(tmp_path, "[station\n"))


def test_missing_key_file_says_how_to_provide_a_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GYM_KIOSK_EGYM_API_KEY", raising=False)
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, VALID))
    assert "GYM_KIOSK_EGYM_API_KEY" in str(error.value)
    assert os.fspath(tmp_path) in str(error.value)


DEVICE_OPTIONS = 'options = { model = "MC-780" }'


def test_an_analyser_in_pc_mode_gets_its_tare(tmp_path: Path, key_file: Path) -> None:
    config = load_config(write(tmp_path, VALID.replace(DEVICE_OPTIONS, DEVICE_OPTIONS + "\npc_mode = true\ntare_kg = 1.5")))
    assert config.device is not None and config.device.pc_mode and config.device.tare_kg == 1.5
    plain = load_config(write(tmp_path, VALID))
    assert plain.device is not None and not plain.device.pc_mode and plain.device.tare_kg == 0.0


@pytest.mark.parametrize(
    ("device", "key", "problem"),
    [
        ('protocol = "and-scale"\nport = "simulated"\npc_mode = true', "device.pc_mode", "PC mode is for: tanita, tanita-bc418"),
        ('protocol = "tanita"\nport = "simulated"\npc_mode = "yes"', "device.pc_mode", "true or false"),
        ('protocol = "tanita"\nport = "simulated"\npc_mode = true\ntare_kg = 12', "device.tare_kg", "at most 10"),
        ('protocol = "tanita"\nport = "simulated"\npc_mode = true\ntare_kg = -1', "device.tare_kg", "at least 0"),
        ('protocol = "tanita"\nport = "simulated"\ntare_kg = 1', "device.tare_kg", "set pc_mode = true"),
    ],
)
def test_pc_mode_and_tare_mistakes_are_explained(tmp_path: Path, key_file: Path, device: str, key: str, problem: str) -> None:
    text = VALID.replace('protocol = "tanita"\nport = "simulated"\n' + DEVICE_OPTIONS, device)
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, text))
    assert (error.value.key, problem in error.value.problem) == (key, True), error.value.problem
