"""Saving what a window shows to a PNG."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtQuick import QQuickWindow


def grab(window: QQuickWindow, path: Path) -> Path:
    """Render ``window`` now and save it as PNG at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grabWindow().save(str(path), "PNG"):
        raise OSError(f"could not save a screenshot to {path}")
    return path
