"""Keeping a long-running kiosk alive through a PySide 6 reference-counting bug on Python 3.11.

PySide 6 returns ``True`` from ``Signal.emit()`` without taking a reference to it, so every emit
from Python drops one reference to ``True`` that was never added (other calls do the same to
``False`` and ``None``). Python 3.12 made these three objects immortal, so there it is harmless; on
Python 3.11 (Debian 12's) their count reaches zero after some thousands of emits and the
interpreter aborts ("bool_dealloc: deallocating True or False"), mid-session or at exit.
"""
from __future__ import annotations

import ctypes
import sys

PINNED_REFERENCES = 1 << 40  # more than any process drops in its lifetime, far from the count's limit


def pin_singletons() -> None:
    """Give True, False and None references that are never released, as Python 3.12+ does by design."""
    if sys.version_info >= (3, 12):
        return
    for singleton in (True, False, None):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt, the object's first field
        if count.value < PINNED_REFERENCES:
            count.value += PINNED_REFERENCES
