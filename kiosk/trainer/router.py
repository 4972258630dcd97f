"""Sending each device event to trainer mode or to the member flow."""
from __future__ import annotations

from typing import Callable, Generic, TypeVar

from hardware.events import CredentialPresented
from kiosk.trainer.mode import TrainerMode

E = TypeVar("E")


class CredentialRouter(Generic[E]):
    """Sits between the devices and the session flow: trainer mode sees every tap first.

    A trainer card (and, while trainer mode is open, any tap) stops here; every other
    event goes on to ``forward`` (the flow's ``handle``) unchanged.
    """

    def __init__(self, trainer_mode: TrainerMode, forward: Callable[[E], None]) -> None:
        self._trainer_mode = trainer_mode
        self._forward = forward

    def __call__(self, event: E) -> None:
        if isinstance(event, CredentialPresented) and self._trainer_mode.claims(event.credential):
            return
        self._forward(event)
