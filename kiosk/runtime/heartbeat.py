"""The kiosk's heartbeat to a platform that watches its fleet (the hub), every minute, members or not.

Each beat reports the kiosk's version, each device's state, how many deliveries wait in the
outbox and the last error the kiosk logged (scrubbed like every log line). A failed beat is
remembered as the next beat's last error and never stops the kiosk.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Awaitable, Callable, Mapping

from kiosk.logsafety import scrub
from kiosk.outbox.outbox import Outbox
from kiosk.runtime.devices import DeviceHub

log = logging.getLogger(__name__)

INTERVAL_S = 60.0
_MAX_ERROR_CHARS = 300


def kiosk_version() -> str:
    """The installed gym-kiosk version ("unknown" when run from a tree without metadata).

    importlib.metadata (zipfile, csv and their kin: ~0.7 MiB) is imported on the first beat, not at
    start: a kiosk that reports to no fleet never needs it.
    """
    import importlib.metadata

    try:
        return importlib.metadata.version("gym-kiosk")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


class LastError(logging.Handler):
    """Keeps the newest error-level log line, scrubbed, for the heartbeat."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.text: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        self.text = scrub(f"{record.name}: {record.getMessage()}")[:_MAX_ERROR_CHARS]


class Heartbeat:
    """Sends a health report through ``send`` every ``interval_s`` seconds until cancelled."""

    def __init__(self, send: Callable[[Mapping[str, Any]], Awaitable[None]], devices: DeviceHub, outbox: Outbox,
                 *, interval_s: float = INTERVAL_S) -> None:
        self._send = send
        self._devices = devices
        self._outbox = outbox
        self._interval_s = interval_s
        self._last_error = LastError()

    async def report(self) -> dict[str, Any]:
        """What one beat says."""
        stats = await self._outbox.stats()
        return {
            "version": kiosk_version(),
            "devices": device_states(self._devices),
            "queue_depth": stats.unfinished,
            "last_error": self._last_error.text,
        }

    async def beat(self) -> None:
        """Send one report; a failure is logged (and so becomes the next report's last error)."""
        try:
            await self._send(await self.report())
        except Exception as error:  # the heartbeat must never take the kiosk down
            log.error("heartbeat not delivered (%s: %s)", type(error).__name__, error)

    async def run(self) -> None:
        """Beat now and then every ``interval_s``, until cancelled."""
        logging.getLogger().addHandler(self._last_error)
        try:
            while True:
                await self.beat()
                await asyncio.sleep(self._interval_s)
        finally:
            logging.getLogger().removeHandler(self._last_error)


def device_states(devices: DeviceHub) -> dict[str, str]:
    """Each device by its role ("reader", "measuring"; a second reader is "reader-2"): "ok" or "disconnected"."""
    states: dict[str, str] = {}
    for device in devices.stats():
        name, number = device["role"], 2
        while name in states:
            name, number = f"{device['role']}-{number}", number + 1
        states[name] = "disconnected" if device.get("connected") is False else "ok"
    return states
