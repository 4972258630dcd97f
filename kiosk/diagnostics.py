"""``gym-kiosk diagnostics``: one .zip a site can send to support, free of secrets and personal data.

The bundle holds the kiosk's log files, the config with every secret removed,
software versions, the serial ports and what probing the configured devices
found, outbox counts, and the results of ``gym-kiosk check``.

Logs are redacted again while they are copied, whatever the file holds (an old
file, or a line written before a value was registered): values registered with
:mod:`kiosk.logsafety`, the configured API key, member labels and user ids the
database knows, and pattern rules for bearer tokens, API-key and token fields,
JWTs and other long opaque tokens, and card-UID-like hex and decimal numbers.
The database is opened read-only and contributes counts only.
"""
from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import mmap
import os
import platform
import re
import sqlite3
import time
import tomllib
import zipfile
from contextlib import closing
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import quote

from hardware.probe import DEFAULT_ANSWER_S, DEFAULT_LISTEN_S, list_ports
from kiosk.check import CheckResult, run_checks
from kiosk.config.loader import (
    DEFAULT_API_KEY_ENV,
    KioskConfig,
    default_config_path,
    default_data_dir,
    load_config,
    parse_config,
)
from kiosk.config.section import ConfigError
from kiosk.devices import DEVICE_COUNTERS
from kiosk.logfile import log_files
from kiosk.logsafety import MASK, scrub

REMOVED = "«removed»"
PACKAGES = (
    "gym-kiosk", "PySide6-Essentials", "PySide6-Addons", "qasync", "httpx", "httpcore", "nfcpy", "pyserial",
    "starlette", "uvicorn", "cryptography",
)
_SECRET_NAME = re.compile(r"(?i)api_?key|secret|token|passw|credential|private")
_PERSONAL_LIST_NAMES = frozenset({"cards"})  # simulated card UIDs: UIDs are personal data
_PLACEHOLDER_KEY = "placeholder-for-diagnostics"
_MIN_SECRET_LENGTH = 3

_SECRET_FIELD = re.compile(
    r"(?i)\b(x-api-key|api[_-]?key|access[_-]?token|refresh[_-]?token|id[_-]?token|authorization|password|passwd"
    r"|secret|token|payload|rfid|uid|user[_-]?id)\b([\"']?\s*[:=]\s*[\"']?(?:(?:Bearer|Basic)\s+)?)([^\s\"',;})\]]+)"
)
_SENSITIVE_SHAPES = re.compile(
    r"(?P<uuid>\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\b)"
    r"|(?P<jwt>\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*)"
    r"|(?P<opaque>(?<![\w-])[\w-]{24,}(?![\w-]))"
    r"|(?P<hex_uid>(?<![\w:-])(?:[0-9A-Fa-f]{20}|[0-9A-Fa-f]{14}|[0-9A-Fa-f]{8}"
    r"|[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){3,9})(?![\w:-]))"
    r"|(?P<decimal_uid>(?<![\w.:-])\d{9,10}(?![\w.:]))"
)


class Redactor:
    """Masks known values and secret-shaped text in free text (log lines, messages)."""

    def __init__(self, values: Iterable[str | None] = ()) -> None:
        unique = {value for value in values if value and len(value) >= _MIN_SECRET_LENGTH}
        self._values = sorted(unique, key=len, reverse=True)

    def values_only(self, text: str) -> str:
        """``text`` with registered and known values masked (no pattern rules)."""
        text = scrub(text)
        for value in self._values:
            text = text.replace(value, MASK)
        return text

    def redact(self, text: str) -> str:
        """``text`` with known values and everything shaped like a secret or card number masked."""
        text = self.values_only(text)
        text = _SECRET_FIELD.sub(lambda m: m.group(1) + m.group(2) + MASK, text)
        return _SENSITIVE_SHAPES.sub(_mask_shape, text)


def build_bundle(
    config_path: Path | None,
    out_path: Path,
    *,
    log_dir: Path | None = None,
    checks: list[CheckResult] | None = None,
    listen_s: float = DEFAULT_LISTEN_S,
    answer_s: float = DEFAULT_ANSWER_S,
) -> Path:
    """Write the support bundle to ``out_path`` (a directory gets a dated file name); returns its path.

    ``log_dir`` defaults to the kiosk's data directory; ``checks`` reuses results
    the caller already has instead of running ``gym-kiosk check`` again.
    """
    config_path = Path(config_path) if config_path is not None else default_config_path()
    out_path = Path(out_path)
    if out_path.is_dir():
        out_path = out_path / f"gym-kiosk-diagnostics-{datetime.now():%Y%m%d-%H%M%S}.zip"
    site = _SiteFacts.gather(config_path)
    if checks is None:
        checks = run_checks(config_path, listen_s=listen_s, answer_s=answer_s)
    redactor = Redactor([site.api_key, *site.personal_values])
    files: dict[str, bytes] = {
        "README.txt": _readme(config_path).encode("utf-8"),
        "versions.json": _json(collect_versions()),
        "checks.json": _json([_check_entry(result, redactor) for result in checks]),
        "devices.json": _json(_devices(site.config, checks)),
        "outbox.json": _json(site.outbox),
        "config.json": _json(site.redacted_config(redactor)),
    }
    counters = site.device_counters_path()
    if counters is not None and counters.exists():
        files["device-counters.json"] = counters.read_bytes()  # counts only: ports, frames, reconnects
    for path in log_files(log_dir if log_dir is not None else default_data_dir()):
        text = path.read_bytes().decode("utf-8", errors="replace")
        files[f"logs/{path.name}"] = redactor.redact(text).encode("utf-8")
    _write_zip(out_path, files)
    return out_path


def redact_config(data: Any, redactor: Redactor, name: str = "") -> Any:
    """A copy of a parsed TOML document with secret-named values removed and known values masked."""
    if name and _SECRET_NAME.search(name):
        return REMOVED
    if isinstance(data, dict):
        return {key: redact_config(value, redactor, str(key)) for key, value in data.items()}
    if isinstance(data, list):
        if name in _PERSONAL_LIST_NAMES:
            return [REMOVED for _ in data]
        return [redact_config(item, redactor) for item in data]
    if isinstance(data, str):
        return redactor.values_only(data)
    return data  # numbers, booleans, TOML dates (written as text in JSON)


def collect_versions() -> dict[str, str]:
    """Python, the OS, SQLite, Qt and the packages the kiosk runs on."""
    versions = {
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": platform.platform(),
        "os_release": _os_release(),
        "machine": platform.machine(),
        "sqlite": sqlite3.sqlite_version,
        "qt": _qt_version(),
    }
    for package in PACKAGES:
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[package] = "not installed"
    return versions


def outbox_counts(database: Path) -> dict[str, Any]:
    """Delivery counts per destination and state from the database, opened read-only. Counts only."""
    if not database.exists():
        return {"database": str(database), "exists": False}
    uri = f"file:{quote(str(database))}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=5.0)) as connection:
            counts: dict[str, dict[str, int]] = {}
            for destination, state, count in connection.execute(
                "SELECT destination, state, COUNT(*) FROM deliveries GROUP BY destination, state"
            ):
                counts.setdefault(destination, {})[state] = count
            measurements = connection.execute("SELECT COUNT(*) FROM measurements").fetchone()[0]
            oldest_open = connection.execute(
                "SELECT MIN(m.captured_at) FROM measurements m JOIN deliveries d USING (unique_id)"
                " WHERE d.state IN ('pending', 'sending', 'needs-reauth')"
            ).fetchone()[0]
            schema = connection.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as error:
        return {"database": str(database), "exists": True, "error": f"cannot read the outbox: {error}"}
    return {
        "database": str(database),
        "exists": True,
        "schema_version": schema,
        "measurements": measurements,
        "deliveries": counts,
        "oldest_unfinished_age_s": None if oldest_open is None else round(max(0.0, time.time() - oldest_open), 1),
    }


# --- internals ----------------------------------------------------------------


class _SiteFacts:
    """What diagnostics learns from the config and the database before writing anything."""

    def __init__(self) -> None:
        self.raw: dict[str, Any] | None = None
        self.config_problem = ""
        self.config: KioskConfig | None = None
        self.api_key: str | None = None
        self.personal_values: list[str] = []
        self.outbox: dict[str, Any] = {}

    def device_counters_path(self) -> Path | None:
        """Where the running kiosk keeps its device counters (beside its database)."""
        return self.config.storage.database.parent / DEVICE_COUNTERS if self.config else None

    @classmethod
    def gather(cls, config_path: Path) -> "_SiteFacts":
        facts = cls()
        try:
            facts.raw = tomllib.loads(config_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            facts.config_problem = f"cannot read {config_path}: {getattr(error, 'strerror', None) or error}"
        except tomllib.TOMLDecodeError as error:
            facts.config_problem = f"{config_path} is not valid TOML ({error}); not included, it may hold secrets"
        if facts.raw is not None:
            facts._load(config_path)
        database = facts.config.storage.database if facts.config else default_data_dir() / "kiosk.sqlite3"
        facts.outbox = outbox_counts(database)
        facts.personal_values = _personal_values(database)
        return facts

    def _load(self, config_path: Path) -> None:
        assert self.raw is not None
        try:
            self.config = load_config(config_path)
            self.api_key = self.config.egym.api_key
            return
        except ConfigError:
            pass
        egym = self.raw.get("egym")
        env_var = egym.get("api_key_env", DEFAULT_API_KEY_ENV) if isinstance(egym, dict) else DEFAULT_API_KEY_ENV
        self.api_key = os.environ.get(str(env_var), "").strip() or None
        try:
            self.config = parse_config(self.raw, source=config_path, api_key=_PLACEHOLDER_KEY)
        except ConfigError as error:
            self.config_problem = f"the config is not valid: {error}"

    def redacted_config(self, redactor: Redactor) -> dict[str, Any]:
        if self.raw is None:
            return {"included": False, "reason": self.config_problem}
        document: dict[str, Any] = {"included": True, "config": redact_config(self.raw, redactor)}
        if self.config_problem:
            document["problem"] = redactor.values_only(self.config_problem)
        return document


def _personal_values(database: Path) -> list[str]:
    """Member labels (and their words) and user ids stored in the database, to mask in the logs."""
    if not database.exists():
        return []
    uri = f"file:{quote(str(database))}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=5.0)) as connection:
            rows = connection.execute("SELECT DISTINCT member_label, user_id FROM measurements").fetchall()
    except sqlite3.Error:
        return []
    values: list[str] = []
    for label, user_id in rows:
        for value in (label, user_id):
            if value:
                values.append(str(value))
                values.extend(word for word in str(value).split() if len(word) >= _MIN_SECRET_LENGTH)
    return values


def _mask_shape(match: re.Match[str]) -> str:
    text = match.group(0)
    if match.group("uuid"):
        return text  # measurement ids: needed to follow one measurement through the log
    if match.group("opaque") and not _looks_random(text):
        return text
    return MASK


def _looks_random(text: str) -> bool:
    """Mixed case and digits: a generated token rather than an identifier like a_long_function_name."""
    return any(c.isdigit() for c in text) and any(c.isupper() for c in text) and any(c.islower() for c in text)


def _check_entry(result: CheckResult, redactor: Redactor) -> dict[str, Any]:
    return {"name": redactor.values_only(result.name), "ok": result.ok, "detail": redactor.values_only(result.detail)}


def _devices(config: KioskConfig | None, checks: list[CheckResult]) -> dict[str, Any]:
    configured = [*config.readers, *([config.device] if config.device else [])] if config else []
    probes = [
        {"item": result.name, "ok": result.ok, "result": asdict(result.probe)}
        for result in checks
        if result.probe is not None
    ]
    ports = list_ports(d.port for d in configured if not d.simulated)
    return {
        "serial_ports": [asdict(port) for port in ports],
        "configured": [
            {"role": d.role, "protocol": d.protocol, "port": d.port, "baudrate": d.baudrate} for d in configured
        ],
        "probes": probes,
    }


def _readme(config_path: Path) -> str:
    created = datetime.now(timezone.utc).isoformat(timespec="seconds")
    return (
        "gym-kiosk diagnostics bundle\n"
        f"created: {created}\nconfig: {config_path}\n\n"
        "checks.json   results of `gym-kiosk check`\n"
        "config.json   the config file with secrets removed (the API key is never included)\n"
        "devices.json  serial ports and what probing the configured devices found\n"
        "outbox.json   measurement delivery counts (no member data)\n"
        "versions.json software versions\n"
        "logs/         the kiosk's log files, redacted again while copied\n"
    )


def _json(value: Any) -> bytes:
    return (json.dumps(value, indent=2, ensure_ascii=False, default=str) + "\n").encode("utf-8")


def _write_zip(out_path: Path, files: dict[str, bytes]) -> None:
    """Write the zip next to its destination, owner-only, then move it into place."""
    out_path.parent.mkdir(parents=True, exist_ok=True)
    partial = out_path.with_name(f".{out_path.name}.part")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as bundle:
            for name, content in files.items():
                bundle.writestr(name, content)
        os.replace(partial, out_path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _os_release() -> str:
    try:
        return platform.freedesktop_os_release().get("PRETTY_NAME", "unknown")
    except OSError:
        return "unknown"


def _qt_version() -> str:
    """The Qt version PySide6 ships, read from its QtCore library without loading Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return "not installed"
    package = Path(next(iter(spec.submodule_search_locations)))
    names = ("Qt/lib/libQt6Core.so*", "Qt6Core.dll", "Qt/lib/QtCore.framework/Versions/A/QtCore")
    for pattern in names:
        for library in package.glob(pattern):
            version = _version_in_library(library)
            if version:
                return version
    return "unknown"


def _version_in_library(library: Path) -> str | None:
    try:
        with open(library, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as image:
            match = re.search(rb"Qt (\d+\.\d+\.\d+) \(", image)
            return bytes(match.group(1)).decode("ascii") if match else None
    except (OSError, ValueError):
        return None

