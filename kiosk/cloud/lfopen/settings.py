"""``[lfopen]`` settings: LFopen's base URL, the app's client id and where its client secret is found.

The secret never sits in the TOML; it comes from an environment variable or an owner-only
file, and only the hub holds it. Facts LFopen does not publish (whether ``state`` and PKCE
are honoured, the JSON shape of errors) are settings with cautious defaults.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from kiosk.api_keys import client_secret, client_secret_if_found
from kiosk.cloud.platform import SettingsContext
from kiosk.config_section import ConfigError, Section

DEFAULT_SECRET_ENV = "LFOPEN_CLIENT_SECRET"
SANDBOX_BASE_URL = "https://vtqa.lfconnect.com/web"
LIVE_BASE_URL = "https://lfconnect.com/web"
# LFopen's manual cardio activity names (tapiriik's list); the gym picks the one its machines are.
ACTIVITIES = ("Running", "Cycling", "MtnBiking", "Walking", "Hiking", "DownhillSkiing", "XCSkiing", "Snowboarding",
              "Skating", "Swimming", "Wheelchair", "Rowing", "Elliptical", "Gym", "Climbing", "Other")


@dataclass(frozen=True)
class LfopenSettings:
    """One LFopen app registration. ``base_url`` ends in ``/web`` (``https://lfconnect.com/web``)."""

    base_url: str
    client_id: str
    client_secret: str = field(repr=False)
    redirect_uri: str = ""  # registered with the app; the hub's link callback
    activity: str = "Other"  # what the gym's cardio machines are, as LFopen names activities
    send_state: bool = True  # LFopen documents no ``state``; standard OAuth servers echo it
    use_pkce: bool = False  # PKCE is not documented by LFopen: off unless the app is known to accept it
    tokens_by_redirect: bool = False  # pass redirect_uri to the token endpoint: tokens then come as a 302 query
    timezone: str = "GMT-0"  # the results list's ``timezone`` parameter; dates are sent in UTC
    timeout_s: float = 10.0

    @property
    def secrets(self) -> tuple[str, ...]:
        """The values the log filter must mask."""
        return (self.client_secret,) if self.client_secret else ()


def parse_lfopen_settings(section: Section, context: SettingsContext) -> LfopenSettings:
    """Build settings from ``[lfopen]``; the secret is ``context.secret`` or looked up (env, then file)."""
    secret = client_secret(section, context.source, DEFAULT_SECRET_ENV, context.secret)
    client_id = section.str("client_id").strip()
    if not client_id:
        raise ConfigError(section.key("client_id"), "must not be empty: the OAuth client id of the LFopen app")
    settings = LfopenSettings(
        base_url=section.url("base_url", LIVE_BASE_URL).rstrip("/"),
        client_id=client_id,
        client_secret=secret,
        redirect_uri=section.url("redirect_uri") if section.has("redirect_uri") else "",
        activity=section.str("activity", "Other", choices=ACTIVITIES),
        send_state=section.bool("send_state", True),
        use_pkce=section.bool("use_pkce", False),
        tokens_by_redirect=section.bool("tokens_by_redirect", False),
        timezone=section.str("timezone", "GMT-0"),
        timeout_s=section.float("timeout_seconds", 10.0, minimum=0.5, maximum=120),
    )
    section.reject_unknown()
    if settings.tokens_by_redirect and not settings.redirect_uri:
        raise ConfigError(section.key("redirect_uri"), "needed with tokens_by_redirect: the app's registered redirect URL")
    return settings


def secret_if_found(table: Mapping[str, Any], source: Path | None) -> tuple[str, ...]:
    """The secret for masking a support bundle of a config that may not load; () when there is none."""
    return client_secret_if_found(table, source, "lfopen", DEFAULT_SECRET_ENV)
