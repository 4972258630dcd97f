"""Loading the member screens into a window, for kiosk use or a development window."""
from __future__ import annotations

from pathlib import Path

from PySide6 import QtQuick  # noqa: F401 - makes root objects QQuickWindow instances
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

QML_DIR = Path(__file__).resolve().parent / "qml"


class QmlLoadError(RuntimeError):
    """Main.qml did not load; the message lists QML's own errors."""


def load_main_window(
    engine: QQmlApplicationEngine,
    view_model: object,
    *,
    kiosk_mode: bool = False,
    size: tuple[int, int] | None = None,
) -> QQuickWindow:
    """Load Main.qml with ``view_model`` as ``vm``. Kiosk mode: fullscreen, frameless, no cursor."""
    errors: list[str] = []
    engine.warnings.connect(lambda warnings: errors.extend(w.toString() for w in warnings))
    engine.rootContext().setContextProperty("vm", view_model)
    if size is not None:
        engine.setInitialProperties({"width": size[0], "height": size[1]})
    engine.load(QUrl.fromLocalFile(str(QML_DIR / "Main.qml")))
    roots = engine.rootObjects()
    if not roots:
        raise QmlLoadError("Main.qml failed to load: " + "; ".join(errors or ["no root object"]))
    window: QQuickWindow = roots[0]
    if kiosk_mode:
        window.setFlags(window.flags() | Qt.WindowType.FramelessWindowHint)
        window.setCursor(QCursor(Qt.CursorShape.BlankCursor))
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
        window.showFullScreen()
    return window
