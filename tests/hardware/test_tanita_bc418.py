"""BC-418 and TBF-310 positional result lines."""
from __future__ import annotations

import pytest

from hardware import fields
from hardware.events import FrameRejected, LiveWeight, MeasurementRecord
from hardware.protocols.tanita_bc418 import BC418, BC418_LAYOUT, TBF310, Bc418Decoder
from tests.hardware.chunking import feed_bytewise, recording

BC418_CORE = ["12/05/2009", "10:42", "0", "1", "175", "78.4", "21.3", "16.7", "61.7", "45.2", "44", "25.6", "7740", "512"]
BC418_SEGMENTS = ["251", "255", "298", "301"] + [f"{10 + index}.{index % 10}" for index in range(20)]
BC418_LINE = (",".join(BC418_CORE + BC418_SEGMENTS) + "\r\n").encode()


def test_tbf310_recording_decodes_by_position():
    events = Bc418Decoder().feed(recording("tanita/tbf310.bin"))
    assert events == [
        MeasurementRecord(
            kind="body",
            model=TBF310,
            values={
                fields.HEIGHT_CM: 185.0, fields.WEIGHT_KG: 110.6, fields.IMPEDANCE_OHM: 431.0,
                fields.BODY_FAT_PERCENT: 28.4, fields.FAT_MASS_KG: 31.4, fields.FAT_FREE_MASS_KG: 79.2,
                fields.BODY_WATER_KG: 58.0, fields.BMI: 32.3, fields.BMR_KJ: 9771.0,
            },
            extra={"body_type": "0", "gender": "2", "age": "27"},
        )
    ]


def test_bc418_line_decodes_core_fields_and_keeps_segments():
    (record,) = feed_bytewise(Bc418Decoder(), BC418_LINE)
    assert record.model == BC418 and record.warnings == ()
    assert record.values == {
        fields.HEIGHT_CM: 175.0, fields.WEIGHT_KG: 78.4, fields.BODY_FAT_PERCENT: 21.3, fields.FAT_MASS_KG: 16.7,
        fields.FAT_FREE_MASS_KG: 61.7, fields.BODY_WATER_KG: 45.2, fields.BMI: 25.6, fields.BMR_KJ: 7740.0,
        fields.IMPEDANCE_OHM: 512.0,
    }
    assert record.extra["date"] == "12/05/2009" and record.extra["age"] == "44"
    assert record.extra["right_arm_impedance_ohm"] == "298"
    assert record.extra["trunk_predicted_muscle_mass_kg"] == BC418_SEGMENTS[-1]
    assert len(BC418_LAYOUT) == 38


def test_a_shorter_bc418_line_is_kept_with_a_warning():
    line = (",".join(BC418_CORE) + "\r\n").encode()
    (record,) = Bc418Decoder().feed(line)
    assert record.values[fields.WEIGHT_KG] == 78.4
    assert record.warnings == ("BC-418 line has 14 fields, expected 38",)


def test_a_non_numeric_field_is_a_warning():
    broken = list(BC418_CORE)
    broken[6] = "--.-"
    (record,) = Bc418Decoder().feed((",".join(broken + BC418_SEGMENTS) + "\r\n").encode())
    assert fields.BODY_FAT_PERCENT not in record.values and record.extra[fields.BODY_FAT_PERCENT] == "--.-"
    assert record.values[fields.WEIGHT_KG] == 78.4
    assert record.warnings == (f"{fields.BODY_FAT_PERCENT} is not a number",)


def test_lines_matching_no_layout_are_rejected_and_acknowledgements_ignored():
    decoder = Bc418Decoder()
    events = decoder.feed(b"U0\r\nD0\r\nG1\r\n1,2,3\r\n")
    assert events == [FrameRejected("Tanita BC-418: result line with 3 fields matches no known layout")]
    assert decoder.stats["noise_lines"] == 3


def test_weight_stream_is_understood():
    assert Bc418Decoder().feed(b"KD071.0\r\nKS072.4\r\n") == [LiveWeight(71.0, False), LiveWeight(72.4, True)]


def test_a_configured_model_fixes_the_layout():
    tbf_line = recording("tanita/tbf310.bin")
    assert isinstance(Bc418Decoder(model=BC418).feed(tbf_line)[0], FrameRejected)
    assert isinstance(Bc418Decoder(model=TBF310).feed(BC418_LINE)[0], FrameRejected)
    with pytest.raises(ValueError, match="BC-999"):
        Bc418Decoder(model="BC-999")
