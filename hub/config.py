"""The hub's TOML configuration: where it listens, its store, and one table per gym location.

Checked like the kiosk's (:mod:`kiosk.config_section`): every problem is a
:class:`ConfigError` naming the dotted key and the fix. Each gym location is a table
``[gyms.<name>]``; its platform sub-tables (``[gyms.berlin-mitte.egym]``) are parsed by
the platform's own settings parser, so EGYM's API key comes from the environment or an
owner-only file exactly as it did on a kiosk, never from this file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Sequence
from urllib.parse import urlparse

from kiosk.cloud.platform import Platform, SettingsContext
from kiosk.cloud.registry import PLATFORMS
from kiosk.config.loader import read_config_file
from kiosk.config_section import ConfigError, Section

DEFAULT_LISTEN = "127.0.0.1:8400"
STORE_FILE = "hub.sqlite3"  # the default store, beside the config
KEY_FILE = "hub.key"  # the Fernet key that encrypts members' platform tokens at rest, beside the config
STORE_SCHEMES = ("sqlite", "postgresql+psycopg")
_GYM_NAME = re.compile(r"\A[a-z0-9][a-z0-9-]{0,62}\Z")


@dataclass(frozen=True)
class GymConfig:
    """One gym location: its platforms' settings (secrets included), by platform name."""

    name: str
    display_name: str
    platforms: Mapping[str, Any]


@dataclass(frozen=True)
class HubConfig:
    """Everything the hub reads from its config file."""

    listen_host: str
    listen_port: int
    public_url: str
    store_url: str
    key_file: Path
    gyms: Mapping[str, GymConfig]
    source: Path | None = None
    secrets: tuple[str, ...] = field(default=(), repr=False)  # every platform secret, for the log filter


def load_hub_config(path: Path, platforms: Sequence[Platform] = PLATFORMS) -> HubConfig:
    """Read and check the hub config file at ``path``."""
    return parse_hub_config(read_config_file(path), source=path, platforms=platforms)


def parse_hub_config(
    data: dict[str, Any], source: Path | None = None, secrets: Mapping[str, str] | None = None,
    platforms: Sequence[Platform] = PLATFORMS, base_dir: Path | None = None,
) -> HubConfig:
    """Check a parsed TOML document.

    ``secrets`` hands platforms their secret by platform name (tests, the demo);
    ``base_dir`` is where default files go for a config built in code (else beside ``source``).
    """
    root = Section(data)
    folder = source.parent if source is not None else base_dir
    if folder is None:
        raise ValueError("a hub config built in code needs base_dir for its store and key file")
    hub = root.table("hub")
    host, port = _listen(hub)
    store_url = _store_url(hub, folder)
    public_url = hub.str("public_url", f"http://{host}:{port}")
    parsed = urlparse(public_url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise ConfigError(hub.key("public_url"), "must be the URL kiosks reach the hub at, such as https://hub.example.com")
    key_file = Path(hub.str("key_file", KEY_FILE))
    hub.reject_unknown()
    gyms = _gyms(root.table("gyms"), source, secrets or {}, platforms)
    root.reject_unknown()
    all_secrets = tuple(secret for gym in gyms.values() for name, settings in gym.platforms.items()
                        for secret in _platform(platforms, name).secrets(settings) if secret)
    return HubConfig(listen_host=host, listen_port=port, public_url=public_url.rstrip("/"), store_url=store_url,
                     key_file=key_file if key_file.is_absolute() else folder / key_file, gyms=gyms,
                     source=source, secrets=all_secrets)


def _listen(hub: Section) -> tuple[str, int]:
    value = hub.str("listen", DEFAULT_LISTEN)
    host, _, port = value.rpartition(":")
    host = host.strip("[]")
    if not host or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ConfigError(hub.key("listen"), f"must be HOST:PORT such as {DEFAULT_LISTEN} (port 0: any free port), "
                                             f"got {value!r}")
    return host, int(port)


def _store_url(hub: Section, folder: Path) -> str:
    value = hub.str("store", "")
    if not value:
        return f"sqlite:///{folder / STORE_FILE}"
    scheme = value.partition("://")[0]
    if scheme not in STORE_SCHEMES:
        raise ConfigError(hub.key("store"), "must be sqlite:///PATH (one hub process) or "
                                            "postgresql+psycopg://USER@HOST/DB (a chain); leave it out for "
                                            f"{STORE_FILE} beside the config")
    if scheme == "sqlite" and not value.startswith("sqlite:///"):
        raise ConfigError(hub.key("store"), "must be sqlite:///PATH with three slashes (a file path)")
    return value


def _gyms(gyms: Section, source: Path | None, secrets: Mapping[str, str],
          platforms: Sequence[Platform]) -> dict[str, GymConfig]:
    names = list(gyms.raw())
    if not names:
        raise ConfigError("gyms", "at least one gym location is required, such as [gyms.berlin-mitte] "
                                  "with an [gyms.berlin-mitte.egym] table")
    platforms = [platform for platform in platforms if platform.hub_may_connect]
    result: dict[str, GymConfig] = {}
    for name in names:
        if not _GYM_NAME.match(name):
            raise ConfigError(gyms.key(name), "a gym location's name must be lower-case letters, digits and "
                                              "dashes, such as berlin-mitte")
        table = gyms.table(name)
        display_name = table.str("name", name)
        settings = {platform.name: platform.parse_settings(
                        table.table(platform.name),
                        SettingsContext(source=source, secret=secrets.get(platform.name)))
                    for platform in platforms if table.has(platform.name)}
        if not settings:
            raise ConfigError(table.key(platforms[0].name), "is required but missing: a gym location needs at least "
                                                            "one platform table")
        table.reject_unknown()
        result[name] = GymConfig(name=name, display_name=display_name, platforms=settings)
    return result


def _platform(platforms: Sequence[Platform], name: str) -> Platform:
    return next(platform for platform in platforms if platform.name == name)
