"""``[boditrax]``: what must be there, the facts Boditrax does not publish as settings with defaults, and a
clear message naming the key for each bad value."""
from __future__ import annotations

import pytest

from hardware import fields
from kiosk.cloud.boditrax.settings import DEFAULT_FIELDS, parse_boditrax_settings
from kiosk.cloud.platform import SettingsContext
from kiosk.config_section import ConfigError, Section


def parse(**table: object):
    return parse_boditrax_settings(Section({"client_id": "app@apps.boditrax.com", **table}, "boditrax"),
                                   SettingsContext(secret="s3cret"))


def test_defaults_follow_boditrax_s_published_urls_and_the_kiosk_s_guesses_for_the_rest() -> None:
    settings = parse()
    assert settings.rest_url == "https://api.boditrax.com/rest/v2.10"
    assert settings.handler_url("connect") == "https://api.boditrax.com/handlers/gymkiosk/connect"
    assert (settings.reading_method, settings.reading_path, settings.unlink_method) == ("POST", "readings", "DELETE")
    assert settings.fields == DEFAULT_FIELDS and settings.secrets == ("s3cret",)
    assert "s3cret" not in repr(settings)


def test_a_gym_renames_or_leaves_out_fields() -> None:
    settings = parse(fields={fields.WEIGHT_KG: "BodyWeight", fields.BMI: ""})
    assert settings.fields[fields.WEIGHT_KG] == "BodyWeight" and fields.BMI not in settings.fields


@pytest.mark.parametrize(("table", "key", "words"), [
    ({"client_id": " "}, "boditrax.client_id", "must not be empty"),
    ({"handler_name": "my handler"}, "boditrax.handler_name", "letters, digits"),
    ({"reading_method": "GET"}, "boditrax.reading_method", "one of"),
    ({"fields": {"reach_cm": "Reach"}}, "boditrax.fields.reach_cm", "not a body-composition field"),
    ({"fields": {"weight_kg": 3}}, "boditrax.fields.weight_kg", "metric name"),
    ({"client_secret": "inline"}, "boditrax.client_secret", "must not be in the config file"),
    ({"scan_performer": "x"}, "boditrax.scan_performer", "not a known setting"),
])
def test_each_bad_value_names_its_key(table: dict, key: str, words: str) -> None:
    with pytest.raises(ConfigError) as refused:
        parse(**table)
    assert refused.value.key == key and words in str(refused.value)
