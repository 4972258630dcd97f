"""Keeping a long-running kiosk alive, and small, around two PySide 6 behaviours.

**Reference counts.** 
PySide 6 returns ``True`` from ``Signal.emit()`` without taking a reference to it, so every emit
from Python drops one reference to ``True`` that was never added (other calls do the same to
``False`` and ``None``). Python 3.12 made these three objects immortal, so there it is harmless; on
Python 3.11 (Debian 12's) their count reaches zero after some thousands of emits and the
interpreter aborts ("bool_dealloc: deallocating True or False"), mid-session or at exit.

**Module sources.** For its ``__feature__`` switches, PySide asks of every module imported after it
whether its source mentions "PySide6", through ``inspect.getsource``, which leaves the module's
whole source in ``linecache`` for good: some MiB of text in a kiosk that imports lazily while
members use it. :func:`scan_sources_without_keeping_them` asks the same question of the file.
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


def scan_sources_without_keeping_them() -> None:
    """Answer PySide's "does this module mention PySide6?" from the module's file, keeping nothing."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = mentions_pyside


def mentions_pyside(module: object) -> bool:
    """Whether ``module``'s Python source mentions "PySide6" (False for built-in and compiled modules)."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None) or getattr(module, "__file__", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False
