"""A serial card reader that prints one UID per line, on a pty (for the demo and tests).

``UidLineReaderSimulator(port).tap(uid, hold_s=2.0)`` prints the UID at once
and, like real readers, again every ``repeat_interval_s`` while the card stays
on the reader. The returned :class:`~hardware.simulators.base.Script` has a
``done`` event, set after the last repeat.
"""
from __future__ import annotations

from hardware.pty_port import PtyPort
from hardware.simulators.base import Script, ScriptedDevice, Step
from hardware.uid import render_uid


class UidLineReaderSimulator(ScriptedDevice):
    """Prints UIDs in a configured style (see :mod:`hardware.uid`) with a configured line end."""

    def __init__(
        self,
        port: PtyPort,
        *,
        style: str = "hex",
        line_end: bytes = b"\r\n",
        repeat_interval_s: float = 0.3,
    ) -> None:
        render_uid(b"\x00\x00\x00\x00", style)  # rejects an unknown style with a clear message
        if repeat_interval_s <= 0:
            raise ValueError(f"repeat_interval_s must be positive, got {repeat_interval_s!r}")
        super().__init__(port, name="UID line reader simulator")
        self.style = style
        self.line_end = line_end
        self.repeat_interval_s = repeat_interval_s
        self.start()

    def tap(self, uid: bytes, hold_s: float = 0.0) -> Script:
        """Present a card with ``uid`` (canonical bytes) for ``hold_s`` seconds."""
        line = render_uid(uid, self.style).encode("ascii") + self.line_end
        repeats = int(hold_s // self.repeat_interval_s)
        steps = [Step(0.0, line)] + [Step(self.repeat_interval_s, line) for _ in range(repeats)]
        return self.play(Script(steps))

    def close(self) -> None:
        """Stop the simulator thread (the port belongs to the caller)."""
        self.stop()
