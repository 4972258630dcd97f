"""The background thread every serial device simulator runs on.

A simulator holds the device side of a :class:`~hardware.pty_port.PtyPort`. Its
thread alternates between the device's own behaviour (:meth:`DeviceThread._serve`:
answer a command, stream the next reading, repeat a frame) and writing bytes that
test code queued with :meth:`DeviceThread.send_raw`. Callers get a
``threading.Event`` to wait on instead of sleeping. An unplugged or unread port
never kills the thread: the write is dropped and counted, as a real device's
bytes would be lost.
"""
from __future__ import annotations

import queue
import threading
from typing import Self

from hardware.pty_port import PortUnplugged, PtyPort

IDLE_WAIT_S = 0.02


class DeviceThread:
    """Owns the simulator thread, its outgoing queue and start/stop."""

    def __init__(self, port: PtyPort, name: str) -> None:
        self.port = port
        self.write_failures = 0
        self._stopping = threading.Event()
        self._outbox: queue.SimpleQueue[tuple[bytes, threading.Event]] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> Self:
        """Start the device thread (idempotent)."""
        if not self._thread.is_alive() and not self._stopping.is_set():
            self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the thread and wait for it to finish."""
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def send_raw(self, data: bytes) -> threading.Event:
        """Queue bytes to send verbatim (garbage, truncated frames); the event is set once sent."""
        done = threading.Event()
        self._outbox.put((bytes(data), done))
        return done

    def _serve(self) -> None:
        """One round of device behaviour; must return within a short time. Default: idle."""
        self._stopping.wait(IDLE_WAIT_S)

    def _write(self, data: bytes) -> bool:
        """Write to the kiosk; False (and counted) when the port is unplugged or not read."""
        try:
            self.port.write(data)
        except (PortUnplugged, TimeoutError, OSError):
            self.write_failures += 1
            return False
        return True

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._serve()
            self._flush_outbox()

    def _flush_outbox(self) -> None:
        while True:
            try:
                data, done = self._outbox.get_nowait()
            except queue.Empty:
                return
            self._write(data)
            done.set()
