"""Each platform's table goes to that platform; the loader knows none by name.

The registry here is EGYM plus the test suite's "lockers" platform (identity provider and
destination) and a destination-only "scoreboard", as another registry line would add them.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cloud.egym.platform import EGYM
from kiosk.cloud.egym.settings import DEFAULT_API_KEY_ENV
from kiosk.config.loader import ConfigError, load_config, parse_config
from tests.kiosk.cloud.fake_platform import DESTINATION_ONLY, LOCKERS

REGISTRY = (EGYM, LOCKERS, DESTINATION_ONLY)
EGYM_TABLE = {"base_url": "https://egym.invalid", "gym_id": 130, "machine_name": "scale-1"}
READERS = [{"protocol": "uid-lines", "port": "simulated"}]
RELEASE_CONFIG = Path(__file__).with_name("release_config.toml")


def load(data: dict, **secrets: str):
    return parse_config({"readers": READERS, **data}, secrets=secrets or {"egym": "k", "lockers": "s"}, platforms=REGISTRY)


def test_each_platform_reads_its_own_table_and_gets_its_own_secret(tmp_path: Path) -> None:
    config = parse_config({"egym": EGYM_TABLE, "lockers": {"cards": ["0BADCAFE"]}, "readers": READERS},
                          source=tmp_path / "config.toml", secrets={"egym": "egym-key", "lockers": "lockers-key"},
                          platforms=REGISTRY)
    assert list(config.platforms) == ["egym", "lockers"]  # registry order; the scoreboard has no table: not used
    assert (config.egym.gym_id, config.egym.api_key) == (130, "egym-key")
    assert config.lockers.cards == (bytes.fromhex("0BADCAFE"),)
    assert (config.lockers.secret, config.lockers.source) == ("lockers-key", tmp_path / "config.toml")
    with pytest.raises(AttributeError):
        config.scoreboard  # noqa: B018 - no table, no settings


def test_a_platform_checks_its_own_table_and_the_message_names_its_key() -> None:
    with pytest.raises(ConfigError) as wrong:
        load({"egym": EGYM_TABLE, "lockers": {"cards": ["not hex"]}})
    assert wrong.value.key == "lockers.cards"
    with pytest.raises(ConfigError) as unknown:
        load({"egym": EGYM_TABLE, "lockers": {"card": []}})
    assert str(unknown.value) == "lockers.card: is not a known setting (check the spelling)"


def test_a_misspelt_platform_table_is_reported_as_a_probable_typo() -> None:
    with pytest.raises(ConfigError) as typo:
        load({"egym": EGYM_TABLE, "lokers": {"cards": []}})
    assert str(typo.value) == "lokers: is not a known setting (check the spelling)"


def test_without_any_platform_table_the_message_names_the_tables_it_could_be() -> None:
    with pytest.raises(ConfigError) as missing:
        load({"station": {"type": "scale"}})
    assert str(missing.value) == "egym or lockers or scoreboard: is required but missing"
    with pytest.raises(ConfigError) as egym_only:
        parse_config({"readers": READERS}, secrets={"egym": "k"})
    assert str(egym_only.value) == "egym or hub: is required but missing"  # what the current release says


def test_members_are_identified_by_every_configured_identity_provider_in_registry_order() -> None:
    config = load({"egym": EGYM_TABLE, "lockers": {}, "scoreboard": {}})
    assert config.station.identity == ("egym", "lockers")  # the scoreboard only takes results


def test_station_identity_sets_the_order() -> None:
    config = load({"station": {"identity": ["lockers", "egym"]}, "egym": EGYM_TABLE, "lockers": {}})
    assert config.station.identity == ("lockers", "egym")
    only_lockers = load({"station": {"identity": ["lockers"]}, "egym": EGYM_TABLE, "lockers": {}})
    assert only_lockers.station.identity == ("lockers",) and "egym" in only_lockers.platforms  # egym still receives


@pytest.mark.parametrize(("identity", "says"), [
    (["scoreboard"], "'scoreboard' is not a configured platform that identifies members (configured: egym)"),
    (["lockers"], "'lockers' is not a configured platform that identifies members (configured: egym)"),
    (["egym", "egym"], "names a platform twice"),
    ([], "names no platform, so members could not log in"),
])
def test_a_wrong_identity_order_is_refused_with_what_is_possible(identity: list[str], says: str) -> None:
    with pytest.raises(ConfigError) as wrong:
        load({"station": {"identity": identity}, "egym": EGYM_TABLE, "scoreboard": {}})
    assert wrong.value.key == "station.identity" and says in wrong.value.problem


def test_a_kiosk_with_only_destinations_cannot_log_members_in() -> None:
    with pytest.raises(ConfigError) as refused:
        load({"scoreboard": {}})
    assert refused.value.key == "station.identity" and "add the table of one of: egym, lockers" in refused.value.problem


def test_a_platform_may_not_be_named_like_a_table_of_the_kiosk() -> None:
    import dataclasses

    with pytest.raises(ValueError, match="named like the kiosk's own"):
        parse_config({"readers": READERS}, platforms=(dataclasses.replace(LOCKERS, name="storage"),))


def test_a_config_file_of_the_current_release_loads_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DEFAULT_API_KEY_ENV, raising=False)
    config_file = tmp_path / "config.toml"
    config_file.write_text(RELEASE_CONFIG.read_text())
    (tmp_path / "egym-api-key").write_text("site-key\n")
    (tmp_path / "egym-api-key").chmod(0o600)
    config = load_config(config_file)
    assert list(config.platforms) == ["egym"] and config.station.identity == ("egym",)
    assert (config.egym.gym_id, config.egym.machine_name, config.egym.api_key) == (130, "smartscale123", "site-key")
    assert config.egym.apple_pass_type_id == "pass.com.example.gym"
    assert config.egym.metric_map["body"]["muscle_mass_kg"] == "SKELETAL_MUSCLE_MASS_KG"
    assert config.outbox.max_retry_after_seconds == 900
