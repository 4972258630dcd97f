"""The hub's object graph, built in one place: store, sealer, per-gym platform connections, API, delivery worker.

:func:`build_hub` opens and migrates the store at once (so a bad store URL fails before
anything listens); the platform connections and the delivery worker start with the app
(its lifespan) inside the event loop that serves it, and stop with it. ``gym-kiosk hub``
serves the result in the foreground; tests and the demo start it on a background thread
(:meth:`Hub.start`) and talk to it over real HTTP.
"""
from __future__ import annotations

import asyncio
import contextlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Callable, Mapping, Sequence

from sqlalchemy.engine import Engine
from starlette.applications import Starlette

from hub.api.app import create_api
from hub.linking.pages import LinkPages
from hub.linking.service import Linking
from hub.store.links import purge_lapsed_links
from hub.api.context import ApiContext
from hub.config import GymConfig, HubConfig
from hub.delivery import DeliveryWorker
from hub.gyms import GymPlatforms
from hub.operations import Operations
from hub.serving import RunningHub, serve_forever, serve_in_thread
from hub.store.engine import migrate, open_engine
from hub.store.measurements import forget_finished_members
from hub.store.member_sessions import purge_expired_sessions
from hub.store.sealing import Sealer
from kiosk import logsafety
from kiosk.cloud.identity_chain import IdentityChain
from kiosk.cloud.platform import Connection, Platform
from kiosk.cloud.registry import PLATFORMS

PURGE_EVERY_S = 300.0
LAPSED_LINKS_KEPT_MS = 86_400_000  # a day: the kiosk stopped asking long before
STORE_THREADS = 32


@dataclass
class Hub:
    """A built hub: its config, store engine, API context and ASGI app (worker and connections run in its lifespan)."""

    config: HubConfig
    engine: Engine
    context: ApiContext
    app: Starlette = field(repr=False)

    def serve(self, on_ready: Callable[[str], None] = lambda url: None) -> None:
        """Serve on the configured address in the foreground until Ctrl-C or SIGTERM; ``on_ready(url)`` once listening."""
        serve_forever(self.app, self.config.listen_host, self.config.listen_port, on_ready)

    def start(self, host: str | None = None, port: int | None = None) -> RunningHub:
        """Serve on a background thread (default: the configured address; port 0 picks a free one)."""
        return serve_in_thread(self.app, host or self.config.listen_host,
                               self.config.listen_port if port is None else port)

    def close(self) -> None:
        self.engine.dispose()


def build_hub(config: HubConfig, *, platforms: Sequence[Platform] = PLATFORMS,
              platform_options: Mapping[str, Mapping[str, Any]] | None = None,
              worker_options: Mapping[str, Any] | None = None) -> Hub:
    """Build the hub for ``config``. ``platform_options`` go to each platform's ``connect`` (by platform name);
    ``worker_options`` to the :class:`DeliveryWorker` (lease, concurrency, poll interval, schedule)."""
    logsafety.register_secret(*config.secrets)
    engine = open_engine(config.store_url)
    migrate(engine)
    operations = Operations(config, engine)  # the fleet page and /metrics
    context = ApiContext(engine=engine, sealer=Sealer.from_key_file(config.key_file),
                         on_accepted=operations.metrics.measurement_accepted)

    @contextlib.asynccontextmanager
    async def running(_app: Starlette) -> AsyncIterator[None]:
        # Store calls run on threads; a waiting writer must not leave the requests' reads without one.
        asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(STORE_THREADS, "hub-store"))
        for name, gym in config.gyms.items():
            context.gyms[name] = connect_gym(gym, platforms, platform_options)
        worker = DeliveryWorker(engine, context.sealer, context.gyms, changed=context.changes.changed,
                                **{"on_outcome": operations.metrics.delivery_outcome, "linked": context.linked_sessions,
                                   **dict(worker_options or {})})
        context.wake_worker = worker.wake
        tasks = [asyncio.create_task(worker.run(), name="hub-delivery"),
                 asyncio.create_task(_purge(context), name="hub-purge")]
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            for gym in context.gyms.values():
                await gym.close()
            context.gyms.clear()

    context.linking = Linking(engine, context.sealer, context.gyms, config.public_url, context.clock_ms,
                              {name: gym.display_name for name, gym in config.gyms.items()})
    app = create_api(context, lifespan=running)
    app.router.routes.extend(LinkPages(context.linking).routes())
    operations.mount(app)
    return Hub(config=config, engine=engine, context=context, app=app)


async def _purge(context: ApiContext) -> None:
    """Forget expired member sessions, and members' credentials and tokens no delivery needs any more."""
    while True:
        await asyncio.to_thread(purge_expired_sessions, context.engine, context.clock_ms())
        await asyncio.to_thread(forget_finished_members, context.engine, context.clock_ms())
        await asyncio.to_thread(purge_lapsed_links, context.engine, context.clock_ms(), LAPSED_LINKS_KEPT_MS)
        await asyncio.sleep(PURGE_EVERY_S)


def connect_gym(gym: GymConfig, platforms: Sequence[Platform] = PLATFORMS,
                options: Mapping[str, Mapping[str, Any]] | None = None) -> GymPlatforms:
    """Connect every platform configured for ``gym``; ``options`` go to each platform's ``connect`` by name.

    Its identity providers form an identity chain in registry order; its destinations receive
    every measurement its kiosks send.
    """
    connections: list[Connection] = []
    identities, destinations, linking = [], {}, {}
    for platform in platforms:
        if platform.name not in gym.platforms:
            continue
        connection = platform.connect(gym.platforms[platform.name], **dict((options or {}).get(platform.name, {})))
        connections.append(connection)
        if connection.identity is not None:
            identities.append(connection.identity)
        if connection.destination is not None:
            destinations[platform.name] = connection.destination
        if connection.linking is not None:
            linking[platform.name] = connection.linking
    return GymPlatforms(name=gym.name, identity=IdentityChain(identities) if identities else None,
                        destinations=destinations, connections=connections, linking=linking)
