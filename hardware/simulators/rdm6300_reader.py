"""An RDM6300 (or Parallax-style) 125 kHz reader: repeats a tag's frame while it is held.

The real module streams the same 14-byte frame for as long as the tag stays in
the field and sends nothing once it leaves; ``repeat_s`` sets the spacing (the
module's own rate is not documented).
"""
from __future__ import annotations

import threading
from typing import Literal

from hardware.protocols.rdm6300 import encode_parallax_frame, encode_rdm6300_frame
from hardware.pty_port import PtyPort
from hardware.simulators.device_thread import DeviceThread

FrameStyle = Literal["rdm6300", "parallax"]


class Rdm6300ReaderSimulator(DeviceThread):
    """Repeats the held tag's frame every ``repeat_s`` seconds."""

    def __init__(self, port: PtyPort, repeat_s: float = 0.1, frame_style: FrameStyle = "rdm6300") -> None:
        super().__init__(port, name="RDM6300 reader simulator")
        self.repeat_s = repeat_s
        self._encode = encode_rdm6300_frame if frame_style == "rdm6300" else encode_parallax_frame
        self._lock = threading.Lock()
        self._held_frame: bytes | None = None
        self._frames_left: int | None = None
        self._first_sent: threading.Event | None = None
        self._gone: threading.Event | None = None

    def hold(self, uid: bytes) -> threading.Event:
        """Put a tag in the field until :meth:`remove`; the event is set after its first frame."""
        return self._present(uid, frames=None)[0]

    def tap(self, uid: bytes, frames: int = 3) -> threading.Event:
        """Hold a tag for ``frames`` repeats, then take it away; the event is set after the last frame."""
        return self._present(uid, frames=max(frames, 1))[1]

    def remove(self) -> None:
        """Take the tag out of the field: the frames stop."""
        with self._lock:
            self._stop_holding()

    def _present(self, uid: bytes, frames: int | None) -> tuple[threading.Event, threading.Event]:
        frame = self._encode(uid)
        with self._lock:
            self._stop_holding()
            self._held_frame, self._frames_left = frame, frames
            self._first_sent, self._gone = threading.Event(), threading.Event()
            return self._first_sent, self._gone

    def _stop_holding(self) -> None:
        if self._gone is not None:
            self._gone.set()
        self._held_frame = self._frames_left = self._first_sent = self._gone = None

    def _serve(self) -> None:
        with self._lock:
            frame, first_sent = self._held_frame, self._first_sent
        if frame is None:
            self._stopping.wait(0.02)
            return
        self._write(frame)
        with self._lock:
            if self._held_frame is not frame:
                return
            if first_sent is not None:
                first_sent.set()
            if self._frames_left is not None:
                self._frames_left -= 1
                if self._frames_left == 0:
                    self._stop_holding()
                    return
        self._stopping.wait(self.repeat_s)
