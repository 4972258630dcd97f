"""Key presses to the keyboard-wedge decoder: a card reader that types its UID logs the member in.

The decoding is pure (:mod:`hardware.protocols.keyboard_wedge`); this filter only hands it
each key press with the event's own timestamp. Key events are not consumed: a person
typing into a field (a trainer's discard reason) still gets their keys.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent

from hardware.events import DeviceEvent
from hardware.protocols.keyboard_wedge import KeyboardWedgeDecoder


class KeyboardWedgeFilter(QObject):
    """An application-wide event filter feeding key presses to one decoder."""

    def __init__(self, decoder: KeyboardWedgeDecoder, on_event: Callable[[DeviceEvent], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._decoder = decoder
        self._on_event = on_event

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and not event.isAutoRepeat():
            for decoded in self._decoder.feed_key(event.text(), event.timestamp() / 1000).events:
                self._on_event(decoded)
        return False
