"""The analyser's side of Tanita PC mode, for the simulator: read host commands, keep the data, answer.

It follows the MC-980 rules (device reference 1.6) as :mod:`hardware.protocols.tanita_pc_mode`
describes them. After power-on the analyser is in normal mode and answers ``!`` to
everything but ``M1``. In PC mode:

* ``D0XX.X`` tare 0.0–10.0, ``D1X`` gender 1/2, ``D2X`` body type 0/2, ``D3XXX.X`` height
  90–249.9, ``D4XX`` age 05–99, ``D5`` result number (10–16 digits), ``D6XX`` target fat %
  05–99: acknowledged with their header, or ``D3!`` for a value of the wrong form or range;
* ``G1`` starts a measurement if gender, body type, height and age are set, and is
  answered ``E4`` ("measurement without personal data") otherwise;
* anything else is answered ``!`` (the ``D?`` read-back and the extension mode are
  not simulated).

A started measurement uses its data once: the analyser then waits for the next
member's, so one member's profile is never used for the next (the simulator's reading
of the state diagram, which returns to "preparing setup" after a result).
"""
from __future__ import annotations

import re
import threading

from hardware.protocols.tanita_pc_mode import ESSENTIAL_ITEMS, PersonalData

_ITEMS: dict[str, tuple[re.Pattern[str], float, float]] = {
    "D0": (re.compile(r"\d{2}\.\d"), 0.0, 10.0),
    "D1": (re.compile(r"[12]"), 1, 2),
    "D2": (re.compile(r"[02]"), 0, 2),
    "D3": (re.compile(r"\d{3}\.\d"), 90.0, 249.9),
    "D4": (re.compile(r"\d{2}"), 5, 99),
    "D5": (re.compile(r"\d{10,16}"), 0, float("inf")),
    "D6": (re.compile(r"\d{2}"), 5, 99),
}


class AnalyserPcMode:
    """What a Tanita analyser remembers and answers in PC mode. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._active = False
        self._items: dict[str, str] = {}
        self._started: PersonalData | None = None

    @property
    def active(self) -> bool:
        """True once the host sent ``M1``."""
        with self._lock:
            return self._active

    def answer(self, command: str) -> str:
        """The reply (without CR LF) to one command line from the host."""
        with self._lock:
            if command == "M1":
                self._active = True
                return "M1"
            if not self._active:
                return "!"
            if command == "G1":
                return self._start()
            header, value = command[:2], command[2:]
            if header not in _ITEMS:
                return "!"
            pattern, low, high = _ITEMS[header]
            if not pattern.fullmatch(value) or not low <= float(value) <= high:
                return f"{header}!"
            self._items[header] = value
            return header

    def take_started(self) -> PersonalData | None:
        """The data of the measurement ``G1`` started, once; None if none was started."""
        with self._lock:
            started, self._started = self._started, None
            return started

    def _start(self) -> str:
        if any(item not in self._items for item in ESSENTIAL_ITEMS):
            return "E4"
        items, self._items = self._items, {}
        self._started = PersonalData(
            gender="male" if items["D1"] == "1" else "female",
            age=int(items["D4"]),
            height_cm=float(items["D3"]),
            body_type="athletic" if items["D2"] == "2" else "standard",
            tare_kg=float(items.get("D0", "0.0")),
        )
        return "G1"
