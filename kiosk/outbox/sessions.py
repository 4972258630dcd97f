"""Each member's sessions while they have unfinished items: one per destination, never another platform's tokens.

The session a member tapped belongs to the platform that logged them in
(``MemberSession.platform``). A destination of that platform gets its own copy: it
renews tokens in place, so two accounts never overwrite each other's. Any other
destination gets only the tapped credential (:meth:`MemberSession.credential_only`)
and logs the member in to its own platform, so no platform is ever sent another
platform's access or refresh token. A new tap starts new sessions everywhere.

Sessions belong to an *owner*: the member (by the kiosk's member key, see
:mod:`kiosk.outbox.members`), or a single item whose member is unknown. With a
:class:`~kiosk.outbox.credential_vault.CredentialVault`, what each destination needs
to log the member in again is kept encrypted, keyed by (owner, destination), until
the owner's last item is finished, so a restarted kiosk logs members in by itself.
"""
from __future__ import annotations

import asyncio
import dataclasses
import logging
from typing import TYPE_CHECKING, Awaitable, Callable, Sequence

from kiosk.models import MemberSession
from kiosk.outbox.members import LEGACY_PREFIX, MemberKeys, session_owner

if TYPE_CHECKING:
    from kiosk.outbox.credential_vault import CredentialVault

log = logging.getLogger(__name__)


def session_at(destination: str, tapped: MemberSession) -> MemberSession:
    """``destination``'s own session for a member who tapped ``tapped``: a copy if it logged them in, else no tokens."""
    if tapped.platform == destination:
        return dataclasses.replace(tapped)
    return MemberSession.credential_only(destination, tapped.credential)


class MemberSessions:
    """Sessions per (owner, destination), the items holding them, and their copies in the vault.

    ``outcomes_stored()`` returns once every finished item's outcome is on disk; only
    then is an owner's vault entry deleted, since a crash before that sends the items again.
    """

    def __init__(
        self,
        destinations: Sequence[str],
        vault: CredentialVault | None,
        outcomes_stored: Callable[[], Awaitable[None]],
    ) -> None:
        self._destinations = list(destinations)
        self._vault = vault
        self._outcomes_stored = outcomes_stored
        self._tapped: dict[str, MemberSession] = {}  # owner -> the newest session they tapped
        # (owner, destination) -> (the tapped session it was made from, None if from the vault; the destination's own)
        self._own: dict[tuple[str, str], tuple[MemberSession | None, MemberSession]] = {}
        self._owner_of: dict[str, str] = {}  # unique_id -> owner, while the item is unfinished
        self._items_of: dict[str, set[str]] = {}  # owner -> their unfinished unique_ids
        self._purges: set[asyncio.Task[None]] = set()

    def owners_with_session(self) -> set[str]:
        return set(self._tapped) | {owner for owner, _ in self._own}

    def has_session(self, unique_id: str) -> bool:
        """Whether the item's member has a session here (else it waits for them to tap again)."""
        return self._has_session(self._owner_of.get(unique_id, session_owner(None, unique_id)))

    def tapped(self, owner: str, session: MemberSession, unique_id: str) -> None:
        """``owner`` tapped in: ``session`` is theirs now, and ``unique_id`` holds it until it is finished."""
        self._tapped[owner] = session
        self.hold(unique_id, owner)

    def hold(self, unique_id: str, owner: str) -> None:
        self._owner_of[unique_id] = owner
        self._items_of.setdefault(owner, set()).add(unique_id)

    def release(self, unique_id: str) -> None:
        """The item needs no session any more; the owner's last item lets go of their sessions (and vault entries)."""
        owner = self._owner_of.pop(unique_id, None)
        if owner is None:
            return
        items = self._items_of.get(owner, set())
        items.discard(unique_id)
        if items:
            return
        self._items_of.pop(owner, None)
        self._drop(owner)
        if self._vault is not None:
            task = asyncio.get_running_loop().create_task(self._purge_once_recorded(owner))
            self._purges.add(task)
            task.add_done_callback(self._purges.discard)

    def session_for(self, unique_id: str, member_key: str | None, destination: str) -> MemberSession | None:
        """``destination``'s own session for the item's member, or None until they tap again."""
        owner = self._owner_of.get(unique_id) or session_owner(member_key, unique_id)
        tapped = self._tapped.get(owner)
        own = self._own.get((owner, destination))
        if tapped is not None and (own is None or own[0] is not tapped):
            own = (tapped, session_at(destination, tapped))
            self._own[(owner, destination)] = own
        return None if own is None else own[1]

    async def keep_in_vault(self, owner: str) -> None:
        """Store each destination's re-authentication data for ``owner``; without it a restart means NEEDS_REAUTH."""
        vault = self._vault
        tapped = self._tapped.get(owner)
        if vault is None or tapped is None:
            return
        sessions = {destination: session_at(destination, tapped) for destination in self._destinations}

        def store() -> None:
            for destination, session in sessions.items():
                vault.store(owner, destination, session)

        try:
            await asyncio.to_thread(store)
        except Exception as exc:  # the measurement still gets captured; only unattended re-auth is lost
            log.error("could not keep re-authentication data for a restart (%s)", type(exc).__name__)

    async def restore(self, member_keys: MemberKeys) -> None:
        """Take in the vault's sessions after a restart; every destination of a member gets one.

        Entries an older version kept per member (by EGYM user id, one for all
        destinations) move to the member's key, for the platform that issued them.
        Entries for a destination no longer configured are deleted.
        """
        if self._vault is None:
            return
        credentials: dict[str, MemberSession] = {}  # owner -> one of their sessions, for its credential
        for (owner, destination), session in (await asyncio.to_thread(self._vault.load_all)).items():
            if destination not in self._destinations:
                self._purge_entry(owner, destination)
                continue
            if owner.startswith(LEGACY_PREFIX):
                legacy = owner
                owner = session_owner(await member_keys.key_for(session), legacy)
                await asyncio.to_thread(self._move_entry, legacy, owner, destination, session)
            self._own[(owner, destination)] = (None, session)
            credentials.setdefault(owner, session)
        for owner, known in credentials.items():
            for destination in self._destinations:  # logs in from the credential, never with another's token
                self._own.setdefault((owner, destination), (None, session_at(destination, known)))

    def let_go_of_unused(self) -> None:
        """After recovery: sessions (and vault entries) of owners without an unfinished item are forgotten."""
        for owner in self.owners_with_session() - set(self._items_of):
            self._drop(owner)
            self._purge_from_vault(owner)

    async def aclose(self) -> None:
        await asyncio.gather(*self._purges, return_exceptions=True)

    def _has_session(self, owner: str) -> bool:
        return owner in self._tapped or any((owner, destination) in self._own for destination in self._destinations)

    def _drop(self, owner: str) -> None:
        self._tapped.pop(owner, None)
        for destination in self._destinations:
            self._own.pop((owner, destination), None)

    async def _purge_once_recorded(self, owner: str) -> None:
        """Forget ``owner``'s re-authentication data once the outcomes that finished their items are on disk.

        Until then a crash would send those items again after the restart, which needs it.
        """
        await self._outcomes_stored()
        if not self._has_session(owner):  # a new capture for the member keeps it
            self._purge_from_vault(owner)

    def _purge_from_vault(self, owner: str) -> None:
        for destination in self._destinations:
            self._purge_entry(owner, destination)

    def _purge_entry(self, owner: str, destination: str) -> None:
        if self._vault is None:
            return
        try:
            self._vault.purge(owner, destination)
        except OSError as exc:
            log.error("could not delete re-authentication data (%s)", type(exc).__name__)

    def _move_entry(self, old_owner: str, owner: str, destination: str, session: MemberSession) -> None:
        assert self._vault is not None
        self._vault.store(owner, destination, session)
        self._vault.purge(old_owner, destination)
