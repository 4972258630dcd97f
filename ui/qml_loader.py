"""Loading the member screens into a window, for kiosk use or a development window."""
from __future__ import annotations

from pathlib import Path

from PySide6 import QtQuick  # noqa: F401 - makes root objects QQuickWindow instances
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from ui.qr_images import PROVIDER, QrImageProvider

QML_DIR = Path(__file__).resolve().parent / "qml"


class QmlLoadError(RuntimeError):
    """Main.qml did not load; the message lists QML's own errors."""


def load_window(engine: QQmlApplicationEngine, qml_file: str, context: dict[str, object], *,
                size: tuple[int, int] | None = None) -> QQuickWindow:
    """Load ``qml_file`` from ui/qml with ``context`` as context properties; QML's errors on failure."""
    errors: list[str] = []
    engine.warnings.connect(lambda warnings: errors.extend(w.toString() for w in warnings))
    for name, value in context.items():
        engine.rootContext().setContextProperty(name, value)
    if size is not None:
        engine.setInitialProperties({"width": size[0], "height": size[1]})
    engine.load(QUrl.fromLocalFile(str(QML_DIR / qml_file)))
    roots = engine.rootObjects()
    if not roots:
        raise QmlLoadError(f"{qml_file} failed to load: " + "; ".join(errors or ["no root object"]))
    return roots[0]


def load_main_window(
    engine: QQmlApplicationEngine,
    view_model: object,
    *,
    kiosk_mode: bool = False,
    size: tuple[int, int] | None = None,
    diagonal_inches: float | None = None,
) -> QQuickWindow:
    """Load Main.qml with ``view_model`` as ``vm``. Kiosk mode: fullscreen, frameless, no cursor.

    ``diagonal_inches`` is the panel's size when it reports none or a wrong one; sizes in
    millimetres (touch targets, result values) are computed from it instead of the screen's DPI.
    """
    context = {"vm": view_model, "panelDiagonalInches": float(diagonal_inches or 0)}
    engine.addImageProvider(PROVIDER, QrImageProvider())  # the QR panels' codes (image://qr/…)
    window = load_window(engine, "Main.qml", context, size=size)
    if kiosk_mode:
        window.setFlags(window.flags() | Qt.WindowType.FramelessWindowHint)
        window.setCursor(QCursor(Qt.CursorShape.BlankCursor))
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
        window.showFullScreen()
    return window
