"""What the benchmark measures inside Qt: the longest gap in the Qt event loop.

A precise 1 ms timer should fire every millisecond; any longer gap between two of its ticks is a
stall a member would feel (a frame is 16 ms). The harness drives sessions while this listens.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QElapsedTimer, Qt, QTimer


class QtLoopStallMeter:
    """Starts a 1 ms precise timer; :attr:`longest_ms` is the longest gap between ticks since :meth:`reset`.

    :attr:`longest_busy_ms` is the most CPU time the loop's own thread spent within one gap: a long
    gap with little of it is the machine giving the CPU to another process, not the kiosk's work.
    """

    def __init__(self) -> None:
        self.longest_ms = 0.0
        self.longest_busy_ms = 0.0
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last = self._clock.nsecsElapsed()
        self._last_cpu = time.thread_time()
        self._ticker = QTimer()
        self._ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self._ticker.setInterval(1)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()

    def reset(self) -> None:
        """Forget what was measured so far (the ticker settling in, say)."""
        self.longest_ms = self.longest_busy_ms = 0.0
        self._last = self._clock.nsecsElapsed()
        self._last_cpu = time.thread_time()

    def stop(self) -> float:
        """Stop listening; returns the longest gap in milliseconds."""
        self._ticker.stop()
        return self.longest_ms

    def _tick(self) -> None:
        now, cpu = self._clock.nsecsElapsed(), time.thread_time()
        self.longest_ms = max(self.longest_ms, (now - self._last) / 1e6)
        self.longest_busy_ms = max(self.longest_busy_ms, (cpu - self._last_cpu) * 1000)
        self._last, self._last_cpu = now, cpu
