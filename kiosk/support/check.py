"""``gym-kiosk check``: is this kiosk installed right? One verdict per item, with the fix.

Items, in order: the config file, the API key, the database location, free
space on its disk (``storage.min_free_mb``), the kiosk's own secret files, every
configured reader and the measuring device (probed on their ports), and EGYM:
reachable, and the API key accepted. The EGYM item makes one real request that
changes nothing: an RFID login with a card number no member can have. EGYM
answers 404 (no such card) only after it has accepted the API key, so 404 is a
pass and 401 means the key is refused. Connection failures are explained
(DNS, refused, timeout, untrusted TLS certificate).

No check writes anything: the database is inspected, not opened.
"""
from __future__ import annotations

import asyncio
import os
import socket
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from hardware.events import CardCredential
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
from kiosk.cloud.egym import CallRetry, EgymClient, EgymSettings
from kiosk.cloud.errors import (
    AuthExpired,
    BadReply,
    CloudError,
    NotRegistered,
    PermissionDenied,
    RateLimited,
    Rejected,
    Transient,
)
from kiosk.config.loader import (
    DEFAULT_API_KEY_ENV, DeviceConfig, KioskConfig, load_config, parse_config, read_config_file,
)
from kiosk.config_section import ConfigError
from kiosk.logsafety import scrub
from kiosk.site_secrets import SITE_SECRET_NAME, VAULT_KEY_NAME, secret_path, secrets_dir
from kiosk.site_secrets import inspect as inspect_secret
from kiosk.storage.db import DAMAGED_FIX, MIGRATIONS, NEWER_FIX
from kiosk.storage.space import free_mb, low_space

# A card number no member can have: four zero bytes ("00000000" in hex rendering).
UNREGISTERED_CARD = CardCredential(uid=bytes(4))
_PLACEHOLDER_KEY = "placeholder-for-validation"
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
) -> list[CheckResult]:
    """Check the installation described by ``config_path``; never raises.

    Items after the config are checked only once the config is valid, and EGYM
    only with a usable API key.
    ``listen_s``/``answer_s`` bound how long each device port is listened to.
    Call it from a thread without a running event loop (it runs its own).
    """
    config_path = Path(config_path)
    try:
        results, site, keyed = _check_config_and_key(config_path)
    except Exception as error:  # a reason the loader did not foresee is still one FAIL line, not a traceback
        return [_failed("config", error)]
    if site is None:
        return results
    results.append(_guarded("database", lambda: check_database(site.storage.database)))
    results.append(_guarded("disk space", lambda: check_free_space(site.storage.database, site.storage.min_free_mb)))
    results.append(_guarded("secret files", lambda: check_secret_files(site)))
    for name, device in _devices(site):
        results.append(_guarded(name, lambda device=device, name=name: check_device(name, device, listen_s, answer_s)))
    if keyed is None:
        results.append(CheckResult("EGYM cloud", False, "not checked without a usable API key (see above)"))
    else:
        results.append(_guarded("EGYM cloud", lambda: asyncio.run(check_cloud(keyed.egym))))
    return results


def load_config_without_key(path: Path) -> KioskConfig:
    """The config at ``path``, checked like :func:`load_config` but without loading the API key.

    For commands that need the devices or paths even when the key is missing;
    the settings carry a placeholder key. Raises ConfigError.
    """
    return parse_config(read_config_file(path), source=path, api_key=_PLACEHOLDER_KEY)


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


async def check_cloud(settings: EgymSettings) -> CheckResult:
    """EGYM is reachable and accepts the API key: a login with a card no member has must get 404."""
    name = "EGYM cloud"
    try:
        client = EgymClient(settings, retry=CallRetry(max_attempts=1))
    except ConfigError as error:
        return CheckResult(name, False, str(error))
    async with client:
        try:
            await client.login(UNREGISTERED_CARD)
        except NotRegistered:
            return CheckResult(
                name, True,
                f"{settings.base_url} reachable and the API key accepted (a test login with an unregistered card "
                "was answered 404; no member data touched)",
            )
        except CloudError as error:
            detail = await asyncio.to_thread(_explain_cloud_error, error, settings)
            return CheckResult(name, False, detail)
    return CheckResult(
        name, True, f"{settings.base_url} reachable and the API key accepted (the all-zero test card is registered "
        "to a member at EGYM, which is unusual)",
    )


def explain_connection_failure(base_url: str, ca_bundle: str | None, timeout_s: float) -> str | None:
    """Why ``base_url`` cannot be reached: DNS, TCP or TLS, each with what to check.

    None when name lookup, connection and TLS handshake all work now.
    """
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    secure = parts.scheme == "https"
    port = parts.port or (443 if secure else 80)
    try:
        socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        return f"cannot resolve {host} (DNS: {error.strerror}): check the network's DNS settings and egym.base_url"
    try:
        connection = socket.create_connection((host, port), timeout=timeout_s)
    except ConnectionRefusedError:
        return f"{host}:{port} refused the connection: check egym.base_url (host and port) and the firewall"
    except TimeoutError:
        return f"no answer from {host}:{port} within {timeout_s:g} s: a firewall may be dropping the connection"
    except OSError as error:
        return f"cannot connect to {host}:{port}: {error.strerror or error}"
    with connection:
        if not secure:
            return None
        try:
            context = ssl.create_default_context(cafile=ca_bundle or _default_ca_file())
            with context.wrap_socket(connection, server_hostname=host):
                pass
        except ssl.SSLCertVerificationError as error:
            return (
                f"the TLS certificate of {host} is not trusted ({error.verify_message}): if a proxy inspects "
                "HTTPS, set egym.ca_bundle to its CA file; also check the kiosk's clock"
            )
        except (ssl.SSLError, OSError) as error:
            return f"the TLS handshake with {host} failed ({error}); a proxy may be interfering"
    return None


# --- internals ----------------------------------------------------------------


def _check_config_and_key(path: Path) -> tuple[list[CheckResult], KioskConfig | None, KioskConfig | None]:
    """The config and API key items, the config if it is valid, and the config with its key if that loaded too."""
    try:
        site: KioskConfig | None = load_config_without_key(path)
        config_error: ConfigError | None = None
    except ConfigError as error:
        site, config_error = None, error
    try:
        keyed: KioskConfig | None = load_config(path)
        key_error: ConfigError | None = None
    except ConfigError as error:
        keyed, key_error = None, error
    if config_error is not None:
        results = [CheckResult("config", False, f"{config_error.key}: {config_error.problem}")]
        if key_error is not None and "api_key" in key_error.key and str(key_error) != str(config_error):
            results.append(CheckResult("API key", False, f"{key_error.key}: {key_error.problem}"))
        return results, None, None
    results = [CheckResult("config", True, f"{path} is valid")]
    if key_error is not None:
        results.append(CheckResult("API key", False, f"{key_error.key}: {key_error.problem}"))
    else:
        results.append(CheckResult("API key", True, _key_source(path)))
    return results, site, keyed


def _key_source(path: Path) -> str:
    egym = read_config_file(path).get("egym", {})
    env_var = str(egym.get("api_key_env", DEFAULT_API_KEY_ENV))
    if os.environ.get(env_var, "").strip():
        return f"present (from the environment variable {env_var})"
    return "present (from a key file only its owner can read)"


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


def _explain_cloud_error(error: CloudError, settings: EgymSettings) -> str:
    if isinstance(error, AuthExpired):
        return "EGYM refused the API key (HTTP 401): check the key issued for this gym location"
    if isinstance(error, PermissionDenied):
        return f"the API key may not log members in here (HTTP {error.status}): {error.message}"
    if isinstance(error, Rejected):
        return f"EGYM rejected the test login as invalid: {error.message}; check egym.machine_name and egym.gym_id"
    if isinstance(error, RateLimited):
        return "EGYM is limiting requests for this key right now; try again in a minute"
    if isinstance(error, BadReply):
        return (
            f"{settings.base_url} answered, but not like EGYM ({error.message}): check egym.base_url "
            "(a proxy or captive portal?)"
        )
    if isinstance(error, Transient) and error.status is not None:
        return f"EGYM answered with a server error (HTTP {error.status}); try again later"
    reason = explain_connection_failure(settings.base_url, settings.ca_bundle, settings.timeout_s)
    if reason is None:
        return f"the request to {settings.base_url} failed ({error.message}) although it accepts connections; try again"
    return f"EGYM not reachable: {reason}"


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


def _default_ca_file() -> str | None:
    """The CA file httpx verifies against by default (certifi), so the diagnosis matches the client."""
    try:
        import certifi
    except ImportError:
        return None
    return certifi.where()
