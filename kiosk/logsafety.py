"""Keeping secrets and personal data out of everything the kiosk writes to its logs.

Parts that learn a secret (API key, tokens) or personal value (card UID renderings,
wallet payloads, member names) register it here; a logging filter on every handler
replaces registered values, and anything shaped like a bearer token, before a
record is formatted. Only the most recent values are kept (the API key is registered at
every start), so a kiosk running for months does not accumulate every member's data.
"""
from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict

MASK = "«redacted»"
_BEARER = re.compile(r"(?i)(bearer\s+|x-api-key[\"':=\s]+)[A-Za-z0-9._~+/=-]{6,}")


class _Registry:
    """The values to mask: the most recent ``capacity`` of them, so it cannot grow without bound."""

    def __init__(self, capacity: int = 2000) -> None:
        self._lock = threading.Lock()
        self._values: OrderedDict[str, None] = OrderedDict()
        self._capacity = capacity

    def add(self, value: str) -> None:
        if value and len(value) >= 3:
            with self._lock:
                self._values[value] = None
                self._values.move_to_end(value)
                while len(self._values) > self._capacity:
                    self._values.popitem(last=False)

    def discard(self, value: str) -> None:
        with self._lock:
            self._values.pop(value, None)

    def scrub(self, text: str) -> str:
        with self._lock:
            values = sorted(self._values, key=len, reverse=True)
        for value in values:
            if value in text:
                text = text.replace(value, MASK)
        return _BEARER.sub(lambda m: m.group(1) + MASK, text)


_registry = _Registry()


def register_secret(*values: str | None) -> None:
    """Never let these values reach a log line."""
    for value in values:
        if value:
            _registry.add(str(value))


def forget_secret(*values: str | None) -> None:
    """The value is no longer in use (its session ended)."""
    for value in values:
        if value:
            _registry.discard(str(value))


def scrub(text: str) -> str:
    """``text`` with every registered value masked."""
    return _registry.scrub(text)


class RedactingFilter(logging.Filter):
    """Masks registered values in the message, its arguments and any traceback text."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        record.exc_info = record.exc_info if not record.exc_text else None
        return True


def install(level: int = logging.INFO, stream=None) -> logging.Handler:
    """Configure root logging with the redacting filter on its handler."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    return handler
