"""First-run setup without a screen: the answers become a config `gym-kiosk check` passes, every wrong
answer is named at its field, EGYM failures are explained, and nothing is written until EGYM said yes."""
from __future__ import annotations

import asyncio
import stat
import tomllib
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from kiosk.cloud.egym.sandbox import DEMO_API_KEY
from kiosk.cloud.egym.settings import API_KEY_FILE
from kiosk.cloud.egym.setup import LOCAL_SANDBOX_URL
from kiosk.config.loader import load_config
from kiosk.support import setup_form
from kiosk.support.check import run_checks
from kiosk.support.setup_form import (
    PIN_FILE, ConnectionTestFailed, SetupError, SetupForm, build_config_dict, complete, form_from_file,
    to_toml, validate, write,
)
from tests.kiosk.support.setup_support import PIN, good_form, sandbox_url  # noqa: F401 - fixture
from tests.kiosk.trainer.conftest import CHEAP_HASHER


async def test_a_finished_setup_passes_every_check(sandbox_url: str, tmp_path: Path) -> None:
    config_path = tmp_path / "etc" / "config.toml"
    written = await complete(good_form(sandbox_url, tmp_path), config_path, pin_hasher=CHEAP_HASHER)

    results = await asyncio.to_thread(run_checks, written, listen_s=0.2, answer_s=0.1)
    assert [r.line() for r in results if not r.ok] == []
    assert [r.name for r in results][-1] == "EGYM cloud"
    config = load_config(written)
    assert (config.station.type, config.egym.machine_name, config.station.name) == ("scale", "kiosk-front", "Front desk scale")
    assert config.trainer.pin_file == config_path.parent / PIN_FILE


async def test_the_secrets_live_in_owner_only_files_and_not_in_the_config(sandbox_url: str, tmp_path: Path) -> None:
    config_path = tmp_path / "config.toml"
    await complete(good_form(sandbox_url, tmp_path), config_path, pin_hasher=CHEAP_HASHER)

    key_file, pin_file = config_path.parent / API_KEY_FILE, config_path.parent / PIN_FILE
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(pin_file.stat().st_mode) == 0o600
    assert key_file.read_text().strip() == DEMO_API_KEY
    assert PasswordHasher().verify(pin_file.read_text().strip(), PIN)
    text = config_path.read_text()
    assert DEMO_API_KEY not in text and PIN not in text
    assert "api_key" not in tomllib.loads(text)["egym"]


async def test_a_refused_api_key_is_explained_and_nothing_is_written(sandbox_url: str, tmp_path: Path) -> None:
    config_path = tmp_path / "config.toml"
    with pytest.raises(ConnectionTestFailed) as failure:
        await complete(good_form(sandbox_url, tmp_path, api_key="not-the-key"), config_path, pin_hasher=CHEAP_HASHER)

    assert "refused the API key" in failure.value.reason
    assert "not-the-key" not in failure.value.reason
    assert list(tmp_path.iterdir()) == []


async def test_an_unreachable_server_is_explained_in_installer_words(tmp_path: Path) -> None:
    import socket

    with socket.socket() as unused:  # a port nothing listens on once this closes
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    ok, message = await setup_form.test_connection(good_form(f"http://127.0.0.1:{port}", tmp_path))

    assert not ok
    assert "refused the connection" in message
    assert "the EGYM server address" in message and "egym.base_url" not in message


@pytest.mark.parametrize(
    ("changes", "field", "says"),
    [
        ({"base_url": "partner-api.api.egym.com"}, "base_url", "http(s) URL"),
        ({"base_url": "http://partner-api.api.egym.com"}, "base_url", "use https://"),
        ({"base_url": "http://192.168.1.20:8321"}, "base_url", "use https://"),
        ({"gym_id": ""}, "gym_id", "enter the gym id"),
        ({"gym_id": "12b"}, "gym_id", "digits only"),
        ({"gym_id": "0"}, "gym_id", "1"),
        ({"machine_name": "  "}, "machine_name", "machine name"),
        ({"api_key": ""}, "api_key", "API key"),
        ({"api_key": "two words"}, "api_key", "no spaces"),
        ({"reader_protocol": "tanita"}, "reader_protocol", "unknown reader protocol"),
        ({"reader_port": ""}, "reader_port", "port"),
        ({"device_protocol": "csafe"}, "device_protocol", "cannot measure for a scale station"),
        ({"device_protocol": "generic-line", "station_type": "flexibility"}, "device_protocol", "pattern"),
        ({"device_port": ""}, "device_port", "port"),
        ({"station_type": "rowing"}, "station_type", "must be one of"),
        ({"trainer_pin": "12"}, "trainer_pin", "4 to 12 digits"),
        ({"trainer_pin_repeat": "4822"}, "trainer_pin_repeat", "differ"),
    ],
)
def test_each_wrong_answer_is_named_at_its_field(tmp_path: Path, changes: dict, field: str, says: str) -> None:
    problems = validate(good_form("https://partner-api.api.egym.com", tmp_path, **changes))

    assert list(problems) == [field]
    assert says in problems[field]


@pytest.mark.parametrize("base_url", [LOCAL_SANDBOX_URL, "http://localhost:8321", "http://[::1]:8321",
                                      "http://127.8.0.1", "https://192.168.1.20:8443"])
def test_plain_http_is_accepted_only_for_a_sandbox_on_this_machine(tmp_path: Path, base_url: str) -> None:
    assert validate(good_form(base_url, tmp_path)) == {}


def test_several_wrong_answers_are_all_reported_at_once(tmp_path: Path) -> None:
    form = good_form("ftp://egym", tmp_path, gym_id="x", reader_protocol="nope", device_port="", trainer_pin="")

    assert set(validate(form)) == {"base_url", "gym_id", "reader_protocol", "device_port", "trainer_pin"}


def test_a_form_with_problems_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(SetupError) as error:
        write(good_form("https://partner-api.api.egym.com", tmp_path, gym_id="x"), tmp_path / "config.toml")

    assert "gym_id" in error.value.problems
    assert list(tmp_path.iterdir()) == []


def test_an_existing_valid_config_is_kept_unless_overwriting_is_asked_for(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("GYM_KIOSK_EGYM_API_KEY", raising=False)
    config_path = tmp_path / "config.toml"
    write(good_form("https://partner-api.api.egym.com", tmp_path), config_path, pin_hasher=CHEAP_HASHER)
    before = config_path.read_text()

    with pytest.raises(SetupError) as refused:
        write(good_form("https://partner-api.api.egym.com", tmp_path, machine_name="other"), config_path, pin_hasher=CHEAP_HASHER)
    assert "already holds a valid config" in refused.value.problems["general"]
    assert config_path.read_text() == before

    write(good_form("https://partner-api.api.egym.com", tmp_path, machine_name="other"), config_path,
          overwrite=True, pin_hasher=CHEAP_HASHER)
    assert load_config(config_path).egym.machine_name == "other"


def test_an_invalid_config_is_replaced_and_kept_as_backup(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("GYM_KIOSK_EGYM_API_KEY", raising=False)
    config_path = tmp_path / "config.toml"
    config_path.write_text('[egym]\nbase_url = "https://partner-api.api.egym.com"\ngym_id = 7\n')

    assert form_from_file(config_path).value("gym_id") == "7"  # the setup screen starts from what was there
    write(good_form("https://partner-api.api.egym.com", tmp_path), config_path, pin_hasher=CHEAP_HASHER)

    assert load_config(config_path).egym.gym_id == int(good_form("", tmp_path).value("gym_id"))
    assert "gym_id = 7" in (tmp_path / "config.toml.bak").read_text()


@pytest.mark.parametrize("awkward", ['quote " and backslash \\', "tab\tand newline\n", "Müller's Fitness 💪", "[not] = a table"])
def test_the_written_toml_reads_back_exactly(tmp_path: Path, awkward: str) -> None:
    form = SetupForm(station_name=awkward, answers={"gym_id": "42", "machine_name": "m"},
                     device_options={"model": awkward, "n": [1, 2.5]})
    data = build_config_dict(form)

    assert tomllib.loads(to_toml(data)) == data
