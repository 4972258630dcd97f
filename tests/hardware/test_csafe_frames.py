"""CSAFE frame layer: the worked frames of devices.md 4.7, stuffing, checksum, damage, resync."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hardware.protocols.csafe.frames import (
    MAX_FRAME_BYTES,
    Frame,
    FrameError,
    FrameParser,
    build_frame,
    checksum,
    stuff,
    unstuff,
)
from tests.hardware.chunking import cut_points, feed_bytewise, feed_in_chunks, recording
from tests.hardware.hypothesis_budget import EXAMPLES

WORKED_FRAMES = [
    ("csafe/empty_frame.bin", Frame(b"")),
    ("csafe/get_status.bin", Frame(b"\x80")),
    ("csafe/poll_figures.bin", Frame(bytes.fromhex("A0 A1 A3 A5 B0 B4"))),
    ("csafe/set_horizontal_5000m.bin", Frame(bytes.fromhex("21 03 88 13 24"))),
    ("csafe/concept2_wrapper_standard.bin", Frame(bytes.fromhex("1A 01 A0"))),
    ("csafe/concept2_wrapper_extended.bin", Frame(bytes.fromhex("1A 02 89 C1"), destination=0xFD, source=0x00)),
]


@pytest.mark.parametrize(("name", "expected"), WORKED_FRAMES)
def test_recorded_worked_frames_parse(name, expected):
    assert FrameParser().feed(recording(name)) == [expected]


@pytest.mark.parametrize(("name", "frame"), WORKED_FRAMES)
def test_building_a_worked_frame_reproduces_the_recorded_bytes(name, frame):
    assert build_frame(frame.contents, destination=frame.destination, source=frame.source or 0) == recording(name)


def test_all_worked_frames_back_to_back_and_byte_by_byte():
    stream = b"".join(recording(name) for name, _ in WORKED_FRAMES)
    assert feed_bytewise(FrameParser(), stream) == [frame for _, frame in WORKED_FRAMES]


def test_extended_frame_checksum_leaves_the_addresses_out():
    # Concept2's example: 1A^02^89^C1 = 50; including FD and 00 would give AD.
    assert checksum(bytes.fromhex("1A 02 89 C1")) == 0x50


def test_flag_bytes_inside_a_frame_are_stuffed_and_restored():
    contents = bytes.fromhex("A0 F0 F1 F2 F3 05")
    wire = build_frame(contents)
    assert wire == bytes.fromhex("F1 A0 F3 00 F3 01 F3 02 F3 03 05 A5 F2")
    assert FrameParser().feed(wire) == [Frame(contents)]


def test_a_checksum_that_is_itself_a_flag_byte_is_stuffed():
    contents = bytes.fromhex("A1 51")  # A1 ^ 51 = F0
    assert build_frame(contents) == bytes.fromhex("F1 A1 51 F3 00 F2")
    assert FrameParser().feed(build_frame(contents)) == [Frame(contents)]


def test_unstuff_rejects_a_bad_escape():
    assert unstuff(stuff(bytes(range(0xEE, 0x100)))) == bytes(range(0xEE, 0x100))
    with pytest.raises(ValueError):
        unstuff(b"\xF3\x07")
    with pytest.raises(ValueError):
        unstuff(b"\xA0\xF3")


def _error_reasons(results):
    return [item.reason for item in results if isinstance(item, FrameError)]


def test_checksum_error_is_reported_and_the_next_frame_still_parses():
    damaged = bytes.fromhex("F1 A0 A1 A3 A5 B0 B4 04 F2")
    results = FrameParser().feed(damaged + recording("csafe/get_status.bin"))
    assert "checksum mismatch" in _error_reasons(results)[0]
    assert results[-1] == Frame(b"\x80")


def test_truncated_frame_is_abandoned_at_the_next_start_flag():
    results = FrameParser().feed(bytes.fromhex("F1 A0 A1") + recording("csafe/poll_figures.bin"))
    assert "cut off" in _error_reasons(results)[0]
    assert results[-1] == Frame(bytes.fromhex("A0 A1 A3 A5 B0 B4"))


def test_a_frame_split_across_reads_waits_for_its_end():
    parser = FrameParser()
    assert parser.feed(bytes.fromhex("F1 A0 A1 A3")) == []
    assert parser.feed(bytes.fromhex("A5 B0 B4 03 F2")) == [Frame(bytes.fromhex("A0 A1 A3 A5 B0 B4"))]


def test_noise_before_a_frame_is_skipped_and_counted():
    results = FrameParser().feed(b"\x00\x13\x37" + recording("csafe/empty_frame.bin"))
    assert _error_reasons(results) == ["3 stray byte(s) outside a frame"]
    assert results[-1] == Frame(b"")


@pytest.mark.parametrize(
    ("wire", "reason"),
    [
        (bytes.fromhex("F1 F2"), "too short"),
        (bytes.fromhex("F0 FD 00 F2"), "too short"),
        (bytes.fromhex("F1 A0 F3 09 A0 F2"), "bad byte stuffing"),
        (bytes.fromhex("F1 A0 F3 F2"), "bad byte stuffing"),
    ],
)
def test_malformed_frames_are_reported(wire, reason):
    [error] = FrameParser().feed(wire)
    assert isinstance(error, FrameError) and reason in error.reason


def test_an_endless_frame_is_dropped_once_and_parsing_recovers():
    results = FrameParser().feed(b"\xF1" + b"\x11" * 300 + b"\xF2" + recording("csafe/get_status.bin"))
    assert _error_reasons(results) == [f"frame longer than {MAX_FRAME_BYTES} bytes"]
    assert results[-1] == Frame(b"\x80")


def test_building_an_oversized_frame_is_refused():
    with pytest.raises(ValueError, match="exceeds"):
        build_frame(bytes(MAX_FRAME_BYTES))


@settings(max_examples=EXAMPLES, deadline=None)
@given(data=st.binary(max_size=400), cuts=cut_points)
def test_any_bytes_in_any_chunks_never_raise_and_parse_the_same(data, cuts):
    whole = FrameParser().feed(data)
    assert all(isinstance(item, (Frame, FrameError)) for item in whole)
    assert feed_in_chunks(FrameParser(), data, cuts) == whole


contents_strategy = st.binary(max_size=40)
address_strategy = st.one_of(st.none(), st.integers(0, 255))


@settings(max_examples=EXAMPLES, deadline=None)
@given(contents=contents_strategy, destination=address_strategy, source=st.integers(0, 255))
def test_built_frames_round_trip(contents, destination, source):
    wire = build_frame(contents, destination=destination, source=source)
    expected = Frame(contents, destination, source if destination is not None else None)
    assert FrameParser().feed(wire) == [expected]


@settings(max_examples=EXAMPLES, deadline=None)
@given(noise=st.binary(max_size=60), contents=contents_strategy, cuts=cut_points)
def test_a_good_frame_after_any_noise_is_recovered(noise, contents, cuts):
    wire = build_frame(contents)
    results = feed_in_chunks(FrameParser(), noise + wire, cuts)
    assert results[-1] == Frame(contents)
