"""Tanita key/value records and the weight stream, from recorded samples and built records."""
from __future__ import annotations

import logging

import pytest

from hardware import fields
from hardware.events import FrameRejected, LiveWeight, MeasurementRecord
from hardware.protocols.tanita import (
    CONTROL_PREFIX,
    TanitaDecoder,
    checksum,
    encode_record,
    key_table_for,
)
from tests.hardware.chunking import feed_bytewise, recording

SC240 = "tanita/sc240_manual.bin"
DC320 = "tanita/dc320_edited.bin"


def only_record(events) -> MeasurementRecord:
    records = [event for event in events if isinstance(event, MeasurementRecord)]
    assert len(records) == 1, events
    return records[0]


def test_sc240_manual_sample_decodes_every_field_with_a_verified_checksum():
    record = only_record(TanitaDecoder().feed(recording(SC240)))
    assert record.kind == "body" and record.model == "SC-240" and record.warnings == ()
    assert record.values == {
        fields.HEIGHT_CM: 170.0, fields.WEIGHT_KG: 82.7, fields.BODY_FAT_PERCENT: 18.6,
        fields.FAT_MASS_KG: 15.4, fields.FAT_FREE_MASS_KG: 67.3, fields.MUSCLE_MASS_KG: 64.0,
        fields.MUSCLE_SCORE: 19.0, fields.BONE_MASS_KG: 3.3, fields.BODY_WATER_KG: 48.0,
        fields.BODY_WATER_PERCENT: 58.0, fields.BMI: 28.6, fields.VISCERAL_FAT_RATING: 6.0,
        fields.BMR_KJ: 8255.0, fields.BMR_KCAL: 1973.0, fields.METABOLIC_AGE: 28.0, fields.IMPEDANCE_OHM: 369.4,
    }
    # Keys without a canonical field are kept as sent, quotes removed.
    assert {key: record.extra[key] for key in ("SN", "Sw", "OV", "rJ", "Pt")} == {
        "SN": "00000002", "Sw": "63.6", "OV": "30.0", "rJ": "12", "Pt": "0.0"
    }


def test_checksum_is_the_byte_sum_up_to_the_comma_before_cs():
    line = recording(SC240)
    body = line[: line.rindex(b",CS,") + 1]
    assert checksum(body) == "FD"
    assert checksum(b"") == "00" and checksum(b"\xff\x02") == "01"


def test_case_sensitive_keys_keep_fat_percent_and_fat_mass_apart():
    record = only_record(TanitaDecoder().feed(encode_record([("FW", 31.5), ("fW", 24.0), ("Wk", 76.2)])))
    assert record.values[fields.BODY_FAT_PERCENT] == 31.5
    assert record.values[fields.FAT_MASS_KG] == 24.0


def test_wrong_checksum_is_logged_and_the_record_kept_with_a_warning(caplog):
    caplog.set_level(logging.WARNING, logger="hardware.protocols.tanita")
    record = only_record(TanitaDecoder().feed(recording(DC320)))
    assert record.values[fields.WEIGHT_KG] == 65.6 and record.values[fields.LEG_SCORE] == 106.0
    assert len(record.warnings) == 1 and "checksum mismatch" in record.warnings[0]
    assert "sent C7" in record.warnings[0]
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1


def test_dc320_sample_keeps_its_ambiguous_impedance_keys_raw_and_drops_the_user_id():
    record = only_record(TanitaDecoder().feed(recording(DC320)))
    assert {key: record.extra[key] for key in ("UF", "VF", "RF", "XF", "OV")} == {
        "UF": "528.3", "VF": "26.8", "RF": "471.1", "XF": "37.9", "OV": "-5.8"
    }
    assert fields.IMPEDANCE_OHM not in record.values
    assert "ID" not in record.extra


@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [("Da", "25/09/2014", "2014-09-25T08:20"), ("DT", "2026/06/03", "2026-06-03T08:20"), ("DA", "19/01/30", "2019-01-30T08:20")],
)
def test_all_three_date_variants_become_one_iso_timestamp(key, text, expected):
    record = only_record(TanitaDecoder().feed(encode_record([(key, text), ("TI", "08:20"), ("Wk", 70.0)])))
    assert record.extra["measured_at"] == expected
    assert record.extra[key] == text and record.warnings == ()


def test_a_date_in_the_wrong_form_is_a_warning_not_a_lost_record():
    record = only_record(TanitaDecoder().feed(encode_record([("Da", "2014-09-25"), ("Wk", 70.0)])))
    assert record.values[fields.WEIGHT_KG] == 70.0
    assert "measured_at" not in record.extra
    assert record.warnings == ("date Da is not in the expected form",)


def test_unknown_keys_negative_numbers_and_quoted_strings_are_kept():
    line = encode_record([("MO", "MC-780"), ("Wk", 70.0), ("sT", -2), ("HH", -29.2), ("Zz", "hello, world"), ("Qq", 5)])
    record = only_record(TanitaDecoder().feed(line))
    assert record.extra["sT"] == "-2" and record.extra["HH"] == "-29.2"
    assert record.extra["Zz"] == "hello, world" and record.extra["Qq"] == "5"
    assert record.warnings == ()


def test_a_quoted_value_for_a_numeric_key_is_kept_raw_with_a_warning():
    record = only_record(TanitaDecoder().feed(encode_record([("Wk", 70.0), ("FW", "21.0")])))
    assert fields.BODY_FAT_PERCENT not in record.values
    assert record.extra["FW"] == "21.0"
    assert record.warnings == ("value of FW is not a number",)


def test_key_tables_differ_per_model():
    line = encode_record([("MO", "MC-780"), ("Wk", 70.0), ("ah", 7.9)])
    assert only_record(TanitaDecoder().feed(line)).values[fields.SKELETAL_MUSCLE_INDEX] == 7.9
    other = encode_record([("MO", "SC-240"), ("Wk", 70.0), ("ah", 7.9)])
    record = only_record(TanitaDecoder().feed(other))
    assert fields.SKELETAL_MUSCLE_INDEX not in record.values and record.extra["ah"] == "7.9"
    assert key_table_for("mc-780ma") is key_table_for("MC-780")
    # The configured model wins over the record's own, and the difference is reported.
    record = only_record(TanitaDecoder(model="MC-780").feed(other))
    assert record.values[fields.SKELETAL_MUSCLE_INDEX] == 7.9
    assert record.warnings == ("record comes from a SC-240, configured for MC-780",)


def test_noise_lines_are_counted_and_ignored():
    decoder = TanitaDecoder()
    noise = b"\x00\x13\r\n\r\nTANITA\r\nD0\r\n!\r\n"
    assert decoder.feed(noise + recording(SC240) + b"\xff\xfe garbage\r\n")[0].model == "SC-240"
    assert decoder.stats["noise_lines"] == 5 and decoder.stats["records"] == 1
    assert decoder.stats["noise_bytes"] == len(b"\x00\x13" b"TANITA" b"D0" b"!" b"\xff\xfe garbage")


def test_stray_bytes_glued_before_a_record_are_cut_off():
    record = only_record(TanitaDecoder().feed(b"\x11\x00" + recording(SC240)))
    assert record.values[fields.WEIGHT_KG] == 82.7
    assert record.warnings == ("2 stray bytes before the record were ignored",)


def test_lone_lf_ends_a_record_too():
    record = only_record(TanitaDecoder().feed(recording(SC240).replace(b"\r\n", b"\n")))
    assert record.warnings == ()


def test_a_record_longer_than_1_2_kb_decodes_even_byte_by_byte():
    segments = "RLrlFMH"
    pairs = [("MO", "MC-780"), ("DT", "2026/06/03"), ("Wk", 81.3), ("FW", 22.4)]
    pairs += [(f"{freq}{segment}", 1400.0 + index) for index, (freq, segment) in enumerate(
        (freq, segment) for freq in "acGHRXJKLQij" for segment in segments)]
    pairs += [(f"{prefix}{segment}", -1.5) for prefix in "FfMmSs" for segment in "RLrlT"]
    pairs += [(f"p{segment}", -6.2) for segment in segments]
    line = encode_record(pairs)
    assert len(line) > 1200
    record = only_record(feed_bytewise(TanitaDecoder(), line))
    assert record.values == {fields.WEIGHT_KG: 81.3, fields.BODY_FAT_PERCENT: 22.4}
    assert len(record.extra) == 1 + 1 + 1 + 84 + 30 + 7 and record.warnings == ()


def test_a_line_beyond_the_buffer_cap_is_rejected_and_the_next_record_still_decodes():
    decoder = TanitaDecoder()
    events = decoder.feed(b"{0," + b"9" * 9000 + b"\r\n" + recording(SC240))
    assert isinstance(events[0], FrameRejected) and "longer than 8192" in events[0].reason
    assert isinstance(events[1], MeasurementRecord) and len(events) == 2
    assert decoder.stats["overlong_bytes"] == len(b"{0," + b"9" * 9000 + b"\r")


def test_a_truncated_record_is_kept_with_a_warning():
    line = recording(SC240)
    cut = line[: line.index(b",rb,")] + b"\r\n"
    record = only_record(TanitaDecoder().feed(cut))
    assert record.values[fields.WEIGHT_KG] == 82.7 and fields.BMR_KJ not in record.values
    assert record.warnings == ("record has no checksum (it may be truncated)",)


def test_a_record_without_any_measurement_is_rejected():
    events = TanitaDecoder().feed(encode_record([("MO", "SC-240"), ("SN", "1")]))
    assert events == [FrameRejected("Tanita: record carries no measurement values")]


def test_pound_records_convert_the_weight_and_keep_other_masses_raw():
    record = only_record(TanitaDecoder().feed(encode_record([("Wp", 180.0), ("FW", 20.0), ("fW", 36.0)])))
    assert record.values == {fields.WEIGHT_KG: pytest.approx(81.647, abs=0.001), fields.BODY_FAT_PERCENT: 20.0}
    assert record.extra["fW"] == "36.0" and "pounds" in record.warnings[0]


def test_records_without_the_control_prefix_start_at_mo():
    line = encode_record([("MO", "HD-351"), ("Wk", 64.2)], control=False)
    assert line.startswith(b"MO,")
    assert only_record(TanitaDecoder().feed(line)).values == {fields.WEIGHT_KG: 64.2}


def test_encoded_records_start_with_the_control_data():
    assert encode_record([("Wk", 1.0)]).startswith(CONTROL_PREFIX.encode() + b",Wk,1.0,CS,")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b"KS072.5", LiveWeight(72.5, True)),
        (b"KD 68.1", LiveWeight(68.1, False)),
        (b"LS160.0", LiveWeight(72.575, True)),
        (b"KI999.9", FrameRejected("the scale reports an overload")),
        (b"E2", FrameRejected("analyser error E2: impedance error", device_error="E2")),
    ],
)
def test_weight_stream_and_error_lines(line, expected):
    assert TanitaDecoder().feed(line + b"\r\n") == [expected]


def test_weight_stream_and_records_share_one_port():
    decoder = TanitaDecoder()
    events = decoder.feed(b"KD050.2\r\nKD070.9\r\nKS072.5\r\n" + recording(SC240))
    assert [type(event) for event in events] == [LiveWeight, LiveWeight, LiveWeight, MeasurementRecord]
    assert decoder.stats["weight_updates"] == 3
