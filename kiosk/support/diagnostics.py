"""``gym-kiosk diagnostics``: one .zip a site can send to support, free of secrets and personal data.

The bundle holds the kiosk's log files, the config with every secret removed,
software versions, the serial ports and what probing the configured devices
found, outbox counts, and the results of ``gym-kiosk check``.

Every file in the bundle (logs, config, check results, device probes and
counters, outbox counts, versions) passes the same redaction while it is
written, whatever it holds (an old log file, or a line written before a value
was registered): :func:`kiosk.logsafety.scrub` (registered values, e-mail
addresses, dates, tokens and secret-named fields), the platforms' API keys, the
member labels and user ids the database knows, and card-UID-like hex and
decimal numbers. Each platform contributes the secrets to mask (EGYM: its API key,
from wherever it can be found, even for a config that does not load). The database is opened read-only and contributes counts only.
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
from kiosk.cloud.registry import PLATFORMS
from kiosk.config.loader import (
    KioskConfig,
    default_config_path,
    default_data_dir,
    parse_config,
    placeholder_secrets,
)
from kiosk.config_section import ConfigError
from kiosk.logsafety import MASK, ValueMasker, scrub
from kiosk.runtime.devices import DEVICE_COUNTERS
from kiosk.runtime.logfile import log_directory, log_files
from kiosk.support.check import CheckResult, run_checks

REMOVED = "«removed»"
PACKAGES = (
    "gym-kiosk", "PySide6-Essentials", "PySide6-Addons", "qasync", "httpx", "httpcore", "nfcpy", "pyserial",
    "starlette", "uvicorn", "cryptography",
)
_SECRET_NAME = re.compile(r"(?i)api_?key|secret|token|passw|credential|private")
_PERSONAL_LIST_NAMES = frozenset({"cards"})  # simulated card UIDs: UIDs are personal data
_BLOCK_LINES = 200  # log files are redacted a block of lines at a time: fast, with small position maps

_CARD_UID_SHAPES = re.compile(
    r"(?<![\w:-])(?:[0-9A-Fa-f]{20}|[0-9A-Fa-f]{14}|[0-9A-Fa-f]{8}|[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){3,9})(?![\w:-])"
    r"|(?<![\w.:-])\d{9,10}(?![\w.:])"
)


class Redactor:
    """Masks known values, card-number shapes and everything :func:`kiosk.logsafety.scrub` masks."""

    def __init__(self, values: Iterable[str | None] = (), names: Iterable[str | None] = ()) -> None:
        self._known = ValueMasker()
        for value in values:
            if value:
                self._known.add_secret(value)
        for name in names:
            if name:
                self._known.add_name(name)

    def redact(self, text: str) -> str:
        """``text`` with known values and everything shaped like personal data, a secret or a card number masked."""
        lines = text.splitlines(keepends=True)
        return "".join(self._block("".join(lines[i : i + _BLOCK_LINES])) for i in range(0, len(lines), _BLOCK_LINES))

    def redact_data(self, data: Any) -> Any:
        """A copy of JSON-like ``data`` with every string (keys too) redacted; numbers and booleans as they are."""
        if isinstance(data, dict):
            return {self.redact(str(key)): self.redact_data(value) for key, value in data.items()}
        if isinstance(data, (list, tuple)):
            return [self.redact_data(item) for item in data]
        return self.redact(data) if isinstance(data, str) else data

    def _block(self, text: str) -> str:
        return _CARD_UID_SHAPES.sub(MASK, self._known.mask(scrub(text)))


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

    ``log_dir`` defaults to the kiosk's log folder beside its database; ``checks`` reuses results
    the caller already has instead of running ``gym-kiosk check`` again.
    """
    config_path = Path(config_path) if config_path is not None else default_config_path()
    out_path = Path(out_path)
    if out_path.is_dir():
        out_path = out_path / f"gym-kiosk-diagnostics-{datetime.now():%Y%m%d-%H%M%S}.zip"
    site = _SiteFacts.gather(config_path)
    if checks is None:
        checks = run_checks(config_path, listen_s=listen_s, answer_s=answer_s)
    redactor = Redactor([*site.secrets, *site.user_ids], site.member_labels)
    documents: dict[str, Any] = {
        "versions.json": collect_versions(),
        "checks.json": [_check_entry(result) for result in checks],
        "devices.json": _devices(site.config, checks),
        "outbox.json": site.outbox,
        "config.json": site.redacted_config(),
    }
    files = {"README.txt": redactor.redact(_readme(config_path)).encode("utf-8")}
    files.update({name: _json(redactor.redact_data(document)) for name, document in documents.items()})
    counters = site.device_counters_path()
    if counters is not None and counters.exists():
        files["device-counters.json"] = _redacted_json_file(counters.read_bytes(), redactor)
    for path in log_files(log_dir if log_dir is not None else site.log_dir()):
        text = path.read_bytes().decode("utf-8", errors="replace")
        files[f"logs/{path.name}"] = redactor.redact(text).encode("utf-8")
    _write_zip(out_path, files)
    return out_path


def redact_config(data: Any, name: str = "") -> Any:
    """A copy of a parsed TOML document with secret-named values and personal lists removed.

    What remains is redacted with every other file of the bundle.
    """
    if name and _SECRET_NAME.search(name):
        return REMOVED
    if isinstance(data, dict):
        return {key: redact_config(value, str(key)) for key, value in data.items()}
    if isinstance(data, list):
        if name in _PERSONAL_LIST_NAMES:
            return [REMOVED for _ in data]
        return [redact_config(item) for item in data]
    if isinstance(data, (str, int, float, bool)):
        return data
    return str(data)  # TOML dates and times: as text, so the redaction sees them


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
        self.secrets: list[str] = []
        self.member_labels: list[str] = []
        self.user_ids: list[str] = []
        self.outbox: dict[str, Any] = {}

    def log_dir(self) -> Path:
        """Where the running kiosk writes its logs: beside its database, whoever runs diagnostics."""
        return log_directory(self.config.storage.database if self.config else default_data_dir() / "kiosk.sqlite3")

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
        facts.member_labels, facts.user_ids = _personal_values(database)
        return facts

    def _load(self, config_path: Path) -> None:
        assert self.raw is not None
        for cloud in PLATFORMS:
            table = self.raw.get(cloud.name)
            if isinstance(table, dict):
                self.secrets.extend(cloud.masked_in_diagnostics(table, config_path))
        try:
            self.config = parse_config(self.raw, source=config_path, secrets=placeholder_secrets())
        except ConfigError as error:
            self.config_problem = f"the config is not valid: {error}"

    def redacted_config(self) -> dict[str, Any]:
        if self.raw is None:
            return {"included": False, "reason": self.config_problem}
        document: dict[str, Any] = {"included": True, "config": redact_config(self.raw)}
        if self.config_problem:
            document["problem"] = self.config_problem
        return document


def _personal_values(database: Path) -> tuple[list[str], list[str]]:
    """Member labels and user ids stored in the database, to mask in every file of the bundle."""
    if not database.exists():
        return [], []
    uri = f"file:{quote(str(database))}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=5.0)) as connection:
            try:
                rows = connection.execute("SELECT member_label, NULL FROM measurements UNION"
                                          " SELECT NULL, account_id FROM member_accounts").fetchall()
            except sqlite3.OperationalError:  # a database the kiosk has not upgraded yet: ids with each result
                rows = connection.execute("SELECT DISTINCT member_label, user_id FROM measurements").fetchall()
    except sqlite3.Error:
        return [], []
    return [str(label) for label, _ in rows if label], [str(user_id) for _, user_id in rows if user_id]


def _redacted_json_file(content: bytes, redactor: Redactor) -> bytes:
    """A JSON file the kiosk wrote, redacted value by value (as text if it is not valid JSON)."""
    try:
        return _json(redactor.redact_data(json.loads(content)))
    except (ValueError, UnicodeDecodeError):
        return redactor.redact(content.decode("utf-8", errors="replace")).encode("utf-8")


def _check_entry(result: CheckResult) -> dict[str, Any]:
    return {"name": result.name, "ok": result.ok, "detail": result.detail}


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

