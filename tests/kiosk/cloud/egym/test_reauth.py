"""The EGYM integration keeps a member's session usable: expired tokens are renewed, once."""
from __future__ import annotations

import asyncio
import dataclasses
from typing import AsyncIterator

import httpx
import pytest

from hardware import fields
from hardware.events import CardCredential, WalletCredential, WalletPlatform
from kiosk.cloud.base import IdentityProvider, MeasurementDestination
from kiosk.cloud.egym import CallRetry, EgymClient, EgymIntegration, EgymSettings
from kiosk.cloud.errors import AuthExpired, Transient
from kiosk.models import Measurement, MemberSession
from kiosk.cloud.egym.sandbox import (
    DEMO_API_KEY,
    DEMO_APPLE_PASS_TYPE_ID,
    DEMO_GOOGLE_COLLECTOR_ID,
    DEMO_GYM_ID,
    DEMO_MACHINE_NAME,
    DEMO_MEMBERS,
    SandboxState,
    create_app,
)
from kiosk.cloud.errors import AuthExpired, Transient
from kiosk.models import Measurement, MemberSession

MEMBER = DEMO_MEMBERS[0]
WALLET_MEMBER = next(m for m in DEMO_MEMBERS if m.wallet_platform == "GOOGLE")
SETTINGS = EgymSettings(
    base_url="http://egym-sandbox.local",
    gym_id=DEMO_GYM_ID,
    machine_name=DEMO_MACHINE_NAME,
    api_key=DEMO_API_KEY,
    apple_pass_type_id=DEMO_APPLE_PASS_TYPE_ID,
    google_collector_id=DEMO_GOOGLE_COLLECTOR_ID,
)


@pytest.fixture
def state() -> SandboxState:
    return SandboxState(api_keys={DEMO_API_KEY: DEMO_GYM_ID}, token_ttl_s=900.0, issue_refresh_tokens=True)


@pytest.fixture
async def egym(state: SandboxState) -> AsyncIterator[EgymIntegration]:
    transport = httpx.ASGITransport(app=create_app(state))
    async with EgymClient(SETTINGS, retry=CallRetry(base_delay_s=0.001), transport=transport) as client:
        yield EgymIntegration(client, SETTINGS)


def weighing() -> Measurement:
    return Measurement("body", {fields.WEIGHT_KG: 80.1})


async def test_egym_is_both_an_identity_provider_and_a_destination() -> None:
    async with EgymClient(SETTINGS) as client:
        integration = EgymIntegration(client, SETTINGS)
        assert isinstance(integration, IdentityProvider) and isinstance(integration, MeasurementDestination)
        assert integration.name == "egym"


async def test_a_tap_gives_a_session_with_tokens_and_the_profile_fills_in_the_member(egym: EgymIntegration) -> None:
    credential = CardCredential(MEMBER.uid)
    session = await egym.login(credential)
    assert (session.platform, session.credential) == ("egym", credential)
    assert session.access_token and session.refresh_token and not session.expired()
    profile = await egym.fetch_profile(session)
    assert session.user_id == profile.user_id == MEMBER.user_id


async def test_a_token_expired_at_egym_is_renewed_with_the_refresh_token(
    egym: EgymIntegration, state: SandboxState
) -> None:
    session = await egym.login(CardCredential(MEMBER.uid))
    old_access, old_refresh = session.access_token, session.refresh_token
    state.expire_tokens()
    await egym.submit(weighing(), session)
    assert len(state.measurements()) == 1
    assert state.stats()["loginsByGrantType"] == {"REFRESH_TOKEN": 1, "RFID": 1}
    assert state.stats()["requestsByStatus"]["401"] == 1
    assert session.access_token != old_access and session.refresh_token != old_refresh


async def test_without_a_refresh_token_the_member_is_logged_in_again_with_their_tap(
    egym: EgymIntegration, state: SandboxState
) -> None:
    state.issue_refresh_tokens = False
    session = await egym.login(WalletCredential(WALLET_MEMBER.wallet_payload, WalletPlatform.GOOGLE))
    state.expire_tokens()
    profile = await egym.fetch_profile(session)
    assert profile.user_id == WALLET_MEMBER.user_id
    assert state.stats()["loginsByGrantType"] == {"NFC": 2}


async def test_a_refused_refresh_token_falls_back_to_the_tap(egym: EgymIntegration, state: SandboxState) -> None:
    session = await egym.login(CardCredential(MEMBER.uid))
    await egym.submit(weighing(), session)  # works with the first token
    session.refresh_token = "refresh-token-egym-forgot"
    state.expire_tokens()
    await egym.submit(weighing(), session)
    assert len(state.measurements()) == 2
    assert state.stats()["loginsByGrantType"] == {"RFID": 2}
    assert session.refresh_token not in (None, "refresh-token-egym-forgot")


async def test_a_token_known_to_be_expired_is_renewed_before_sending(egym: EgymIntegration, state: SandboxState) -> None:
    session = await egym.login(CardCredential(MEMBER.uid))
    session.expires_at_ms = 0
    await egym.submit(weighing(), session)
    assert len(state.measurements()) == 1
    assert "401" not in state.stats()["requestsByStatus"]
    assert not session.expired()


async def test_when_the_member_cannot_be_logged_in_again_the_item_needs_reauth(
    egym: EgymIntegration, state: SandboxState
) -> None:
    unknown_card = CardCredential(bytes.fromhex("0102030405"))
    session = MemberSession("egym", unknown_card, access_token="stale-token", expires_at_ms=0)
    with pytest.raises(AuthExpired, match="needs re-authentication") as error:
        await egym.submit(weighing(), session)
    assert "stale-token" not in str(error.value)
    assert state.measurements() == []


async def test_a_wallet_the_kiosk_no_longer_accepts_needs_reauth_instead_of_losing_the_reading(
    egym: EgymIntegration, state: SandboxState
) -> None:
    state.issue_refresh_tokens = False
    session = await egym.login(WalletCredential(WALLET_MEMBER.wallet_payload, WalletPlatform.GOOGLE))
    state.expire_tokens()
    reconfigured = dataclasses.replace(SETTINGS, google_collector_id=None)  # e.g. after a config change and restart
    async with EgymClient(reconfigured, transport=httpx.ASGITransport(app=create_app(state))) as client:
        with pytest.raises(AuthExpired, match="needs re-authentication"):
            await EgymIntegration(client, reconfigured).submit(weighing(), session)
    assert state.measurements() == []


async def test_a_second_401_after_renewal_is_not_retried_forever(egym: EgymIntegration, state: SandboxState) -> None:
    session = await egym.login(CardCredential(MEMBER.uid))
    state.faults.fail_next(401, count=2, path_prefix="/api/v1/measurements")
    with pytest.raises(AuthExpired):
        await egym.submit(weighing(), session)
    assert state.stats()["loginsByGrantType"] == {"REFRESH_TOKEN": 1, "RFID": 1}
    assert state.stats()["requestsByStatus"]["401"] == 2


async def test_a_network_failure_during_renewal_stays_retryable(egym: EgymIntegration, state: SandboxState) -> None:
    session = await egym.login(CardCredential(MEMBER.uid))
    state.expire_tokens()
    state.faults.drop_next(count=2, path_prefix="/api/v1/oauth")
    with pytest.raises(Transient):
        await egym.submit(weighing(), session)
    state.faults.clear()
    await egym.submit(weighing(), session)  # the outbox's next attempt
    assert len(state.measurements()) == 1


async def test_parallel_submissions_renew_the_session_only_once(egym: EgymIntegration, state: SandboxState) -> None:
    session = await egym.login(CardCredential(MEMBER.uid))
    state.expire_tokens()
    state.faults.latency(5)  # keeps all three requests in flight together
    readings = [dataclasses.replace(weighing(), values={fields.WEIGHT_KG: 80.0 + i}) for i in range(3)]
    await asyncio.gather(*(egym.submit(reading, session) for reading in readings))
    assert len(state.measurements()) == 3
    assert state.stats()["loginsByGrantType"] == {"REFRESH_TOKEN": 1, "RFID": 1}
