"""What the kiosk sends EGYM to log a member in, for every card and wallet set-up a site may have."""
from __future__ import annotations

import dataclasses
import os

import pytest
from hypothesis import given, settings as hypothesis_settings, strategies as st

from hardware.events import CardCredential, CardTechnology, WalletCredential, WalletPlatform
from kiosk.cloud.egym import grants
from kiosk.cloud.egym.replies import RefusedLocally
from kiosk.cloud.egym.settings import EgymSettings

EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "100"))

SETTINGS = EgymSettings(
    base_url="https://egym.invalid",
    gym_id=130,
    machine_name="scale-1",
    api_key="key-not-used-here",
    apple_pass_type_id="pass.com.example.gym",
    google_collector_id="31415926",
)


def rendered(uid_hex: str, style: str) -> str:
    body = grants.rfid_grant(CardCredential(bytes.fromhex(uid_hex)), dataclasses.replace(SETTINGS, uid_rendering=style))
    return body["rfid"]


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("hex", "04A1B2C3"),
        ("hex_reversed", "C3B2A104"),
        ("dec_le32", str(0xC3B2A104)),
        ("dec_be32", str(0x04A1B2C3)),
        ("dec_le32_10", str(0xC3B2A104).zfill(10)),
        ("dec_be32_10", str(0x04A1B2C3).zfill(10)),
    ],
)
def test_card_uid_is_rendered_the_way_the_site_registered_its_cards(style: str, expected: str) -> None:
    assert rendered("04a1b2c3", style) == expected


@hypothesis_settings(max_examples=EXAMPLES, deadline=None)
@given(uid=st.binary(min_size=1, max_size=10))
def test_hex_renderings_carry_the_whole_uid(uid: bytes) -> None:
    assert bytes.fromhex(rendered(uid.hex(), "hex")) == uid
    assert bytes.fromhex(rendered(uid.hex(), "hex_reversed")) == uid[::-1]


@hypothesis_settings(max_examples=EXAMPLES, deadline=None)
@given(uid=st.binary(min_size=4, max_size=4))
def test_decimal_renderings_of_a_four_byte_uid_describe_the_same_card(uid: bytes) -> None:
    assert int(rendered(uid.hex(), "dec_le32")).to_bytes(4, "little") == uid
    assert int(rendered(uid.hex(), "dec_be32")).to_bytes(4, "big") == uid
    for style in ("dec_le32", "dec_be32"):
        padded = rendered(uid.hex(), f"{style}_10")
        assert len(padded) == 10 and int(padded) == int(rendered(uid.hex(), style))


def test_rfid_grant_names_the_machine_and_the_configured_card_format() -> None:
    body = grants.rfid_grant(CardCredential(bytes.fromhex("AB1020CD")), dataclasses.replace(SETTINGS, rfid_format="LEGIC"))
    assert body == {"grantType": "RFID", "rfid": "AB1020CD", "rfidFormat": "LEGIC", "machineName": "scale-1"}


@pytest.mark.parametrize(
    ("technology", "expected"),
    [(CardTechnology.LEGIC, "LEGIC"), (CardTechnology.MIFARE, "MIFARE"), (CardTechnology.EM4100, "MIFARE")],
)
def test_legic_cards_always_log_in_as_legic(technology: CardTechnology, expected: str) -> None:
    body = grants.rfid_grant(CardCredential(b"\x01\x02\x03\x04", technology), SETTINGS)
    assert body["rfidFormat"] == expected


def test_a_decimal_rendering_of_a_too_short_uid_is_refused() -> None:
    with pytest.raises(RefusedLocally, match="at least 4 bytes") as refused:
        rendered("010203", "dec_le32")
    assert refused.value.field_errors[0].name == "rfid"


def test_apple_pass_is_identified_by_its_pass_type_id() -> None:
    body = grants.nfc_grant(WalletCredential("apple-payload", WalletPlatform.APPLE), SETTINGS)
    assert body == {
        "grantType": "NFC",
        "machineName": "scale-1",
        "gymId": 130,
        "payload": "apple-payload",
        "transponderType": "APPLE",
        "issuerId": {"passTypeId": "pass.com.example.gym"},
    }


def test_google_pass_is_identified_by_the_schema_collector_property() -> None:
    body = grants.nfc_grant(WalletCredential("google-payload", WalletPlatform.GOOGLE), SETTINGS)
    assert body["transponderType"] == "GOOGLE"
    assert body["issuerId"] == {"collectorId": "31415926"}
    assert "configurationIndex" not in body


@pytest.mark.parametrize("platform", list(WalletPlatform))
def test_a_vtap_configuration_index_replaces_the_issuer_id(platform: WalletPlatform) -> None:
    settings = dataclasses.replace(SETTINGS, configuration_index="2")
    body = grants.nfc_grant(WalletCredential("payload", platform), settings)
    assert body["configurationIndex"] == {"configurationIndex": "2"}
    assert "issuerId" not in body


def test_a_64_byte_payload_is_accepted_and_a_65_byte_one_refused() -> None:
    assert grants.nfc_grant(WalletCredential("x" * 64, WalletPlatform.APPLE), SETTINGS)["payload"] == "x" * 64
    with pytest.raises(RefusedLocally, match="65 bytes") as refused:
        grants.nfc_grant(WalletCredential("x" * 65, WalletPlatform.APPLE), SETTINGS)
    assert refused.value.field_errors[0].name == "payload"
    assert "xxxxx" not in str(refused.value)


@pytest.mark.parametrize("payload", ["caf\u00e9-pass", "pass-\u2603", ""])
def test_non_ascii_or_empty_payloads_are_refused_without_echoing_them(payload: str) -> None:
    with pytest.raises(RefusedLocally) as refused:
        grants.nfc_grant(WalletCredential(payload, WalletPlatform.GOOGLE), SETTINGS)
    assert refused.value.status is None
    if payload:
        assert payload not in str(refused.value)


@pytest.mark.parametrize(
    ("platform", "missing_setting"),
    [(WalletPlatform.APPLE, "apple_pass_type_id"), (WalletPlatform.GOOGLE, "google_collector_id")],
)
def test_a_wallet_without_configured_issuer_is_refused_with_the_setting_to_fix(
    platform: WalletPlatform, missing_setting: str
) -> None:
    settings = dataclasses.replace(SETTINGS, **{missing_setting: None})
    with pytest.raises(RefusedLocally, match=missing_setting):
        grants.nfc_grant(WalletCredential("payload", platform), settings)


def test_special_case_grants_carry_exactly_their_identifier() -> None:
    assert grants.encrypted_user_id_grant(4337273027797130000) == {
        "grantType": "ENCRYPTED_USER_ID",
        "userId": 4337273027797130000,
    }
    assert grants.obfuscated_user_id_grant("-1c2yqo37vn9m") == {
        "grantType": "OBFUSCATED_USER_ID",
        "obfuscatedUserId": "-1c2yqo37vn9m",
    }
    assert grants.refresh_token_grant("r-123") == {"grantType": "REFRESH_TOKEN", "refreshToken": "r-123"}


@pytest.mark.parametrize("user_id", [2**63, -(2**63) - 1, True])
def test_an_encrypted_user_id_outside_int64_is_refused(user_id: int) -> None:
    with pytest.raises(RefusedLocally, match="64-bit"):
        grants.encrypted_user_id_grant(user_id)


@pytest.mark.parametrize(
    ("uid_hex", "technology", "expected"),
    [
        ("67003B51C6", CardTechnology.EM4100, "0003887558"),  # RDM6300 wristband, printed number
        ("06008E6D5D", CardTechnology.EM4100, "0009334109"),  # binary-frame reader, EM4100 frame
        ("04A1B2C3", CardTechnology.MIFARE, "04A1B2C3"),  # 13.56 MHz cards: hex, as before
    ],
)
def test_without_a_configured_rendering_each_card_goes_as_its_reader_kind_prints_it(uid_hex, technology, expected):
    body = grants.rfid_grant(CardCredential(bytes.fromhex(uid_hex), technology), SETTINGS)
    assert SETTINGS.uid_rendering is None
    assert body["rfid"] == expected


def test_a_configured_rendering_wins_over_the_reader_kinds_default():
    card = CardCredential(bytes.fromhex("67003B51C6"), CardTechnology.EM4100)
    assert grants.rfid_grant(card, dataclasses.replace(SETTINGS, uid_rendering="hex"))["rfid"] == "67003B51C6"
