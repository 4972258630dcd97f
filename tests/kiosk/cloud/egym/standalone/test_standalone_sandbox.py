"""The kiosk's standalone EGYM client against the standalone sandbox, over HTTP (ASGI in process)."""
from __future__ import annotations

import httpx
import pytest

from hardware import fields
from hardware.events import CardCredential, CardTechnology, WalletCredential, WalletPlatform
from kiosk.cloud.egym import RefusedLocally
from kiosk.cloud.egym.integration import EgymIntegration
from kiosk.cloud.egym.sandbox.members import DEMO_MEMBERS
from kiosk.cloud.egym.sandbox.standalone import (
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    DEMO_MACHINE_TYPE,
    DEMO_SERIAL_NUMBER,
    LOW_FREQUENCY_FORMATS,
    StandaloneState,
)
from kiosk.cloud.errors import AuthExpired, NotRegistered, Rejected
from kiosk.models import Measurement
from tests.kiosk.cloud.egym.standalone.support import Factory, card_of, settings

MIFARE = next(m for m in DEMO_MEMBERS if m.rfid_format == "MIFARE")
LEGIC = next(m for m in DEMO_MEMBERS if m.rfid_format == "LEGIC")
APPLE = next(m for m in DEMO_MEMBERS if m.wallet_platform == "APPLE")
GOOGLE = next(m for m in DEMO_MEMBERS if m.wallet_platform == "GOOGLE")
PENDING_TERMS = DEMO_MEMBERS[-1]


async def test_mifare_and_legic_cards_log_in_with_their_formats(connect: Factory) -> None:
    client = connect()
    for member in (MIFARE, LEGIC):
        grant = await client.login(card_of(member))
        user = await client.fetch_user(grant.access_token)
        assert user.profile.user_id == member.user_id


@pytest.mark.parametrize("rfid_format", LOW_FREQUENCY_FORMATS)
async def test_every_125_khz_format_is_sent_as_itself(connect: Factory, rfid_format: str) -> None:
    index = LOW_FREQUENCY_FORMATS.index(rfid_format)
    wristband = CardCredential(bytes.fromhex(f"0A0B0C0D{index:02X}"), CardTechnology.EM4100)
    client = connect(low_frequency_format=rfid_format)
    user = await client.fetch_user((await client.login(wristband)).access_token)
    assert user.profile.user_id == DEMO_MEMBERS[index % len(DEMO_MEMBERS)].user_id


async def test_a_wristband_sent_with_the_wrong_format_is_not_found(connect: Factory) -> None:
    wristband = CardCredential(bytes.fromhex("0A0B0C0D00"), CardTechnology.EM4100)  # registered as HITAG1
    with pytest.raises(NotRegistered, match="USER_NOT_FOUND"):
        await connect(low_frequency_format="EM4102").login(wristband)


async def test_wallet_passes_by_issuer_and_by_configuration_index(connect: Factory) -> None:
    apple = WalletCredential(APPLE.wallet_payload or "", WalletPlatform.APPLE)
    google = WalletCredential(GOOGLE.wallet_payload or "", WalletPlatform.GOOGLE)
    by_issuer = connect()
    by_index = connect(configuration_index="2")
    for client in (by_issuer, by_index):
        for wallet, member in ((apple, APPLE), (google, GOOGLE)):
            user = await client.fetch_user((await client.login(wallet)).access_token)
            assert user.profile.user_id == member.user_id


async def test_a_configuration_index_that_is_no_int32_is_refused_before_sending(connect: Factory) -> None:
    with pytest.raises(RefusedLocally, match="whole number"):
        await connect(configuration_index="slot-2").login(WalletCredential("x", WalletPlatform.APPLE))


async def test_refresh_token_and_lowercase_grant_spelling(connect: Factory) -> None:
    client = connect(grant_spelling="lower")
    grant = await client.login(CardCredential(MIFARE.uid))
    renewed = await client.refresh(grant.refresh_token or "")
    assert (await client.fetch_user(renewed.access_token)).profile.user_id == MIFARE.user_id


async def test_user_details_are_unwrapped_and_tell_about_terms(connect: Factory) -> None:
    client = connect()
    pending = await client.fetch_user((await client.login(CardCredential(PENDING_TERMS.uid))).access_token)
    done = await client.fetch_user((await client.login(CardCredential(MIFARE.uid))).access_token)
    assert (pending.profile.terms_to_accept, done.profile.terms_to_accept) == (True, False)
    assert done.training_program == MIFARE.training_goal
    assert done.profile.first_name == MIFARE.first_name


async def test_terms_in_the_member_language_and_accepting_them(connect: Factory) -> None:
    client = connect()
    token = (await client.login(CardCredential(PENDING_TERMS.uid))).access_token
    german = await client.terms_html("de_DE")
    english = await client.terms_html("en_US")
    assert "Nutzungsbedingungen" in german and "Terms and conditions" in english
    await client.accept_terms(token, "en_GB")
    assert not (await client.fetch_user(token)).profile.terms_to_accept


async def test_an_unknown_card_is_not_registered_and_bad_credentials_are_refused(connect: Factory) -> None:
    with pytest.raises(NotRegistered):
        await connect().login(CardCredential(bytes.fromhex("DEADBEEF")))
    with pytest.raises(AuthExpired):
        await connect(client_secret="wrong").login(CardCredential(MIFARE.uid))
    with pytest.raises(AuthExpired):
        await connect(client_secret="wrong").partner_info()


async def test_partner_info_and_heartbeat(connect: Factory, state: StandaloneState) -> None:
    client = connect()
    assert await client.partner_info() == "Sandbox partner"
    await client.heartbeat()
    assert state.heartbeats == [{"serialNumber": DEMO_SERIAL_NUMBER, "machineType": DEMO_MACHINE_TYPE}]


async def test_a_wallet_member_links_a_card(connect: Factory) -> None:
    client = connect()
    token = (await client.login(WalletCredential(APPLE.wallet_payload or "", WalletPlatform.APPLE))).access_token
    new_card = CardCredential(bytes.fromhex("11223344"))
    await client.link_card(token, new_card)
    assert (await client.fetch_user((await client.login(new_card)).access_token)).profile.user_id == APPLE.user_id


async def test_a_measurement_reaches_the_sandbox_through_the_integration(connect: Factory, state: StandaloneState) -> None:
    client = connect()
    integration = EgymIntegration(client, settings())
    session = await integration.login(CardCredential(MIFARE.uid))
    measurement = Measurement(kind="body", values={fields.WEIGHT_KG: 71.5}, unique_id="m-1")
    await integration.submit(measurement, session)
    await integration.submit(measurement, session)
    assert [(m["userId"], m["data"]) for m in state.measurements] == [(MIFARE.user_id, {"WEIGHT_KG": 71.5})]


async def test_a_malformed_request_gets_the_spec_error_shape(standalone_url: str) -> None:
    basic = httpx.BasicAuth(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET)
    async with httpx.AsyncClient(base_url=standalone_url) as http:
        reply = await http.post("/api/v1/oauth/token", auth=basic,
                                data={"grant_type": "RFID", "serial_number": "S", "rfid": "AB", "rfid_format": "EM9"})
    body = reply.json()
    assert reply.status_code == 400
    assert set(body) >= {"timestamp", "path", "status", "error", "requestId", "message", "fieldErrors"}
    assert {e["name"] for e in body["fieldErrors"]} == {"machine_type", "rfid_format"}


async def test_a_rejected_heartbeat_is_a_rejection(connect: Factory) -> None:
    with pytest.raises(Rejected, match="serialNumber"):
        await connect(serial_number="").heartbeat()


def test_the_sandbox_faults_and_token_expiry_reach_the_standalone_side(sandbox, standalone_url: str) -> None:
    """What the chaos run relies on: faults match the standalone paths, expired tokens get 401, replies are counted."""
    state = sandbox.state
    member = next(m for m in DEMO_MEMBERS if m.rfid_format == "MIFARE")
    login = {"grant_type": "RFID", "serial_number": DEMO_SERIAL_NUMBER, "machine_type": DEMO_MACHINE_TYPE,
             "rfid": member.rfid, "rfid_format": member.rfid_format}
    basic = httpx.BasicAuth(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET)
    with httpx.Client(base_url=standalone_url) as http:
        state.faults.fail_next(503, 1, path_prefix="/api/v1/oauth/token")
        refused = http.post("/api/v1/oauth/token", data=login, auth=basic)
        assert refused.status_code == 503 and isinstance(refused.json()["timestamp"], int)  # ApiErrorResponseDTO
        token = http.post("/api/v1/oauth/token", data=login, auth=basic).json()["access_token"]
        bearer = {"Authorization": f"Bearer {token}"}
        state.faults.fail_next(502, 1, path_prefix="/api/v1/users")
        assert http.get("/api/v1/users", headers=bearer).status_code == 502
        assert http.get("/api/v1/users", headers=bearer).status_code == 200
        state.standalone.expire_tokens()
        assert http.get("/api/v1/users", headers=bearer).status_code == 401
    assert state.stats()["requestsByStatus"] == {"200": 2, "401": 1, "502": 1, "503": 1}
