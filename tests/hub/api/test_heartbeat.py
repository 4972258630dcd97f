"""A kiosk's heartbeat is kept as its last one, for the fleet page."""
from __future__ import annotations

from hub.store.kiosks import list_kiosks
from tests.hub.running import HubUnderTest, bearer


def test_the_fleet_sees_the_last_heartbeat(hub: HubUnderTest, kiosk: dict) -> None:
    body = {"version": "0.1.0", "devices": {"reader": "ok", "scale": "no answer"}, "queue_depth": 3,
            "last_error": "EGYM did not answer"}
    assert hub.http.post("/api/v1/heartbeat", json=body, headers=bearer(kiosk)).status_code == 204
    [listed] = list_kiosks(hub.hub.engine)
    assert listed.heartbeat == body and listed.heartbeat_ms is not None
