"""The demo's first screenshot shows the whole attract screen, not a corner of a window not yet laid out."""
from __future__ import annotations

import asyncio
import gc
from pathlib import Path

import qasync
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QImage
from PySide6.QtQml import QQmlApplicationEngine

from ui.screenshot import first_frame, grab

# A window like the kiosk's: its size comes from its content's bindings, with a mark in the far corner.
WINDOW = b"""
import QtQuick
import QtQuick.Window
Window {
    visible: true
    width: 1080; height: 1920
    color: "white"
    Rectangle { anchors { right: parent.right; bottom: parent.bottom } width: parent.width / 4; height: width; color: "red" }
}
"""


def test_a_screenshot_after_the_first_frame_shows_the_whole_window(qapp, tmp_path: Path) -> None:
    engine = QQmlApplicationEngine()
    engine.loadData(QByteArray(WINDOW))
    window = engine.rootObjects()[0]
    loop = qasync.QEventLoop(qapp)
    try:
        loop.run_until_complete(first_frame(window))
    finally:
        loop.close()
        asyncio.set_event_loop(None)
        del loop
        gc.collect()
    image = QImage(str(grab(window, tmp_path / "01-attract.png")))
    window.close()
    engine.deleteLater()
    assert (image.width(), image.height()) == (1080, 1920)
    assert image.pixelColor(1070, 1910) == QColor("red")  # the far corner is there, drawn
