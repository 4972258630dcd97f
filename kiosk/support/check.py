"""``gym-kiosk check``: is this kiosk installed right? One verdict per item, with the fix.

Items, in order: the config file, each configured platform's secret (EGYM: "API key"),
the database location, free space on its disk (``storage.min_free_mb``), the kiosk's
own secret files, every configured reader and the measuring device (probed on their
ports), and each configured platform: reachable, and its secret accepted (EGYM: "EGYM
cloud"). The platform items are the platforms' own (:class:`~kiosk.cloud.platform.PlatformChecks`);
each makes one request that changes nothing, through a connection built by
:func:`kiosk.composition.connect_platforms`.

No check writes anything: the database is inspected, not opened.
"""
from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from hardware.probe import (
    DEFAULT_ANSWER_S,
    DEFAULT_LISTEN_S,
    ProbeCandidate,
    ProbeResult,
    is_polled,
    probe_nfc,
    probe_port,
)
from hardware.registry import handler_for
from kiosk.cloud.platform import Platform
from kiosk.cloud.registry import PLATFORMS
from kiosk.composition import connect_platforms
from kiosk.config.loader import (
    PLACEHOLDER_SECRET, DeviceConfig, KioskConfig, parse_config, placeholder_secrets, read_config_file,
)
from kiosk.config_section import ConfigError
from kiosk.logsafety import scrub
from kiosk.site_secrets import SITE_SECRET_NAME, VAULT_KEY_NAME, secret_path, secrets_dir
from kiosk.site_secrets import inspect as inspect_secret
from kiosk.storage.db import DAMAGED_FIX, MIGRATIONS, NEWER_FIX
from kiosk.storage.space import free_mb, low_space

_SQLITE_HEADER = b"SQLite format 3\x00"
_HEADER_SIZE = 100  # SQLite's file header: page size at offset 16, user_version (our schema) at 60


@dataclass(frozen=True)
class CheckResult:
    """One checked item: its name, the verdict and what was found (or what to fix)."""

    name: str
    ok: bool
    detail: str
    probe: ProbeResult | None = None  # for device items: what probing the port found

    def line(self) -> str:
        return f"{'PASS' if self.ok else 'FAIL'} {self.name}: {self.detail}"


def run_checks(
    config_path: Path,
    *,
    listen_s: float = DEFAULT_LISTEN_S,
    answer_s: float = DEFAULT_ANSWER_S,
    platforms: tuple[Platform, ...] = PLATFORMS,
) -> list[CheckResult]:
    """Check the installation described by ``config_path``; never raises.

    Items after the config are checked only once the config is valid, and a
    platform only with a usable secret.
    ``listen_s``/``answer_s`` bound how long each device port is listened to.
    Call it from a thread without a running event loop (it runs its own).
    """
    config_path = Path(config_path)
    try:
        results, site, usable_secrets = _check_config_and_secrets(config_path, platforms)
    except Exception as error:  # a reason the loader did not foresee is still one FAIL line, not a traceback
        return [_failed("config", error)]
    if site is None:
        return results
    results.append(_guarded("database", lambda: check_database(site.storage.database)))
    results.append(_guarded("disk space", lambda: check_free_space(site.storage.database, site.storage.min_free_mb)))
    results.append(_guarded("secret files", lambda: check_secret_files(site)))
    for name, device in _devices(site):
        results.append(_guarded(name, lambda device=device, name=name: check_device(name, device, listen_s, answer_s)))
    checked = _checked(platforms, site)
    unusable = {p.name: PLACEHOLDER_SECRET for p in platforms if p.name not in usable_secrets}
    keyed = _guarded_config(config_path, unusable, platforms) if checked else None
    for platform in checked:
        assert platform.checks is not None
        item = platform.checks.connection_item
        if platform.name not in usable_secrets:
            results.append(CheckResult(item, False, f"not checked without a usable {platform.checks.secret_item} (see above)"))
        elif isinstance(keyed, CheckResult):
            results.append(CheckResult(item, False, keyed.detail))
        else:
            results.append(_guarded(item, lambda platform=platform: asyncio.run(check_platform(platform, keyed))))
    return results


def load_config_without_key(path: Path, platforms: tuple[Platform, ...] = PLATFORMS) -> KioskConfig:
    """The config at ``path``, checked like :func:`load_config` but without loading the platforms' secrets.

    For commands that need the devices or paths even when a key is missing;
    the settings carry placeholder secrets. Raises ConfigError.
    """
    return parse_config(read_config_file(path), source=path, secrets=placeholder_secrets(platforms), platforms=platforms)


async def check_platform(platform: Platform, config: KioskConfig) -> CheckResult:
    """``platform`` reachable and its secret accepted, asked through a connection like the kiosk's own."""
    assert platform.checks is not None
    name = platform.checks.connection_item
    try:
        connections = connect_platforms(config, {platform.name: platform.checks.connect_options}, (platform,))
    except ConfigError as error:
        return CheckResult(name, False, str(error))
    connection = connections[platform.name]
    try:
        ok, detail = await platform.checks.check_connection(connection, config.platforms[platform.name])
    finally:
        await connection.close()
    return CheckResult(name, ok, detail)


def check_database(path: Path) -> CheckResult:
    """The database file (or the directory it will be created in) is writable by this user."""
    name = "database"
    as_root = " (checked as root: run the check as the kiosk's user to be sure)" if _is_root() else ""
    if path.exists():
        if not path.is_file():
            return CheckResult(name, False, f"{path} exists but is not a file")
        with open(path, "rb") as handle:
            header = handle.read(_HEADER_SIZE)
        problem = _database_header_problem(header)
        if problem:
            return CheckResult(name, False, f"storage.database: {path} {problem}")
        if not os.access(path, os.R_OK | os.W_OK):
            return CheckResult(name, False, f"{path} is not writable by this user; fix its owner (chown) or mode")
        if not os.access(path.parent, os.W_OK | os.X_OK):
            return CheckResult(
                name, False, f"{path.parent} is not writable; SQLite must create its -wal and -shm files there"
            )
        return CheckResult(name, True, f"{path} exists and is writable{as_root}")
    ancestor = _nearest_existing(path.parent)
    if not ancestor.is_dir():
        return CheckResult(name, False, f"{ancestor} is not a directory, so {path} cannot be created")
    if not os.access(ancestor, os.W_OK | os.X_OK):
        return CheckResult(
            name, False, f"{path} does not exist and cannot be created: {ancestor} is not writable by this user"
        )
    return CheckResult(name, True, f"{path} will be created at first start ({ancestor} is writable){as_root}")


def check_free_space(database: Path, minimum_mb: int) -> CheckResult:
    """Room left on the database's disk, against ``storage.min_free_mb`` (a full disk keeps results in memory only)."""
    name = "disk space"
    folder = database.parent
    problem = low_space(folder, minimum_mb)
    if problem:
        return CheckResult(name, False, problem)
    watched = f"warning below storage.min_free_mb = {minimum_mb}" if minimum_mb > 0 else "not watched: min_free_mb = 0"
    return CheckResult(name, True, f"{free_mb(folder)} MB free for {folder} ({watched})")


def check_secret_files(config: KioskConfig) -> CheckResult:
    """The kiosk's own secrets beside the config (vault key, site secret): owner-only files, or not made yet."""
    name = "secret files"
    data_dir = config.storage.database.parent
    folder = secrets_dir(config.source, data_dir)
    for file_name, what in ((VAULT_KEY_NAME, "credential vault key"), (SITE_SECRET_NAME, "site secret")):
        path = secret_path(file_name, folder)
        problem = inspect_secret(path, what)
        if problem:
            return CheckResult(name, False, f"{path}: {problem}")
        if not path.exists() and not os.access(_nearest_existing(path.parent), os.W_OK | os.X_OK):
            return CheckResult(name, False, f"{path} does not exist and this user cannot create it; "
                                            "run as root: dpkg-reconfigure gym-kiosk")
    return CheckResult(name, True, f"{VAULT_KEY_NAME} and {SITE_SECRET_NAME} in {folder}: owner-only (or made at start)")


def check_device(name: str, device: DeviceConfig, listen_s: float, answer_s: float) -> CheckResult:
    """Probe one configured device's port with its configured protocol and baud rate."""
    if device.simulated:
        return CheckResult(name, True, "simulated (nothing to probe)")
    handler = handler_for(device.protocol)
    if handler is None:  # the config loader already refuses unknown protocols
        return CheckResult(name, False, f"unknown protocol {device.protocol!r}")
    if handler.transport == "keyboard":
        return CheckResult(name, True, "keyboard reader (tap a card on the attract screen to test it)")
    if handler.transport == "nfcpy":
        result = probe_nfc(device.port)
        detail = f"nfcpy opened the reader at {device.port}" if result.found else str(result.error)
        return CheckResult(name, result.found, detail, result)
    baudrate = device.baudrate or handler.default_baudrate
    candidate = ProbeCandidate(handler, baudrate, dict(device.options))
    result = probe_port(device.port, [candidate], listen_s=listen_s, answer_s=answer_s)
    if result.found:
        return CheckResult(name, True, f"answered as {device.protocol} at {baudrate} baud", result)
    if not result.port_opened:
        return CheckResult(name, False, str(result.error), result)
    if result.bytes_seen:
        mismatch = _not_understood(device, baudrate, result, listen_s, answer_s)
        if mismatch is None:
            return CheckResult(name, True, f"answered as {device.protocol} at {baudrate} baud", result)
        return CheckResult(name, False, mismatch, result)
    if is_polled(candidate.make_decoder()):
        return CheckResult(
            name, False,
            f"no answer to {device.protocol} requests at {baudrate} baud: check the cable, the baud rate and that "
            "the device is switched on",
            result,
        )
    waits_for = "a card is presented" if device.role == "reader" else "a measurement is taken"
    return CheckResult(
        name, True,
        f"{device.port} opens; nothing received in {listen_s:g} s, which is normal until {waits_for} "
        "(run `gym-kiosk devices --probe` while using it to confirm)",
        result,
    )


# --- internals ----------------------------------------------------------------


def _check_config_and_secrets(
    path: Path, platforms: tuple[Platform, ...],
) -> tuple[list[CheckResult], KioskConfig | None, set[str]]:
    """The config item and each platform's secret item, the config if it is valid, and whose secrets can be used."""
    try:
        site: KioskConfig | None = load_config_without_key(path, platforms)
        config_error: ConfigError | None = None
    except ConfigError as error:
        site, config_error = None, error
    try:
        raw = read_config_file(path)
    except ConfigError:  # the config item says why
        raw = {}
    secret_items: list[CheckResult] = []
    usable: set[str] = set()
    for platform in platforms:
        table = raw.get(platform.name)
        if platform.checks is None or not isinstance(table, dict):
            continue
        try:
            secret_items.append(CheckResult(platform.checks.secret_item, True, platform.checks.check_secret(table, path)))
            usable.add(platform.name)
        except ConfigError as error:
            secret_items.append(CheckResult(platform.checks.secret_item, False, f"{error.key}: {error.problem}"))
    if config_error is not None:
        results = [CheckResult("config", False, f"{config_error.key}: {config_error.problem}")]
        # A secret that cannot be used is worth saying too, unless it is the config's own problem.
        results += [item for item in secret_items if not item.ok and item.detail != results[0].detail]
        return results, None, usable
    return [CheckResult("config", True, f"{path} is valid"), *secret_items], site, usable


def _guarded_config(path: Path, secrets: dict[str, str], platforms: tuple[Platform, ...]) -> KioskConfig | CheckResult:
    """The config with the secrets that can be used (placeholders for the rest), or why it cannot be had."""
    try:
        return parse_config(read_config_file(path), source=path, secrets=secrets, platforms=platforms)
    except Exception as error:  # it parsed without secrets a moment ago: a secret changed meanwhile
        return _failed("config", error)


def _checked(platforms: tuple[Platform, ...], config: KioskConfig) -> list[Platform]:
    """The configured platforms that have check items, in registry order."""
    return [platform for platform in platforms if platform.checks is not None and platform.name in config.platforms]


def _database_header_problem(header: bytes) -> str | None:
    """What makes this database file unusable to the kiosk, judged from its header alone; None if fine.

    An empty file is fine (SQLite fills it in); a newer schema means a newer gym-kiosk wrote it.
    """
    if not header:
        return None
    page_size = int.from_bytes(header[16:18], "big")
    valid_page_size = page_size == 1 or (page_size >= 512 and page_size & (page_size - 1) == 0)  # 1 means 65536
    if len(header) < _HEADER_SIZE or not header.startswith(_SQLITE_HEADER) or not valid_page_size:
        return f"is not a usable kiosk database (no intact SQLite header); {DAMAGED_FIX}"
    version = int.from_bytes(header[60:64], "big")
    if version > len(MIGRATIONS):
        return f"has schema version {version}, newer than this software understands ({len(MIGRATIONS)}); {NEWER_FIX}"
    return None


def _devices(config: KioskConfig) -> list[tuple[str, DeviceConfig]]:
    named = [(f"reader {i + 1} ({r.protocol} on {r.port})", r) for i, r in enumerate(config.readers)]
    if config.device is not None:
        named.append((f"device ({config.device.protocol} on {config.device.port})", config.device))
    return named


def _not_understood(device: DeviceConfig, baudrate: int, result: ProbeResult, listen_s: float, answer_s: float) -> str | None:
    """A port sent data the configured protocol did not understand: say what it looks like instead.

    None when a second, full probe recognises the configured protocol after all.
    """
    other = probe_port(device.port, baudrates=(baudrate,), listen_s=listen_s, answer_s=answer_s)
    if other.found and (other.protocol, other.baudrate) == (device.protocol, baudrate):
        return None
    if other.found:
        return (
            f"data received, but not {device.protocol} at {baudrate} baud; it looks like {other.protocol} at "
            f"{other.baudrate} baud: set this device's protocol and baudrate in the config accordingly"
        )
    return (
        f"{result.bytes_seen} bytes received, {result.rejected} frames not understood as {device.protocol} at "
        f"{baudrate} baud: check the baud rate and the device's output format"
    )


def _guarded(name: str, check: Callable[[], CheckResult]) -> CheckResult:
    """Run one check; a failure inside the check itself becomes a FAIL line, not a crash."""
    try:
        return check()
    except Exception as error:
        return _failed(name, error)


def _failed(name: str, error: Exception) -> CheckResult:
    return CheckResult(name, False, scrub(f"the check itself failed: {type(error).__name__}: {error}"))


def _nearest_existing(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0
