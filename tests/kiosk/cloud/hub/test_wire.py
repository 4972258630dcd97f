"""The hub's wire format: what one side writes the other reads back unchanged, and bad input is named."""
from __future__ import annotations

import json
import os

import pytest
from hypothesis import given, settings, strategies as st

from hardware.events import CardCredential, CardTechnology, WalletCredential, WalletPlatform
from kiosk.cloud.hub.wire import (
    DeliveryStatus, DestinationState, Intake, LoginReply, credential_from_json, credential_to_json,
    error_from_json, error_to_json, intake_from_json, intake_to_json, login_reply_from_json, login_reply_to_json,
    profile_from_json, profile_to_json, status_from_json, status_to_json,
)
from kiosk.models import Measurement, MemberProfile

EXAMPLES = min(int(os.environ.get("HYPOTHESIS_EXAMPLES", "100")), 2000)  # the API fuzz (tests/hub) takes the full budget
CARD = CardCredential(uid=bytes.fromhex("04a2b3c4d5e6f7"), technology=CardTechnology.MIFARE)
WALLET = WalletCredential(payload="PASS-PAYLOAD-SECRET", platform=WalletPlatform.APPLE)


def over_json(document: object) -> object:
    """As the other side sees it: through real JSON text."""
    return json.loads(json.dumps(document))


def test_a_card_goes_as_upper_case_hex_in_transmission_order() -> None:
    assert credential_to_json(CARD) == {"kind": "card", "technology": "MIFARE", "uid": "04A2B3C4D5E6F7"}
    assert credential_from_json(over_json(credential_to_json(CARD))) == CARD


def test_a_wallet_pass_round_trips() -> None:
    assert credential_from_json(over_json(credential_to_json(WALLET))) == WALLET


@pytest.mark.parametrize("document, field", [
    (None, "credential must be a JSON object"),
    ({"kind": "token"}, "credential.kind"),
    ({"kind": "card", "technology": "NFC", "uid": "04A2"}, "credential.technology"),
    ({"kind": "card", "technology": "MIFARE", "uid": "04A"}, "credential.uid"),
    ({"kind": "card", "technology": "MIFARE", "uid": 1234}, "credential.uid"),
    ({"kind": "wallet", "platform": "SAMSUNG", "payload": "x"}, "credential.platform"),
    ({"kind": "wallet", "platform": "GOOGLE", "payload": ""}, "credential.payload"),
])
def test_a_malformed_credential_names_the_field_and_not_the_value(document: object, field: str) -> None:
    with pytest.raises(ValueError, match=field) as raised:
        credential_from_json(document)
    assert "04A" not in str(raised.value)


def test_an_intake_round_trips_with_its_id() -> None:
    measurement = Measurement(kind="body", values={"weight_kg": 72.4, "fat_pct": 21.3}, unique_id="m-1",
                              timestamp_ms=1764806400000, device_model="TANITA MC-780")
    intake = Intake(measurement=measurement, session="s-abc", credential=CARD)
    document = intake_to_json(intake)
    assert document["uniqueMeasurementId"] == "m-1"
    assert document["measurement"] == {"kind": "body", "timestamp_ms": 1764806400000,
                                       "device_model": "TANITA MC-780", "values": {"weight_kg": 72.4, "fat_pct": 21.3}}
    assert intake_from_json(over_json(document)) == intake


@pytest.mark.parametrize("change, field", [
    (lambda b: b.pop("uniqueMeasurementId"), "uniqueMeasurementId"),
    (lambda b: b.update(uniqueMeasurementId="   "), "uniqueMeasurementId"),
    (lambda b: b.update(session=5), "session"),
    (lambda b: b["measurement"].update(kind="dance"), "measurement.kind"),
    (lambda b: b["measurement"].update(timestamp_ms=1.5), "measurement.timestamp_ms"),
    (lambda b: b["measurement"].update(timestamp_ms=True), "measurement.timestamp_ms"),
    (lambda b: b["measurement"].update(values=[1, 2]), "measurement.values"),
    (lambda b: b["measurement"]["values"].update(weight_kg="72"), "measurement.values"),
    (lambda b: b["measurement"].update(device_model=7), "measurement.device_model"),
    (lambda b: b.pop("credential"), "credential"),
])
def test_a_malformed_intake_names_the_field(change, field: str) -> None:
    body = intake_to_json(Intake(Measurement(kind="body", values={"weight_kg": 70.0}, unique_id="m-2"), "s", CARD))
    change(body)
    with pytest.raises(ValueError, match=field):
        intake_from_json(body)


def test_a_profile_round_trips_and_null_names_read_as_empty() -> None:
    profile = MemberProfile(user_id="u-1", first_name="Anna", last_name="Muster", gender="FEMALE",
                            date_of_birth="1987-05-01", height_cm=168.0, weight_kg=64.2, locale="de_DE",
                            unit_system="METRIC", training_goal="FITNESS")
    assert profile_from_json(over_json(profile_to_json(profile))) == profile
    assert profile_from_json({"user_id": "u-2", "first_name": None, "last_name": None}) == MemberProfile(user_id="u-2")


@pytest.mark.parametrize("document, field", [
    ({"first_name": "Anna"}, "member.user_id"),
    ({"user_id": "u", "height_cm": "tall"}, "member.height_cm"),
    ({"user_id": "u", "locale": 5}, "member.locale"),
    ({"user_id": "u", "first_name": ["Anna"]}, "member.first_name"),
])
def test_a_malformed_profile_names_the_field_and_not_the_name(document: object, field: str) -> None:
    with pytest.raises(ValueError, match=field) as raised:
        profile_from_json(document)
    assert "Anna" not in str(raised.value)


def test_a_login_reply_round_trips() -> None:
    reply = LoginReply(session="s-1", expires_in=1800, member=MemberProfile(user_id="u-1", first_name="Max"),
                       linked_platforms=("egym",))
    assert login_reply_from_json(over_json(login_reply_to_json(reply))) == reply


def test_a_status_document_round_trips_and_refuses_an_unknown_state() -> None:
    status = DeliveryStatus(unique_id="m-1", version=3,
                            destinations={"egym": DestinationState("delivered", "", 1764806401234)})
    assert status_from_json(over_json(status_to_json(status))) == status
    with pytest.raises(ValueError, match="body.destinations.egym.state"):
        status_from_json({"uniqueMeasurementId": "m-1", "version": 1, "destinations": {"egym": {"state": "lost"}}})


def test_an_error_body_round_trips() -> None:
    assert error_from_json(over_json(error_to_json("device_revoked", "Enrol it again."))) == (
        "device_revoked", "Enrol it again.")
    with pytest.raises(ValueError, match="body.error"):
        error_from_json({"detail": "nope"})


credentials = st.one_of(
    st.builds(CardCredential, uid=st.binary(min_size=1, max_size=10), technology=st.sampled_from(CardTechnology)),
    st.builds(WalletCredential, payload=st.text(min_size=1).filter(str.strip), platform=st.sampled_from(WalletPlatform)),
)
finite = st.floats(allow_nan=False, allow_infinity=False, width=64)
measurements = st.builds(
    Measurement, kind=st.sampled_from(["body", "cardio", "flexibility"]),
    values=st.dictionaries(st.text(max_size=20), finite, max_size=8),
    unique_id=st.text(min_size=1, max_size=200).filter(str.strip),
    timestamp_ms=st.integers(min_value=0, max_value=2**53), device_model=st.text(max_size=40))
optional_text = st.none() | st.text(max_size=30)
profiles = st.builds(MemberProfile, user_id=st.text(min_size=1).filter(str.strip), first_name=st.text(max_size=30),
                     last_name=st.text(max_size=30), gender=optional_text, date_of_birth=optional_text,
                     height_cm=st.none() | finite, weight_kg=st.none() | finite, locale=optional_text,
                     unit_system=optional_text, training_goal=optional_text)


@settings(max_examples=EXAMPLES, deadline=None)
@given(measurement=measurements, session=st.text(max_size=40), credential=credentials, profile=profiles)
def test_whatever_one_side_writes_the_other_reads_back_unchanged(measurement, session, credential, profile) -> None:
    intake = Intake(measurement=measurement, session=session, credential=credential)
    assert intake_from_json(over_json(intake_to_json(intake))) == intake
    assert profile_from_json(over_json(profile_to_json(profile))) == profile


@settings(max_examples=EXAMPLES, deadline=None)
@given(document=st.recursive(st.none() | st.booleans() | st.integers() | finite | st.text(),
                             lambda children: st.lists(children) | st.dictionaries(st.text(), children),
                             max_leaves=20))
def test_any_json_is_either_read_or_refused_with_a_value_error(document: object) -> None:
    for reader in (intake_from_json, credential_from_json, profile_from_json, login_reply_from_json,
                   status_from_json):
        try:
            reader(document)
        except ValueError:
            pass
