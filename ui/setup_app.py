"""Running the first-run setup screen on the Qt/qasync loop until it has written a config."""
from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QCursor
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.support.setup_form import SetupForm, form_from_file
from ui.i18n import Translator
from ui.qml_loader import load_window
from ui.viewmodels.setup import SetupViewModel


def load_setup_window(
    engine: QQmlApplicationEngine, view_model: SetupViewModel, *, kiosk_mode: bool = False,
    size: tuple[int, int] | None = None,
) -> QQuickWindow:
    """Load SetupMain.qml with ``view_model`` as ``setup``. Kiosk mode: fullscreen and frameless."""
    window = load_window(engine, "setup/SetupMain.qml", {"setup": view_model}, size=size)
    if kiosk_mode:  # the installer needs the pointer: only the frame goes
        window.setFlags(window.flags() | Qt.WindowType.FramelessWindowHint)
        window.setCursor(QCursor(Qt.CursorShape.ArrowCursor))
        window.showFullScreen()
    return window


async def run_setup(
    config_path: Path,
    *,
    startup_problem: str = "",
    kiosk_mode: bool = False,
    size: tuple[int, int] | None = None,
    form: SetupForm | None = None,
) -> Path | None:
    """Show the setup screen until it writes ``config_path``; None if the window was closed first.

    Call on a running qasync loop (see :func:`ui.app.run_qt`). The form starts from
    whatever the existing (invalid) config at ``config_path`` already says.
    """
    translator = Translator(default_language=QLocale.system().name())
    view_model = SetupViewModel(config_path, form or form_from_file(config_path), startup_problem=startup_problem)
    engine = QQmlApplicationEngine()
    translator.attach(engine)
    window = load_setup_window(engine, view_model, kiosk_mode=kiosk_mode, size=size)
    view_model.detectDevices()  # each device that answers on a serial port is pre-filled
    done: asyncio.Future[Path | None] = asyncio.get_running_loop().create_future()

    def settle(result: Path | None) -> None:
        if not done.done():
            done.set_result(result)

    view_model.finished.connect(lambda path: settle(Path(path)))
    window.closing.connect(lambda *_: settle(None))
    try:
        return await done
    finally:
        await view_model.aclose()
        window.close()
        engine.deleteLater()
