"""Shared test setup: Qt renders offscreen so tests run without a display; each test masks only its own members."""
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ui.pyside_workarounds import pin_singletons  # noqa: E402 - after the platform is chosen

pin_singletons()  # as the kiosk does: thousands of Qt signals in one test run would otherwise abort Python 3.11


@pytest.fixture(autouse=True)
def fresh_log_masking(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test starts with no member registered with the log filter.

    In a kiosk the filter remembers the members of the last sessions; across a test run it
    would remember every test's members, so one test's member named "EGYM" or "Back" would
    mask words in the next test's logs and diagnostics.
    """
    from kiosk import logsafety

    monkeypatch.setattr(logsafety, "_registry", logsafety.ValueMasker(capacity=2000))
