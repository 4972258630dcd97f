"""A pseudo-terminal that stands in for a USB serial adapter in simulators and tests.

The simulator holds the master side; the kiosk opens :attr:`PtyPort.path` with
pyserial exactly as it would open ``/dev/ttyUSB0``::

    with PtyPort() as port:
        link = SerialLink(port.path, decoder, on_event)   # kiosk side
        port.write(b"ST,GS,  72.5,kg\\r\\n")              # device side
        request = port.read(timeout=1.0)                   # what the kiosk sent

Stable path across unplug/replug: closing a pty master makes its slave node
(``/dev/pts/N``) disappear, and a new pair may get a different number. So
:attr:`path` is a symlink (``link_path``, or one in a private temporary
directory) that points at the current slave. :meth:`unplug` closes the pair and
removes the symlink, like a USB adapter vanishing from ``/dev``; :meth:`replug`
opens a new pair and points the symlink at it, so the kiosk finds the device
again at the same path. :attr:`slave_path` is the current ``/dev/pts/N``.

The port keeps its own slave descriptor open so that writes from the device
side are buffered even before the kiosk opens the port. Writes time out rather
than block forever when nobody reads.
"""
from __future__ import annotations

import os
import select
import shutil
import tempfile
import termios
import threading
import time
import tty
from pathlib import Path


class PortUnplugged(OSError):
    """The simulated device is unplugged, so it cannot send or receive."""


class PtyPort:
    """Master side of a pty pair, reachable by the kiosk at a stable path."""

    def __init__(self, link_path: str | os.PathLike[str] | None = None, *, write_timeout_s: float = 2.0) -> None:
        self._own_directory: str | None = None
        if link_path is None:
            self._own_directory = tempfile.mkdtemp(prefix="pty-port-")
            link_path = os.path.join(self._own_directory, "ttySIM0")
        self._link_path = Path(link_path)
        self.write_timeout_s = write_timeout_s
        self._lock = threading.RLock()
        self._master_fd: int | None = None
        self._slave_fd: int | None = None
        self._slave_path = ""
        self._closed = False
        self._open_pair()

    @property
    def path(self) -> str:
        """The stable device path the kiosk opens (a symlink to the current slave)."""
        return str(self._link_path)

    @property
    def slave_path(self) -> str:
        """The current ``/dev/pts/N`` behind :attr:`path` ("" while unplugged)."""
        return self._slave_path

    @property
    def plugged(self) -> bool:
        """True while the pty pair exists."""
        return self._master_fd is not None

    def write(self, data: bytes) -> None:
        """Send ``data`` to the kiosk as the device would; raises PortUnplugged or TimeoutError."""
        view = memoryview(bytes(data))
        deadline = time.monotonic() + self.write_timeout_s
        while view:
            with self._lock:
                master = self._require_master()
                try:
                    written = os.write(master, view)
                except BlockingIOError:
                    written = 0
            view = view[written:]
            if view:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"nobody read {len(view)} pending bytes from {self.path}")
                _wait_for(master, writable=True, timeout=min(remaining, 0.05))

    def read(self, timeout: float = 0.0, max_bytes: int = 4096) -> bytes:
        """Return what the kiosk wrote (up to ``max_bytes``), or b"" after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                master = self._require_master()
                try:
                    return os.read(master, max_bytes)
                except BlockingIOError:
                    pass
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return b""
            _wait_for(master, writable=False, timeout=min(remaining, 0.05))

    def unplug(self) -> None:
        """Close the pair and remove the path, as when the USB cable is pulled."""
        with self._lock:
            self._close_pair()

    def replug(self) -> None:
        """Open a fresh pair and make :attr:`path` point at it again."""
        with self._lock:
            if self._closed:
                raise PortUnplugged("this port was closed for good")
            self._close_pair()
            self._open_pair()

    def close(self) -> None:
        """Release the pair, the symlink and any private directory. Safe to call twice."""
        with self._lock:
            self._close_pair()
            self._closed = True
            if self._own_directory is not None:
                shutil.rmtree(self._own_directory, ignore_errors=True)
                self._own_directory = None

    def __enter__(self) -> PtyPort:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = self._slave_path or "unplugged"
        return f"PtyPort({self.path!r} -> {state})"

    def _require_master(self) -> int:
        if self._master_fd is None:
            raise PortUnplugged(f"{self.path} is unplugged")
        return self._master_fd

    def _open_pair(self) -> None:
        master, slave = os.openpty()
        tty.setraw(slave, termios.TCSANOW)
        attributes = termios.tcgetattr(slave)
        attributes[3] &= ~termios.ECHO
        termios.tcsetattr(slave, termios.TCSANOW, attributes)
        os.set_blocking(master, False)
        self._master_fd, self._slave_fd = master, slave
        self._slave_path = os.ttyname(slave)
        self._point_link_at(self._slave_path)

    def _point_link_at(self, target: str) -> None:
        temporary = self._link_path.with_name(f".{self._link_path.name}.{os.getpid()}.tmp")
        temporary.unlink(missing_ok=True)
        os.symlink(target, temporary)
        os.replace(temporary, self._link_path)

    def _close_pair(self) -> None:
        self._link_path.unlink(missing_ok=True)
        for descriptor in (self._master_fd, self._slave_fd):
            if descriptor is not None:
                os.close(descriptor)
        self._master_fd = self._slave_fd = None
        self._slave_path = ""


def _wait_for(descriptor: int, *, writable: bool, timeout: float) -> None:
    """Wait until ``descriptor`` is ready; returns early if it was closed meanwhile."""
    try:
        if writable:
            select.select([], [descriptor], [], timeout)
        else:
            select.select([descriptor], [], [], timeout)
    except (OSError, ValueError):
        return
