"""The member's screen shows each platform's state behind the hub, as the hub reports it."""
from __future__ import annotations

from pathlib import Path

from harness.autoplay import SnapshotWaiter
from kiosk.cloud.base import DownstreamState
from kiosk.cloud.hub.enrolment import enrol_kiosk
from kiosk.sandbox import RunningSandbox
from tests.kiosk.cloud.hub.conftest import RunningGymHub
from tests.kiosk.cloud.hub.kiosks import greet, running_kiosk, weigh_and_confirm
from ui.viewmodels.session import SessionViewModel


async def test_the_result_screen_says_saved_to_egym_when_the_hub_reports_it(
    qapp, config_path: Path, hub: RunningGymHub, egym: RunningSandbox,
) -> None:
    await enrol_kiosk(config_path.parent, hub.base_url, hub.new_code())
    async with running_kiosk(config_path) as parts:
        screen = SessionViewModel(parts.flow, destination_platforms=["hub"])
        waiter = SnapshotWaiter(parts.flow)
        await greet(parts, waiter)
        assert screen.property("destinationNames") == "EGYM"  # where their result ends up, not "Hub"
        unique_id = await weigh_and_confirm(parts, waiter)

        await waiter.until(lambda snapshot: any(s.state is DownstreamState.DELIVERED
                                                for s in snapshot.downstream.get("hub", ())), 10, "EGYM's state")

        assert [line["text"] for line in screen.property("submissions")] == ["Saved to EGYM"]
        assert screen.property("deliveryOutcome") == "saved"
        assert [m["uniqueMeasurementId"] for m in egym.state.measurements()] == [unique_id]
        screen.close()
