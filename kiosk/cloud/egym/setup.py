"""EGYM's part of the installer's setup screen: server, gym id, machine name and API key.

The key is written to ``egym-api-key`` beside the config (owner-only), where the loader
looks by default; it never goes into the TOML.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from kiosk.api_keys import write_api_key
from kiosk.cloud.egym.settings import API_KEY_FILE, PRODUCTION_URL, TEST_URL
from kiosk.cloud.platform import QT_TRANSLATE_NOOP, PlatformSetup, SetupChoice, SetupField

LOCAL_SANDBOX_URL = "http://127.0.0.1:8321"  # gym-kiosk sandbox, for installers without EGYM credentials yet

FIELDS = (
    SetupField(
        "base_url", QT_TRANSLATE_NOOP("platform", "Server address"), kind="url",
        hint=QT_TRANSLATE_NOOP("platform", "For a local sandbox (gym-kiosk sandbox): http://127.0.0.1:8321"),
        stand_in="https://setup.invalid", default=PRODUCTION_URL, custom_answer=LOCAL_SANDBOX_URL,
        choices_label=QT_TRANSLATE_NOOP("platform", "Server"),
        choices=(
            SetupChoice("production", QT_TRANSLATE_NOOP("platform", "EGYM production"), PRODUCTION_URL),
            SetupChoice("test", QT_TRANSLATE_NOOP("platform", "EGYM test"), TEST_URL),
        ),
    ),
    SetupField("gym_id", QT_TRANSLATE_NOOP("platform", "Gym id"), kind="digits", stand_in="1"),
    SetupField("machine_name", QT_TRANSLATE_NOOP("platform", "Machine name"), stand_in="setup"),
    SetupField(
        "api_key", QT_TRANSLATE_NOOP("platform", "API key"), kind="secret",
        hint=QT_TRANSLATE_NOOP("platform", "Stored in a file only the kiosk's user can read, never in the config."),
    ),
)


def check_answers(answers: Mapping[str, str]) -> dict[str, str]:
    """What the loader does not check but a working kiosk needs: a key, a gym id, a machine name."""
    problems: dict[str, str] = {}
    api_key = answers.get("api_key", "").strip()
    if not api_key:
        problems["api_key"] = QT_TRANSLATE_NOOP("platform", "enter the API key EGYM issued for this gym location")
    elif any(c.isspace() for c in api_key):
        problems["api_key"] = QT_TRANSLATE_NOOP("platform", "the API key has no spaces or line breaks; paste it again")
    gym_id = answers.get("gym_id", "").strip()
    if not gym_id:
        problems["gym_id"] = QT_TRANSLATE_NOOP("platform", "enter the gym id (a whole number from EGYM)")
    elif not (gym_id.isascii() and gym_id.isdigit()):
        problems["gym_id"] = QT_TRANSLATE_NOOP("platform", "the gym id is a whole number, digits only")
    if not answers.get("machine_name", "").strip():
        problems["machine_name"] = QT_TRANSLATE_NOOP("platform", "enter the machine name EGYM knows this kiosk by")
    return problems


def table(answers: Mapping[str, str]) -> dict[str, Any]:
    """The ``[egym]`` table for the answers (the API key is not in it)."""
    gym_id = answers.get("gym_id", "").strip()
    return {
        "base_url": answers.get("base_url", "").strip(),
        "gym_id": int(gym_id) if gym_id.isascii() and gym_id.isdigit() else gym_id,
        "machine_name": answers.get("machine_name", "").strip(),
    }


def answers_from_table(existing: Mapping[str, Any]) -> dict[str, str]:
    """What an existing ``[egym]`` table already answers, for pre-filling the form."""
    answers = {}
    for name in ("base_url", "gym_id", "machine_name"):
        value = existing.get(name)
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            answers[name] = str(value)
    return answers


def write_key_file(config_dir: Path, answers: Mapping[str, str]) -> None:
    """The API key into ``egym-api-key`` beside the config, readable by its owner only."""
    write_api_key(config_dir / API_KEY_FILE, answers.get("api_key", "").strip())


SETUP = PlatformSetup(
    fields=FIELDS,
    check_answers=check_answers,
    table=table,
    answers_from_table=answers_from_table,
    secret=lambda answers: answers.get("api_key", "").strip(),
    write_secrets=write_key_file,
    installer_words=(
        ("egym.machine_name and egym.gym_id", "the machine name and the gym id"),
        ("egym.base_url", "the EGYM server address"),
        ("egym.ca_bundle", "the kiosk's CA bundle (egym.ca_bundle in the config file)"),
    ),
)
