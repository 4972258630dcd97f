"""Encryption at rest for what the store keeps of a member: tapped credentials and platform tokens.

Fernet (AES-128-CBC + HMAC-SHA256) with the hub's key file (``hub.key`` beside the config,
created mode 600 on first start by :func:`kiosk.site_secrets.load_or_create`), so a copy
of the database alone reveals no card number and no token.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken

from kiosk.site_secrets import load_or_create

KEY_WHAT = "hub key (it encrypts members' tokens in the hub's store)"


class UnreadableSeal(ValueError):
    """A sealed record that this hub key cannot open: sealed under another key (hub.key replaced) or altered."""


class Sealer:
    """Seals JSON documents into Fernet tokens and opens them again."""

    def __init__(self, key: bytes) -> None:
        self._fernet = Fernet(key)

    @classmethod
    def from_key_file(cls, path: Path) -> "Sealer":
        """The sealer for the key in ``path``; the key is created owner-only the first time."""
        return cls(load_or_create(path, KEY_WHAT, Fernet.generate_key))

    def seal(self, document: Any) -> str:
        return self._fernet.encrypt(json.dumps(document, separators=(",", ":")).encode("utf-8")).decode("ascii")

    def open(self, token: str) -> Any:
        """The document sealed in ``token``; :class:`UnreadableSeal` when it was sealed with another key or altered."""
        try:
            return json.loads(self._fernet.decrypt(token.encode("ascii")))
        except (InvalidToken, ValueError):
            raise UnreadableSeal("a sealed record cannot be opened with this hub key (was hub.key replaced?)") from None
