"""Slows password guessing on the admin login: a lockout per client address that doubles.

Five wrong passwords in a row from one address lock that address out for 30 s; each further
lockout doubles, up to 15 minutes, until a right password is given. The count lives in the
hub process's memory: each process of a chain counts on its own, and a restart forgets it
(argon2's cost per try still holds a guesser back). Behind a reverse proxy the address is the
one the proxy passes on (uvicorn's ``--proxy-headers`` / ``forwarded_allow_ips``).
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

MAX_FAILURES = 5
FIRST_LOCK_S = 30.0
MAX_LOCK_S = 900.0
MAX_TRACKED = 10_000  # addresses remembered; the oldest are forgotten first


@dataclass
class _Record:
    failures: int = 0
    lockouts: int = 0
    locked_until: float = 0.0


class LoginThrottle:
    """Counts wrong passwords per address and says how long an address must wait."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._records: dict[str, _Record] = {}

    def wait_seconds(self, address: str) -> float:
        """Seconds ``address`` must wait before its next try (0 when it may try now)."""
        record = self._records.get(address)
        return max(0.0, record.locked_until - self._clock()) if record else 0.0

    def failed(self, address: str) -> None:
        """A wrong password from ``address``: count it, and lock it out after the fifth in a row."""
        record = self._records.pop(address, None) or _Record()
        self._records[address] = record  # most recent last, so the oldest are forgotten first
        record.failures += 1
        if record.failures >= MAX_FAILURES:
            record.locked_until = self._clock() + min(MAX_LOCK_S, FIRST_LOCK_S * 2 ** record.lockouts)
            record.lockouts += 1
            record.failures = 0
        while len(self._records) > MAX_TRACKED:
            del self._records[next(iter(self._records))]

    def succeeded(self, address: str) -> None:
        """A right password: ``address`` starts again with a clean record."""
        self._records.pop(address, None)
