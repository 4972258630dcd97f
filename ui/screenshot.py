"""Saving what a window shows to a PNG.

A screenshot can show a member's name and result, so the file is owner-only (600)
in an owner-only folder, whatever the umask; only the demo takes them.
"""
from __future__ import annotations

import asyncio
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtQuick import QQuickWindow


async def first_frame(window: QQuickWindow) -> None:
    """Return once ``window`` has shown a complete frame (laid out at its size), so a grab is not a cropped corner."""
    shown = asyncio.Event()
    window.frameSwapped.connect(shown.set)
    try:
        window.update()
        await shown.wait()
    finally:
        window.frameSwapped.disconnect(shown.set)


def grab(window: QQuickWindow, path: Path) -> Path:
    """Render ``window`` now and save it as PNG at ``path`` (mode 600)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not window.grabWindow().save(buffer, "PNG"):
        raise OSError(f"could not render a screenshot for {path}")
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        os.fchmod(file.fileno(), 0o600)  # an older file of the same name may have been readable
        file.write(data.data())
    return path
