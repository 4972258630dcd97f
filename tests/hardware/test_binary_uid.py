"""STX/LEN/TYPE/SNR/BCC/ETX UID frames: the vendor example, damage, resync, properties, a pty run.

``em4100_vendor_example.bin`` is the example frame quoted in devices.md 5.2
(EM4100, batch 06, serial 0009334109).
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hardware.events import CardCredential, CardTechnology, CredentialPresented, FrameRejected
from hardware.protocols.binary_uid import (
    TYPE_EM4100,
    TYPE_MIFARE_CLASSIC,
    BinaryUidDecoder,
    encode_binary_uid_frame,
)
from hardware.pty_port import PtyPort
from hardware.registry import handler_for
from hardware.serial_link import SerialLink
from hardware.uid import render_uid
from tests.hardware.chunking import cut_points, feed_bytewise, feed_in_chunks, recording
from tests.hardware.hypothesis_budget import EXAMPLES
from tests.hardware.link_helpers import EventCollector, FakeClock

VENDOR_SNR = bytes.fromhex("06008E6D5D")


def test_the_vendor_example_is_an_em4100_card_with_batch_and_serial():
    [event] = BinaryUidDecoder(reader_id="desk").feed(recording("binary_uid/em4100_vendor_example.bin"))
    assert event == CredentialPresented(CardCredential(VENDOR_SNR, CardTechnology.EM4100, "desk"))
    assert int.from_bytes(event.credential.uid[1:], "big") == 9334109


def test_the_vendor_example_card_renders_as_the_number_printed_on_it():
    [event] = BinaryUidDecoder().feed(recording("binary_uid/em4100_vendor_example.bin"))
    rendering = handler_for("binary-uid").default_uid_rendering(event.credential.technology)
    assert rendering == "em4100_printed"
    assert render_uid(event.credential.uid, rendering) == "0009334109"


def test_mifare_cards_from_the_same_reader_keep_the_hex_default():
    [event] = BinaryUidDecoder().feed(encode_binary_uid_frame(TYPE_MIFARE_CLASSIC, bytes.fromhex("00A1B2C3D4")))
    assert handler_for("binary-uid").default_uid_rendering(event.credential.technology) == "hex"


def test_the_encoder_reproduces_the_vendor_example():
    assert encode_binary_uid_frame(TYPE_EM4100, VENDOR_SNR) == recording("binary_uid/em4100_vendor_example.bin")


def test_mifare_uid_defaults_to_the_last_four_snr_bytes_and_can_be_reversed():
    frame = encode_binary_uid_frame(TYPE_MIFARE_CLASSIC, bytes.fromhex("00A1B2C3D4"))
    assert BinaryUidDecoder().feed(frame) == [
        CredentialPresented(CardCredential(bytes.fromhex("A1B2C3D4"), CardTechnology.MIFARE))
    ]
    assert BinaryUidDecoder(mifare_uid_reversed=True).feed(frame)[0].credential.uid == bytes.fromhex("D4C3B2A1")
    assert BinaryUidDecoder(mifare_uid_length=5).feed(frame)[0].credential.uid == bytes.fromhex("00A1B2C3D4")


def test_a_longer_mifare_snr_is_read_by_its_length_byte():
    frame = encode_binary_uid_frame(TYPE_MIFARE_CLASSIC, bytes.fromhex("0004A1B2C3D4E5F6"))
    [event] = BinaryUidDecoder(mifare_uid_length=7).feed(frame)
    assert event.credential.uid == bytes.fromhex("04A1B2C3D4E5F6")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (bytes.fromhex("02 0A 02 06 00 8E 6D 5D B1 03"), "BCC mismatch"),
        (bytes.fromhex("02 0A 02 06 00 8E 6D 5D B0 04"), "does not end with ETX"),
        (bytes.fromhex("02 FF 02 06 00 8E 6D 5D B0 03"), "length byte 255"),
        (bytes.fromhex("02 03 02 06 03"), "length byte 3"),
        (encode_binary_uid_frame(0x07, VENDOR_SNR), "unknown card type 0x07"),
        (encode_binary_uid_frame(TYPE_EM4100, VENDOR_SNR[:4]), "expected 5"),
        (encode_binary_uid_frame(TYPE_MIFARE_CLASSIC, b"\x01\x02"), "fewer than the configured"),
        (b"garbage", "outside a frame"),
    ],
)
def test_damaged_frames_are_rejected_once_and_never_present_a_card(data, reason):
    events = BinaryUidDecoder().feed(data)
    assert len(events) == 1 and isinstance(events[0], FrameRejected) and reason in events[0].reason
    assert "8E6D5D" not in events[0].reason.upper()


def test_a_truncated_frame_followed_by_a_good_one_resynchronises():
    good = recording("binary_uid/em4100_vendor_example.bin")
    events = BinaryUidDecoder().feed(good[:5] + good)
    assert events[-1] == CredentialPresented(CardCredential(VENDOR_SNR, CardTechnology.EM4100))
    assert [type(event) for event in events[:-1]] == [FrameRejected]


def test_reset_drops_a_partial_frame():
    decoder = BinaryUidDecoder()
    decoder.feed(bytes.fromhex("02 0A 02 06"))
    decoder.reset()
    assert decoder.feed(recording("binary_uid/em4100_vendor_example.bin"))[0].credential.uid == VENDOR_SNR


def test_a_card_left_on_the_reader_counts_once_and_again_after_it_was_lifted():
    clock = FakeClock()
    decoder = BinaryUidDecoder(repeat_suppress_s=1.0, clock=clock)
    frame = recording("binary_uid/em4100_vendor_example.bin")
    presented = []
    for step_s in (0.0, 0.5, 0.5, 0.9, 2.0):  # repeats while it lies there, then lifted for 2 s
        clock.now += step_s
        presented += decoder.feed(frame)
    assert presented == [CredentialPresented(CardCredential(VENDOR_SNR, CardTechnology.EM4100))] * 2
    other = encode_binary_uid_frame(TYPE_MIFARE_CLASSIC, bytes.fromhex("00A1B2C3D4"))
    assert len(decoder.feed(other) + decoder.feed(frame)) == 2  # another card in between: both count


def test_invalid_settings_are_refused():
    with pytest.raises(ValueError, match="mifare_uid_length"):
        BinaryUidDecoder(mifare_uid_length=0)


def test_byte_by_byte_delivery_gives_the_same_events():
    data = b"x" + recording("binary_uid/em4100_vendor_example.bin") * 2
    assert feed_bytewise(BinaryUidDecoder(), data) == BinaryUidDecoder().feed(data)


@settings(max_examples=EXAMPLES)
@given(st.binary(max_size=300), cut_points)
def test_arbitrary_bytes_in_any_chunks_never_raise(data, cuts):
    events = feed_in_chunks(BinaryUidDecoder(), data, cuts)
    assert all(isinstance(event, (CredentialPresented, FrameRejected)) for event in events)


@settings(max_examples=EXAMPLES)
@given(st.sampled_from([TYPE_EM4100, TYPE_MIFARE_CLASSIC]), st.binary(min_size=5, max_size=5), cut_points)
def test_generated_frames_decode_to_the_generated_uid(card_type, snr, cuts):
    decoder = BinaryUidDecoder(repeat_suppress_s=0.0)  # every frame a presentation
    events = feed_in_chunks(decoder, encode_binary_uid_frame(card_type, snr) * 2, cuts)
    expected_uid = snr if card_type == TYPE_EM4100 else snr[1:]
    assert [event.credential.uid for event in events] == [expected_uid, expected_uid]


async def test_frames_through_a_real_serial_port():
    events = EventCollector()
    with PtyPort() as port:
        link = SerialLink(port.path, BinaryUidDecoder(), events)
        await link.start()
        try:
            port.write(recording("binary_uid/em4100_vendor_example.bin")[:6])
            port.write(recording("binary_uid/em4100_vendor_example.bin")[6:])
            assert (await events.next(CredentialPresented)).credential.uid == VENDOR_SNR
            port.write(bytes.fromhex("02 0A 02 06 00 8E 6D 5D B1 03"))
            assert "BCC" in (await events.next(FrameRejected)).reason
        finally:
            await link.stop()
