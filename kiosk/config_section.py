"""Typed access to one TOML table, with errors that name the key and the problem."""
from __future__ import annotations

import ipaddress
import math
import os
import stat
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urlparse


class ConfigError(ValueError):
    """A configuration value is missing or wrong. ``key`` is the dotted TOML path."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"{key}: {problem}")
        self.key = key
        self.problem = problem


_MISSING: Any = object()


class Section:
    """One TOML table. Every getter records the key as known, so typos can be reported."""

    def __init__(self, data: dict[str, Any], path: str = "") -> None:
        if not isinstance(data, dict):
            raise ConfigError(path or "(top level)", "must be a table")
        self._data = data
        self._path = path
        self._seen: set[str] = set()

    def key(self, name: str) -> str:
        """The dotted path of ``name`` in this table, for messages."""
        return f"{self._path}.{name}" if self._path else name

    def has(self, name: str) -> bool:
        return name in self._data

    def _get(self, name: str, default: Any) -> Any:
        self._seen.add(name)
        if name in self._data:
            return self._data[name]
        if default is _MISSING:
            raise ConfigError(self.key(name), "is required but missing")
        return default

    def str(self, name: str, default: Any = _MISSING, choices: Iterable[str] | None = None) -> Any:
        value = self._get(name, default)
        if value is default and default is not _MISSING:
            return value
        if not isinstance(value, str):
            raise ConfigError(self.key(name), f"must be text, got {type(value).__name__}")
        if choices is not None:
            allowed = list(choices)
            if value not in allowed:
                raise ConfigError(self.key(name), f"must be one of {', '.join(allowed)}; got {value!r}")
        return value

    def int(self, name: str, default: Any = _MISSING, minimum: int | None = None, maximum: int | None = None) -> Any:
        value = self._get(name, default)
        if value is default and default is not _MISSING:
            return value
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(self.key(name), f"must be a whole number, got {value!r}")
        self._check_range(name, value, minimum, maximum)
        return value

    def float(self, name: str, default: Any = _MISSING, minimum: float | None = None, maximum: float | None = None) -> Any:
        value = self._get(name, default)
        if value is default and default is not _MISSING:
            return value
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(self.key(name), f"must be a number, got {value!r}")
        if not math.isfinite(value):
            raise ConfigError(self.key(name), f"must be a finite number{_bounds(minimum, maximum)}, got {value}")
        self._check_range(name, value, minimum, maximum)
        return float(value)

    def bool(self, name: str, default: Any = _MISSING) -> Any:
        value = self._get(name, default)
        if not isinstance(value, bool):
            raise ConfigError(self.key(name), f"must be true or false, got {value!r}")
        return value

    def url(self, name: str, default: Any = _MISSING) -> Any:
        """An https URL; plain http only to this machine (a local sandbox), where nothing can listen in."""
        value = self.str(name, default)
        parsed = urlparse(value)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ConfigError(self.key(name), f"must be an http(s) URL such as https://host, got {value!r}")
        if parsed.scheme == "http" and not is_loopback(parsed.hostname):
            raise ConfigError(
                self.key(name),
                f"plain http:// to {parsed.hostname} would send the API key and members' tokens unencrypted; "
                "use https:// (http:// is allowed only for 127.0.0.1, ::1 or localhost)",
            )
        return value.rstrip("/")

    def file(self, name: str, default: Any = _MISSING, *, what: str = "file") -> Any:
        """The path of an existing regular file this user can read (``what`` names it in messages)."""
        value = self.str(name, default)
        if value is default and default is not _MISSING:
            return value
        path = Path(value)
        fix = f"point {self.key(name)} at the {what}, or remove the setting"
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            raise ConfigError(self.key(name), f"{path} does not exist; {fix}") from None
        except OSError as error:
            raise ConfigError(self.key(name), f"cannot look at {path} ({error.strerror}); {fix}") from None
        if not stat.S_ISREG(mode):
            raise ConfigError(self.key(name), f"{path} is not a plain file; {fix}")
        if not os.access(path, os.R_OK):
            raise ConfigError(self.key(name), f"{path} cannot be read by this user; make it readable, or {fix}")
        return value

    def str_list(self, name: str, default: Any = _MISSING) -> Any:
        value = self._get(name, default)
        if value is default and default is not _MISSING:
            return value
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ConfigError(self.key(name), f"must be a list of non-empty texts, got {value!r}")
        return value

    def table(self, name: str, required: bool = False) -> "Section":
        value = self._get(name, _MISSING if required else {})
        return Section(value, self.key(name))

    def tables(self, name: str) -> list["Section"]:
        """An array of tables (``[[name]]``)."""
        value = self._get(name, [])
        if not isinstance(value, list):
            raise ConfigError(self.key(name), "must be an array of tables ([[...]])")
        return [Section(item, f"{self.key(name)}[{i}]") for i, item in enumerate(value)]

    def raw(self) -> dict[str, Any]:
        """The whole table, marking every key as known. Numbers in it must be finite (no nan or inf)."""
        self._seen.update(self._data)
        _reject_non_finite(self._data, self._path)
        return dict(self._data)

    def reject_unknown(self) -> None:
        """Raise for keys nobody asked for: almost always a typo."""
        unknown = sorted(set(self._data) - self._seen)
        if unknown:
            raise ConfigError(self.key(unknown[0]), "is not a known setting (check the spelling)")

    def _check_range(self, name: str, value: float, minimum: float | None, maximum: float | None) -> None:
        if minimum is not None and value < minimum:
            raise ConfigError(self.key(name), f"must be at least {minimum}, got {value}")
        if maximum is not None and value > maximum:
            raise ConfigError(self.key(name), f"must be at most {maximum}, got {value}")


def is_loopback(host: str) -> bool:
    """True for localhost and the loopback addresses (127.0.0.0/8, ::1): http:// to them never leaves the machine."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _bounds(minimum: float | None, maximum: float | None) -> str:
    if minimum is not None and maximum is not None:
        return f" between {minimum} and {maximum}"
    if minimum is not None:
        return f" of at least {minimum}"
    if maximum is not None:
        return f" of at most {maximum}"
    return ""


def _reject_non_finite(value: Any, path: str) -> None:
    """Raise for nan or inf anywhere in ``value``: no setting means "not a number" or "forever"."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ConfigError(path, f"must be a finite number, got {value}")
    if isinstance(value, dict):
        for key, item in value.items():
            _reject_non_finite(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _reject_non_finite(item, f"{path}[{index}]")
