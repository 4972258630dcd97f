"""The trainer PIN: an argon2id hash in an owner-only file, and a lockout after wrong guesses.

The hash file holds one line: the argon2id hash with its random salt and cost
parameters (argon2-cffi's defaults: 64 MiB memory, 3 passes), written by
``python -m kiosk.trainer set-pin``. Like the EGYM API key file it must be
readable by its owner only. The PIN itself is never stored.

Five wrong PINs in a row lock PIN entry for 30 s; every further lockout doubles
that (up to an hour) until a right PIN is entered. The count and the lock live
in the ``trainer_pin_lock`` table, so restarting the kiosk does not reset them.
"""
from __future__ import annotations

import asyncio
import logging
import math
import os
import sqlite3
import stat
import time
from dataclasses import dataclass, replace
from enum import Enum
from functools import partial
from pathlib import Path
from typing import Callable

from argon2 import PasswordHasher, Type, extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError

from kiosk.storage import Database

log = logging.getLogger(__name__)

PIN_LENGTHS = range(4, 13)
MAX_FAILURES = 5
FIRST_LOCK_S = 30.0
MAX_LOCK_S = 3600.0


class PinSetupError(Exception):
    """The PIN hash file is missing, readable by others, or not an argon2id hash (the message says which)."""


def check_pin_format(pin: str) -> str:
    """``pin`` if it is 4 to 12 digits; ValueError otherwise."""
    if not (isinstance(pin, str) and pin.isascii() and pin.isdigit() and len(pin) in PIN_LENGTHS):
        raise ValueError(f"a trainer PIN is {PIN_LENGTHS.start} to {PIN_LENGTHS.stop - 1} digits")
    return pin


def hash_pin(pin: str, hasher: PasswordHasher | None = None) -> str:
    """A salted argon2id hash of ``pin`` (argon2-cffi's default, memory-hard cost unless ``hasher`` says otherwise)."""
    return (hasher or PasswordHasher()).hash(check_pin_format(pin))


def write_pin_file(path: Path, pin: str, hasher: PasswordHasher | None = None) -> None:
    """Store the hash of ``pin`` at ``path``, readable by its owner only, replacing any earlier PIN."""
    hashed = hash_pin(pin, hasher)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.new")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(hashed + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)


def read_pin_file(path: Path) -> str:
    """The argon2id hash stored at ``path``; PinSetupError with the fix when it cannot be used."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise PinSetupError(f"no trainer PIN is set ({path} does not exist); run: python -m kiosk.trainer set-pin") from None
    except OSError as exc:
        raise PinSetupError(f"cannot read the trainer PIN file {path}: {exc.strerror}") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise PinSetupError(
            f"the trainer PIN file {path} is readable by other users (mode {stat.S_IMODE(mode):o}); run: chmod 600 {path}"
        )
    try:
        hashed = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise PinSetupError(f"cannot read the trainer PIN file {path}: {type(exc).__name__}") from None
    try:
        is_argon2id = extract_parameters(hashed).type is Type.ID
    except InvalidHashError:
        is_argon2id = False
    if not is_argon2id:
        raise PinSetupError(f"the trainer PIN file {path} does not hold an argon2id hash; set the PIN again")
    return hashed


class PinOutcome(str, Enum):
    ACCEPTED = "accepted"
    WRONG = "wrong"  # counted; more attempts left
    LOCKED_NOW = "locked-now"  # wrong, and it used up the last attempt: entry is locked
    LOCKED = "locked"  # not checked: entry is locked
    UNAVAILABLE = "unavailable"  # no usable PIN is set up on this kiosk


@dataclass(frozen=True)
class PinCheck:
    outcome: PinOutcome
    attempts_left: int
    locked_for_s: float = 0.0


@dataclass(frozen=True)
class _LockState:
    failures: int = 0  # wrong PINs since the last lockout or right PIN
    lockouts: int = 0  # lockouts since the last right PIN
    locked_until: float = 0.0


class PinLock:
    """Checks trainer PINs and enforces the lockout; call :meth:`load` once before use.

    ``clock`` is wall-clock seconds (the lock must survive restarts). If the clock
    jumps backwards, a lock never lasts longer than its own duration from now.
    """

    def __init__(
        self,
        db: Database,
        pin_hash: str | None,
        *,
        clock: Callable[[], float] = time.time,
        max_failures: int = MAX_FAILURES,
        first_lock_s: float = FIRST_LOCK_S,
        max_lock_s: float = MAX_LOCK_S,
    ) -> None:
        if max_failures < 1 or not 0 < first_lock_s <= max_lock_s:
            raise ValueError("PinLock needs max_failures >= 1 and 0 < first_lock_s <= max_lock_s")
        self._db = db
        self._hash = pin_hash
        self._clock = clock
        self._max_failures = max_failures
        self._first_lock_s = first_lock_s
        self._max_lock_s = max_lock_s
        self._state = _LockState()
        self._checking = asyncio.Lock()

    def __repr__(self) -> str:
        return f"PinLock(available={self.available}, locked_for_s={self.locked_for_s():.0f})"

    @property
    def available(self) -> bool:
        return self._hash is not None

    @property
    def attempts_left(self) -> int:
        return 0 if self.locked_for_s() > 0 else max(0, self._max_failures - self._state.failures)

    def lock_duration_s(self, lockouts: int) -> float:
        """How long the ``lockouts``-th lockout in a row lasts."""
        if lockouts < 1:
            return 0.0
        return min(self._max_lock_s, self._first_lock_s * 2.0 ** min(lockouts - 1, 64))

    def locked_for_s(self) -> float:
        """Seconds until PIN entry opens again (0 when it is open)."""
        left = self._state.locked_until - self._clock()
        return max(0.0, min(left, self.lock_duration_s(self._state.lockouts)))

    async def load(self) -> None:
        """Read the stored failure count and lock."""
        self._state = await self._db.run(_load)

    async def check(self, pin: str) -> PinCheck:
        """Check one PIN. The attempt is counted on disk before the (slow) hash check runs."""
        async with self._checking:
            if self._hash is None:
                return PinCheck(PinOutcome.UNAVAILABLE, 0)
            if self._state.failures >= self._max_failures:  # a crash came between counting and locking
                await self._save(self._locked(self._state))
            if self.locked_for_s() > 0:
                return PinCheck(PinOutcome.LOCKED, 0, self.locked_for_s())
            await self._save(replace(self._state, failures=self._state.failures + 1))
            if await asyncio.to_thread(_verify, self._hash, str(pin)):
                await self._save(_LockState())
                return PinCheck(PinOutcome.ACCEPTED, self._max_failures)
            if self._state.failures < self._max_failures:
                return PinCheck(PinOutcome.WRONG, self.attempts_left)
            await self._save(self._locked(self._state))
            return PinCheck(PinOutcome.LOCKED_NOW, 0, self.locked_for_s())

    def _locked(self, state: _LockState) -> _LockState:
        lockouts = state.lockouts + 1
        return _LockState(0, lockouts, self._clock() + self.lock_duration_s(lockouts))

    async def _save(self, state: _LockState) -> None:
        await self._db.run(partial(_store, state=state))
        self._state = state


def _verify(pin_hash: str, pin: str) -> bool:
    try:
        return PasswordHasher().verify(pin_hash, pin)
    except VerificationError:
        return False
    except InvalidHashError:
        log.error("the trainer PIN hash cannot be used; set the PIN again")
        return False


def _load(conn: sqlite3.Connection) -> _LockState:
    row = conn.execute("SELECT failures, lockouts, locked_until FROM trainer_pin_lock WHERE id = 1").fetchone()
    if row is None:
        return _LockState()
    failures, lockouts, locked_until = row
    if not math.isfinite(locked_until):
        locked_until = 0.0
    return _LockState(max(0, failures), max(0, lockouts), locked_until)


def _store(conn: sqlite3.Connection, *, state: _LockState) -> None:
    conn.execute(
        "INSERT INTO trainer_pin_lock (id, failures, lockouts, locked_until) VALUES (1, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET failures = excluded.failures, lockouts = excluded.lockouts,"
        " locked_until = excluded.locked_until",
        (state.failures, state.lockouts, state.locked_until),
    )
