"""Telling systemd that the kiosk is up, and that its screen is still responsive.

The service is ``Type=notify`` with ``WatchdogSec=``: the kiosk sends ``READY=1`` once
the attract screen is showing, then ``WATCHDOG=1`` from a QTimer on the Qt event loop
every half of ``$WATCHDOG_USEC``. When the UI freezes the timer stops firing, the
pings stop, and systemd kills and restarts the kiosk.

The sd_notify protocol is a datagram of ``KEY=value`` lines sent to the unix socket in
``$NOTIFY_SOCKET`` (a leading ``@`` means the abstract namespace). Without that
variable, i.e. not under systemd, every call here does nothing.
"""
from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import QTimer

logger = logging.getLogger(__name__)


class _Signal(Protocol):
    def connect(self, slot: Callable[..., object]) -> object: ...


ReadyTrigger = _Signal | Callable[[Callable[..., None]], object]


def notify_address(value: str | None) -> str | bytes | None:
    """The socket address for ``$NOTIFY_SOCKET``: a path, an abstract name (bytes), or None if unusable."""
    if not value:
        return None
    if value.startswith("@"):
        return b"\0" + value[1:].encode()
    if value.startswith("/"):
        return value
    logger.warning("NOTIFY_SOCKET %r is neither a path nor an abstract socket; not notifying systemd", value)
    return None


def watchdog_interval_us(environ: Mapping[str, str]) -> int | None:
    """``$WATCHDOG_USEC`` when the watchdog is meant for this process (see sd_watchdog_enabled(3)).

    ``$WATCHDOG_PID`` may name our parent too: under cage, the kiosk is the compositor's child
    and pings on its behalf (the unit then has ``NotifyAccess=all``).
    """
    try:
        interval = int(environ.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    if interval <= 0:
        return None
    owner = environ.get("WATCHDOG_PID")
    if owner and owner not in (str(os.getpid()), str(os.getppid())):
        logger.info("the systemd watchdog belongs to process %s, not to the kiosk", owner)
        return None
    return interval


class SystemdNotifier:
    """Sends sd_notify messages; pings the watchdog from the Qt event loop once ready."""

    def __init__(self, address: str | bytes | None, watchdog_us: int | None = None) -> None:
        self._address = address
        self._watchdog_us = watchdog_us if address is not None else None
        self._socket: socket.socket | None = None
        self._timer: QTimer | None = None
        self._is_ready = False
        self._failure_logged = False

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] = os.environ) -> SystemdNotifier:
        return cls(notify_address(environ.get("NOTIFY_SOCKET")), watchdog_interval_us(environ))

    @property
    def enabled(self) -> bool:
        """True when running under systemd with a notify socket."""
        return self._address is not None

    @property
    def ping_interval_ms(self) -> int | None:
        """How often WATCHDOG=1 is sent: half the interval systemd waits for, or None without a watchdog."""
        return None if self._watchdog_us is None else max(1, self._watchdog_us // 2000)

    @property
    def is_ready(self) -> bool:
        return self._is_ready

    def notify(self, *assignments: str) -> bool:
        """Send ``KEY=value`` lines in one datagram; False (never an exception) if it could not be sent."""
        if self._address is None:
            return False
        try:
            if self._socket is None:
                self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
                self._socket.setblocking(False)
            self._socket.sendto("\n".join(assignments).encode(), self._address)
        except OSError as exc:
            if not self._failure_logged:
                logger.warning("could not notify systemd (%s); further failures are logged at debug level", exc.strerror or exc)
                self._failure_logged = True
            else:
                logger.debug("could not notify systemd: %s", exc)
            return False
        return True

    def ready(self, *_signal_args: object) -> None:
        """The attract screen is up: send READY=1 (once) and start the watchdog pings."""
        if self._is_ready:
            return
        self._is_ready = True
        self.notify("READY=1", "STATUS=Showing the attract screen")
        interval = self.ping_interval_ms
        if interval is not None:
            self._timer = QTimer()
            self._timer.setInterval(interval)
            self._timer.timeout.connect(self._ping)
            self._timer.start()
            logger.info("systemd watchdog: pinging every %d ms", interval)

    def _ping(self) -> None:
        self.notify("WATCHDOG=1")

    def stop(self) -> None:
        """Tell systemd the kiosk is stopping, stop pinging and close the socket."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self._is_ready:
            self.notify("STOPPING=1")
        if self._socket is not None:
            self._socket.close()
            self._socket = None


def start_watchdog(ready_when: ReadyTrigger | None = None, *, environ: Mapping[str, str] = os.environ) -> SystemdNotifier:
    """A notifier for this process, ready now (``None``) or when ``ready_when`` fires.

    ``ready_when`` is a Qt signal (e.g. a window's ``frameSwapped``) or any function that takes
    a callback and calls it once the attract screen is up.
    """
    notifier = SystemdNotifier.from_environment(environ)
    if ready_when is None:
        notifier.ready()
    else:
        register = getattr(ready_when, "connect", ready_when)
        register(notifier.ready)
    return notifier
