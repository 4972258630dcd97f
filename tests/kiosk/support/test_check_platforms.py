"""``gym-kiosk check`` asks each configured platform for its own items, through the kiosk's own connections."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from kiosk.cloud.egym.platform import EGYM
from kiosk.cloud.egym.sandbox import EgymSandbox
from kiosk.cloud.egym.settings import DEFAULT_API_KEY_ENV
from kiosk.composition import connect_platforms
from kiosk.sandbox import RunningSandbox, serve_loopback
from kiosk.support import check
from kiosk.support.check import run_checks
from tests.kiosk.cloud import fake_platform
from tests.kiosk.cloud.fake_platform import LOCKERS
from tests.kiosk.support import write_site


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[RunningSandbox]:
    monkeypatch.delenv(DEFAULT_API_KEY_ENV, raising=False)
    with serve_loopback(EgymSandbox()) as running:
        yield running


def test_each_configured_platform_adds_its_secret_and_its_connection_item(tmp_path: Path, sandbox: RunningSandbox,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    config = write_site(tmp_path, sandbox.base_url)
    config.write_text(config.read_text() + '\n[lockers]\ncards = ["0BADCAFE"]\n')
    connected: list[str] = []

    def spy(config, options=None, platforms=()):
        connected.extend(p.name for p in platforms)
        return connect_platforms(config, options, platforms)

    monkeypatch.setattr(check, "connect_platforms", spy)
    results = {result.name: result for result in run_checks(config, listen_s=0.2, platforms=(EGYM, LOCKERS))}

    assert [name for name in results if name not in ("database", "disk space", "secret files")
            and not name.startswith(("reader", "device"))] == ["config", "API key", "Lockers key", "EGYM cloud",
                                                               "Lockers cloud"]
    assert all(result.ok for result in results.values()), results
    assert results["Lockers cloud"].detail == "1 cards known"
    assert connected == ["egym", "lockers"]  # one connection each, built like the kiosk's own
    assert fake_platform.CONNECTED[-1].closed  # and let go of afterwards
    assert sandbox.state.stats()["requestsByStatus"] == {"404": 1}  # EGYM: the one test login, nothing more
