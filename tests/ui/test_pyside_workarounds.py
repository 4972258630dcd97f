"""PySide 6 workarounds. A kiosk that emits more Qt signals from Python than True has references keeps running (PySide 6 drops
a reference to True on each emit; on Python 3.11 the interpreter would abort)."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from ui.pyside_workarounds import mentions_pyside


def test_many_more_signals_than_references_to_true_do_not_abort_the_kiosk() -> None:
    program = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QCoreApplication, QObject, Signal
        from ui.pyside_workarounds import pin_singletons

        class Model(QObject):
            changed = Signal()

        app = QCoreApplication([])
        pin_singletons()
        model = Model()
        for _ in range(20_000):  # True starts with a few thousand references
            model.changed.emit()
        print("still running")
    """)
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout.strip()) == (0, "still running"), done.stderr[-500:]


def test_pyside_scans_modules_imported_after_it_without_keeping_their_source() -> None:
    """PySide asks of each new module whether it mentions PySide6; the kiosk answers without filling linecache."""
    script = ("import linecache, sys\nimport PySide6.QtCore, PySide6.QtQml\n"
              "from ui.pyside_workarounds import scan_sources_without_keeping_them\n"
              "scan_sources_without_keeping_them()\nlinecache.clearcache()\n"
              "import asyncio, kiosk.outbox.outbox, ui.viewmodels.formatting\n"
              "print(len(linecache.cache))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2]).stdout
    assert out.split() == ["0"]  # without the workaround: the source of some 270 modules


def test_the_answer_to_pyside_is_the_one_its_own_scan_gives() -> None:
    import kiosk.outbox.outbox
    import ui.viewmodels.formatting

    assert mentions_pyside(ui.viewmodels.formatting) and not mentions_pyside(kiosk.outbox.outbox)
    assert not mentions_pyside(sys) and not mentions_pyside(object())
