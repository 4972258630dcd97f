"""A part of the member screens' view-model that recomputes its values from every session snapshot.

The session view-model (:mod:`ui.viewmodels.session`) hands each part every snapshot with the
language already installed; a part turns it into the values its properties read. Each part
declares its own ``changed`` signal, which its properties name as their notifier.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from kiosk.session.flow import SessionFlow
from kiosk.session.state import SessionSnapshot


class SnapshotPart(QObject):
    """Keeps the values of :meth:`_present` for the newest snapshot and says when they changed."""

    def __init__(self, flow: SessionFlow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._flow = flow
        self._values: dict[str, Any] = {}

    def apply(self, snapshot: SessionSnapshot, language: str) -> None:
        """Recompute every value for ``snapshot`` in ``language`` (already installed by the session view-model)."""
        self._values = self._present(snapshot, language)
        self.changed.emit()  # type: ignore[attr-defined] - each part declares its own signal

    def _present(self, snapshot: SessionSnapshot, language: str) -> dict[str, Any]:
        raise NotImplementedError
