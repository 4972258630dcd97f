"""Recognising a trainer's card, and naming a trainer in the audit log without their UID.

The audit name is an HMAC of the UID under the site's secret (``site-secret``
beside the config, see :mod:`kiosk.site_secrets`): with a public salt anyone
holding a card, or a list of UIDs, could tell which entries were theirs.
"""
from __future__ import annotations

import hashlib
import hmac
from typing import Iterable

from hardware.events import CardCredential, Credential

PIN_ACTOR = "pin"
_ACTOR_HASH_CHARS = 8
_ACTOR_CONTEXT = b"gym-kiosk trainer card\x00"


def card_actor(uid: bytes, site_secret: bytes) -> str:
    """How the audit log names the holder of ``uid``: "card" and a short keyed hash, never the UID itself."""
    if not site_secret:
        raise ValueError("naming a trainer card needs the site's secret")
    digest = hmac.new(site_secret, _ACTOR_CONTEXT + uid, hashlib.sha256).hexdigest()
    return f"card {digest[:_ACTOR_HASH_CHARS]}"


class TrainerCards:
    """The allow-list of trainer cards from the config, compared byte for byte, and their audit names."""

    def __init__(self, uids: Iterable[bytes], site_secret: bytes) -> None:
        self._uids = tuple(bytes(uid) for uid in uids)
        card_actor(b"", site_secret)  # refuses an empty secret now, not at the first tap
        self._site_secret = site_secret

    def __len__(self) -> int:
        return len(self._uids)

    def __repr__(self) -> str:
        return f"TrainerCards({len(self._uids)} cards)"

    def actor(self, uid: bytes) -> str:
        """The audit name of the holder of ``uid`` at this site (see :func:`card_actor`)."""
        return card_actor(uid, self._site_secret)

    def matches(self, credential: Credential) -> bool:
        """True when ``credential`` is a card on the allow-list (phones never are)."""
        if not isinstance(credential, CardCredential):
            return False
        # compare_digest on every entry: the time taken does not reveal which bytes matched.
        found = False
        for uid in self._uids:
            found |= len(uid) == len(credential.uid) and hmac.compare_digest(uid, credential.uid)
        return found
