"""Sending each device event to review mode or to the member flow."""
from __future__ import annotations

from typing import Callable, Generic, TypeVar

from hardware.events import CredentialPresented
from kiosk.trainer.mode import ReviewMode

E = TypeVar("E")


class CredentialRouter(Generic[E]):
    """Sits between the devices and the session flow: review mode sees every tap first.

    A trainer card (and, while review mode is open, any tap) stops here; every other
    event goes on to ``forward`` (the flow's ``handle``) unchanged.
    """

    def __init__(self, review: ReviewMode, forward: Callable[[E], None]) -> None:
        self._review = review
        self._forward = forward

    def __call__(self, event: E) -> None:
        if isinstance(event, CredentialPresented) and self._review.claims(event.credential):
            return
        self._forward(event)
