"""Restarting into a new version only while nobody is using the kiosk.

A package upgrade does not restart the service. Its postinst runs ``systemctl reload
gym-kiosk``, whose ``ExecReload`` touches ``$RUNTIME_DIRECTORY/restart-requested``. The
gate looks for that flag every few seconds and on every session change; once the flag is
there and the kiosk shows the attract screen, it removes the flag and calls
``on_restart``. The kiosk then exits and systemd (``Restart=always``) starts the new
version. A member mid-session is never cut off: the session's idle timeout brings the
kiosk back to the attract screen at the latest.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Protocol

import psutil

from kiosk.session.state import SessionSnapshot, SessionState
from kiosk.session.timers import AsyncioScheduler, Scheduler, TimerHandle

logger = logging.getLogger(__name__)

RESTART_FLAG_NAME = "restart-requested"
POLL_SECONDS = 2.0


class SessionSource(Protocol):
    """What the gate reads from the session flow."""

    @property
    def snapshot(self) -> SessionSnapshot: ...

    def subscribe(self, callback: Callable[[SessionSnapshot], None]) -> Callable[[], None]: ...


def restart_flag_path(environ: Mapping[str, str] = os.environ) -> Path | None:
    """Where systemd's ExecReload leaves the request, or None when not run by the service."""
    runtime_directory = environ.get("RUNTIME_DIRECTORY")
    if not runtime_directory:
        return None
    return Path(runtime_directory.split(":")[0]) / RESTART_FLAG_NAME


class UpdateGate:
    """Calls ``on_restart`` once, when a restart is requested and the kiosk is idle."""

    def __init__(
        self,
        flag: Path,
        flow: SessionSource,
        on_restart: Callable[[], None],
        *,
        scheduler: Scheduler | None = None,
        poll_s: float = POLL_SECONDS,
        started_at: float | None = None,
    ) -> None:
        self._flag = flag
        self._flow = flow
        self._on_restart = on_restart
        self._scheduler = scheduler or AsyncioScheduler()
        self._poll_s = poll_s
        self._started_at = psutil.Process().create_time() if started_at is None else started_at
        self._timer: TimerHandle | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._fired = False

    def start(self) -> None:
        """Drop a request older than this process (it already runs the new code), then watch."""
        try:
            if self._flag.stat().st_mtime < self._started_at:
                self._flag.unlink(missing_ok=True)
                logger.info("restart request predates this process; ignoring it")
        except FileNotFoundError:
            pass
        except OSError as exc:
            logger.warning("cannot read the restart request %s: %s", self._flag, exc.strerror)
        self._unsubscribe = self._flow.subscribe(lambda _snapshot: self.check())
        self._schedule()

    def check(self) -> bool:
        """Restart now if requested and no member is using the kiosk; True if it did."""
        if self._fired or self._flow.snapshot.state is not SessionState.ATTRACT or not self._flag.exists():
            return False
        self._fired = True
        self._flag.unlink(missing_ok=True)
        logger.info("update installed: restarting now that the kiosk is idle")
        self.stop()
        self._on_restart()
        return True

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _schedule(self) -> None:
        self._timer = self._scheduler.call_later(self._poll_s, self._tick)

    def _tick(self) -> None:
        self._timer = None
        if not self.check():
            self._schedule()


def start_update_gate(flow: SessionSource, on_restart: Callable[[], None]) -> UpdateGate | None:
    """A started gate when run by the systemd service (``$RUNTIME_DIRECTORY`` set), else None."""
    flag = restart_flag_path()
    if flag is None:
        return None
    gate = UpdateGate(flag, flow, on_restart)
    gate.start()
    return gate
