"""Simulators that play timed scripts: "after this pause, send these bytes", in order.

A :class:`Script` is queued with :meth:`ScriptedDevice.play` and played on the
device thread (:class:`~hardware.simulators.device_thread.DeviceThread`);
its ``done`` event is set after the last step, so callers wait on it instead of
sleeping. Pauses end early when the simulator stops. A step that cannot be
written (port unplugged) is lost, as a real device's bytes would be, and
``Script.delivered`` turns False.
"""
from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, field

from hardware.pty_port import PtyPort
from hardware.simulators.device_thread import DeviceThread


@dataclass(frozen=True)
class Step:
    """Wait ``pause_s`` seconds, then send ``data``."""

    pause_s: float
    data: bytes


@dataclass
class Script:
    """Steps to play in order; ``done`` is set once all were attempted."""

    steps: list[Step]
    done: threading.Event = field(default_factory=threading.Event)
    delivered: bool = True

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the script has played; False if ``timeout`` passed first."""
        return self.done.wait(timeout)


class ScriptedDevice(DeviceThread):
    """A device thread that plays queued scripts one step per round."""

    def __init__(self, port: PtyPort, name: str) -> None:
        super().__init__(port, name=name)
        self._lock = threading.Lock()
        self._scripts: deque[Script] = deque()
        self._position = 0

    def play(self, script: Script) -> Script:
        """Queue ``script`` behind any others and make sure the thread runs."""
        with self._lock:
            self._scripts.append(script)
        self.start()
        return script

    def _serve(self) -> None:
        with self._lock:
            script = self._scripts[0] if self._scripts else None
        if script is None:
            super()._serve()
            return
        if self._position < len(script.steps):
            step = script.steps[self._position]
            if step.pause_s > 0 and self._stopping.wait(step.pause_s):
                return
            if not self._write(step.data):
                script.delivered = False
            self._position += 1
        if self._position >= len(script.steps):
            with self._lock:
                self._scripts.popleft()
            self._position = 0
            script.done.set()
