"""``[perfectgym]`` settings: the club's API address, client id and where the client secret is found.

The secret never sits in the TOML (the vendor: "Do not store client secret inside website
scripts, or inside mobile app code"); it comes from an environment variable or an
owner-only file, like EGYM's API key, and only the hub holds it.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from kiosk.api_keys import client_secret, client_secret_if_found
from kiosk.cloud.platform import SettingsContext
from kiosk.config_section import ConfigError, Section

DEFAULT_SECRET_ENV = "PERFECTGYM_CLIENT_SECRET"
CARD_FORMATS = ("hex", "decimal")


@dataclass(frozen=True)
class PerfectGymSettings:
    """One club's PerfectGym connection. ``base_url`` ends before ``/v2.2`` (``https://club.perfectgym.com/Api``)."""

    base_url: str
    client_id: str
    client_secret: str = field(repr=False)
    club_id: int
    register_visits: bool = False
    measure_when_refused: bool = False
    # Accept-Language of every call. PerfectGym is asked at the tap, before the member's language is known;
    # its texts are never shown (refusals are mapped by code and said in the member's language).
    language: str = "en"
    card_format: str = "hex"
    timeout_s: float = 10.0

    @property
    def secrets(self) -> tuple[str, ...]:
        """The values the log filter must mask."""
        return (self.client_secret,) if self.client_secret else ()


def parse_perfectgym_settings(section: Section, context: SettingsContext) -> PerfectGymSettings:
    """Build settings from ``[perfectgym]``; the secret is ``context.secret`` or looked up (env, then file)."""
    secret = client_secret(section, context.source, DEFAULT_SECRET_ENV, context.secret)
    client_id = section.str("client_id").strip()
    if not client_id:
        raise ConfigError(section.key("client_id"), "must not be empty: the API client id from PerfectGym's settings")
    settings = PerfectGymSettings(
        base_url=section.url("base_url").rstrip("/"),
        client_id=client_id,
        client_secret=secret,
        club_id=section.int("club_id", minimum=1),
        register_visits=section.bool("register_visits", False),
        measure_when_refused=section.bool("measure_when_refused", False),
        language=_language(section),
        card_format=section.str("card_format", "hex", choices=CARD_FORMATS),
        timeout_s=section.float("timeout_seconds", 10.0, minimum=0.5, maximum=120),
    )
    section.reject_unknown()
    return settings


def secret_if_found(table: Mapping[str, Any], source: Path | None) -> tuple[str, ...]:
    """The secret for masking a support bundle of a config that may not load; () when there is none."""
    return client_secret_if_found(table, source, "perfectgym", DEFAULT_SECRET_ENV)


def _language(section: Section) -> str:
    """The club's language as an Accept-Language tag ("de", "pt-BR")."""
    tag = section.str("language", "en").strip()
    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", tag):
        raise ConfigError(section.key("language"), f"must be a language tag such as en, de or pt-BR, got {tag!r}")
    return tag
