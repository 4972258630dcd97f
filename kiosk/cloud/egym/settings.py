"""EGYM settings: the ``[egym]`` table of the kiosk config, and where EGYM's secret comes from.

``flavour`` picks the API: ``"server"`` (server-to-server, ``x-api-key``) or ``"standalone"``
(the machine API, ``Authorization: Basic`` with a client id and secret per partner and gym).
The secret is never in the TOML. Server: the API key from ``$GYM_KIOSK_EGYM_API_KEY`` (or the
variable ``api_key_env`` names), else from an owner-only file (``api_key_file``, default
``egym-api-key`` beside the config). Standalone: ``client_id:client_secret`` on one line, from
``$GYM_KIOSK_EGYM_CLIENT_CREDENTIALS`` (or ``client_credentials_env``), else from an owner-only
file (``client_credentials_file``, default ``egym-client-credentials`` beside the config).
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

FLAVOURS = ("server", "standalone")
# The standalone token request's grant_type: the schema's enum is UPPERCASE, EGYM's own
# examples send lowercase ("grant_type=rfid"). The enum wins until EGYM says otherwise.
GRANT_SPELLINGS = ("upper", "lower")
STANDALONE_RFID_FORMATS = (
    "HITAG1", "HITAG2", "EM4001", "EM4002", "EM4100", "EM4102", "EM4022", "MIFARE", "LEGIC",
    "NFC_EGYM_APPLE", "NFC_EGYM_GOOGLE", "NFC_EXTERNAL_APPLE", "NFC_EXTERNAL_GOOGLE",
)

DEFAULT_API_KEY_ENV = "GYM_KIOSK_EGYM_API_KEY"
DEFAULT_CLIENT_CREDENTIALS_ENV = "GYM_KIOSK_EGYM_CLIENT_CREDENTIALS"
CLIENT_CREDENTIALS_FILE = "egym-client-credentials"
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
    flavour: str = "server"
    serial_number: str = ""
    machine_type: str = ""
    grant_spelling: str = "upper"
    # Standalone only: a 125 kHz card (EM/HITAG reader) goes with this rfid_format.
    low_frequency_format: str = "EM4100"
    low_frequency_rendering: str = "hex"
    client_id: str = field(default="", repr=False)
    client_secret: str = field(default="", repr=False)

    @property
    def secrets(self) -> tuple[str, ...]:
        """Every credential this kiosk holds for EGYM, for masking."""
        return tuple(s for s in (self.api_key, self.client_secret) if s)


def parse_egym_settings(section: Section, context: SettingsContext) -> EgymSettings:
    """Build settings from ``[egym]``, checking every value; the API key is ``context.secret`` or looked up."""
    for name in ("api_key", "client_id", "client_secret"):
        if section.has(name):
            raise ConfigError(
                section.key(name),
                f"{name} must not be in the config file; set {DEFAULT_API_KEY_ENV} or "
                f"{DEFAULT_CLIENT_CREDENTIALS_ENV}, or use an owner-only file",
            )
    flavour = section.str("flavour", "server", choices=FLAVOURS)
    if flavour == "standalone":
        return _standalone_settings(section, context)
    env_var, file = _api_key_places(section, context.source)
    api_key = context.secret if context.secret is not None else load_api_key(env_var, file, section.key("api_key_file"))
    metric_map = _metric_map(section)
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


def _standalone_settings(section: Section, context: SettingsContext) -> EgymSettings:
    """The standalone flavour: no gym id or machine name, but a serial number and machine type."""
    env_var, file = _credential_places(section, context.source)
    raw = context.secret if context.secret is not None else load_api_key(
        env_var, file, section.key("client_credentials_file")
    )
    client_id, secret = split_client_credentials(raw, section.key("client_credentials_file"))
    wallet = section.table("wallet")
    settings = EgymSettings(
        base_url=section.url("base_url"),
        gym_id=section.int("gym_id", 1, minimum=1),
        machine_name=section.str("machine_name", ""),
        api_key="",
        rfid_format=section.str("rfid_format", "MIFARE", choices=STANDALONE_RFID_FORMATS),
        uid_rendering=section.str("uid_rendering", None, choices=UID_STYLES),
        apple_pass_type_id=wallet.str("apple_pass_type_id", None),
        google_collector_id=wallet.str("google_collector_id", None),
        configuration_index=wallet.str("configuration_index", None),
        metric_map=_metric_map(section),
        timeout_s=section.float("timeout_seconds", 10.0, minimum=0.5, maximum=120),
        ca_bundle=section.file("ca_bundle", None, what="CA file (PEM) of the proxy that inspects HTTPS"),
        rate_limit_scope=section.str("rate_limit_scope", "partner", choices=RATE_LIMIT_SCOPES),
        flavour="standalone",
        serial_number=_non_empty(section, "serial_number"),
        machine_type=_non_empty(section, "machine_type"),
        grant_spelling=section.str("grant_spelling", "upper", choices=GRANT_SPELLINGS),
        low_frequency_format=section.str("low_frequency_format", "EM4100", choices=STANDALONE_RFID_FORMATS),
        low_frequency_rendering=section.str("low_frequency_rendering", "hex", choices=UID_STYLES),
        client_id=client_id,
        client_secret=secret,
    )
    wallet.reject_unknown()
    section.reject_unknown()
    return settings


def split_client_credentials(raw: str, key_name: str) -> tuple[str, str]:
    """``client_id:client_secret`` (as in HTTP Basic) split in two; neither part may be empty."""
    client_id, colon, secret = raw.strip().partition(":")
    if not colon or not client_id.strip() or not secret.strip():
        raise ConfigError(key_name, "the EGYM client credentials must be one line 'client_id:client_secret'")
    return client_id.strip(), secret.strip()


def _credential_places(section: Section, source: Path | None) -> tuple[str, Path | None]:
    env_var = section.str("client_credentials_env", DEFAULT_CLIENT_CREDENTIALS_ENV)
    file_value = section.str("client_credentials_file", "")
    if file_value:
        file = Path(file_value)
        return env_var, file if file.is_absolute() or source is None else source.parent / file
    return env_var, source.parent / CLIENT_CREDENTIALS_FILE if source is not None else None


def _metric_map(section: Section) -> dict[str, dict[str, str]]:
    """Device field -> EGYM ``data`` key per kind: the defaults, changed by ``[egym.metrics.<kind>]``.

    This is also how a site answers the spec's open question of which POST ``data`` keys
    EGYM registered for its machine type (GET returns ``WEIGHT_KG``; an old seed posts ``weight``).
    """
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
    return metric_map


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
    if table.get("flavour") == "standalone":
        return _client_credentials_if_found(section, source)
    try:
        env_var, file = _api_key_places(section, source)
        return (load_api_key(env_var, file, section.key("api_key_file")),)
    except ConfigError:
        env_var = table.get("api_key_env")
        value = os.environ.get(env_var if isinstance(env_var, str) and env_var else DEFAULT_API_KEY_ENV, "").strip()
        return (value,) if value else ()


def _client_credentials_if_found(section: Section, source: Path | None) -> tuple[str, ...]:
    """The standalone client secret (and the whole ``id:secret`` line), wherever it can be found."""
    try:
        env_var, file = _credential_places(section, source)
        raw = load_api_key(env_var, file, section.key("client_credentials_file"))
    except ConfigError:
        return ()
    _, _, secret = raw.partition(":")
    return tuple(value for value in (raw.strip(), secret.strip()) if value)


def _api_key_places(section: Section, source: Path | None) -> tuple[str, Path | None]:
    """The environment variable and the file the key is read from (a relative file is beside the config)."""
    env_var = section.str("api_key_env", DEFAULT_API_KEY_ENV)
    file_value = section.str("api_key_file", "")
    if file_value:
        file = Path(file_value)
        return env_var, file if file.is_absolute() or source is None else source.parent / file
    return env_var, source.parent / API_KEY_FILE if source is not None else None
