"""First-run setup without a screen: the answers become a config `gym-kiosk check` passes, every wrong
answer is named at its field, the hub's refusals are explained, and nothing is written until the hub said yes."""
from __future__ import annotations

import asyncio
import stat
import tomllib
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from kiosk.cloud.egym.sandbox import DEMO_API_KEY
from kiosk.cloud.hub.settings import CREDENTIAL_FILE
from kiosk.config.loader import load_config
from hub.store.kiosks import authenticate_kiosk
from kiosk.cloud.hub.enrolment import enrol_kiosk
from kiosk.support import setup_form
from kiosk.support.check import run_checks
from kiosk.support.setup_form import (
    PIN_FILE, SetupError, SetupForm, build_config_dict, complete, form_from_file,
    to_toml, validate, write,
)
from tests.kiosk.cloud.hub.conftest import RunningGymHub
from tests.kiosk.support.setup_support import PIN, egym, enrolled_form, good_form, hub  # noqa: F401 - fixtures
from tests.kiosk.trainer.conftest import CHEAP_HASHER

HUB_URL = "https://hub.example.com"


async def test_a_finished_setup_enrols_the_kiosk_and_passes_every_check(hub: RunningGymHub, tmp_path: Path) -> None:
    config_path = tmp_path / "etc" / "config.toml"
    form = good_form(hub.base_url, tmp_path, enrolment_code=hub.new_code())
    written = await complete(form, config_path, pin_hasher=CHEAP_HASHER)

    results = await asyncio.to_thread(run_checks, written, listen_s=0.2, answer_s=0.1)
    assert [r.line() for r in results if not r.ok] == []
    assert [r.name for r in results][-1] == "hub"
    config = load_config(written)
    assert (config.station.type, config.hub.url, config.station.name) == ("scale", hub.base_url, "Front desk scale")
    assert config.station.identity == ("hub",) and "egym" not in config.platforms
    assert config.trainer.pin_file == config_path.parent / PIN_FILE


async def test_the_credential_lives_in_an_owner_only_file_and_no_egym_key_anywhere(hub: RunningGymHub, tmp_path: Path) -> None:
    config_path = tmp_path / "config.toml"
    code = hub.new_code()
    await complete(good_form(hub.base_url, tmp_path, enrolment_code=code), config_path, pin_hasher=CHEAP_HASHER)

    credential_file, pin_file = config_path.parent / CREDENTIAL_FILE, config_path.parent / PIN_FILE
    assert stat.S_IMODE(credential_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(pin_file.stat().st_mode) == 0o600
    assert authenticate_kiosk(hub.hub.engine, credential_file.read_text().strip()).machine == "scale-1"
    assert PasswordHasher().verify(pin_file.read_text().strip(), PIN)
    text = config_path.read_text()
    assert credential_file.read_text().strip() not in text and code not in text and PIN not in text
    assert all(DEMO_API_KEY not in path.read_text() for path in config_path.parent.iterdir() if path.is_file())


@pytest.mark.parametrize(("used", "says"), [(True, "already used"), (False, "does not know this enrolment code")])
async def test_a_refused_code_is_explained_at_its_field_and_nothing_is_written(
    hub: RunningGymHub, tmp_path: Path, used: bool, says: str,
) -> None:
    code = hub.new_code() if used else "00000000"
    if used:
        await enrol_kiosk(tmp_path / "another-kiosk", hub.base_url, code)
    config_path = tmp_path / "etc" / "config.toml"
    with pytest.raises(SetupError) as failure:
        await complete(good_form(hub.base_url, tmp_path, enrolment_code=code), config_path, pin_hasher=CHEAP_HASHER)

    assert list(failure.value.problems) == ["enrolment_code"]
    assert says in failure.value.problems["enrolment_code"]
    assert not config_path.parent.exists()


async def test_an_unreachable_server_is_explained_in_installer_words(tmp_path: Path) -> None:
    import socket

    with socket.socket() as unused:  # a port nothing listens on once this closes
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    ok, message = await setup_form.test_connection(good_form(f"http://127.0.0.1:{port}", tmp_path))

    assert not ok
    assert "refused the connection" in message
    assert "the hub address" in message and "hub.url" not in message


async def test_before_enrolment_the_connection_test_finds_the_hub(hub: RunningGymHub, tmp_path: Path) -> None:
    ok, message = await setup_form.test_connection(good_form(hub.base_url, tmp_path))

    assert ok and "enrolment code is exchanged when setup finishes" in message


@pytest.mark.parametrize(
    ("changes", "field", "says"),
    [
        ({"url": "hub.example.com"}, "url", "http(s) URL"),
        ({"url": "http://hub.example.com"}, "url", "use https://"),
        ({"url": "http://192.168.1.20:8400"}, "url", "use https://"),
        ({"enrolment_code": ""}, "enrolment_code", "enter the enrolment code"),
        ({"enrolment_code": "4821390"}, "enrolment_code", "8 digits"),
        ({"enrolment_code": "4821 3907"}, "enrolment_code", "8 digits"),
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
    problems = validate(good_form(HUB_URL, tmp_path, **changes))

    assert list(problems) == [field]
    assert says in problems[field]


@pytest.mark.parametrize("url", ["http://127.0.0.1:8400", "http://localhost:8400", "http://[::1]:8400",
                                 "http://127.8.0.1", "https://192.168.1.20:8443"])
def test_plain_http_is_accepted_only_for_a_hub_on_this_machine(tmp_path: Path, url: str) -> None:
    assert validate(good_form(url, tmp_path)) == {}


def test_several_wrong_answers_are_all_reported_at_once(tmp_path: Path) -> None:
    form = good_form("ftp://hub", tmp_path, enrolment_code="x", reader_protocol="nope", device_port="", trainer_pin="")

    assert set(validate(form)) == {"url", "enrolment_code", "reader_protocol", "device_port", "trainer_pin"}


def test_a_form_with_problems_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(SetupError) as error:
        write(good_form(HUB_URL, tmp_path, enrolment_code="x"), tmp_path / "config.toml")

    assert "enrolment_code" in error.value.problems
    assert list(tmp_path.iterdir()) == []


def test_an_existing_valid_config_is_kept_unless_overwriting_is_asked_for(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("GYM_KIOSK_HUB_DEVICE_CREDENTIAL", raising=False)
    config_path = tmp_path / "config.toml"
    write(enrolled_form(HUB_URL, tmp_path), config_path, pin_hasher=CHEAP_HASHER)
    before = config_path.read_text()

    with pytest.raises(SetupError) as refused:
        write(enrolled_form(HUB_URL, tmp_path, station_name="other"), config_path, pin_hasher=CHEAP_HASHER)
    assert "already holds a valid config" in refused.value.problems["general"]
    assert config_path.read_text() == before

    write(enrolled_form(HUB_URL, tmp_path, station_name="other"), config_path, overwrite=True, pin_hasher=CHEAP_HASHER)
    assert load_config(config_path).station.name == "other"


def test_an_invalid_config_is_replaced_and_kept_as_backup(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("GYM_KIOSK_HUB_DEVICE_CREDENTIAL", raising=False)
    config_path = tmp_path / "config.toml"
    config_path.write_text('[hub]\nurl = "https://old-hub.example.com"\ntimeout_s = "soon"\n')

    assert form_from_file(config_path).value("url") == "https://old-hub.example.com"  # the screen starts from it
    write(enrolled_form(HUB_URL, tmp_path), config_path, pin_hasher=CHEAP_HASHER)

    assert load_config(config_path).hub.url == HUB_URL
    assert 'timeout_s = "soon"' in (tmp_path / "config.toml.bak").read_text()


@pytest.mark.parametrize("awkward", ['quote " and backslash \\', "tab\tand newline\n", "Müller's Fitness 💪", "[not] = a table"])
def test_the_written_toml_reads_back_exactly(tmp_path: Path, awkward: str) -> None:
    form = SetupForm(station_name=awkward, answers={"url": HUB_URL, "enrolment_code": "42"},
                     device_options={"model": awkward, "n": [1, 2.5]})
    data = build_config_dict(form)

    assert tomllib.loads(to_toml(data)) == data
