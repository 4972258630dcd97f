"""Callbacks kept in a list, and how one takes itself off again: the subscribe pattern of the domain."""
from __future__ import annotations

from typing import Callable, TypeVar

T = TypeVar("T")


def add_listener(listeners: list[T], listener: T) -> Callable[[], None]:
    """Append ``listener``; returns the function that removes it (harmless to call twice)."""
    listeners.append(listener)

    def remove() -> None:
        if listener in listeners:
            listeners.remove(listener)

    return remove
