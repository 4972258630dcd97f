"""The front door of the member session: every device event goes to the flow unless a claimer takes a tap.

The device hub hands each event here. A *claimer* (trainer mode) is asked about
each tapped credential before the member flow sees it and may keep it: a trainer
card opens trainer mode, and while trainer mode is open every tap is its. Every
other event (a weight, a finished record, a device coming and going) goes straight
to the flow. Claimers register themselves; this module knows none of them.
"""
from __future__ import annotations

import logging
from typing import Callable, Iterable

from hardware.events import Credential, CredentialPresented
from kiosk.listeners import add_listener

logger = logging.getLogger(__name__)

Claimer = Callable[[Credential], bool]  # True: the claimer took the tap, the member flow does not see it


class EventDispatcher:
    """Hands device events to ``deliver`` (the flow's ``handle``), letting claimers take taps first."""

    def __init__(self, deliver: Callable[[object], None], claimers: Iterable[Claimer] = ()) -> None:
        self._deliver = deliver
        self._claimers: list[Claimer] = list(claimers)

    def add_claimer(self, claimer: Claimer) -> Callable[[], None]:
        """Ask ``claimer`` about every tap from now on, after those added before; returns how to stop that."""
        return add_listener(self._claimers, claimer)

    def __call__(self, event: object) -> None:
        if isinstance(event, CredentialPresented) and any(claims(event.credential) for claims in list(self._claimers)):
            logger.debug("a tap was claimed before the member flow")
            return
        self._deliver(event)
