"""The heartbeat tells the hub the kiosk's version, devices, queue depth and last error."""
from __future__ import annotations

import logging
from pathlib import Path

from kiosk.cloud.hub.enrolment import enrol_kiosk
from kiosk.runtime.heartbeat import kiosk_version
from tests.kiosk.cloud.hub.conftest import RunningGymHub
from tests.kiosk.cloud.hub.kiosks import running_kiosk


async def test_a_beat_reports_version_devices_queue_depth_and_the_last_error(config_path: Path, hub: RunningGymHub) -> None:
    await enrol_kiosk(config_path.parent, hub.base_url, hub.new_code())
    async with running_kiosk(config_path) as parts:
        [heartbeat] = parts.heartbeats
        await heartbeat.beat()
        [kiosk] = hub.kiosks()
        assert kiosk.heartbeat == {"version": kiosk_version(), "devices": {"reader": "ok"},
                                   "queue_depth": 0, "last_error": None}

        logging.getLogger("kiosk.test").error("the scale sent garbage")
        await heartbeat.beat()
        [kiosk] = hub.kiosks()
        assert kiosk.heartbeat is not None and kiosk.heartbeat["last_error"] == "kiosk.test: the scale sent garbage"
