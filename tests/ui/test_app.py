"""The Qt kiosk is the composition's parts with a screen on top: start_kiosk builds through build_kiosk,
and the screen names the platforms those parts log members in with and deliver to."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent

import kiosk.composition
import ui.app
from harness.demo import demo_config
from kiosk.cloud.egym.sandbox import EgymSandbox
from kiosk.sandbox import serve_loopback

PORTRAIT = (1080, 1920)


async def test_the_kiosk_runs_on_the_parts_the_composition_built(qapp, tmp_path: Path, monkeypatch) -> None:
    built = []

    async def spy(config, **options):
        parts = await kiosk.composition.build_kiosk(config, **options)
        built.append(parts)
        return parts

    monkeypatch.setattr(ui.app, "build_kiosk", spy)
    with serve_loopback(EgymSandbox()) as server:
        config = demo_config(server.base_url, database=tmp_path / "kiosk.sqlite3")
        running = await ui.app.start_kiosk(config, size=PORTRAIT)
        try:
            assert built == [running.parts] and running.parts.config is config
            assert (running.flow, running.outbox, running.devices) == (built[0].flow, built[0].outbox, built[0].devices)
            names = {name: running.view_model.property(name) for name in ("brandName", "identityNames", "destinationNames")}
            assert names == {"brandName": "EGYM", "identityNames": "EGYM", "destinationNames": "EGYM"}
        finally:
            await running.stop()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the engine goes now, not at exit
