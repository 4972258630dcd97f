"""What the outbox needs to log a member in again after a restart, encrypted at rest.

Sessions live in memory, so a kiosk that restarts with queued measurements would
have to wait for each member to tap again. The vault keeps, per member, the tapped
credential and the newest refresh token known at capture time, encrypted with
Fernet (AES-128-CBC + HMAC-SHA256). The key lives in its own owner-only file,
apart from the encrypted entries and from the database, so a copied database or
vault directory alone reveals nothing. An entry is deleted as soon as the member
has no unfinished measurement left. Nothing here is ever logged in clear.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken

from hardware.events import CardCredential, CardTechnology, Credential, WalletCredential, WalletPlatform
from kiosk.logsafety import register_secret
from kiosk.models import MemberSession

log = logging.getLogger(__name__)

_SUFFIX = ".vault"


class VaultError(Exception):
    """The vault's key or directory cannot be used; the message says why (no secrets)."""


class CredentialVault:
    """Encrypted re-authentication data, one file per member under ``directory``.

    ``key_path`` holds the Fernet key (created mode 600 on first use); keep it
    outside ``directory`` and outside the database. Methods do blocking file work
    (with fsync): call them from a worker thread where latency matters.
    """

    def __init__(self, directory: str | os.PathLike[str], key_path: str | os.PathLike[str]) -> None:
        self.directory = Path(directory)
        self._key_path = Path(key_path)
        try:
            self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._fernet = Fernet(_load_or_create_key(self._key_path))
        except (OSError, ValueError) as exc:
            raise VaultError(f"the credential vault at {self.directory} cannot be used: {type(exc).__name__}") from None

    def __repr__(self) -> str:
        return f"CredentialVault({str(self.directory)!r})"

    def store(self, key: str, session: MemberSession) -> None:
        """Keep what re-authenticating ``session``'s member needs, replacing an older entry."""
        plain = json.dumps(
            {
                "key": key,
                "platform": session.platform,
                "credential": _credential_to_json(session.credential),
                "refresh_token": session.refresh_token,
                "user_id": session.user_id,
            }
        ).encode()
        _write_atomically(self._path_for(key), self._fernet.encrypt(plain))

    def load_all(self) -> dict[str, MemberSession]:
        """Every readable entry as a session whose access token must be renewed before use.

        Entries that cannot be decrypted (another key, corrupted) are skipped and deleted.
        """
        sessions: dict[str, MemberSession] = {}
        for path in sorted(self.directory.glob(f"*{_SUFFIX}")):
            try:
                data = json.loads(self._fernet.decrypt(path.read_bytes()))
                key = str(data["key"])
                session = MemberSession(
                    platform=str(data["platform"]),
                    credential=_credential_from_json(data["credential"]),
                    access_token="",
                    expires_at_ms=0,
                    refresh_token=data.get("refresh_token") or None,
                    user_id=data.get("user_id") or None,
                )
            except (OSError, InvalidToken, ValueError, KeyError, TypeError):
                log.warning("an unreadable credential vault entry was deleted")
                _unlink(path)
                continue
            register_secret(session.refresh_token)
            sessions[key] = session
        return sessions

    def purge(self, key: str) -> None:
        """Forget the entry for ``key`` (no error if there is none)."""
        _unlink(self._path_for(key))

    def _path_for(self, key: str) -> Path:
        # The file name must not reveal whose entry it is.
        return self.directory / (hashlib.sha256(key.encode()).hexdigest()[:32] + _SUFFIX)


def _load_or_create_key(path: Path) -> bytes:
    try:
        key = path.read_bytes().strip()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        key = Fernet.generate_key()
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # created meanwhile by another process: use theirs
            return path.read_bytes().strip()
        with os.fdopen(descriptor, "wb") as file:
            file.write(key)
            file.flush()
            os.fsync(file.fileno())
        return key
    if path.stat().st_mode & 0o077:
        raise ValueError("the vault key file is readable by others")
    return key


def _write_atomically(path: Path, data: bytes) -> None:
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        _unlink(Path(temporary))
        raise
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _credential_to_json(credential: Credential) -> dict[str, Any]:
    if isinstance(credential, CardCredential):
        return {"card": credential.uid.hex(), "technology": credential.technology.value, "reader": credential.reader_id}
    return {"wallet": credential.payload, "platform": credential.platform.value, "reader": credential.reader_id}


def _credential_from_json(data: dict[str, Any]) -> Credential:
    if "card" in data:
        return CardCredential(bytes.fromhex(data["card"]), CardTechnology(data["technology"]), str(data["reader"]))
    return WalletCredential(str(data["wallet"]), WalletPlatform(data["platform"]), str(data["reader"]))
