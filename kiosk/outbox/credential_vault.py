"""What the outbox needs to log a member in again after a restart, encrypted at rest.

Sessions live in memory, so a kiosk that restarts with queued measurements would
have to wait for each member to tap again. The vault keeps, per member and destination,
the tapped credential and that destination's own refresh token known at capture time
(none for a platform that did not log the member in: it logs in from the credential),
sealed with
libsodium's secret box (XSalsa20-Poly1305, through PyNaCl: a small binding, where
``cryptography``'s would cost the kiosk 7 MiB of memory). Entries an older version
sealed with Fernet are still read, and sealed again the new way. The key lives where the config's secrets live
(see :mod:`kiosk.site_secrets`), never in the data folder with the entries and the
database, so a copy of the data folder alone reveals nothing; entry files are named
with an HMAC under that key, so not even whose entry a file is. Entries are deleted
as soon as the member has no unfinished measurement left. Nothing here is ever
logged in clear.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from nacl.exceptions import CryptoError
from nacl.secret import SecretBox

from hardware.events import CardCredential, CardTechnology, Credential, WalletCredential, WalletPlatform
from kiosk.config_section import ConfigError
from kiosk.logsafety import register_secret
from kiosk.models import MemberSession
from kiosk.site_secrets import VAULT_KEY_NAME, SecretFileError, load_or_create, secret_path, write_new

log = logging.getLogger(__name__)

_SUFFIX = ".vault"
_KEY_WHAT = "credential vault key"
_ENTRY_NAME = b"gym-kiosk vault entry name\x00"
_SEALED = b"box1."  # an entry sealed with the secret box; anything else is an older version's Fernet token
_BOX_PERSON = b"gk-vault-box"  # domain separation: the box key is derived from the key file, never used as is


def new_vault_key() -> bytes:
    """A fresh key file's content: 32 random bytes, URL-safe base64 (the format older versions wrote too)."""
    return base64.urlsafe_b64encode(os.urandom(32))


class _Sealer:
    """Seals entries under the vault key, and opens those sealed by this version or (Fernet) an older one."""

    def __init__(self, key: bytes) -> None:
        try:
            raw = base64.urlsafe_b64decode(key)
        except (binascii.Error, ValueError):
            raise ValueError("not a vault key") from None
        if len(raw) != 32:
            raise ValueError("not a vault key")
        self._key = key
        self._box = SecretBox(hashlib.blake2b(raw, digest_size=32, person=_BOX_PERSON).digest())

    def seal(self, plain: bytes) -> bytes:
        return _SEALED + bytes(self._box.encrypt(plain))

    def open(self, sealed: bytes) -> bytes:
        """The plain entry; ValueError when this key did not seal it or it was altered."""
        if sealed.startswith(_SEALED):
            try:
                return self._box.decrypt(sealed[len(_SEALED):])
            except CryptoError:
                raise ValueError("not sealed under this key") from None
        return _open_older_entry(self._key, sealed)


def _open_older_entry(key: bytes, token: bytes) -> bytes:
    """An entry an older version sealed with Fernet under ``key`` (``cryptography`` loaded only for these)."""
    from cryptography.fernet import Fernet, InvalidToken

    try:
        return Fernet(key).decrypt(token)
    except (InvalidToken, ValueError):
        raise ValueError("not sealed under this key") from None


class VaultError(ConfigError):
    """The vault's folder or key cannot be used; the message names the file and the fix (no secrets)."""


class CredentialVault:
    """Encrypted re-authentication data, one file per member and destination under ``directory``.

    A member is named by the outbox's session owner (``member:<member key>``); an entry
    an older version wrote, one per member for every destination, loads as the entry of
    the platform that issued its tokens, under its old name (``user:<EGYM user id>``).

    ``key_path`` holds the Fernet key (created mode 600 on first use); keep it
    outside ``directory`` and outside the database. A key an older version kept
    at ``legacy_key_path`` (in the data folder) is moved to ``key_path``, so its
    entries stay readable. Methods do blocking file work (with fsync): call them
    from a worker thread where latency matters.
    """

    def __init__(
        self,
        directory: str | os.PathLike[str],
        key_path: str | os.PathLike[str],
        *,
        legacy_key_path: str | os.PathLike[str] | None = None,
    ) -> None:
        self.directory = Path(directory)
        self._key_path = Path(key_path)
        try:
            self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            problem = f"the credential vault's folder cannot be created: {exc.strerror}"
            raise VaultError(str(self.directory), problem) from None
        legacy = Path(legacy_key_path) if legacy_key_path is not None else None
        older_key = _adopt_legacy_key(legacy, self._key_path)
        key = load_or_create(self._key_path, _KEY_WHAT, new_vault_key)
        try:
            self._sealer = _Sealer(key)
        except ValueError:
            problem = f"this file does not hold a {_KEY_WHAT}; move it away and restart to create a new one"
            raise VaultError(str(self._key_path), problem) from None
        self._name_key = hmac.new(key, _ENTRY_NAME, hashlib.sha256).digest()
        if older_key is not None and legacy is not None:
            self._reencrypt(older_key)
            _unlink(legacy)

    def __repr__(self) -> str:
        return f"CredentialVault({str(self.directory)!r})"

    def store(self, member: str, destination: str, session: MemberSession) -> None:
        """Keep what ``destination`` needs to log ``member`` in again, replacing an older entry."""
        plain = json.dumps(
            {
                "member": member,
                "destination": destination,
                "platform": session.platform,
                "credential": _credential_to_json(session.credential),
                "refresh_token": session.refresh_token,
            }
        ).encode()
        _write_atomically(self._path_for(member, destination), self._sealer.seal(plain))

    def load_all(self) -> dict[tuple[str, str], MemberSession]:
        """Every readable entry, by (member, destination), as a session whose access token must be renewed.

        Entries that cannot be decrypted (another key, corrupted) are skipped and deleted;
        entries with an older name (a plain hash, or one per member) get their keyed name.
        """
        sessions: dict[tuple[str, str], MemberSession] = {}
        for path in sorted(self.directory.glob(f"*{_SUFFIX}")):
            try:
                sealed = path.read_bytes()
                data = json.loads(self._sealer.open(sealed))
                platform = str(data["platform"])
                member = str(data["member"] if "member" in data else data["key"])  # "key": an older version's
                destination = str(data.get("destination", platform))
                session = MemberSession(
                    platform=platform,
                    credential=_credential_from_json(data["credential"]),
                    access_token="",
                    expires_at_ms=0,
                    refresh_token=data.get("refresh_token") or None,
                    user_id=data.get("user_id") or None,
                )
            except (OSError, ValueError, KeyError, TypeError):
                log.warning("an unreadable credential vault entry was deleted")
                _unlink(path)
                continue
            register_secret(session.refresh_token)
            sessions[(member, destination)] = session
            if path != self._path_for(member, destination):
                _rename(path, self._path_for(member, destination))
            if not sealed.startswith(_SEALED):  # an older version's entry: sealed again the current way
                self.store(member, destination, session)
        return sessions

    def purge(self, member: str, destination: str) -> None:
        """Forget the entry for ``member`` at ``destination`` (no error if there is none)."""
        _unlink(self._path_for(member, destination))

    def _path_for(self, member: str, destination: str) -> Path:
        # Keyed, so the name does not reveal whose entry it is, even to someone who knows the member keys.
        name = f"{member}\x00{destination}".encode()
        return self.directory / (hmac.new(self._name_key, name, hashlib.sha256).hexdigest()[:32] + _SUFFIX)

    def _reencrypt(self, older_key: bytes) -> None:
        """Entries written under the key of an older location, encrypted again under this one."""
        try:
            older = _Sealer(older_key)
        except ValueError:
            return  # not a key: nothing was readable with it anyway
        for path in self.directory.glob(f"*{_SUFFIX}"):
            try:
                _write_atomically(path, self._sealer.seal(older.open(path.read_bytes())))
            except (OSError, ValueError):
                pass  # load_all deletes what stays unreadable


def kiosk_vault(data_dir: Path, secrets_dir: Path) -> CredentialVault:
    """The kiosk's vault: entries in ``data_dir/vault``, the key in ``secrets_dir`` (or systemd's credentials).

    A key an older version kept in ``data_dir`` is moved to its new place first.
    Raises :class:`~kiosk.config_section.ConfigError` (one line, with the fix) when the key cannot be used.
    """
    return CredentialVault(
        data_dir / "vault", secret_path(VAULT_KEY_NAME, secrets_dir), legacy_key_path=data_dir / VAULT_KEY_NAME
    )


def _adopt_legacy_key(legacy: Path | None, key_path: Path) -> bytes | None:
    """Move the key an older version kept in the data folder to ``key_path``.

    Returns the old key when ``key_path`` already holds one (its entries are then
    encrypted again under the new key); None when there was nothing to do or it moved.
    """
    if legacy is None or legacy == key_path or not legacy.is_file():
        return None
    try:
        older = legacy.read_bytes().strip()
    except OSError as exc:
        raise VaultError(str(legacy), f"an older version's {_KEY_WHAT} cannot be read: {exc.strerror}") from None
    if key_path.exists():
        return older
    try:
        write_new(key_path, older)
    except FileExistsError:
        return older
    except OSError as exc:
        raise SecretFileError(
            key_path,
            f"the {_KEY_WHAT} must move here out of the data folder, but cannot be written ({exc.strerror}); "
            f"run as root: mv {legacy} {key_path}",
        ) from None
    _unlink(legacy)
    log.info("moved the credential vault key out of the data folder, beside the config")
    return None


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


def _rename(path: Path, target: Path) -> None:
    try:
        os.replace(path, target)
    except OSError as exc:
        log.warning("could not rename a credential vault entry (%s)", type(exc).__name__)


def _credential_to_json(credential: Credential) -> dict[str, Any]:
    if isinstance(credential, CardCredential):
        return {"card": credential.uid.hex(), "technology": credential.technology.value, "reader": credential.reader_id}
    return {"wallet": credential.payload, "platform": credential.platform.value, "reader": credential.reader_id}


def _credential_from_json(data: dict[str, Any]) -> Credential:
    if "card" in data:
        return CardCredential(bytes.fromhex(data["card"]), CardTechnology(data["technology"]), str(data["reader"]))
    return WalletCredential(str(data["wallet"]), WalletPlatform(data["platform"]), str(data["reader"]))
