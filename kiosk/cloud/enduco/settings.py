"""``[enduco]`` settings (hub only): enduco's address, the client id, and where the client secret is found.

The secret comes from an environment variable or an owner-only file, never from the TOML.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from kiosk.api_keys import load_api_key
from kiosk.cloud.platform import SettingsContext
from kiosk.config_section import ConfigError, Section

PLATFORM = "enduco"
DEFAULT_SECRET_ENV = "ENDUCO_CLIENT_SECRET"
SCOPES = "workouts_write plans_read user_read"
# Not public (enduco's article stops before the data endpoints): configuration, with these defaults.
DEFAULT_UPLOAD_PATH = "/api/v1/workouts"
DEFAULT_UPLOAD_FIELD = "file"


@dataclass(frozen=True)
class EnducoSettings:
    """enduco for one hub. ``base_url``: ``https://api.prod.enduco.app`` (test: ``https://beta-api.dev.enduco.app``)."""

    base_url: str
    client_id: str
    client_secret: str = field(repr=False)
    scopes: str = SCOPES
    upload_path: str = DEFAULT_UPLOAD_PATH
    upload_field: str = DEFAULT_UPLOAD_FIELD
    pkce: bool = True  # whether enduco takes the PKCE parameters is not documented; off sends plain OAuth 2
    timeout_s: float = 10.0

    @property
    def secrets(self) -> tuple[str, ...]:
        return (self.client_secret,) if self.client_secret else ()


def parse_enduco_settings(section: Section, context: SettingsContext) -> EnducoSettings:
    """Build settings from ``[enduco]``; the secret is ``context.secret`` or looked up (env, then file)."""
    if section.has("client_secret"):
        raise ConfigError(section.key("client_secret"),
                          f"client_secret must not be in the config file; set {DEFAULT_SECRET_ENV} or use an owner-only file")
    env_var, file = _secret_places(section, context.source)
    secret = context.secret if context.secret is not None else load_api_key(env_var, file, section.key("client_secret_file"))
    client_id = section.str("client_id").strip()
    if not client_id:
        raise ConfigError(section.key("client_id"), "must not be empty: the clientId enduco issued")
    upload_path = section.str("upload_path", DEFAULT_UPLOAD_PATH)
    if not upload_path.startswith("/"):
        raise ConfigError(section.key("upload_path"), "must be a path on enduco's host, starting with /")
    settings = EnducoSettings(
        base_url=section.url("base_url").rstrip("/"),
        client_id=client_id,
        client_secret=secret,
        scopes=section.str("scopes", SCOPES),
        upload_path=upload_path,
        upload_field=section.str("upload_field", DEFAULT_UPLOAD_FIELD),
        pkce=section.bool("pkce", True),
        timeout_s=section.float("timeout_seconds", 10.0, minimum=0.5, maximum=120),
    )
    section.reject_unknown()
    return settings


def _secret_places(section: Section, source: Path | None) -> tuple[str, Path | None]:
    env_var = section.str("client_secret_env", DEFAULT_SECRET_ENV)
    file_value = section.str("client_secret_file", "")
    if not file_value:
        return env_var, None
    path = Path(file_value).expanduser()
    if not path.is_absolute() and source is not None:
        path = source.parent / path
    return env_var, path


def secret_if_found(table: Mapping[str, Any], source: Path | None) -> tuple[str, ...]:
    """The secret for masking a support bundle of a config that may not load; () when there is none."""
    try:
        env_var, file = _secret_places(Section(dict(table), PLATFORM), source)
        return (load_api_key(env_var, file, "enduco.client_secret_file"),)
    except (ConfigError, OSError):
        return ()
