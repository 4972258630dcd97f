"""A hub with account linking on loopback (a known port, so its public URL is right), enduco's emulation as
the platform members link (configured in the hub's gym table like any platform), or Boditrax's, which links
through the login handlers the hub hosts; a member logged in at a kiosk, and Debian's chromium for the phone."""
from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest

from hardware.events import CardCredential
from hub.composition import Hub, build_hub
from hub.config import parse_hub_config
from hub.store.kiosks import create_enrolment_code
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME, DEMO_MEMBERS
from kiosk.cloud.hub.wire import credential_to_json
from kiosk.sandbox import RunningSandbox, serve_loopback
from tests.hub.admin.conftest import CHROMIUM_ARGS, require_chromium
from kiosk.cloud.boditrax.sandbox import DEMO_HANDLER, BoditraxSandbox
from kiosk.cloud.boditrax.sandbox import DEMO_CLIENT_ID as BODITRAX_APP_ID
from kiosk.cloud.boditrax.sandbox import DEMO_CLIENT_SECRET as BODITRAX_APP_SECRET
from kiosk.cloud.enduco.sandbox.emulation import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, EnducoSandbox

GYM, GYM_NAME = "berlin-mitte", "Berlin Mitte"
PLATFORM = "enduco"
MEMBER = DEMO_MEMBERS[0]


@dataclass
class LinkingSite:
    hub: Hub
    url: str
    http: httpx.Client
    provider: Any  # the linked platform's emulation state (enduco's, Boditrax's)
    kiosk: dict[str, str]  # Authorization header of an enrolled kiosk
    session: str  # the member's hub session, from /login

    def start_link(self, platform: str = PLATFORM) -> dict:
        reply = self.http.post("/api/v1/links", headers=self.kiosk,
                               json={"session": self.session, "platform": platform, "member_name": "Dana S."})
        assert reply.status_code == 201, reply.text
        return reply.json()

    def status(self, link: str) -> str:
        return self.http.get(f"/api/v1/links/{link}", headers=self.kiosk).json()["status"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def linking_site(tmp_path: Path, sandbox: RunningSandbox) -> Iterator[LinkingSite]:
    with serve_loopback(EnducoSandbox()) as provider:
        table = {"base_url": provider.base_url, "client_id": DEMO_CLIENT_ID}
        yield from _site(tmp_path, sandbox, "enduco", table, DEMO_CLIENT_SECRET, provider.state)


@pytest.fixture
def boditrax_site(tmp_path: Path, sandbox: RunningSandbox) -> Iterator[LinkingSite]:
    """Boditrax linked through the hub's login handlers: its emulation posts codes to the hub's member-info URL."""
    with serve_loopback(BoditraxSandbox()) as provider:
        table = {"base_url": provider.base_url, "client_id": BODITRAX_APP_ID}
        for site in _site(tmp_path, sandbox, "boditrax", table, BODITRAX_APP_SECRET, provider.state):
            provider.state.handlers[DEMO_HANDLER] = f"{site.url}/handlers/boditrax/member"
            yield site


def _site(tmp_path: Path, sandbox: RunningSandbox, platform: str, table: dict[str, Any], secret: str,
          provider: Any) -> Iterator[LinkingSite]:
    config = parse_hub_config(
        {"hub": {"listen": f"127.0.0.1:{_free_port()}"},
         "gyms": {GYM: {"name": GYM_NAME,
                        "egym": {"base_url": sandbox.base_url, "gym_id": DEMO_GYM_ID, "machine_name": DEMO_MACHINE_NAME},
                        platform: table}}},
        source=tmp_path / "hub.toml", secrets={"egym": DEMO_API_KEY, platform: secret})
    hub = build_hub(config)
    running = hub.start()
    try:
        with httpx.Client(base_url=running.base_url, timeout=40) as http:
            code = create_enrolment_code(hub.engine, GYM, "scale-1", "body", _now_ms())
            enrolled = http.post("/api/v1/enrol", json={"code": code}).json()
            kiosk = {"Authorization": f"Bearer {enrolled['credential']}"}
            login = http.post("/api/v1/login", headers=kiosk,
                              json={"credential": credential_to_json(CardCredential(MEMBER.uid))})
            assert login.status_code == 200, login.text
            yield LinkingSite(hub, running.base_url, http, provider, kiosk, login.json()["session"])
    finally:
        running.stop()
        hub.close()


@pytest.fixture(scope="package")
def browser() -> Iterator[object]:
    """One headless chromium (Debian's) for this folder's tests; each test opens its own context."""
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


def _now_ms() -> int:
    import time

    return int(time.time() * 1000)
