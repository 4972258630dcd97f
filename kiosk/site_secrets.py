"""The kiosk's own secrets (the vault key, the site secret), kept where the config's secrets live.

An installer keeps the EGYM API key and the trainer PIN hash beside the config
file (``/etc/gym-kiosk``), owner-only. The kiosk's generated secrets live there
too, never in the data folder, so a copy of the data folder (database, vault
entries, logs) alone reveals nothing. Under systemd a unit may hand them over as
credentials instead (``LoadCredential=vault.key:...``): a file of that name in
``$CREDENTIALS_DIRECTORY`` wins. A secret that does not exist yet is generated
once, mode 600; one that others can read is refused with the fix in the message.
"""
from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path
from typing import Callable, Mapping

from kiosk.config_section import ConfigError

CREDENTIALS_ENV = "CREDENTIALS_DIRECTORY"
VAULT_KEY_NAME = "vault.key"
SITE_SECRET_NAME = "site-secret"


class SecretFileError(ConfigError):
    """A secret file cannot be used; the message names the file and what to do (never its content)."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(str(path), problem)
        self.path = path


def secrets_dir(config_source: Path | None, fallback: Path) -> Path:
    """Where the config's secrets live: beside the config file (``fallback`` for a config built in code)."""
    return config_source.parent if config_source is not None else fallback


def secret_path(name: str, directory: Path, environ: Mapping[str, str] = os.environ) -> Path:
    """``$CREDENTIALS_DIRECTORY/name`` when systemd passes that credential, else ``directory/name``."""
    credentials = environ.get(CREDENTIALS_ENV, "")
    if credentials and (Path(credentials) / name).is_file():
        return Path(credentials) / name
    return directory / name


def load_or_create(path: Path, what: str, generate: Callable[[], bytes]) -> bytes:
    """The secret stored at ``path``; created owner-only from ``generate()`` the first time.

    Raises :class:`SecretFileError` when it is not a file, others may read it, it
    cannot be read, or it cannot be created.
    """
    if not os.path.lexists(path):
        return _create(path, what, generate())
    problem = inspect(path, what)
    if problem:
        raise SecretFileError(path, problem)
    try:
        value = path.read_bytes().strip()
    except OSError as exc:
        raise SecretFileError(
            path, f"cannot read the {what}: {exc.strerror or type(exc).__name__}; it must belong to the kiosk's user"
        ) from None
    if not value:
        raise SecretFileError(path, f"the {what} is empty; delete the file and restart to create a new one")
    return value


def inspect(path: Path, what: str) -> str | None:
    """What is wrong with the existing secret file at ``path``, with the fix; None if nothing (or it is missing)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"cannot read the {what}: {exc.strerror or type(exc).__name__}"
    if not stat.S_ISREG(info.st_mode):
        return f"the {what} must be a file; move this away and restart to create a new one"
    mode = stat.S_IMODE(info.st_mode)
    if mode & 0o077:
        return f"the {what} is readable by other users (mode {mode:o}); run: chmod 600 {path}"
    return None


def new_site_secret() -> bytes:
    """256 random bits as hex: the key of the site's HMAC labels (trainer cards in the audit log)."""
    return secrets.token_hex(32).encode("ascii")


def write_new(path: Path, value: bytes) -> None:
    """Write ``value`` to ``path``, which must not exist yet, mode 600, flushed to disk."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(value + b"\n")
        file.flush()
        os.fsync(file.fileno())


def _create(path: Path, what: str, value: bytes) -> bytes:
    try:
        write_new(path, value)
    except FileExistsError:  # created meanwhile by another process: use theirs
        return load_or_create(path, what, lambda: value)
    except OSError as exc:
        raise SecretFileError(
            path,
            f"the {what} does not exist and cannot be created ({exc.strerror or type(exc).__name__}); "
            f"run as root: dpkg-reconfigure gym-kiosk (or let the kiosk's user write to {path.parent} once)",
        ) from None
    return value
