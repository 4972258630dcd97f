"""Enrolment codes and kiosk credentials in the store, on both engines."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from hub.store.kiosks import (
    CODE_VALID_MS, DeviceRefused, EnrolmentRefused, authenticate_kiosk, create_enrolment_code,
    exchange_enrolment_code, list_kiosks, record_heartbeat, revoke_kiosk,
)
from hub.store.schema import enrolment_codes, kiosks

NOW = 1_764_806_400_000


def test_a_code_is_eight_digits_and_enrols_one_kiosk_bound_to_its_gym_machine_and_station(engine) -> None:
    code = create_enrolment_code(engine, "berlin-mitte", "scale-1", "body", NOW)
    assert len(code) == 8 and code.isdigit()
    enrolment = exchange_enrolment_code(engine, code, NOW + 1000)
    assert len(enrolment.credential) >= 43
    kiosk = authenticate_kiosk(engine, enrolment.credential)
    assert (kiosk.gym, kiosk.machine, kiosk.station) == ("berlin-mitte", "scale-1", "body")
    assert kiosk.device_id == enrolment.kiosk.device_id


def test_the_store_keeps_neither_the_code_nor_the_credential(engine) -> None:
    code = create_enrolment_code(engine, "g", "scale-1", "body", NOW)
    enrolment = exchange_enrolment_code(engine, code, NOW)
    with engine.connect() as connection:
        stored = [str(value) for table in (kiosks, enrolment_codes)
                  for row in connection.execute(sa.select(table)) for value in row]
    assert code not in stored and enrolment.credential not in stored


def test_a_code_is_single_use_and_expires_after_fifteen_minutes(engine) -> None:
    code = create_enrolment_code(engine, "g", "scale-1", "body", NOW)
    exchange_enrolment_code(engine, code, NOW)
    with pytest.raises(EnrolmentRefused) as replayed:
        exchange_enrolment_code(engine, code, NOW + 1)
    assert replayed.value.code == "enrolment_code_used"
    late = create_enrolment_code(engine, "g", "scale-2", "body", NOW)
    with pytest.raises(EnrolmentRefused) as expired:
        exchange_enrolment_code(engine, late, NOW + CODE_VALID_MS)
    assert expired.value.code == "enrolment_code_expired"
    with pytest.raises(EnrolmentRefused) as unknown:
        exchange_enrolment_code(engine, "00000000" if late != "00000000" else "11111111", NOW)
    assert unknown.value.code == "enrolment_code_unknown"


def test_an_unknown_credential_and_a_revoked_kiosk_are_refused_with_their_reasons(engine) -> None:
    enrolment = exchange_enrolment_code(engine, create_enrolment_code(engine, "g", "scale-1", "body", NOW), NOW)
    with pytest.raises(DeviceRefused) as unknown:
        authenticate_kiosk(engine, "not-a-credential-the-hub-issued")
    assert unknown.value.code == "device_unknown"
    assert revoke_kiosk(engine, enrolment.kiosk.device_id, NOW + 5)
    assert not revoke_kiosk(engine, enrolment.kiosk.device_id, NOW + 6)
    with pytest.raises(DeviceRefused) as revoked:
        authenticate_kiosk(engine, enrolment.credential)
    assert revoked.value.code == "device_revoked"


def test_the_fleet_lists_kiosks_with_their_last_heartbeat(engine) -> None:
    first = exchange_enrolment_code(engine, create_enrolment_code(engine, "g", "scale-1", "body", NOW), NOW)
    exchange_enrolment_code(engine, create_enrolment_code(engine, "g", "bike-2", "cardio", NOW), NOW)
    record_heartbeat(engine, first.kiosk.device_id, {"version": "0.1.0", "queue_depth": 2}, NOW + 60_000)
    listed = {kiosk.machine: kiosk for kiosk in list_kiosks(engine)}
    assert listed["scale-1"].heartbeat == {"version": "0.1.0", "queue_depth": 2}
    assert listed["scale-1"].heartbeat_ms == NOW + 60_000
    assert listed["bike-2"].heartbeat is None and listed["bike-2"].station == "cardio"


def test_a_code_for_an_unknown_station_is_refused(engine) -> None:
    with pytest.raises(ValueError, match="station"):
        create_enrolment_code(engine, "g", "scale-1", "rowing", NOW)
