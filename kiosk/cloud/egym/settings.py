"""EGYM settings: the ``[egym]`` table of the kiosk config, and where EGYM's API key comes from.

The key is never in the TOML: it comes from ``$GYM_KIOSK_EGYM_API_KEY`` (or the variable
``api_key_env`` names), else from an owner-only file (``api_key_file``, default
``egym-api-key`` beside the config).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from hardware import fields
from hardware.uid import UID_STYLES
from kiosk.api_keys import load_api_key
from kiosk.cloud.egym.metric_types import METRIC_TYPES_BY_KIND
from kiosk.cloud.platform import SettingsContext
from kiosk.config_section import ConfigError, Section

PRODUCTION_URL = "https://partner-api.api.egym.com"
TEST_URL = "https://partner-api.ext-1.test.co.egym.coffee"

# Device field -> EGYM metric type. Only pairs that mean the same quantity; anything
# else (Tanita "muscle mass" is not skeletal muscle mass, cardio distance has no
# metric type) stays local unless the site maps it in [egym.metrics.<kind>].
DEFAULT_METRIC_MAP: dict[str, dict[str, str]] = {
    "body": {
        fields.WEIGHT_KG: "WEIGHT_KG",
        fields.HEIGHT_CM: "HEIGHT_CM",
        fields.BMI: "BMI",
        fields.BODY_FAT_PERCENT: "BODY_FAT_PERCENTS",
        fields.FAT_MASS_KG: "BODY_FAT_MASS_KG",
        fields.FAT_FREE_MASS_KG: "FAT_FREE_MASS_KG",
        fields.BONE_MASS_KG: "BODY_BONES_KG",
        fields.BODY_WATER_KG: "BODY_WATER_LITER",
        fields.BODY_WATER_PERCENT: "BODY_WATER_PERCENTS",
        fields.INTRACELLULAR_WATER_KG: "INTRA_CELLULAR_WATER_LITER",
        fields.EXTRACELLULAR_WATER_KG: "EXTRA_CELLULAR_WATER_LITER",
        fields.VISCERAL_FAT_RATING: "VISCERAL_FAT_RATING",
        fields.BMR_KJ: "BASAL_METABOLIC_RATE_KJ",
    },
    "cardio": {
        fields.HEART_RATE_BPM: "HEART_RATE_BPM",
    },
    "flexibility": {},
}

RFID_FORMATS = ("MIFARE", "LEGIC")
# Whose requests share EGYM's rate-limit bucket. Unknown for the Equipment Vendor API;
# EGYM's MMS API documents one bucket per API key ("partner"), so that is the default.
RATE_LIMIT_SCOPES = ("partner", "token")

DEFAULT_API_KEY_ENV = "GYM_KIOSK_EGYM_API_KEY"
API_KEY_FILE = "egym-api-key"  # the default key file, beside the config (the setup screen writes it there)


@dataclass(frozen=True)
class EgymSettings:
    """Where and as whom the kiosk talks to EGYM."""

    base_url: str
    gym_id: int
    machine_name: str
    api_key: str = field(repr=False)
    rfid_format: str = "MIFARE"
    uid_rendering: str | None = None  # None: each card as its reader kind prints it (hardware.registry)
    apple_pass_type_id: str | None = None
    google_collector_id: str | None = None
    configuration_index: str | None = None
    metric_map: dict[str, dict[str, str]] = field(default_factory=lambda: {k: dict(v) for k, v in DEFAULT_METRIC_MAP.items()})
    timeout_s: float = 10.0
    ca_bundle: str | None = None
    rate_limit_scope: str = "partner"


def parse_egym_settings(section: Section, context: SettingsContext) -> EgymSettings:
    """Build settings from ``[egym]``, checking every value; the API key is ``context.secret`` or looked up."""
    if section.has("api_key"):
        raise ConfigError(
            section.key("api_key"),
            f"the API key must not be in the config file; set {DEFAULT_API_KEY_ENV} or use api_key_file",
        )
    env_var, file = _api_key_places(section, context.source)
    api_key = context.secret if context.secret is not None else load_api_key(env_var, file, section.key("api_key_file"))
    metric_map = {kind: dict(pairs) for kind, pairs in DEFAULT_METRIC_MAP.items()}
    metrics = section.table("metrics")
    for kind, allowed in METRIC_TYPES_BY_KIND.items():
        table = metrics.table(kind)
        for device_field, egym_key in table.raw().items():
            if egym_key == "":
                metric_map[kind].pop(device_field, None)
                continue
            if not isinstance(egym_key, str) or egym_key not in allowed:
                raise ConfigError(table.key(device_field), f"{egym_key!r} is not an EGYM {kind} metric type")
            metric_map[kind][device_field] = egym_key
    metrics.reject_unknown()
    wallet = section.table("wallet")
    settings = EgymSettings(
        base_url=section.url("base_url"),
        gym_id=section.int("gym_id", minimum=1),
        machine_name=_non_empty(section, "machine_name"),
        api_key=api_key,
        rfid_format=section.str("rfid_format", "MIFARE", choices=RFID_FORMATS),
        uid_rendering=section.str("uid_rendering", None, choices=UID_STYLES),
        apple_pass_type_id=wallet.str("apple_pass_type_id", None),
        google_collector_id=wallet.str("google_collector_id", None),
        configuration_index=wallet.str("configuration_index", None),
        metric_map=metric_map,
        timeout_s=section.float("timeout_seconds", 10.0, minimum=0.5, maximum=120),
        ca_bundle=section.file("ca_bundle", None, what="CA file (PEM) of the proxy that inspects HTTPS"),
        rate_limit_scope=section.str("rate_limit_scope", "partner", choices=RATE_LIMIT_SCOPES),
    )
    wallet.reject_unknown()
    section.reject_unknown()
    return settings


def _non_empty(section: Section, name: str) -> str:
    value = section.str(name).strip()
    if not value:
        raise ConfigError(section.key(name), "must not be empty")
    return value


def api_key_source(table: Mapping[str, Any], source: Path | None) -> str:
    """Where the key for the ``[egym]`` ``table`` comes from, for ``gym-kiosk check``.

    Raises ConfigError naming ``egym.api_key_file`` and the fix when it cannot be used; never shows the key.
    """
    section = Section(dict(table), "egym")
    env_var, file = _api_key_places(section, source)
    load_api_key(env_var, file, section.key("api_key_file"))
    if os.environ.get(env_var, "").strip():
        return f"present (from the environment variable {env_var})"
    return "present (from a key file only its owner can read)"


def api_key_if_found(table: Mapping[str, Any], source: Path | None) -> tuple[str, ...]:
    """The key, wherever it can be found at all: for masking it in a support bundle, even of a broken config."""
    section = Section(dict(table), "egym")
    try:
        env_var, file = _api_key_places(section, source)
        return (load_api_key(env_var, file, section.key("api_key_file")),)
    except ConfigError:
        env_var = table.get("api_key_env")
        value = os.environ.get(env_var if isinstance(env_var, str) and env_var else DEFAULT_API_KEY_ENV, "").strip()
        return (value,) if value else ()


def _api_key_places(section: Section, source: Path | None) -> tuple[str, Path | None]:
    """The environment variable and the file the key is read from (a relative file is beside the config)."""
    env_var = section.str("api_key_env", DEFAULT_API_KEY_ENV)
    file_value = section.str("api_key_file", "")
    if file_value:
        file = Path(file_value)
        return env_var, file if file.is_absolute() or source is None else source.parent / file
    return env_var, source.parent / API_KEY_FILE if source is not None else None
