"""Fixtures for the admin pages: the whole hub served by uvicorn on loopback, and Debian's chromium.

The browser is /usr/bin/chromium driven by Playwright (never a browser Playwright downloads).
Under CI (``$CI`` set) a missing chromium fails the tests with the fix; a CI run that silently
skipped the browser tests would prove nothing.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import httpx
import pytest
from argon2 import PasswordHasher
from sqlalchemy.engine import Engine

from hub.admin.credentials import write_credentials
from hub.composition import Hub, build_hub
from hub.config import parse_hub_config
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME
from kiosk.sandbox import RunningSandbox

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


@pytest.fixture(scope="package")
def browser() -> Iterator[object]:
    """One headless chromium for this folder's tests (each test opens its own context: fresh cookies).

    Package scope, not session: Playwright's sync API keeps an event loop running on this thread
    while it is open, and the asyncio tests of other folders need the thread's loop free.
    """
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@dataclass
class AdminSite:
    """A running hub (kiosk API, fleet page, /metrics) on loopback in front of the EGYM sandbox."""

    url: str
    hub: Hub
    http: httpx.Client  # plain HTTP to the hub, as a kiosk or Prometheus would talk to it

    @property
    def engine(self) -> Engine:
        return self.hub.engine


@pytest.fixture
def admin_site(tmp_path: Path, sandbox: RunningSandbox) -> Iterator[AdminSite]:
    """The hub as ``gym-kiosk hub`` builds it (two gym locations), with the admin password set beside its config."""
    write_credentials(tmp_path / "admin-password", ADMIN_PASSWORD, FAST_HASHER)
    egym = {"base_url": sandbox.base_url, "gym_id": DEMO_GYM_ID, "machine_name": DEMO_MACHINE_NAME}
    config = parse_hub_config(
        {"hub": {"listen": "127.0.0.1:0"},
         "gyms": {name: {"name": display_name, "egym": egym} for name, display_name in GYMS}},
        source=tmp_path / "hub.toml", secrets={"egym": DEMO_API_KEY})
    hub = build_hub(config)
    running = hub.start()
    try:
        with httpx.Client(base_url=running.base_url, timeout=40) as http:
            yield AdminSite(url=running.base_url, hub=hub, http=http)
    finally:
        running.stop()
        hub.close()
