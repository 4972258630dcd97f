"""The admin login's secret file: the argon2id hash of the admin password and the session-signing key.

``gym-kiosk hub admin-password --config hub.toml`` writes it beside the hub's config
(``admin-password``, owner-only, like every secret file of the hub). It holds two lines of TOML:

    hash = "$argon2id$v=19$m=65536,t=3,p=4$…"
    session_key = "<64 hex digits>"

The password itself is never stored. A new session key is drawn every time the password is
set, so changing the password logs every open admin session out. Hub processes of a chain
read the same file (copied to each machine, or a mounted secret), so a session opened on
one process is honoured by the others.
"""
from __future__ import annotations

import os
import secrets
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_PASSWORD_LENGTH = 12
FILE_NAME = "admin-password"


class AdminCredentialsError(Exception):
    """The admin password file is missing, readable by others or malformed; the message says how to fix it."""


@dataclass(frozen=True)
class AdminCredentials:
    """What the login needs: the password hash, and the key that signs session cookies."""

    password_hash: str
    session_key: str = field(repr=False)

    def verify(self, password: str, hasher: PasswordHasher | None = None) -> bool:
        """True when ``password`` matches the stored hash (constant-time inside argon2)."""
        try:
            return (hasher or PasswordHasher()).verify(self.password_hash, password)
        except (VerificationError, InvalidHashError):
            return False


def check_password_strength(password: str) -> str:
    """``password`` if it is long enough to stand against guessing; ValueError with the rule otherwise."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"the admin password must be at least {MIN_PASSWORD_LENGTH} characters long")
    return password


def write_credentials(path: Path, password: str, hasher: PasswordHasher | None = None) -> AdminCredentials:
    """Hash ``password`` and store it with a fresh session key at ``path``, owner-only, replacing the old file."""
    credentials = AdminCredentials(
        password_hash=(hasher or PasswordHasher()).hash(check_password_strength(password)),
        session_key=secrets.token_hex(32),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.new")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(f'hash = "{credentials.password_hash}"\nsession_key = "{credentials.session_key}"\n')
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)
    return credentials


def read_credentials(path: Path) -> AdminCredentials:
    """The credentials stored at ``path``; AdminCredentialsError naming the fix when they cannot be used."""
    setter = f"gym-kiosk hub admin-password --config {path.with_name('hub.toml')}"
    try:
        mode = path.stat().st_mode
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        raise AdminCredentialsError(f"no admin password is set ({path} does not exist); run: {setter}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise AdminCredentialsError(f"cannot read the admin password file {path}: {exc}") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise AdminCredentialsError(
            f"the admin password file {path} is readable by other users (mode {stat.S_IMODE(mode):o}); run: chmod 600 {path}"
        )
    try:
        values = tomllib.loads(text)
        password_hash, session_key = values["hash"], values["session_key"]
    except (tomllib.TOMLDecodeError, KeyError):
        raise AdminCredentialsError(f"the admin password file {path} is damaged; set the password again: {setter}") from None
    if not (isinstance(password_hash, str) and password_hash.startswith("$argon2id$")
            and isinstance(session_key, str) and len(session_key) >= 32):
        raise AdminCredentialsError(f"the admin password file {path} is damaged; set the password again: {setter}")
    return AdminCredentials(password_hash=password_hash, session_key=session_key)
