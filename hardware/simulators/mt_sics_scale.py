"""A Mettler-Toledo MT-SICS scale that answers the commands it reads over a pty.

Understood commands (CR LF terminated): ``SI`` (immediate weight: ``S S`` stable or
``S D`` dynamic), ``S`` (stable weight, ``S I`` while still moving), ``Z`` (``Z A``)
and ``@`` (reset, answered with a serial number). Anything else gets ``ES``.
:meth:`MtSicsScaleSimulator.set_condition` makes weight commands answer ``S I``,
``S +`` or ``S -`` instead (busy, overload, underload).
"""
from __future__ import annotations

import threading
from decimal import Decimal
from typing import Literal

from hardware.protocols.framing import LineFramer, Overlong
from hardware.protocols.weight_units import KG_PER_UNIT
from hardware.pty_port import PtyPort
from hardware.simulators.device_thread import DeviceThread

Condition = Literal["ok", "busy", "overload", "underload"]
_CONDITION_REPLY = {"busy": b"S I\r\n", "overload": b"S +\r\n", "underload": b"S -\r\n"}


class MtSicsScaleSimulator(DeviceThread):
    """Answers MT-SICS commands; :meth:`step_on` makes the next replies settle on a weight."""

    def __init__(self, port: PtyPort, unit: str = "kg", decimals: int = 2, serial_number: str = "SIM0001") -> None:
        if unit not in KG_PER_UNIT:
            raise ValueError(f"unit must be one of {', '.join(KG_PER_UNIT)}")
        super().__init__(port, name="MT-SICS scale simulator")
        self.unit = unit
        self.decimals = decimals
        self.serial_number = serial_number
        self.commands_received: list[str] = []
        self._framer = LineFramer(64)
        self._lock = threading.Lock()
        self._kg = 0.0
        self._moving_replies = 0
        self._condition: Condition = "ok"
        self._settled = threading.Event()
        self._settled.set()

    def step_on(self, kg: float, moving_replies: int = 2) -> threading.Event:
        """Answer the next ``moving_replies`` weight requests as dynamic, then stable at ``kg``.

        The event is set once a stable reply for ``kg`` has been sent.
        """
        with self._lock:
            self._kg = kg
            self._moving_replies = moving_replies
            self._settled = threading.Event()
            return self._settled

    def step_off(self) -> threading.Event:
        """Settle back to zero (one dynamic reply first)."""
        return self.step_on(0.0, moving_replies=1)

    def set_condition(self, condition: Condition) -> None:
        """Make weight commands report busy, overload or underload, or weigh normally ("ok")."""
        with self._lock:
            self._condition = condition

    def _serve(self) -> None:
        try:
            data = self.port.read(timeout=0.05)
        except OSError:  # unplugged: nothing to answer until it is plugged back in
            self._stopping.wait(0.05)
            return
        for line in self._framer.feed(data):
            if isinstance(line, Overlong):
                self._write(b"ES\r\n")
                continue
            reply, settled = self._answer(line.decode("latin-1").strip())
            if self._write(reply) and settled is not None:
                settled.set()

    def _answer(self, command: str) -> tuple[bytes, threading.Event | None]:
        """The reply to ``command`` and, for a stable weight reply, the event to set once sent."""
        self.commands_received.append(command)
        if command == "Z":
            return b"Z A\r\n", None
        if command == "@":
            return f'I4 A "{self.serial_number}"\r\n'.encode("ascii"), None
        if command not in ("SI", "S"):
            return b"ES\r\n", None
        with self._lock:
            if self._condition != "ok":
                return _CONDITION_REPLY[self._condition], None
            if self._moving_replies > 0:
                self._moving_replies -= 1
                if command == "S":
                    return b"S I\r\n", None
                return self._weight_reply("D", self._kg * 0.9), None
            return self._weight_reply("S", self._kg), self._settled

    def _weight_reply(self, status: str, kg: float) -> bytes:
        value = Decimal(repr(kg)) / KG_PER_UNIT[self.unit]
        return f"S {status} {value:>10.{self.decimals}f} {self.unit}\r\n".encode("ascii")
