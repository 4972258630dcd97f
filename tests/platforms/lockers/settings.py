"""The ``[lockers]`` table: where the Lockers server is, and how long one request may take."""
from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.cloud.platform import SettingsContext
from kiosk.config_section import ConfigError, Section

API_KEY_ENV = "GYM_KIOSK_LOCKERS_API_KEY"


@dataclass(frozen=True)
class LockersSettings:
    base_url: str
    api_key: str = field(repr=False)
    timeout_s: float = 2.0


def parse_lockers_settings(section: Section, context: SettingsContext) -> LockersSettings:
    import os

    api_key = context.secret if context.secret is not None else os.environ.get(API_KEY_ENV, "")
    if not api_key:
        raise ConfigError(section.key("api_key"), f"set the environment variable {API_KEY_ENV}")
    settings = LockersSettings(
        base_url=section.url("base_url"),
        api_key=api_key,
        timeout_s=section.float("timeout_seconds", 2.0, minimum=0.5, maximum=60),
    )
    section.reject_unknown()
    return settings
