"""Every configured device in one place: its serial link and, when simulated, its simulator.

All device I/O runs on the event loop through :class:`~hardware.serial_link.SerialLink`;
this hub creates the links from the config and forwards their events to one callback.
A device configured as ``port = "simulated"`` gets a pty with the protocol's simulator
on the other end, opened through pyserial exactly like a real port.
"""
from __future__ import annotations

import asyncio
import dataclasses
import importlib
import json
import inspect
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

from hardware.events import DeviceConnection
from hardware.profile_sender import send_profile
from hardware.protocols.tanita_pc_mode import DIALECTS, PersonalData, ProfileOutcome, ProfileRefused, RefusalReason
from hardware.pty_port import PtyPort
from hardware.registry import DeviceHandler, handler_for
from hardware.serial_link import LinkEvent, SerialLink
from kiosk.config.loader import DeviceConfig

logger = logging.getLogger(__name__)

DEVICE_COUNTERS = "device-counters.json"  # beside the database; read by gym-kiosk diagnostics

# How simulated devices behave in a kiosk unless told otherwise: a cardio console waits
# for a member to start a workout rather than starting one as soon as the kiosk claims it.
_SIMULATOR_DEFAULTS: dict[str, dict[str, Any]] = {"csafe": {"plan": None}}


@dataclass
class ManagedDevice:
    config: DeviceConfig
    link: SerialLink | None = None  # serial devices
    reader: Any = None  # readers with their own thread (nfcpy): start(loop, on_event) / aclose()
    keys: Any = None  # keyboard-wedge decoder, fed with key presses by the ui layer
    pty: PtyPort | None = None
    simulator: Any = None

    @property
    def stats(self) -> dict[str, Any]:
        if self.link is not None:
            return self.link.stats
        return {"port": self.config.port, **(self.reader.stats if self.reader is not None else {})}


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
        if handler.transport == "keyboard":
            decoder = handler.make_decoder(reader_id=config.reader_id, **config.options)
            return ManagedDevice(config=config, keys=decoder)
        if handler.transport == "nfcpy":
            if config.simulated:
                raise ValueError(f"{config.protocol} readers cannot be simulated on a pty; use its own simulator path")
            options = {"reader_id": config.reader_id, **config.options}
            return ManagedDevice(config=config, reader=handler.make_decoder(device_path=config.port, **options))
        decoder = handler.make_decoder(**config.options)
        pty = simulator = None
        port = config.port
        if config.simulated:
            pty = PtyPort()
            simulator = self._simulate(handler, config, pty)
            port = pty.path
        link = SerialLink(
            port,
            decoder,
            self._forward(config),
            baudrate=config.baudrate or handler.default_baudrate,
            stale_after_s=self._stale_after_s if config.role == "measuring" else None,
        )
        return ManagedDevice(config=config, link=link, pty=pty, simulator=simulator)

    def _simulate(self, handler: DeviceHandler, config: DeviceConfig, pty: PtyPort) -> Any:
        """The device's simulator, started on ``pty``.

        It gets the kiosk's defaults for the protocol, then every config option its
        constructor has a parameter for (a simulated device must agree with the decoder
        on style, model, line format …), then the hub's ``simulator_options``, which win.
        """
        accepted = _simulator_parameters(handler)
        options = dict(_SIMULATOR_DEFAULTS.get(config.protocol, {}))
        options.update({name: value for name, value in config.options.items() if name in accepted})
        options.update(self._simulator_options.get(config.protocol, {}))
        try:
            simulator = handler.make_simulator(pty, **options)
        except (TypeError, ValueError) as error:  # no simulator, or options it cannot take
            pty.close()
            raise ValueError(f"cannot simulate the {config.protocol} device: {error}") from None
        simulator.start()  # idempotent; not every simulator starts itself
        return simulator

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
            elif device.reader is not None:
                device.reader.start(loop, self._forward(device.config))

    async def stop(self) -> None:
        for device in self.devices:
            if device.link is not None:
                await device.link.stop()
            elif device.reader is not None:
                await device.reader.aclose()
            if device.simulator is not None:
                device.simulator.stop()
            if device.pty is not None:
                device.pty.close()

    def keyboard_readers(self) -> list[tuple[Any, Callable[[LinkEvent], None]]]:
        """(decoder, deliver) for each keyboard-wedge reader; the ui feeds them key presses."""
        return [(d.keys, self._forward(d.config)) for d in self.devices if d.keys is not None]

    async def send_profile(self, data: PersonalData) -> ProfileOutcome:
        """Give the analyser in PC mode the member's ``data`` (with the configured tare) and start it.

        Runs on the event loop beside the link's reading: nothing blocks while the
        analyser answers. Refused as not connected when no device is in PC mode.
        """
        device = next((d for d in self.devices if d.config.pc_mode and d.link is not None), None)
        if device is None or device.link is None:
            logger.warning("no measuring device in PC mode to send a member's details to")
            return ProfileRefused("", RefusalReason.NOT_CONNECTED)
        handler = handler_for(device.config.protocol)
        assert handler is not None and handler.pc_mode is not None  # the config loader checked both
        with_tare = dataclasses.replace(data, tare_kg=device.config.tare_kg)
        return await send_profile(device.link, with_tare, DIALECTS[handler.pc_mode])

    def simulator(self, role: str) -> Any:
        """The first simulator for ``role`` ("reader" or "measuring"), or None."""
        return next((d.simulator for d in self.devices if d.config.role == role and d.simulator is not None), None)

    def stats(self) -> list[dict[str, Any]]:
        """Per-device counters for diagnostics (ports, reconnects, rejected frames)."""
        return [{"role": d.config.role, "protocol": d.config.protocol, **d.stats} for d in self.devices]

    def write_counters(self, path: Path) -> None:
        """Save :meth:`stats` as JSON (atomically) for ``gym-kiosk diagnostics`` to pick up."""
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps({"written_at": time.time(), "devices": self.stats()}, indent=2, default=str))
        temporary.replace(path)


def _simulator_parameters(handler: DeviceHandler) -> frozenset[str]:
    """The keyword parameters of the protocol's simulator class (none without a simulator)."""
    if handler.simulator is None:
        return frozenset()
    module_name, _, attribute = handler.simulator.partition(":")
    simulator_class = getattr(importlib.import_module(module_name), attribute)
    parameters = inspect.signature(simulator_class).parameters.values()
    return frozenset(p.name for p in parameters if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)) - {"port"}
