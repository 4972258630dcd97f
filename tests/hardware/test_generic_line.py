"""The configurable line device: config validation, decoding, damaged lines, and a pty round trip."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hardware import fields
from hardware.events import FrameRejected, MeasurementRecord
from hardware.protocols.generic_line import GenericLineDecoder
from hardware.pty_port import PtyPort
from hardware.serial_link import SerialLink
from hardware.simulators.generic_line_device import GenericLineDeviceSimulator
from tests.hardware.chunking import cut_points, feed_bytewise, feed_in_chunks, recording
from tests.hardware.hypothesis_budget import EXAMPLES
from tests.hardware.link_helpers import EventCollector

REACH_PATTERN = r"^REACH\s*(?P<reach>[+-]?\d+(\.\d+)?)\s*cm$"


def sit_and_reach(**options) -> GenericLineDecoder:
    return GenericLineDecoder(REACH_PATTERN, "flexibility", fields={"reach": fields.REACH_CM}, model="box", **options)


def test_recorded_sit_and_reach_results_become_flexibility_records():
    events = sit_and_reach().feed(recording("generic_line/sit_and_reach.bin"))
    assert events == [
        MeasurementRecord(kind="flexibility", values={"reach_cm": value}, model="box")
        for value in (23.5, -4.0, 31.0)
    ]


def test_scale_factors_and_groups_named_after_fields():
    decoder = GenericLineDecoder(r"(?P<reach_cm>\d+)mm", "flexibility", scale={"reach_cm": 0.1})
    assert decoder.feed(b"235mm\n") == [MeasurementRecord("flexibility", {"reach_cm": 23.5})]


def test_groups_without_a_field_are_kept_as_extra_text_and_optional_groups_may_be_absent():
    decoder = GenericLineDecoder(
        r"W=(?P<weight_kg>[\d.]+)( H=(?P<height_cm>[\d.]+))? STATION=(?P<station>\w+)", "body"
    )
    assert decoder.feed(b"W=70.5 STATION=B2\rW=71 H=180.5 STATION=B2\r") == [
        MeasurementRecord("body", {"weight_kg": 70.5}, extra={"station": "B2"}),
        MeasurementRecord("body", {"weight_kg": 71.0, "height_cm": 180.5}, extra={"station": "B2"}),
    ]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"pattern": "(?P<reach>[0-9]", "kind": "flexibility"}, "not a valid regular expression"),
        ({"pattern": "", "kind": "flexibility"}, "non-empty"),
        ({"pattern": r"\d+", "kind": "flexibility"}, "no named groups"),
        ({"pattern": r"(?P<reach>\d+)", "kind": "flexibility"}, "no group maps"),
        ({"pattern": r"(?P<reach>\d+)", "kind": "strength"}, "kind must be one of"),
        ({"pattern": r"(?P<reach>\d+)", "kind": "flexibility", "fields": {"reech": "reach_cm"}}, "reech"),
        (
            {"pattern": r"(?P<reach>\d+)", "kind": "flexibility", "fields": {"reach": "power_w"}},
            "not a flexibility field",
        ),
        (
            {"pattern": r"(?P<a>\d+)(?P<b>\d+)", "kind": "cardio", "fields": {"a": "power_w", "b": "power_w"}},
            "same field",
        ),
        ({"pattern": r"(?P<reach_cm>\d+)", "kind": "flexibility", "scale": {"reach_cm": 0}}, "non-zero"),
        ({"pattern": r"(?P<reach_cm>\d+)", "kind": "flexibility", "scale": {"reach_cm": "x"}}, "number"),
        ({"pattern": r"(?P<reach_cm>\d+)", "kind": "flexibility", "scale": {"other": 2}}, "scale.other"),
    ],
)
def test_configuration_mistakes_are_clear_value_errors(options, message):
    with pytest.raises(ValueError, match=message):
        GenericLineDecoder(**options)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b"HELLO\r\n", "does not match"),
        (b"REACH cm\r\n", "does not match"),
        (b"REACH +23.5 cm trailing\r\n", "does not match"),
    ],
)
def test_lines_that_do_not_fit_are_rejected_without_quoting_them(line, reason):
    [event] = sit_and_reach().feed(line)
    assert isinstance(event, FrameRejected) and reason in event.reason
    assert line.strip().decode() not in event.reason


def test_a_matched_group_that_is_not_a_number_is_rejected_by_name():
    decoder = GenericLineDecoder(r"R=(?P<reach_cm>\S+)", "flexibility")
    [event] = decoder.feed(b"R=12,5\n")
    assert isinstance(event, FrameRejected) and "'reach_cm' is not a number" in event.reason


def test_a_match_without_any_value_is_rejected():
    decoder = GenericLineDecoder(r"R(=(?P<reach_cm>\d+))?", "flexibility")
    [event] = decoder.feed(b"R\n")
    assert isinstance(event, FrameRejected) and "no measurement value" in event.reason


def test_an_oversized_line_is_dropped_and_the_next_one_still_decodes():
    events = sit_and_reach(max_line_length=64).feed(b"REACH " + b"1" * 200 + b" cm\r\nREACH +1.0 cm\r\n")
    assert isinstance(events[0], FrameRejected) and "longer than 64" in events[0].reason
    assert events[1:] == [MeasurementRecord("flexibility", {"reach_cm": 1.0}, model="box")]


def test_huge_numbers_are_rejected_rather_than_becoming_infinity():
    [event] = GenericLineDecoder(r"(?P<reach_cm>\d+)", "flexibility").feed(b"9" * 400 + b"\n")
    assert isinstance(event, FrameRejected) and "out of range" in event.reason


def test_byte_by_byte_delivery_gives_the_same_events():
    data = recording("generic_line/sit_and_reach.bin")
    assert feed_bytewise(sit_and_reach(), data) == sit_and_reach().feed(data)


@settings(max_examples=EXAMPLES)
@given(st.binary(max_size=300), cut_points)
def test_arbitrary_bytes_in_any_chunks_never_raise(data, cuts):
    events = feed_in_chunks(sit_and_reach(), data, cuts)
    assert all(isinstance(event, (MeasurementRecord, FrameRejected)) for event in events)


@settings(max_examples=EXAMPLES)
@given(st.integers(min_value=-999, max_value=999), st.sampled_from([b"\r\n", b"\n", b"\r"]), cut_points)
def test_generated_lines_decode_to_the_generated_reach(tenths, ending, cuts):
    line = f"REACH {tenths / 10:+.1f} cm".encode() + ending + b"REACH +0.0 cm\n"
    events = feed_in_chunks(sit_and_reach(), line, cuts)
    assert [event.values[fields.REACH_CM] for event in events] == [tenths / 10, 0.0]


async def test_a_sit_and_reach_box_through_a_real_serial_port():
    events = EventCollector()
    with PtyPort() as port, GenericLineDeviceSimulator(port, "REACH {reach:+.1f} cm") as box:
        link = SerialLink(port.path, sit_and_reach(), events)
        await link.start()
        try:
            assert box.measure(reach=27.5).wait(5)
            assert (await events.next(MeasurementRecord)).values == {"reach_cm": 27.5}
            box.send_raw(b"\x00noise\r\n")
            assert "does not match" in (await events.next(FrameRejected)).reason
            box.measure(reach=-3.0)
            assert (await events.next(MeasurementRecord)).values == {"reach_cm": -3.0}
        finally:
            await link.stop()
