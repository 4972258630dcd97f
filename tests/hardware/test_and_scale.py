"""A&D standard-format scales: recorded lines, damaged input, properties, and a pty round trip.

``manual_samples.bin`` holds the lines quoted from the A&D manuals in devices.md 3.1;
the other recordings are streams in the same format built for these tests.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hardware.events import FrameRejected, LiveWeight
from hardware.protocols.and_scale import AndScaleDecoder
from hardware.pty_port import PtyPort
from hardware.serial_link import SerialLink
from hardware.simulators.and_scale import AndScaleSimulator, format_and_line
from tests.hardware.chunking import cut_points, feed_bytewise, feed_in_chunks, recording
from tests.hardware.hypothesis_budget import EXAMPLES
from tests.hardware.link_helpers import EventCollector


def decode(data: bytes) -> list:
    return AndScaleDecoder().feed(data)


def test_manual_samples_decode_to_kilograms():
    assert decode(recording("and_scale/manual_samples.bin")) == [
        LiveWeight(kg=1.2345, stable=True),
        LiveWeight(kg=75.2, stable=True),
        LiveWeight(kg=75.2, stable=True),
    ]


def test_a_member_stepping_on_shows_moving_weights_then_a_stable_one():
    events = decode(recording("and_scale/step_on_72_5kg.bin"))
    assert all(isinstance(event, LiveWeight) for event in events)
    settled = [event.kg for event in events if event.stable and event.kg > 0]
    assert settled == [72.5] * 4
    moving = [event for event in events if not event.stable]
    assert len(moving) == 5 and moving[0].kg == pytest.approx(12.4)


def test_pounds_are_converted_to_kilograms():
    assert decode(recording("and_scale/pounds.bin")) == [
        LiveWeight(kg=pytest.approx(150.2 * 0.45359237), stable=False),
        LiveWeight(kg=pytest.approx(165.3 * 0.45359237), stable=True),
    ]


def test_gc_comparator_field_is_skipped_whatever_its_result():
    assert [(event.kg, event.stable) for event in decode(recording("and_scale/comparator_gc.bin"))] == [
        (1.1, False), (3.5, True), (5.0, True), (9.9, True),
    ]


def test_status_lines_are_information_or_clear_rejections_never_weights():
    events = decode(recording("and_scale/status_lines.bin"))
    reasons = [event.reason for event in events]
    assert all(isinstance(event, FrameRejected) for event in events)
    assert len(reasons) == 4, "TN, SN and AK lines are information only"
    assert "error E11" in reasons[0]
    assert "out of range" in reasons[1]
    assert "counting mode" in reasons[2]
    assert "'%'" in reasons[3]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b"ST,+0007\r\n", "not a number with a unit"),
        (b"ST,\r\n", "not a number with a unit"),
        (b"ST,+00075.20 PC\r\n", "'PC'"),
        (b"XX,+00075.20 kg\r\n", "unrecognised"),
        (b"\xffST,+00075.20 kg\r\n", "not ASCII"),
        (b"ST,+000\xb75.20 kg\r\n", "not ASCII"),
        (b"EC,\x01\x02\r\n", "unreadable code"),
    ],
)
def test_damaged_lines_are_rejected_with_a_reason(line, reason):
    [event] = decode(line)
    assert isinstance(event, FrameRejected) and reason in event.reason


def test_an_oversized_line_is_dropped_and_the_next_line_still_decodes():
    events = decode(b"ST," + b"9" * 500 + b"\r\nST,+00070.00 kg\r\n")
    assert isinstance(events[0], FrameRejected) and "longer than" in events[0].reason
    assert events[1:] == [LiveWeight(70.0, True)]


def test_a_truncated_line_after_reconnect_is_not_glued_to_new_data():
    decoder = AndScaleDecoder()
    assert decoder.feed(b"ST,+0007") == []
    decoder.reset()
    assert decoder.feed(b"ST,+00070.00 kg\r\n") == [LiveWeight(70.0, True)]


def test_byte_by_byte_delivery_gives_the_same_events():
    data = recording("and_scale/step_on_72_5kg.bin")
    assert feed_bytewise(AndScaleDecoder(), data) == decode(data)


@settings(max_examples=EXAMPLES)
@given(st.binary(max_size=300), cut_points)
def test_arbitrary_bytes_in_any_chunks_never_raise(data, cuts):
    events = feed_in_chunks(AndScaleDecoder(), data, cuts)
    assert all(isinstance(event, (LiveWeight, FrameRejected)) for event in events)


@settings(max_examples=EXAMPLES)
@given(
    header=st.sampled_from(["ST", "US"]),
    hundredths=st.integers(min_value=-99_999, max_value=9_999_999),
    unit=st.sampled_from(["kg", "g", "lb", "oz"]),
    comparator=st.sampled_from([None, "LO", "OK", "HI", "--"]),
    cuts=cut_points,
)
def test_generated_lines_decode_to_the_generated_weight(header, hundredths, unit, comparator, cuts):
    value = hundredths / 100
    line = format_and_line(header, value, unit, decimals=2, comparator=comparator)
    assert len(line) == (20 if comparator else 17)
    [event] = feed_in_chunks(AndScaleDecoder(), line, cuts)
    factor = {"kg": 1, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125}[unit]
    assert event == LiveWeight(kg=pytest.approx(value * factor, abs=1e-9), stable=header == "ST")


async def test_weighing_through_a_real_serial_port():
    events = EventCollector()
    with PtyPort() as port, AndScaleSimulator(port, interval_s=0.02) as scale:
        link = SerialLink(port.path, AndScaleDecoder(), events, baudrate=2400)
        await link.start()
        try:
            assert scale.step_on(72.5).wait(5)
            while not ((weight := await events.next(LiveWeight)).stable and weight.kg == 72.5):
                pass
            moving = [event for event in events.of(LiveWeight) if not event.stable]
            assert moving, "the scale passed through unstable readings first"
            scale.send_raw(b"\x00\x13garbage\r\n")
            assert "unrecognised" in (await events.next(FrameRejected)).reason
            scale.step_off()
            while (await events.next(LiveWeight)) != LiveWeight(0.0, True):
                pass
        finally:
            await link.stop()
