"""An A&D scale in stream mode: prints its display reading about 10 times a second.

Lines follow the standard format, ``HH,SDDDDDDDDUUU`` CR LF (17 bytes), optionally
with a GC comparator field after the header. A member stepping on makes the
reading climb through unstable (``US``) lines before it settles (``ST``); a reading
that does not fit the 8-character field is sent as ``OL`` (the data field of a real
OL line is not documented in devices.md, so the simulator fills it with nines).
"""
from __future__ import annotations

import threading
from collections import deque
from decimal import Decimal

from hardware.protocols.weight_units import KG_PER_UNIT
from hardware.pty_port import PtyPort
from hardware.simulators.device_thread import DeviceThread

UNIT_TEXT = {"kg": " kg", "g": "  g", "lb": " lb", "oz": " oz"}


def format_and_line(
    header: str, value: float, unit: str = "kg", decimals: int = 2, comparator: str | None = None
) -> bytes:
    """One standard-format line for ``value`` (already in ``unit``), or an OL line if it does not fit."""
    digits = f"{abs(value):0{8}.{decimals}f}"
    sign = "-" if value < 0 and float(digits) != 0 else "+"
    if len(digits) > 8:
        header, sign, digits = "OL", sign, "9" * 8
    prefix = f"{header},{comparator}," if comparator else f"{header},"
    return f"{prefix}{sign}{digits}{UNIT_TEXT[unit]}\r\n".encode("ascii")


class AndScaleSimulator(DeviceThread):
    """Streams A&D lines over a pty; :meth:`step_on` / :meth:`step_off` drive the reading."""

    def __init__(
        self,
        port: PtyPort,
        unit: str = "kg",
        decimals: int = 2,
        interval_s: float = 0.1,
        comparator: str | None = None,
    ) -> None:
        if unit not in UNIT_TEXT:
            raise ValueError(f"unit must be one of {', '.join(UNIT_TEXT)}")
        super().__init__(port, name="A&D scale simulator")
        self.unit = unit
        self.decimals = decimals
        self.interval_s = interval_s
        self.comparator = comparator
        self._lock = threading.Lock()
        self._settled_kg = 0.0
        self._pending: deque[tuple[bytes, threading.Event | None]] = deque()

    def step_on(self, kg: float, unstable_lines: int = 3) -> threading.Event:
        """Climb to ``kg`` through unstable lines; the event is set when the first stable line is sent."""
        return self._move_to(kg, unstable_lines)

    def step_off(self, unstable_lines: int = 1) -> threading.Event:
        """Drop back to zero; the event is set when the first stable zero line is sent."""
        return self._move_to(0.0, unstable_lines)

    def _move_to(self, kg: float, unstable_lines: int) -> threading.Event:
        settled = threading.Event()
        with self._lock:
            start = self._settled_kg
            for step in range(1, unstable_lines + 1):
                passing_kg = start + (kg - start) * step / (unstable_lines + 1)
                self._pending.append((self._line("US", passing_kg), None))
            self._pending.append((self._line("ST", kg), settled))
            self._settled_kg = kg
        return settled

    def _line(self, header: str, kg: float) -> bytes:
        value = float(Decimal(repr(kg)) / KG_PER_UNIT[self.unit])
        return format_and_line(header, value, self.unit, self.decimals, self.comparator)

    def _serve(self) -> None:
        if self._stopping.wait(self.interval_s):
            return
        with self._lock:
            line, done = self._pending.popleft() if self._pending else (self._line("ST", self._settled_kg), None)
        self._write(line)
        if done is not None:
            done.set()
