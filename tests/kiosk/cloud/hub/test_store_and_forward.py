"""A kiosk that cannot reach the hub keeps the member's result and sends it once the hub is back."""
from __future__ import annotations

import asyncio
from pathlib import Path

from harness.autoplay import SnapshotWaiter
from kiosk.cloud.base import DownstreamState, DownstreamStatus
from kiosk.cloud.hub.enrolment import enrol_kiosk
from kiosk.message_codes import MessageCode
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.sandbox import RunningSandbox
from tests.kiosk.cloud.hub.conftest import RunningGymHub
from tests.kiosk.cloud.hub.kiosks import greet, running_kiosk, weigh_and_confirm
from tests.kiosk.outbox.support import wait_for_state


async def test_a_result_taken_while_the_hub_is_down_arrives_when_it_is_back(
    config_path: Path, hub: RunningGymHub, egym: RunningSandbox,
) -> None:
    await enrol_kiosk(config_path.parent, hub.base_url, hub.new_code())
    async with running_kiosk(config_path) as parts:
        waiter = SnapshotWaiter(parts.flow)
        await greet(parts, waiter)
        port = int(hub.base_url.rsplit(":", 1)[1])
        offline = asyncio.Event()

        def note(_unique_id: str, status: DeliveryStatus) -> None:
            if status.reason == MessageCode.OFFLINE.value:
                offline.set()

        unsubscribe = parts.outbox.subscribe(note)
        await asyncio.to_thread(hub.running.stop)  # the hub goes away while the member is on the scale
        unique_id = await weigh_and_confirm(parts, waiter)
        async with asyncio.timeout(20):
            await offline.wait()
        unsubscribe()
        assert parts.outbox.statuses_by_destination(unique_id)["hub"].state is DeliveryState.PENDING  # kept

        hub.running = await asyncio.to_thread(hub.hub.start, "127.0.0.1", port)  # back at the same address
        await wait_for_state(parts.outbox, unique_id, "hub", DeliveryState.SENT, timeout_s=20)
        reported: list[tuple[DownstreamStatus, ...]] = []
        await parts.connections["hub"].destination.follow(unique_id, reported.append)

    assert [status.state for status in reported[-1]] == [DownstreamState.DELIVERED]
    assert [m["uniqueMeasurementId"] for m in egym.state.measurements()] == [unique_id]
