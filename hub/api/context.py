"""What the API's routes work with: the store, the sealer, each gym's platforms, the clock, the worker's bell."""
from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from sqlalchemy.engine import Engine
from starlette.requests import Request

from hub.api.attempts import WrongCodeLimit
from hub.api.errors import ApiError
from hub.changes import StatusChanges
from hub.gyms import GymPlatforms
from hub.linked_sessions import LinkedSessions
from hub.store.group_commit import GroupCommit
from hub.store.kiosks import DeviceRefused, Kiosk, authenticate_kiosk
from hub.store.measurements import Accepted, accept_in, accept_measurement
from hub.store.sealing import Sealer

if TYPE_CHECKING:
    from hub.linking.service import Linking

SESSION_TTL_S = 1800
_REFUSALS = {
    "device_unknown": "This kiosk is not enrolled on this hub. Enrol it with a code from the hub "
                      "(gym-kiosk hub enrol, or the fleet page).",
    "device_revoked": "This kiosk was revoked on the hub. Enrol it again with a new code from the hub's fleet page.",
}


def _now_ms() -> int:
    return int(time.time() * 1000)


class SessionsBeingSaved:
    """Member sessions this process is still storing after answering /login, so a call naming one can wait for it."""

    def __init__(self) -> None:
        self._saving: dict[str, asyncio.Event] = {}

    def begin(self, handle: str) -> asyncio.Event:
        """Mark ``handle`` as being saved; set the event (it forgets the handle) once it is in the store."""
        done = _Forgetting(self._saving, handle)
        self._saving[handle] = done
        return done

    async def wait(self, handle: str, timeout_s: float = 5.0) -> None:
        """Until ``handle``'s session is stored, if this process is storing it (at most ``timeout_s``)."""
        saving = self._saving.get(handle)
        if saving is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(saving.wait(), timeout_s)


class _Forgetting(asyncio.Event):
    def __init__(self, saving: dict[str, asyncio.Event], handle: str) -> None:
        super().__init__()
        self._saving, self._handle = saving, handle

    def set(self) -> None:
        super().set()
        self._saving.pop(self._handle, None)


@dataclass
class ApiContext:
    """Shared by every request of one hub process. ``gyms`` is filled when the app starts."""

    engine: Engine
    sealer: Sealer
    changes: StatusChanges = field(default_factory=StatusChanges)
    wrong_codes: WrongCodeLimit = field(default_factory=WrongCodeLimit)
    gyms: dict[str, GymPlatforms] = field(default_factory=dict)
    clock_ms: Callable[[], int] = _now_ms
    wake_worker: Callable[[], None] = lambda: None
    on_accepted: Callable[[str], None] = lambda gym: None  # a new measurement from a kiosk of ``gym``: for /metrics
    session_ttl_s: int = SESSION_TTL_S
    linking: Linking | None = None  # account linking (hub.linking), once the hub is built
    linked_sessions: LinkedSessions = field(init=False)  # members' linked accounts, shared with the delivery worker
    sessions_being_saved: SessionsBeingSaved = field(default_factory=lambda: SessionsBeingSaved())
    intakes: GroupCommit[dict, Accepted] = field(init=False)  # intakes arriving together share one commit

    def __post_init__(self) -> None:
        self.linked_sessions = LinkedSessions(self.engine, self.sealer, lambda: self.clock_ms())
        self.intakes = GroupCommit(self.engine, lambda connection, intake: accept_in(connection, **intake),
                                   lambda engine, intake: accept_measurement(engine, **intake))

    async def kiosk(self, request: Request) -> Kiosk:
        """The kiosk whose bearer credential came with ``request``; 401 with the reason otherwise."""
        scheme, _, credential = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not credential.strip():
            raise ApiError(401, "device_unknown", "No device credential was sent (Authorization: Bearer). "
                                                  + _REFUSALS["device_unknown"])
        try:
            return await asyncio.to_thread(authenticate_kiosk, self.engine, credential.strip())
        except DeviceRefused as refused:
            raise ApiError(401, refused.code, _REFUSALS[refused.code]) from None

    def gym(self, kiosk: Kiosk) -> GymPlatforms:
        """The platforms of the kiosk's gym location; 503 when the hub's config no longer has it."""
        gym = self.gyms.get(kiosk.gym)
        if gym is None:
            raise ApiError(503, "platform_unavailable", f"The hub has no gym location {kiosk.gym!r} configured any "
                                                        "more; add it to the hub's config or enrol the kiosk again.")
        return gym
