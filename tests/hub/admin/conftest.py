"""Fixtures for the admin pages: a hub on a real store served by uvicorn on loopback, and Debian's chromium.

The browser is /usr/bin/chromium driven by Playwright (never a browser Playwright downloads).
Under CI (``$CI`` set) a missing chromium fails the tests with the fix; a CI run that silently
skipped the browser tests would prove nothing.
"""
from __future__ import annotations

import os
import socket
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest
import uvicorn
from argon2 import PasswordHasher
from sqlalchemy.engine import Engine
from starlette.applications import Starlette
from starlette.routing import Mount, Route

from hub.admin.credentials import write_credentials
from hub.admin.pages import AdminSettings, build_admin_app
from hub.admin.queries import StoreFleet
from hub.metrics import HubMetrics
from hub.store.engine import migrate, open_engine

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
ADMIN_PASSWORD = "the hub's admin password"
GYMS = (("berlin-mitte", "Berlin Mitte"), ("hamburg-altona", "Hamburg Altona"))
# A cheap argon2id for tests; the hash records its parameters, so verifying uses them too.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def require_chromium() -> Path:
    """Debian's chromium; fails under CI and skips elsewhere, with the fix, when it is missing."""
    if CHROMIUM.exists():
        return CHROMIUM
    message = (f"Debian's chromium is missing at {CHROMIUM}: the admin pages' browser tests need it. "
               "Install it with: apt-get install -y chromium (never `playwright install`)")
    if os.environ.get("CI"):
        pytest.fail(message + " (CI must run the browser tests)", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One headless chromium for the session (each test opens its own context: fresh cookies)."""
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


class _Server(uvicorn.Server):
    """uvicorn that says when it listens, so a test waits for that and not for a guessed time."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.listening = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.listening.set()


@dataclass
class AdminSite:
    """A running hub's admin side: its URL, its store and the fleet adapter over it."""

    url: str
    engine: Engine
    fleet: StoreFleet


@pytest.fixture
def admin_site(tmp_path: Path) -> Iterator[AdminSite]:
    """A hub app on a migrated SQLite store, listening on a free loopback port, with the admin password set."""
    engine = open_engine(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    migrate(engine)
    fleet = StoreFleet(engine)
    credentials = write_credentials(tmp_path / "admin-password", ADMIN_PASSWORD, FAST_HASHER)
    metrics = HubMetrics(fleet)
    app = Starlette(routes=[
        Route("/metrics", metrics.endpoint),
        Mount("/admin", app=build_admin_app(fleet, AdminSettings(credentials=credentials, secure_cookies=False,
                                                                  gyms=GYMS))),
    ])
    listener = socket.create_server(("127.0.0.1", 0))
    server = _Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    try:
        assert server.listening.wait(30), "the hub did not start listening"
        yield AdminSite(url=f"http://127.0.0.1:{listener.getsockname()[1]}", engine=engine, fleet=fleet)
    finally:
        server.should_exit = True
        thread.join(30)
        listener.close()
        engine.dispose()
