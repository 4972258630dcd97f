"""Members log in at the EGYM sandbox with every kind of credential EGYM supports."""
from __future__ import annotations

import dataclasses
from typing import AsyncIterator, Callable

import httpx
import pytest

from hardware.events import CardCredential, CardTechnology, WalletCredential, WalletPlatform
from kiosk.cloud.egym import CallRetry, EgymClient, EgymSettings, RefusedLocally
from kiosk.cloud.errors import AuthExpired, BadReply, NotRegistered, PermissionDenied, RateLimited, Rejected, Transient
from kiosk.cloud.egym.sandbox import (
    DEMO_API_KEY,
    DEMO_APPLE_PASS_TYPE_ID,
    DEMO_CONFIGURATION_INDEX,
    DEMO_GOOGLE_COLLECTOR_ID,
    DEMO_GYM_ID,
    DEMO_MACHINE_NAME,
    DEMO_MEMBERS,
    SandboxState,
    create_app,
)
from kiosk.cloud.errors import AuthExpired, BadReply, NotRegistered, PermissionDenied, RateLimited, Rejected, Transient

FAST_RETRY = CallRetry(max_attempts=3, base_delay_s=0.001, max_delay_s=0.005)
MIFARE_MEMBER = next(m for m in DEMO_MEMBERS if m.rfid_format == "MIFARE")
LEGIC_MEMBER = next(m for m in DEMO_MEMBERS if m.rfid_format == "LEGIC")
APPLE_MEMBER = next(m for m in DEMO_MEMBERS if m.wallet_platform == "APPLE")
GOOGLE_MEMBER = next(m for m in DEMO_MEMBERS if m.wallet_platform == "GOOGLE")
UNKNOWN_CARD = CardCredential(bytes.fromhex("DEADBEEF01"))

ClientFactory = Callable[..., EgymClient]


def demo_settings(**changes: object) -> EgymSettings:
    settings = EgymSettings(
        base_url="http://egym-sandbox.local",
        gym_id=DEMO_GYM_ID,
        machine_name=DEMO_MACHINE_NAME,
        api_key=DEMO_API_KEY,
        apple_pass_type_id=DEMO_APPLE_PASS_TYPE_ID,
        google_collector_id=DEMO_GOOGLE_COLLECTOR_ID,
    )
    return dataclasses.replace(settings, **changes)


@pytest.fixture
def state() -> SandboxState:
    return SandboxState(api_keys={DEMO_API_KEY: DEMO_GYM_ID}, token_ttl_s=900.0, issue_refresh_tokens=True)


@pytest.fixture
async def connect(state: SandboxState) -> AsyncIterator[ClientFactory]:
    """Clients talking HTTP to the sandbox in-process; settings changes as keyword arguments."""
    clients: list[EgymClient] = []

    def make(retry: CallRetry = FAST_RETRY, **changes: object) -> EgymClient:
        client = EgymClient(demo_settings(**changes), retry=retry, transport=httpx.ASGITransport(app=create_app(state)))
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.aclose()


def card(member, technology: CardTechnology = CardTechnology.MIFARE) -> CardCredential:
    return CardCredential(member.uid, technology)


def wallet(member) -> WalletCredential:
    return WalletCredential(member.wallet_payload, WalletPlatform(member.wallet_platform))


async def test_mifare_card_logs_in_and_the_profile_greets_the_member(connect: ClientFactory, state: SandboxState) -> None:
    client = connect()
    grant = await client.login(card(MIFARE_MEMBER))
    profile = await client.fetch_profile(grant.access_token)
    assert profile.user_id == MIFARE_MEMBER.user_id
    assert profile.display_name == f"{MIFARE_MEMBER.first_name} {MIFARE_MEMBER.last_name[0]}."
    assert (profile.locale, profile.unit_system, profile.height_cm) == (
        MIFARE_MEMBER.locale,
        MIFARE_MEMBER.unit_system,
        MIFARE_MEMBER.height_cm,
    )
    assert state.stats()["loginsByGrantType"] == {"RFID": 1}


async def test_legic_card_logs_in_as_legic_even_where_the_site_default_is_mifare(connect: ClientFactory) -> None:
    client = connect(rfid_format="MIFARE")
    grant = await client.login(card(LEGIC_MEMBER, CardTechnology.LEGIC))
    assert (await client.fetch_profile(grant.access_token)).user_id == LEGIC_MEMBER.user_id


async def test_legic_card_read_as_mifare_is_not_found(connect: ClientFactory) -> None:
    with pytest.raises(NotRegistered):
        await connect().login(card(LEGIC_MEMBER, CardTechnology.MIFARE))


async def test_apple_wallet_pass_logs_in_with_the_pass_type_id(connect: ClientFactory, state: SandboxState) -> None:
    client = connect(google_collector_id=None)
    grant = await client.login(wallet(APPLE_MEMBER))
    assert (await client.fetch_profile(grant.access_token)).user_id == APPLE_MEMBER.user_id
    assert state.stats()["loginsByGrantType"] == {"NFC": 1}


async def test_google_wallet_pass_logs_in_with_the_collector_id(connect: ClientFactory) -> None:
    client = connect(apple_pass_type_id=None)
    grant = await client.login(wallet(GOOGLE_MEMBER))
    assert (await client.fetch_profile(grant.access_token)).user_id == GOOGLE_MEMBER.user_id


@pytest.mark.parametrize("member", [APPLE_MEMBER, GOOGLE_MEMBER], ids=["apple", "google"])
async def test_vtap_reader_logs_in_with_its_configuration_index(connect: ClientFactory, member) -> None:
    client = connect(apple_pass_type_id=None, google_collector_id=None, configuration_index=DEMO_CONFIGURATION_INDEX)
    grant = await client.login(wallet(member))
    assert (await client.fetch_profile(grant.access_token)).user_id == member.user_id


async def test_a_wrong_vtap_configuration_index_finds_nobody(connect: ClientFactory) -> None:
    with pytest.raises(NotRegistered, match="wallet pass not registered"):
        await connect(configuration_index="5").login(wallet(APPLE_MEMBER))


async def test_encrypted_and_obfuscated_user_ids_log_the_member_in(connect: ClientFactory, state: SandboxState) -> None:
    client = connect()
    by_encrypted = await client.login_encrypted_user_id(MIFARE_MEMBER.encrypted_user_id)
    by_obfuscated = await client.login_obfuscated_user_id(MIFARE_MEMBER.user_id)
    for grant in (by_encrypted, by_obfuscated):
        assert (await client.fetch_profile(grant.access_token)).user_id == MIFARE_MEMBER.user_id
    assert state.stats()["loginsByGrantType"] == {"ENCRYPTED_USER_ID": 1, "OBFUSCATED_USER_ID": 1}


async def test_refresh_token_gives_a_new_access_token_once(connect: ClientFactory) -> None:
    client = connect()
    first = await client.login(card(MIFARE_MEMBER))
    assert first.refresh_token
    renewed = await client.refresh(first.refresh_token)
    assert renewed.access_token != first.access_token
    assert (await client.fetch_profile(renewed.access_token)).user_id == MIFARE_MEMBER.user_id
    with pytest.raises(AuthExpired):
        await client.refresh(first.refresh_token)  # the sandbox's refresh tokens are single use


async def test_a_sandbox_without_refresh_tokens_still_logs_in(connect: ClientFactory, state: SandboxState) -> None:
    state.issue_refresh_tokens = False
    grant = await connect().login(card(MIFARE_MEMBER))
    assert grant.refresh_token is None and grant.access_token


@pytest.mark.parametrize(
    ("credential", "changes", "field"),
    [
        (WalletCredential("P" * 65, WalletPlatform.APPLE), {}, "payload"),
        (WalletCredential("pass-\u00e9t\u00e9", WalletPlatform.GOOGLE), {}, "payload"),
        (wallet(APPLE_MEMBER), {"apple_pass_type_id": None}, "issuerId"),
        (wallet(GOOGLE_MEMBER), {"google_collector_id": None}, "issuerId"),
    ],
    ids=["payload-too-long", "payload-not-ascii", "no-apple-issuer", "no-google-issuer"],
)
async def test_wallet_taps_egym_would_refuse_are_refused_without_a_request(
    connect: ClientFactory, state: SandboxState, credential: WalletCredential, changes: dict, field: str
) -> None:
    with pytest.raises(RefusedLocally) as refused:
        await connect(**changes).login(credential)
    assert refused.value.field_errors[0].name == field
    assert credential.payload not in str(refused.value)
    assert state.stats()["requestsByStatus"] == {}


async def test_unknown_card_is_reported_as_not_registered(connect: ClientFactory) -> None:
    with pytest.raises(NotRegistered, match="card not registered") as error:
        await connect().login(UNKNOWN_CARD)
    assert UNKNOWN_CARD.uid.hex().upper() not in str(error.value)


async def test_a_refused_api_key_is_named_without_showing_it(connect: ClientFactory) -> None:
    with pytest.raises(AuthExpired, match="API key was refused") as error:
        await connect(api_key="wrong-key-7f3a").login(card(MIFARE_MEMBER))
    assert "wrong-key-7f3a" not in str(error.value)


async def test_a_wallet_tap_for_another_gym_comes_back_with_field_errors(connect: ClientFactory) -> None:
    with pytest.raises(Rejected) as error:
        await connect(gym_id=DEMO_GYM_ID + 1).login(wallet(APPLE_MEMBER))
    assert error.value.status == 400
    assert [f.name for f in error.value.field_errors] == ["gymId"]
    assert APPLE_MEMBER.wallet_payload not in str(error.value)


async def test_forbidden_login_is_a_permission_problem(connect: ClientFactory, state: SandboxState) -> None:
    state.faults.fail_next(403)  # the sandbox has no permission model; 403 only comes as a fault
    with pytest.raises(PermissionDenied):
        await connect().login(card(MIFARE_MEMBER))


@pytest.mark.parametrize("fault", ["server-error", "html-error-page", "dropped-connection"])
async def test_login_is_retried_once_after_a_server_or_network_failure(
    connect: ClientFactory, state: SandboxState, fault: str
) -> None:
    {
        "server-error": lambda: state.faults.fail_next(503),
        "html-error-page": lambda: state.faults.garbage_next(kind="html"),
        "dropped-connection": lambda: state.faults.drop_next(),
    }[fault]()
    grant = await connect().login(card(MIFARE_MEMBER))
    assert grant.access_token
    assert state.stats()["logins"] == 1


async def test_login_gives_up_after_the_second_server_failure(connect: ClientFactory, state: SandboxState) -> None:
    state.faults.fail_next(500, count=5)
    with pytest.raises(Transient, match="server error") as error:
        await connect(retry=CallRetry(max_attempts=5, base_delay_s=0.001)).login(card(MIFARE_MEMBER))
    assert error.value.status == 500
    assert state.stats()["requestsByStatus"] == {"500": 2}


async def test_login_with_retries_disabled_tries_once(connect: ClientFactory, state: SandboxState) -> None:
    state.faults.drop_next(count=2)
    with pytest.raises(Transient, match="connection dropped"):
        await connect(retry=CallRetry(max_attempts=1)).login(card(MIFARE_MEMBER))
    assert state.stats()["droppedConnections"] == 1


async def test_an_unreadable_token_reply_is_reported_and_not_retried(connect: ClientFactory, state: SandboxState) -> None:
    state.faults.garbage_next(kind="json")
    with pytest.raises(BadReply, match="invalid JSON") as error:
        await connect().login(card(MIFARE_MEMBER))
    assert "accessToken" not in str(error.value)
    assert state.stats()["requestsByStatus"] == {"200": 1}


async def test_a_rate_limited_login_is_not_retried_while_the_member_waits(
    connect: ClientFactory, state: SandboxState
) -> None:
    state.faults.fail_next(429, retry_after=2)
    with pytest.raises(RateLimited) as error:
        await connect().login(card(MIFARE_MEMBER))
    assert error.value.retry_after == 2.0
    assert state.stats()["requestsByStatus"] == {"429": 1}
