"""A kiosk that emits more Qt signals from Python than True has references keeps running (PySide 6 drops
a reference to True on each emit; on Python 3.11 the interpreter would abort)."""
from __future__ import annotations

import subprocess
import sys
import textwrap


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
