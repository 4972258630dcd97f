"""RDM6300 / Parallax 125 kHz readers: frames, checksums, presence by silence, and a pty round trip.

``parallax_sample.bin`` is the Parallax frame quoted in devices.md 5.1 (tag 0F0184F07A);
``tag_held.bin`` is the same tag as RDM6300 frames, repeated while held.
``em4100_printed_0003887558.bin`` is the RDM6300 frame (devices.md 5.1: STX, ten hex
digits, the XOR checksum ``CB`` as two hex digits, ETX) of the wristband in issue 13,
UID ``67003B51C6``, printed ``0003887558``.
"""
from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hardware.events import CardCredential, CardTechnology, CredentialPresented, CredentialRemoved, FrameRejected
from hardware.protocols.rdm6300 import Rdm6300Decoder, encode_parallax_frame, encode_rdm6300_frame
from hardware.pty_port import PtyPort
from hardware.registry import handler_for
from hardware.serial_link import SerialLink
from hardware.simulators.rdm6300_reader import Rdm6300ReaderSimulator
from hardware.uid import render_uid
from tests.hardware.chunking import cut_points, feed_bytewise, feed_in_chunks, recording
from tests.hardware.hypothesis_budget import EXAMPLES
from tests.hardware.link_helpers import EventCollector, FakeClock

TAG = bytes.fromhex("0F0184F07A")
OTHER_TAG = bytes.fromhex("3C00A1B2C3")



def presented(uid: bytes, reader_id: str = "") -> CredentialPresented:
    return CredentialPresented(CardCredential(uid, CardTechnology.EM4100, reader_id))


def test_a_held_tag_is_presented_once_despite_repeated_frames():
    decoder = Rdm6300Decoder(reader_id="door", clock=FakeClock())
    assert decoder.feed(recording("rdm6300/tag_held.bin")) == [presented(TAG, "door")]
    assert decoder.tag_present


def test_the_parallax_sample_frame_decodes():
    assert Rdm6300Decoder(clock=FakeClock()).feed(recording("rdm6300/parallax_sample.bin")) == [presented(TAG)]


def test_the_recorded_wristband_frame_is_byte_exact_per_the_frame_layout():
    assert recording("rdm6300/em4100_printed_0003887558.bin") == b"\x02" + b"67003B51C6" + b"CB" + b"\x03"
    assert encode_rdm6300_frame(bytes.fromhex("67003B51C6")) == recording("rdm6300/em4100_printed_0003887558.bin")


def test_a_wristband_read_by_an_rdm6300_renders_as_the_number_printed_on_it():
    [event] = Rdm6300Decoder(clock=FakeClock()).feed(recording("rdm6300/em4100_printed_0003887558.bin"))
    rendering = handler_for("rdm6300").default_uid_rendering(event.credential.technology)
    assert rendering == "em4100_printed"
    assert render_uid(event.credential.uid, rendering) == "0003887558"


def test_removal_is_reported_after_the_configured_silence():
    clock = FakeClock()
    decoder = Rdm6300Decoder(removal_after_s=0.5, clock=clock)
    decoder.feed(encode_rdm6300_frame(TAG))
    clock.now += 0.4
    assert decoder.tick() == []
    assert decoder.feed(encode_rdm6300_frame(TAG)) == [], "a repeat inside the window refreshes presence"
    clock.now += 0.49
    assert decoder.tick() == []
    clock.now += 0.01
    assert decoder.tick() == [CredentialRemoved()]
    assert decoder.tick() == []
    assert not decoder.tag_present


def test_the_same_tag_after_a_silence_counts_as_a_new_presentation():
    clock = FakeClock()
    decoder = Rdm6300Decoder(clock=clock)
    decoder.feed(encode_rdm6300_frame(TAG))
    clock.now += 5
    assert decoder.feed(encode_rdm6300_frame(TAG)) == [CredentialRemoved(), presented(TAG)]


def test_swapping_tags_removes_the_first_before_presenting_the_second():
    decoder = Rdm6300Decoder(clock=FakeClock())
    decoder.feed(encode_rdm6300_frame(TAG))
    assert decoder.feed(encode_rdm6300_frame(OTHER_TAG)) == [CredentialRemoved(), presented(OTHER_TAG)]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x020F0184F07A01\x03", "checksum mismatch"),
        (b"\x020F0184F07\x03", "expected 14"),
        (b"\x020F0184F07A00FF\x03", "too long"),
        (b"\x020F0184G07A00\x03", "not hex"),
        (b"\x020F0184\x020F0184F07A00\x03", "truncated"),
        (b"hello", "outside a frame"),
    ],
)
def test_damaged_frames_are_rejected_and_never_present_a_card(data, reason):
    events = Rdm6300Decoder(clock=FakeClock()).feed(data)
    rejected = [event for event in events if isinstance(event, FrameRejected)]
    assert len(rejected) == 1 and reason in rejected[0].reason
    assert TAG.hex().upper() not in rejected[0].reason


def test_a_good_frame_after_damage_still_decodes():
    decoder = Rdm6300Decoder(clock=FakeClock())
    events = decoder.feed(b"\x00\xff junk \x020F01\x020F0184F07A00\x03")
    assert events[-1] == presented(TAG)
    assert [type(event) for event in events[:-1]] == [FrameRejected, FrameRejected]


def test_reset_drops_a_partial_frame():
    decoder = Rdm6300Decoder(clock=FakeClock())
    decoder.feed(b"\x020F0184")
    decoder.reset()
    [event] = decoder.feed(b"F07A00\x03")
    assert isinstance(event, FrameRejected) and "outside a frame" in event.reason


def test_removal_window_must_be_positive():
    with pytest.raises(ValueError, match="removal_after_s"):
        Rdm6300Decoder(removal_after_s=0)


def test_byte_by_byte_delivery_gives_the_same_events():
    data = recording("rdm6300/tag_held.bin") + b"\x02garbage\x03" + recording("rdm6300/parallax_sample.bin")
    assert feed_bytewise(Rdm6300Decoder(clock=FakeClock()), data) == Rdm6300Decoder(clock=FakeClock()).feed(data)


@settings(max_examples=EXAMPLES)
@given(st.binary(max_size=300), cut_points)
def test_arbitrary_bytes_in_any_chunks_never_raise(data, cuts):
    clock = FakeClock()
    decoder = Rdm6300Decoder(clock=clock)
    events = feed_in_chunks(decoder, data, cuts)
    clock.now += 1
    events += decoder.tick()
    assert all(isinstance(event, (CredentialPresented, CredentialRemoved, FrameRejected)) for event in events)


@settings(max_examples=EXAMPLES)
@given(st.binary(min_size=5, max_size=5), st.sampled_from([encode_rdm6300_frame, encode_parallax_frame]), cut_points)
def test_generated_frames_decode_to_the_generated_uid(uid, encode, cuts):
    events = feed_in_chunks(Rdm6300Decoder(clock=FakeClock()), b"\x00" + encode(uid) * 3, cuts)
    assert events[1:] == [presented(uid)]


async def test_holding_and_removing_a_tag_through_a_real_serial_port():
    events = EventCollector()
    decoder = Rdm6300Decoder(reader_id="kiosk", removal_after_s=0.3)
    with PtyPort() as port, Rdm6300ReaderSimulator(port, repeat_s=0.05) as reader:
        link = SerialLink(port.path, decoder, events)  # the link ticks the decoder to notice silence
        await link.start()
        try:
            assert reader.hold(TAG).wait(5)
            assert await events.next(CredentialPresented) == presented(TAG, "kiosk")
            reader.remove()
            assert await events.next(CredentialRemoved) == CredentialRemoved("kiosk")
            assert reader.tap(OTHER_TAG, frames=4).wait(5)
            assert await events.next(CredentialPresented) == presented(OTHER_TAG, "kiosk")
            assert await events.next(CredentialRemoved) == CredentialRemoved("kiosk")
        finally:
            await link.stop()
    assert len(events.of(CredentialPresented)) == 2, "repeated frames while held are not new taps"

