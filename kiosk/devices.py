"""Every configured device in one place: its serial link and, when simulated, its simulator.

All device I/O runs on the event loop through :class:`~hardware.serial_link.SerialLink`;
this hub creates the links from the config and forwards their events to one callback.
A device configured as ``port = "simulated"`` gets a pty with the protocol's simulator
on the other end, opened through pyserial exactly like a real port.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from hardware.events import DeviceConnection
from hardware.pty_port import PtyPort
from hardware.registry import handler_for
from hardware.serial_link import LinkEvent, SerialLink
from kiosk.config.loader import DeviceConfig

logger = logging.getLogger(__name__)

# Simulator options that must agree with the decoder's options of the same name.
_SHARED_SIMULATOR_OPTIONS = ("style", "model")


@dataclass
class ManagedDevice:
    config: DeviceConfig
    link: SerialLink | None = None  # serial devices
    reader: Any = None  # readers with their own thread (nfcpy): start(loop, on_event) / aclose()
    pty: PtyPort | None = None
    simulator: Any = None

    @property
    def stats(self) -> dict[str, Any]:
        return self.link.stats if self.link is not None else {"port": self.config.port, **self.reader.stats}


class DeviceHub:
    """Starts, stops and reports on the kiosk's readers and its measuring device."""

    def __init__(
        self,
        devices: Sequence[DeviceConfig],
        on_event: Callable[[LinkEvent], None],
        *,
        simulator_options: dict[str, dict[str, Any]] | None = None,
        stale_after_s: float | None = 3.0,
    ) -> None:
        self._on_event = on_event
        self._simulator_options = simulator_options or {}
        self._stale_after_s = stale_after_s
        self.devices = [self._build(config) for config in devices]

    def _build(self, config: DeviceConfig) -> ManagedDevice:
        handler = handler_for(config.protocol)
        if handler is None:
            raise ValueError(f"unknown device protocol {config.protocol!r}")
        if not handler.serial:
            if config.simulated:
                raise ValueError(f"{config.protocol} readers cannot be simulated on a pty; use its own simulator path")
            options = {"reader_id": config.reader_id, **config.options}
            return ManagedDevice(config=config, reader=handler.make_decoder(device_path=config.port, **options))
        decoder = handler.make_decoder(**config.options)
        pty = simulator = None
        port = config.port
        if config.simulated:
            pty = PtyPort()
            shared = {k: v for k, v in config.options.items() if k in _SHARED_SIMULATOR_OPTIONS}
            simulator = handler.make_simulator(pty, **shared, **self._simulator_options.get(config.protocol, {}))
            port = pty.path
        link = SerialLink(
            port,
            decoder,
            self._forward(config),
            baudrate=config.baudrate or handler.default_baudrate,
            stale_after_s=self._stale_after_s if config.role == "measuring" else None,
        )
        return ManagedDevice(config=config, link=link, pty=pty, simulator=simulator)

    def _forward(self, config: DeviceConfig) -> Callable[[LinkEvent], None]:
        def forward(event: LinkEvent) -> None:
            # A card reader coming and going is logged by its link; the member screen
            # only reflects the measuring device's connection.
            if isinstance(event, DeviceConnection) and config.role == "reader":
                return
            self._on_event(event)

        return forward

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        for device in self.devices:
            if device.link is not None:
                await device.link.start()
            else:
                device.reader.start(loop, self._forward(device.config))

    async def stop(self) -> None:
        for device in self.devices:
            if device.link is not None:
                await device.link.stop()
            else:
                await device.reader.aclose()
            if device.simulator is not None:
                device.simulator.close()
            if device.pty is not None:
                device.pty.close()

    def simulator(self, role: str) -> Any:
        """The first simulator for ``role`` ("reader" or "measuring"), or None."""
        return next((d.simulator for d in self.devices if d.config.role == role and d.simulator is not None), None)

    def stats(self) -> list[dict[str, Any]]:
        """Per-device counters for diagnostics (ports, reconnects, rejected frames)."""
        return [{"role": d.config.role, "protocol": d.config.protocol, **d.stats} for d in self.devices]
