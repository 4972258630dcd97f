"""The one place that wires a kiosk's parts from its config, without Qt.

:func:`build_kiosk` opens the database and the credential vault, connects every
configured platform through the registry, and builds the outbox (every destination),
the member flow (asking the identity providers in ``[station] identity`` order),
trainer mode, the event dispatcher and the device hub. The Qt kiosk (:mod:`ui.app`),
the chaos worker, the benchmark and ``gym-kiosk check`` (:func:`connect_platforms`)
all build through here; nothing else constructs these parts.

A tap travels: device hub → :class:`~kiosk.session.dispatch.EventDispatcher` (trainer
mode may claim it) → :class:`~kiosk.session.flow.SessionFlow` → the identity chain →
the platform; a result: flow → outbox → each destination.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from kiosk.cloud.base import IdentityProvider, MeasurementDestination, ReportsDownstream
from kiosk.cloud.identity_chain import IdentityChain
from kiosk.cloud.platform import Connection, Platform
from kiosk.cloud.registry import PLATFORMS
from kiosk.config.loader import KioskConfig
from kiosk.logsafety import register_secret
from kiosk.outbox.credential_vault import CredentialVault, kiosk_vault
from kiosk.outbox.outbox import Outbox
from kiosk.outbox.schedule import DeliverySchedule
from kiosk.results.history import merged_history, store_history
from kiosk.runtime.devices import DEVICE_COUNTERS, DeviceHub
from kiosk.runtime.heartbeat import Heartbeat
from kiosk.runtime.housekeeping import Housekeeping
from kiosk.session.dispatch import EventDispatcher
from kiosk.session.flow import FlowTimings, SessionFlow
from kiosk.session.state import SessionState
from kiosk.site_secrets import SITE_SECRET_NAME, load_or_create, new_site_secret, secret_path, secrets_dir
from kiosk.startup import open_database
from kiosk.storage import Database
from kiosk.trainer import TrainerMode, open_trainer_mode
from kiosk.trainer.export import EXPORT_SUBDIR

logger = logging.getLogger(__name__)

MIN_IDENTIFY_TIMEOUT_S = 5.0


@dataclass
class KioskParts:
    """Every part of one kiosk without its screen, so that they start and stop in order."""

    config: KioskConfig
    database: Database
    connections: dict[str, Connection]
    identity: IdentityChain
    destinations: tuple[MeasurementDestination, ...]
    outbox: Outbox
    flow: SessionFlow
    trainer_mode: TrainerMode
    dispatcher: EventDispatcher
    devices: DeviceHub
    housekeeping: Housekeeping
    heartbeats: tuple[Heartbeat, ...] = ()
    _chores: asyncio.Task[None] | None = field(default=None, repr=False)
    _beating: tuple[asyncio.Task[None], ...] = field(default=(), repr=False)
    _devices_running: bool = field(default=False, repr=False)

    async def start(self, *, chores: bool = True) -> None:
        """Start delivering, open the devices, the heartbeats and (``chores``) the background housekeeping."""
        await self.outbox.start()
        await self.devices.start()
        self._devices_running = True
        loop = asyncio.get_running_loop()
        self._beating = tuple(loop.create_task(heartbeat.run()) for heartbeat in self.heartbeats)
        if chores:
            self._chores = loop.create_task(self.housekeeping.run())

    async def stop_devices(self) -> None:
        """Close every device (first, so that no tap arrives while the rest shuts down); safe to call twice."""
        if self._devices_running:
            self._devices_running = False
            await self.devices.stop()

    async def aclose(self) -> None:
        """Stop everything, newest first: devices, chores, trainer mode, flow, outbox, platforms, database."""
        await self.stop_devices()
        background = [*self._beating, *([self._chores] if self._chores is not None else [])]
        for task in background:
            task.cancel()
        await asyncio.gather(*background, return_exceptions=True)
        await self.trainer_mode.aclose()
        await self.flow.aclose()
        await self.outbox.aclose()
        for connection in self.connections.values():
            await connection.close()
        self.database.close()


def connect_platforms(
    config: KioskConfig,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    platforms: Sequence[Platform] = PLATFORMS,
) -> dict[str, Connection]:
    """Each configured platform's client and integration, in registry order.

    ``options`` are per platform name, for its ``connect`` (an in-process transport in tests,
    no retries for a check). Registers each platform's secrets with the log filter first.
    """
    options = options or {}
    register_secrets(config, platforms)
    return {
        platform.name: platform.connect(config.platforms[platform.name], **options.get(platform.name, {}))
        for platform in platforms
        if platform.name in config.platforms
    }


def register_secrets(config: KioskConfig, platforms: Sequence[Platform] = PLATFORMS) -> None:
    """Tell the log filter every configured platform's secrets, before anything could log one."""
    for platform in platforms:
        if platform.name in config.platforms:
            for secret in platform.secrets(config.platforms[platform.name]):
                register_secret(secret)


def flow_timings(config: KioskConfig, platforms: Sequence[Platform] = PLATFORMS) -> FlowTimings:
    """The screens' timings from ``[station]``; identifying may take every identity provider's request time."""
    station = config.station
    asked = [config.platforms[name].timeout_s for name in station.identity]
    return FlowTimings(
        idle_s=station.idle_seconds,
        warning_s=station.idle_warning_seconds,
        review_s=station.review_seconds,
        result_idle_s=station.idle_seconds + station.idle_warning_seconds,
        unclaimed_record_s=station.claim_window_seconds,
        failed_s=station.result_seconds,
        identify_timeout_s=max(sum(asked), MIN_IDENTIFY_TIMEOUT_S),
    )


async def build_kiosk(
    config: KioskConfig,
    *,
    platforms: Sequence[Platform] = PLATFORMS,
    platform_options: Mapping[str, Mapping[str, Any]] | None = None,
    database: Database | None = None,
    vault: CredentialVault | None = None,
    outbox_type: type[Outbox] = Outbox,
    outbox_options: Mapping[str, Any] | None = None,
    timings: FlowTimings | None = None,
    simulator_options: dict[str, dict[str, Any]] | None = None,
) -> KioskParts:
    """Build (but do not start) every part of the kiosk ``config`` describes.

    By default the secrets files come first, so a problem with one stops the kiosk
    before anything is opened: the vault key and the site secret beside the config,
    then the database. ``database`` and ``vault`` replace those (a harness keeps its own). ``outbox_options`` go to the outbox (``retry``,
    ``concurrency``); ``outbox_type`` lets a harness observe captures. The parts own
    the database from then on: :meth:`KioskParts.aclose` closes it.
    """
    register_secrets(config, platforms)
    data_dir = config.storage.database.parent
    secrets = secrets_dir(config.source, data_dir)
    if vault is None:
        vault = kiosk_vault(data_dir, secrets)  # its key beside the config, not in the data folder
    site_secret = load_or_create(secret_path(SITE_SECRET_NAME, secrets), "site secret", new_site_secret)
    if database is None:
        database = open_database(config.storage.database)  # creates its folder owner-only
    connections = connect_platforms(config, platform_options, platforms)
    try:
        return await _assemble(config, database, vault, site_secret, connections, outbox_type=outbox_type,
                               outbox_options=outbox_options, timings=timings or flow_timings(config, platforms),
                               simulator_options=simulator_options)
    except BaseException:
        for connection in connections.values():
            await connection.close()
        database.close()
        raise


async def _assemble(
    config: KioskConfig, database: Database, vault: CredentialVault, site_secret: bytes,
    connections: dict[str, Connection], *, outbox_type: type[Outbox], outbox_options: Mapping[str, Any] | None,
    timings: FlowTimings, simulator_options: dict[str, dict[str, Any]] | None,
) -> KioskParts:
    """The parts above the platforms: outbox, flow, trainer mode, dispatcher, devices, housekeeping."""
    data_dir = config.storage.database.parent
    identity = IdentityChain([_identity_provider(connections, name) for name in config.station.identity])
    destinations = tuple(c.destination for c in connections.values() if c.destination is not None)
    outbox_settings: dict[str, Any] = {"retry": DeliverySchedule(max_retry_after_s=config.outbox.max_retry_after_seconds)}
    outbox_settings.update(outbox_options or {})
    outbox = outbox_type(database, destinations, vault=vault, **outbox_settings)
    downstream = {d.name: d for d in destinations if isinstance(d, ReportsDownstream)}
    pc_mode = config.device is not None and config.device.pc_mode
    # The device hub is built below; the flow only sends a member's details after a tap, when it exists.
    services = {name: c.services for name, c in connections.items() if c.services is not None}
    flow = SessionFlow(identity, outbox, kind=config.station.kind, timings=timings,
                       history=merged_history(store_history(database, outbox), services), downstream=downstream,
                       analyser=(lambda data: devices.send_profile(data)) if pc_mode else None,
                       member_services=services,
                       account_linking={name: c.account_linking for name, c in connections.items()
                                        if c.account_linking is not None})
    trainer_mode = await open_trainer_mode(database, outbox, config.trainer, data_dir=data_dir, site_secret=site_secret,
                                           can_enter=lambda: flow.snapshot.state is SessionState.ATTRACT,
                                           downstream=downstream)
    dispatcher = EventDispatcher(flow.handle)
    dispatcher.add_claimer(trainer_mode.claims)
    devices = DeviceHub([*config.readers, *([config.device] if config.device else [])], dispatcher,
                        simulator_options=simulator_options)
    housekeeping = Housekeeping(devices, database, counters_path=data_dir / DEVICE_COUNTERS,
                                history_days=config.storage.history_days, exports_dir=data_dir / EXPORT_SUBDIR,
                                min_free_mb=config.storage.min_free_mb)
    heartbeats = tuple(Heartbeat(c.heartbeat, devices, outbox) for c in connections.values() if c.heartbeat is not None)
    return KioskParts(config, database, connections, identity, destinations, outbox, flow, trainer_mode, dispatcher,
                      devices, housekeeping, heartbeats)


def _identity_provider(connections: Mapping[str, Connection], name: str) -> IdentityProvider:
    provider = connections[name].identity
    if provider is None:  # the loader only lets identity providers into [station] identity
        raise ValueError(f"platform {name!r} does not identify members")
    return provider
