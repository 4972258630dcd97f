"""Logging in through the hub: an unknown card takes the "card not linked" path, a wallet pass works like a card."""
from __future__ import annotations

from pathlib import Path

from harness.autoplay import SnapshotWaiter, in_state
from hardware.events import WalletCredential, WalletPlatform
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS
from kiosk.cloud.hub.enrolment import enrol_kiosk
from kiosk.message_codes import MessageCode
from kiosk.session.state import SessionState
from tests.kiosk.cloud.hub.conftest import RunningGymHub
from tests.kiosk.cloud.hub.kiosks import running_kiosk

UNKNOWN_CARD = bytes.fromhex("0BADCAFE")


async def test_a_card_no_platform_knows_is_not_linked(config_path: Path, hub: RunningGymHub) -> None:
    await enrol_kiosk(config_path.parent, hub.base_url, hub.new_code())
    async with running_kiosk(config_path) as parts:
        waiter = SnapshotWaiter(parts.flow)
        parts.devices.simulator("reader").tap(UNKNOWN_CARD)
        refused = await waiter.until(in_state(SessionState.FAILED), 10, "the refusal")

    assert refused.message is MessageCode.CARD_NOT_REGISTERED and refused.profile is None


async def test_a_wallet_pass_logs_the_member_in_through_the_hub(config_path: Path, hub: RunningGymHub) -> None:
    member = next(m for m in DEMO_MEMBERS if m.wallet_payload)
    await enrol_kiosk(config_path.parent, hub.base_url, hub.new_code())
    async with running_kiosk(config_path) as parts:
        identity = parts.connections["hub"].identity
        assert identity is not None
        session = await identity.login(WalletCredential(member.wallet_payload, WalletPlatform(member.wallet_platform)))
        profile = await identity.fetch_profile(session)

    assert (profile.first_name, session.platform, session.linked_platforms) == (member.first_name, "hub", ("egym",))
