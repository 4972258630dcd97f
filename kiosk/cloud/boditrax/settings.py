"""``[boditrax]`` settings: the API's address, the app's credentials, the handler's name, and the facts
Boditrax does not publish (its REST verbs, paths and field names), each a setting with a default.

The secret never sits in the TOML; it comes from an environment variable or an owner-only file,
and only the hub holds it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from kiosk.api_keys import client_secret, client_secret_if_found
from kiosk.cloud.platform import SettingsContext
from kiosk.config_section import ConfigError, Section
from hardware import fields as f

DEFAULT_SECRET_ENV = "BODITRAX_CLIENT_SECRET"
LIVE_BASE_URL = "https://api.boditrax.com"
HANDLER_ACTIONS = ("kiosk", "connect", "mobile")  # the login handler's actions that bring a code back (not "site")
# Our field → Boditrax's metric name. Boditrax's Collection Reference is not public: these are the
# names its member portal uses for the same results; a gym whose app sees others sets ``[boditrax.fields]``.
DEFAULT_FIELDS: Mapping[str, str] = {
    f.WEIGHT_KG: "Weight", f.BODY_FAT_PERCENT: "FatPercent", f.FAT_MASS_KG: "Fat", f.MUSCLE_MASS_KG: "Muscle",
    f.BODY_WATER_KG: "Water", f.BONE_MASS_KG: "Bone", f.FAT_FREE_MASS_KG: "FatFree",
    f.VISCERAL_FAT_RATING: "VisceralFat", f.METABOLIC_AGE: "MetabolicAge", f.BMR_KCAL: "BasalMetabolicRate",
    f.BMI: "BMI", f.LEG_SCORE: "LegMuscleScore",
}
METHODS = ("POST", "PUT", "PATCH")


@dataclass(frozen=True)
class BoditraxSettings:
    """One Boditrax app registration. ``base_url`` is the API's root (``https://api.boditrax.com``)."""

    base_url: str
    client_id: str
    client_secret: str = field(repr=False)
    handler_name: str = "gymkiosk"  # the login handler's name, agreed with Boditrax with its endpoints' URLs
    handlers_url: str = ""  # where the auth-code endpoint sends the browser with a code; "" is {base_url}/handlers
    rest_version: str = "v2.10"  # B1's; "confirm with Boditrax which API generation is current"
    scanperformer_id: str = ""  # this hub's scan performer, if registered already; else registered at first use
    scanperformer_name: str = "gym-kiosk hub"
    reading_method: str = "POST"  # how a reading is added (not public)
    reading_path: str = "readings"
    readback_from_param: str = "from"  # the readings list's date filter (not public)
    readback_to_param: str = "to"
    unlink_method: str = "DELETE"  # how a linked account is removed from ``linkedaccounts``; "" leaves it there
    fields: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_FIELDS))
    timeout_s: float = 10.0

    @property
    def secrets(self) -> tuple[str, ...]:
        """The values the log filter must mask."""
        return (self.client_secret,) if self.client_secret else ()

    @property
    def rest_url(self) -> str:
        return f"{self.base_url}/rest/{self.rest_version}"

    def handler_url(self, action: str) -> str:
        """Where our auth-code endpoint sends the browser back to Boditrax with a code, for ``action``."""
        return f"{self.handlers_url or self.base_url + '/handlers'}/{self.handler_name}/{action}"


def parse_boditrax_settings(section: Section, context: SettingsContext) -> BoditraxSettings:
    """Build settings from ``[boditrax]``; the secret is ``context.secret`` or looked up (env, then file)."""
    secret = client_secret(section, context.source, DEFAULT_SECRET_ENV, context.secret)
    client_id = section.str("client_id").strip()
    if not client_id:
        raise ConfigError(section.key("client_id"), "must not be empty: the app identifier Boditrax issued")
    handler = section.str("handler_name", "gymkiosk").strip()
    if not handler or not handler.replace("-", "").replace("_", "").isalnum():
        raise ConfigError(section.key("handler_name"), "must be letters, digits, - or _: the handler's name at Boditrax")
    settings = BoditraxSettings(
        base_url=section.url("base_url", LIVE_BASE_URL).rstrip("/"),
        client_id=client_id,
        client_secret=secret,
        handler_name=handler,
        handlers_url=section.url("handlers_url").rstrip("/") if section.has("handlers_url") else "",
        rest_version=section.str("rest_version", "v2.10"),
        scanperformer_id=section.str("scanperformer_id", ""),
        scanperformer_name=section.str("scanperformer_name", "gym-kiosk hub"),
        reading_method=section.str("reading_method", "POST", choices=METHODS),
        reading_path=section.str("reading_path", "readings").strip("/"),
        readback_from_param=section.str("readback_from_param", "from"),
        readback_to_param=section.str("readback_to_param", "to"),
        unlink_method=section.str("unlink_method", "DELETE", choices=("DELETE", "")),
        fields=_fields(section),
        timeout_s=section.float("timeout_seconds", 10.0, minimum=0.5, maximum=120),
    )
    section.reject_unknown()
    return settings


def _fields(section: Section) -> dict[str, str]:
    """The default field names, with ``[boditrax.fields]``'s changes (a name of "" sends that field nowhere)."""
    names = dict(DEFAULT_FIELDS)
    if not section.has("fields"):
        return names
    table = section.table("fields")
    for ours, theirs in table.raw().items():
        if ours not in f.BODY_FIELDS:
            raise ConfigError(table.key(ours), f"is not a body-composition field; known: {', '.join(f.BODY_FIELDS)}")
        if not isinstance(theirs, str):
            raise ConfigError(table.key(ours), "must be Boditrax's metric name (text), or \"\" to leave it out")
        names[ours] = theirs
    return {ours: theirs for ours, theirs in names.items() if theirs}


def secret_if_found(table: Mapping[str, Any], source: Path | None) -> tuple[str, ...]:
    """The secret for masking a support bundle of a config that may not load; () when there is none."""
    return client_secret_if_found(table, source, "boditrax", DEFAULT_SECRET_ENV)
