"""The demo members: varied enough to exercise locales, units and card types, and tappable."""
from __future__ import annotations

import dataclasses

import httpx
import pytest

from kiosk.cloud.egym.sandbox import DEMO_GYM_ID, DEMO_MEMBERS, DemoMember, SandboxState, create_app
from tests.kiosk.cloud.egym.sandbox.support import bearer, login


def test_demo_members_cover_locales_units_and_genders():
    assert {"en_US", "de_DE", "es_ES"} <= {m.locale for m in DEMO_MEMBERS}
    assert {m.unit_system for m in DEMO_MEMBERS} == {"METRIC", "IMPERIAL", "US_CUSTOMARY"}
    assert {m.gender for m in DEMO_MEMBERS} == {"MALE", "FEMALE", "NON_BINARY"}


def test_demo_cards_include_a_seven_byte_uid_and_a_legic_card():
    assert any(len(m.uid) == 7 for m in DEMO_MEMBERS)
    assert any(m.rfid_format == "LEGIC" for m in DEMO_MEMBERS)
    assert {m.wallet_platform for m in DEMO_MEMBERS} == {"APPLE", "GOOGLE"}


def test_each_registered_rfid_is_the_hex_of_the_uid_a_reader_sends():
    for member in DEMO_MEMBERS:
        assert member.rfid == member.uid.hex().upper()


def test_demo_identifiers_are_unique_and_egym_shaped():
    for attribute in ("user_id", "encrypted_user_id", "rfid", "wallet_payload"):
        values = [getattr(m, attribute) for m in DEMO_MEMBERS]
        assert len(set(values)) == len(values), attribute
    for member in DEMO_MEMBERS:
        assert member.user_id.startswith("-") and member.user_id[1:].isalnum()
        assert 0 < member.encrypted_user_id < 2**63
        assert member.wallet_payload.isascii() and len(member.wallet_payload) <= 64


@pytest.mark.parametrize(
    "overrides",
    [{"rfid_format": "HID"}, {"wallet_platform": None}, {"wallet_payload": "ü" * 3}, {"wallet_platform": "SAMSUNG"}],
)
def test_member_records_refuse_inconsistent_credentials(overrides):
    base = dict(
        user_id="-x", encrypted_user_id=1, first_name="A", last_name="B", gender="MALE", date_of_birth="2000-01-01",
        height_cm=180.0, weight_kg=80.0, locale="en", unit_system="METRIC", training_goal="FITNESS",
        uid=b"\x01\x02\x03\x04", wallet_payload="p", wallet_platform="APPLE",
    )
    with pytest.raises(ValueError):
        DemoMember(**{**base, **overrides})


async def test_a_name_with_an_unpaired_surrogate_is_served_as_the_json_escape_a_server_may_send():
    odd = dataclasses.replace(DEMO_MEMBERS[0], first_name="Dana\ud83d")
    transport = httpx.ASGITransport(app=create_app(SandboxState(members=[odd])))
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox.test") as client:
        reply = await client.get(f"/api/v1/gyms/{DEMO_GYM_ID}/users", headers=bearer(await login(client, odd)))
    assert (reply.status_code, reply.headers["content-type"]) == (200, "application/json")
    assert b'"firstName": "Dana\\ud83d"' in reply.content
