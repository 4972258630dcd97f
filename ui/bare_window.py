"""The benchmark's memory reference: a bare QML window the kiosk's size, nothing of ours in it.

``python -m ui.bare_window`` prints ``{"rss_bytes": N}`` once the window's first frame is drawn, then exits.
"""
from __future__ import annotations

import json
import sys

import psutil
from PySide6 import QtQuick  # noqa: F401 - loaded as the kiosk loads it, so both figures include it
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine

WINDOW_QML = b"import QtQuick\nWindow { width: 1080; height: 1920; visible: true; Text { text: 'x' } }"


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    engine = QQmlApplicationEngine()
    engine.loadData(WINDOW_QML)
    window = engine.rootObjects()[0]

    def report() -> None:
        print(json.dumps({"rss_bytes": psutil.Process().memory_info().rss}), flush=True)
        app.quit()

    window.frameSwapped.connect(report)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
