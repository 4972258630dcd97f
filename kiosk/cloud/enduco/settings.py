"""``[enduco]`` settings (hub only): enduco's address, the client id, and where the client secret is found.

The secret comes from an environment variable or an owner-only file, never from the TOML.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from kiosk.api_keys import client_secret, client_secret_if_found
from kiosk.cloud.platform import SettingsContext
from kiosk.config_section import ConfigError, Section

PLATFORM = "enduco"
DEFAULT_SECRET_ENV = "ENDUCO_CLIENT_SECRET"
SCOPES = "workouts_write plans_read user_read"
# Not public (enduco's article stops before the data endpoints): configuration, with these defaults.
DEFAULT_UPLOAD_PATH = "/api/v1/workouts"
DEFAULT_UPLOAD_FIELD = "file"
# enduco's data endpoints are not public: where today's plan (plans_read) and the member's heart-rate zones
# (user_read) are read is configuration; the replies' shapes are those the sandbox documents (docs/platforms/enduco.md).
DEFAULT_PLAN_PATH = "/api/v1/plans/today"
DEFAULT_ZONES_PATH = "/api/v1/user/heart-rate-zones"


@dataclass(frozen=True)
class EnducoSettings:
    """enduco for one hub. ``base_url``: ``https://api.prod.enduco.app`` (test: ``https://beta-api.dev.enduco.app``)."""

    base_url: str
    client_id: str
    client_secret: str = field(repr=False)
    scopes: str = SCOPES
    upload_path: str = DEFAULT_UPLOAD_PATH
    upload_field: str = DEFAULT_UPLOAD_FIELD
    plan_path: str = DEFAULT_PLAN_PATH
    zones_path: str = DEFAULT_ZONES_PATH
    pkce: bool = True  # whether enduco takes the PKCE parameters is not documented; off sends plain OAuth 2
    timeout_s: float = 10.0

    @property
    def secrets(self) -> tuple[str, ...]:
        return (self.client_secret,) if self.client_secret else ()


def parse_enduco_settings(section: Section, context: SettingsContext) -> EnducoSettings:
    """Build settings from ``[enduco]``; the secret is ``context.secret`` or looked up (env, then file)."""
    secret = client_secret(section, context.source, DEFAULT_SECRET_ENV, context.secret)
    client_id = section.str("client_id").strip()
    if not client_id:
        raise ConfigError(section.key("client_id"), "must not be empty: the clientId enduco issued")
    upload_path, plan_path, zones_path = (_path(section, key, default) for key, default in (
        ("upload_path", DEFAULT_UPLOAD_PATH), ("plan_path", DEFAULT_PLAN_PATH), ("zones_path", DEFAULT_ZONES_PATH)))
    settings = EnducoSettings(
        base_url=section.url("base_url").rstrip("/"),
        client_id=client_id,
        client_secret=secret,
        scopes=section.str("scopes", SCOPES),
        upload_path=upload_path,
        upload_field=section.str("upload_field", DEFAULT_UPLOAD_FIELD),
        plan_path=plan_path,
        zones_path=zones_path,
        pkce=section.bool("pkce", True),
        timeout_s=section.float("timeout_seconds", 10.0, minimum=0.5, maximum=120),
    )
    section.reject_unknown()
    return settings


def _path(section: Section, key: str, default: str) -> str:
    path = section.str(key, default)
    if not path.startswith("/"):
        raise ConfigError(section.key(key), "must be a path on enduco's host, starting with /")
    return path


def secret_if_found(table: Mapping[str, Any], source: Path | None) -> tuple[str, ...]:
    """The secret for masking a support bundle of a config that may not load; () when there is none."""
    return client_secret_if_found(table, source, PLATFORM, DEFAULT_SECRET_ENV)
