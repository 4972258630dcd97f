"""Recognising a trainer's card, and naming a trainer in the audit log without their UID."""
from __future__ import annotations

import hashlib
import hmac
from typing import Iterable

from hardware.events import CardCredential, Credential

PIN_ACTOR = "pin"
_ACTOR_HASH_CHARS = 8
_ACTOR_SALT = b"gym-kiosk trainer card\x00"


def parse_card_uid(text: str) -> bytes:
    """A card UID written as hex ("046E3A125B8090", "04:6e:3a:12") as bytes; ValueError if it is not one."""
    cleaned = "".join(ch for ch in text if ch not in " :-")
    try:
        uid = bytes.fromhex(cleaned)
    except ValueError:
        raise ValueError("a card UID must be hex text such as \"046E3A125B8090\"") from None
    if not 1 <= len(uid) <= 16:
        raise ValueError(f"a card UID has 1 to 16 bytes, this one has {len(uid)}")
    return uid


def card_actor(uid: bytes) -> str:
    """How the audit log names the holder of ``uid``: "card" and a short hash, never the UID itself."""
    digest = hashlib.sha256(_ACTOR_SALT + uid).hexdigest()
    return f"card {digest[:_ACTOR_HASH_CHARS]}"


class TrainerCards:
    """The allow-list of trainer cards from the config, compared byte for byte."""

    def __init__(self, uids: Iterable[bytes]) -> None:
        self._uids = tuple(bytes(uid) for uid in uids)

    def __len__(self) -> int:
        return len(self._uids)

    def __repr__(self) -> str:
        return f"TrainerCards({len(self._uids)} cards)"

    def matches(self, credential: Credential) -> bool:
        """True when ``credential`` is a card on the allow-list (phones never are)."""
        if not isinstance(credential, CardCredential):
            return False
        # compare_digest on every entry: the time taken does not reveal which bytes matched.
        found = False
        for uid in self._uids:
            found |= len(uid) == len(credential.uid) and hmac.compare_digest(uid, credential.uid)
        return found
