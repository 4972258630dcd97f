"""Hub settings: the ``[hub]`` table of the kiosk config, and where the kiosk's device credential comes from.

The credential is never in the TOML: it comes from ``$GYM_KIOSK_HUB_DEVICE_CREDENTIAL`` or from the
owner-only file ``hub-device-credential`` beside the config, which enrolment writes
(:mod:`kiosk.cloud.hub.enrolment`). A kiosk without one is not enrolled yet.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from kiosk.api_keys import load_api_key
from kiosk.cloud.platform import SettingsContext
from kiosk.config_section import ConfigError, Section

CREDENTIAL_ENV = "GYM_KIOSK_HUB_DEVICE_CREDENTIAL"
CREDENTIAL_FILE = "hub-device-credential"  # beside the config, mode 600
ENROL_FIX = "enrol this kiosk: run gym-kiosk setup and enter an enrolment code from the hub's fleet page"


@dataclass(frozen=True)
class HubSettings:
    """Where the hub is, and this kiosk's credential there."""

    url: str
    credential: str = field(repr=False)
    timeout_s: float = 10.0
    ca_bundle: str | None = None


def parse_hub_settings(section: Section, context: SettingsContext) -> HubSettings:
    """Build settings from ``[hub]``; the credential is ``context.secret`` or read from its file."""
    if section.has("credential"):
        raise ConfigError(section.key("credential"), f"the device credential must not be in the config file; {ENROL_FIX}")
    credential = context.secret if context.secret is not None else load_credential(context.source)
    settings = HubSettings(
        url=section.url("url"),
        credential=credential,
        timeout_s=section.float("timeout_s", 10.0, minimum=0.5, maximum=120),
        ca_bundle=section.file("ca_bundle", None, what="CA file (PEM) of the proxy that inspects HTTPS"),
    )
    section.reject_unknown()
    return settings


def credential_file(source: Path | None) -> Path | None:
    """The credential's file beside the config (None for a config built in code)."""
    return source.parent / CREDENTIAL_FILE if source is not None else None


def load_credential(source: Path | None) -> str:
    """The device credential from the environment or its owner-only file; ConfigError with the fix otherwise."""
    file = credential_file(source)
    if not os.environ.get(CREDENTIAL_ENV, "").strip() and (file is None or not file.exists()):
        raise ConfigError("hub", f"this kiosk is not enrolled at the hub (no {CREDENTIAL_FILE}); {ENROL_FIX}")
    return load_api_key(CREDENTIAL_ENV, file, "hub")


def credential_source(table: Mapping[str, Any], source: Path | None) -> str:
    """Where the credential comes from, for ``gym-kiosk check``; ConfigError with the fix when it cannot be used."""
    load_credential(source)
    if os.environ.get(CREDENTIAL_ENV, "").strip():
        return f"present (from the environment variable {CREDENTIAL_ENV})"
    return f"present ({CREDENTIAL_FILE}, only its owner can read it)"


def credential_if_found(table: Mapping[str, Any], source: Path | None) -> tuple[str, ...]:
    """The credential, wherever it can be found: for masking it in a support bundle, even of a broken config."""
    try:
        return (load_credential(source),)
    except ConfigError:
        value = os.environ.get(CREDENTIAL_ENV, "").strip()
        return (value,) if value else ()
