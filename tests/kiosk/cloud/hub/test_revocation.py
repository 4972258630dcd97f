"""A revoked kiosk is refused with the reason, keeps what it captured, and delivers it after re-enrolment."""
from __future__ import annotations

from pathlib import Path

from harness.autoplay import SnapshotWaiter, in_state
from kiosk.cloud.base import DownstreamState, DownstreamStatus
from kiosk.cloud.hub.enrolment import enrol_kiosk
from kiosk.cloud.hub.integration import HubIntegration
from kiosk.message_codes import MessageCode
from kiosk.outbox.status import DeliveryState
from kiosk.sandbox import RunningSandbox
from kiosk.session.state import SessionState
from kiosk.support.check import check_platform
from kiosk.cloud.hub.platform import HUB
from kiosk.config.loader import load_config
from tests.kiosk.cloud.hub.conftest import RunningGymHub
from tests.kiosk.cloud.hub.kiosks import greet, running_kiosk, weigh_and_confirm
from tests.kiosk.outbox.support import wait_for_state


async def test_a_revoked_kiosk_keeps_its_results_and_delivers_them_after_enrolling_again(
    config_path: Path, hub: RunningGymHub, egym: RunningSandbox,
) -> None:
    await enrol_kiosk(config_path.parent, hub.base_url, hub.new_code())
    async with running_kiosk(config_path) as parts:
        waiter = SnapshotWaiter(parts.flow)
        assert (await greet(parts, waiter)).state is SessionState.PROFILE
        hub.revoke_all()  # on the fleet page, while the member stands on the scale
        unique_id = await weigh_and_confirm(parts, waiter)
        integration = parts.connections["hub"].destination
        assert isinstance(integration, HubIntegration)
        await waiter.until(lambda _: integration.refusal is not None, 10, "the hub's refusal")

        assert integration.refusal.code == "device_revoked"
        assert not parts.outbox.statuses_by_destination(unique_id)["hub"].state.final  # kept, not given up
        assert egym.state.measurements() == []
        parts.flow.finish()
        await waiter.until(in_state(SessionState.ATTRACT), 10, "the attract screen")
        refused = await greet(parts, waiter, member=1)  # the next member is told, and nothing is lost
        assert (refused.state, refused.message) == (SessionState.FAILED, MessageCode.KIOSK_NOT_ENROLLED)

    check = await check_platform(HUB, load_config(config_path))
    assert not check.ok and "revoked" in check.detail and "enrolment code" in check.detail

    await enrol_kiosk(config_path.parent, hub.base_url, hub.new_code())  # the installer enrols it again
    async with running_kiosk(config_path) as parts:
        await wait_for_state(parts.outbox, unique_id, "hub", DeliveryState.SENT)
        reported: list[tuple[DownstreamStatus, ...]] = []
        await parts.connections["hub"].destination.follow(unique_id, reported.append)  # until EGYM's state is final

    assert [status.state for status in reported[-1]] == [DownstreamState.DELIVERED]
    assert [m["uniqueMeasurementId"] for m in egym.state.measurements()] == [unique_id]
    assert (await check_platform(HUB, load_config(config_path))).ok
