"""Linking a member's account from a hub kiosk: the greeting lists what they may connect, "Connect" shows a
QR code and the matching code, the phone approves at the platform, and the kiosk shows it connected.

A real hub on a known port (its public URL is what the QR code holds) with enduco's emulation configured
for the gym; the phone is an httpx client following the pages.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from harness.autoplay import SnapshotWaiter
from hub.composition import build_hub
from hub.config import parse_hub_config
from harness.demo import demo_egym_table
from kiosk.cloud.egym.sandbox import DEMO_API_KEY
from kiosk.cloud.hub.enrolment import enrol_kiosk
from kiosk.sandbox import RunningSandbox, serve_loopback
from tests.hub.linking.conftest import _free_port
from kiosk.cloud.enduco.sandbox.emulation import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, EnducoSandbox
from tests.hub.linking.test_linking_http import approve_on_phone
from tests.kiosk.cloud.hub.conftest import GYM, HUB_WORKER, RunningGymHub, hub_config_table, write_config
from tests.kiosk.cloud.hub.kiosks import greet, running_kiosk

WAIT_S = 20.0
PLATFORM = "enduco"


@pytest.fixture
def hub(tmp_path: Path, egym: RunningSandbox) -> Iterator[RunningGymHub]:
    folder = tmp_path / "hub"
    folder.mkdir()
    with serve_loopback(EnducoSandbox()) as enduco:
        config = parse_hub_config(
            {"hub": {"listen": f"127.0.0.1:{_free_port()}"},
             "gyms": {GYM: {"egym": demo_egym_table(egym.base_url),
                            "enduco": {"base_url": enduco.base_url, "client_id": DEMO_CLIENT_ID}}}},
            source=folder / "hub.toml", secrets={"egym": DEMO_API_KEY, "enduco": DEMO_CLIENT_SECRET})
        built = build_hub(config, worker_options=HUB_WORKER)
        running = built.start()
        try:
            yield RunningGymHub(built, running, egym.state)
        finally:
            running.stop()
            built.close()


async def test_a_member_connects_an_account_with_the_qr_code_and_sees_it_connected(
    config_path: Path, hub: RunningGymHub,
) -> None:
    await enrol_kiosk(config_path.parent, hub.base_url, hub.new_code())
    async with running_kiosk(config_path) as parts:
        waiter = SnapshotWaiter(parts.flow)
        await greet(parts, waiter)
        offered = await waiter.until(lambda s: s.accounts, WAIT_S, "the platforms to connect")
        assert offered.accounts == ((PLATFORM, "not-linked"),)
        parts.flow.connect_account(PLATFORM)
        shown = await waiter.until(lambda s: s.account_link is not None and s.account_link.status == "waiting",
                                   WAIT_S, "the QR code")
        link = shown.account_link
        assert link is not None and link.url.startswith(hub.base_url + "/link/") and len(link.match_code) == 4
        page = await approve_on_phone(link.url)
        assert "connected" in page
        connected = await waiter.until(lambda s: s.account_link is not None and s.account_link.status == "linked",
                                       WAIT_S, "connected on the kiosk")
        assert connected.state.value == "profile"
        await waiter.until(lambda s: s.accounts == ((PLATFORM, "linked"),), WAIT_S, "the list updated")
        parts.flow.close_account_link()
        parts.flow.disconnect_account(PLATFORM)
        await waiter.until(lambda s: s.accounts == ((PLATFORM, "not-linked"),), WAIT_S, "disconnected")
        waiter.close()


async def test_a_cardio_member_who_linked_enduco_sees_today_s_plan_and_their_zones(
    tmp_path: Path, hub: RunningGymHub,
) -> None:
    """plans_read and user_read reach the cardio station through the hub, once the member has linked enduco."""
    table = hub_config_table(hub.base_url, tmp_path / "cardio-data")
    table["station"]["type"] = "cardio"
    path = write_config(tmp_path / "cardio-etc", table)
    await enrol_kiosk(path.parent, hub.base_url, hub.new_code())
    async with running_kiosk(path) as parts:
        waiter = SnapshotWaiter(parts.flow)
        await greet(parts, waiter)
        await waiter.until(lambda s: s.accounts == ((PLATFORM, "not-linked"),), WAIT_S, "the platforms to connect")
        assert parts.flow.snapshot.training is None  # nothing linked: no plan, no zones
        parts.flow.connect_account(PLATFORM)
        shown = await waiter.until(lambda s: s.account_link is not None and bool(s.account_link.url), WAIT_S, "the QR")
        await approve_on_phone(shown.account_link.url)
        trained = await waiter.until(lambda s: s.training is not None, WAIT_S, "today's plan")
        assert trained.training.plan_title == "Endurance ride" and trained.training.plan_minutes == 45
        assert trained.training.zone_of(142) == 2  # Tempo, by the member's own zones
        waiter.close()
