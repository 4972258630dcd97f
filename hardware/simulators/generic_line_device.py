"""A simple station (sit-and-reach box and the like) that prints one line per result.

The line is a ``str.format`` template, e.g. ``"REACH {reach:+.1f} cm"``, so the
same simulator stands in for any device the generic line decoder is configured for.
"""
from __future__ import annotations

import threading

from hardware.pty_port import PtyPort
from hardware.simulators.device_thread import DeviceThread


class GenericLineDeviceSimulator(DeviceThread):
    """Sends a formatted result line when a measurement finishes."""

    def __init__(self, port: PtyPort, template: str, line_ending: bytes = b"\r\n") -> None:
        super().__init__(port, name="line device simulator")
        self.template = template
        self.line_ending = line_ending

    def measure(self, **values: object) -> threading.Event:
        """Print one result line built from ``values``; the event is set once it is sent."""
        return self.send_raw(self.template.format(**values).encode("latin-1") + self.line_ending)
