"""Dot Origin VTAP COM-port lines: wallets, cards, other pass types, limits, layouts, a pty run.

The recordings use the decoder's default ``{type}:{message}`` layout, which is an
assumption (devices.md 5.3 / section 7), not a capture from hardware.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hardware.events import (
    CardCredential,
    CardTechnology,
    CredentialPresented,
    FrameRejected,
    WalletCredential,
    WalletPlatform,
)
from hardware.protocols.vtap import VtapDecoder, compile_line_format, format_line
from hardware.pty_port import PtyPort
from hardware.serial_link import SerialLink
from hardware.simulators.vtap_reader import VtapReaderSimulator
from tests.hardware.chunking import cut_points, feed_bytewise, feed_in_chunks, recording
from tests.hardware.hypothesis_budget import EXAMPLES
from tests.hardware.link_helpers import EventCollector

SECRET_PAYLOAD = "member-7f3a9c21e0b54d1a"


def credentials(events: list) -> list:
    return [event.credential for event in events]


def test_recorded_reads_become_wallet_and_card_credentials():
    events = VtapDecoder(reader_id="vtap").feed(recording("vtap/reads.bin"))
    assert credentials(events) == [
        WalletCredential(SECRET_PAYLOAD, WalletPlatform.APPLE, "vtap"),
        WalletCredential("2f8e61d0c3b94a77", WalletPlatform.GOOGLE, "vtap"),
        CardCredential(bytes.fromhex("04A1B2C3D4E5F6"), CardTechnology.MIFARE, "vtap"),
    ]


@pytest.mark.parametrize("tag_type", ["0", "2", "4", "6"])
def test_every_card_type_yields_the_uid_bytes(tag_type):
    [event] = VtapDecoder().feed(f"{tag_type}:a1b2c3d4\n".encode())
    assert event.credential == CardCredential(bytes.fromhex("A1B2C3D4"), CardTechnology.MIFARE)


def test_card_uid_style_is_applied():
    [event] = VtapDecoder(card_uid_style="hex_reversed").feed(b"0:A1B2C3D4\r")
    assert event.credential.uid == bytes.fromhex("D4C3B2A1")


@pytest.mark.parametrize(
    ("pass_type", "words"),
    [("E", "card emulation"), ("Q", "scanner"), ("X", "iPhone"), ("W", "Watch"), ("Z", "unknown pass-type")],
)
def test_other_pass_types_are_rejected_with_what_they_were(pass_type, words):
    [event] = VtapDecoder().feed(f"{pass_type}:{SECRET_PAYLOAD}\r\n".encode())
    assert isinstance(event, FrameRejected) and words in event.reason
    assert SECRET_PAYLOAD not in event.reason


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"x" * 65, "65 bytes; at most 64"),
        (b"", "empty message"),
        ("caf\u00e9-pass".encode(), "not printable ASCII"),
        (b"tab\there", "not printable ASCII"),
    ],
)
def test_bad_wallet_payloads_are_rejected_without_echoing_them(payload, reason):
    [event] = VtapDecoder().feed(b"A:" + payload + b"\r\n")
    assert isinstance(event, FrameRejected) and reason in event.reason
    if payload:
        assert payload.decode("latin-1") not in event.reason


def test_a_64_byte_payload_is_accepted():
    [event] = VtapDecoder().feed(b"G:" + b"7" * 64 + b"\n")
    assert event.credential == WalletCredential("7" * 64, WalletPlatform.GOOGLE)


@pytest.mark.parametrize(
    ("line", "reason"),
    [(b"0:not-hex!\r\n", "card UID is not readable as hex"), (b"0:\r\n", "card UID"), (b"hello\r\n", "layout")],
)
def test_damaged_lines_are_rejected(line, reason):
    [event] = VtapDecoder().feed(line)
    assert isinstance(event, FrameRejected) and reason in event.reason


def test_an_oversized_line_is_dropped_and_the_next_read_still_decodes():
    events = VtapDecoder().feed(b"A:" + b"x" * 2000 + b"\r\nA:ok-pass\r\n")
    assert isinstance(events[0], FrameRejected) and "longer than" in events[0].reason
    assert credentials(events[1:]) == [WalletCredential("ok-pass", WalletPlatform.APPLE)]


def test_a_site_specific_layout_and_a_bare_message_layout():
    custom = VtapDecoder(line_format="VT[{type}]>{message}")
    assert credentials(custom.feed(b"VT[G]>abc\n")) == [WalletCredential("abc", WalletPlatform.GOOGLE)]
    assert isinstance(custom.feed(b"G:abc\n")[0], FrameRejected)
    bare = VtapDecoder(line_format="{message}", assumed_type="A")
    assert credentials(bare.feed(b"abc:def\n")) == [WalletCredential("abc:def", WalletPlatform.APPLE)]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"line_format": "{type}"}, "exactly one {message}"),
        ({"line_format": "{message}{message}"}, "exactly one {message}"),
        ({"line_format": "{type}{type}:{message}"}, "at most one {type}"),
        ({"line_format": "{message}|{type}"}, "end with {message}"),
        ({"line_format": "{kind}:{message}"}, "only use the placeholders"),
        ({"line_format": "{message}"}, "needs assumed_type"),
        ({"line_format": "{type}:{message}", "assumed_type": "A"}, "only for a line_format without"),
        ({"card_uid_style": "octal"}, "card_uid_style"),
    ],
)
def test_configuration_mistakes_are_clear_value_errors(options, message):
    with pytest.raises(ValueError, match=message):
        VtapDecoder(**options)


def test_byte_by_byte_delivery_gives_the_same_events():
    data = recording("vtap/reads.bin") + b"E:x\rQ:y\n"
    assert feed_bytewise(VtapDecoder(), data) == VtapDecoder().feed(data)


@settings(max_examples=EXAMPLES)
@given(st.binary(max_size=300), cut_points)
def test_arbitrary_bytes_in_any_chunks_never_raise(data, cuts):
    events = feed_in_chunks(VtapDecoder(), data, cuts)
    assert all(isinstance(event, (CredentialPresented, FrameRejected)) for event in events)


@settings(max_examples=EXAMPLES)
@given(
    st.sampled_from(list(WalletPlatform)),
    st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1, max_size=64),
    st.sampled_from(["{type}:{message}", "{type}|{message}", "#{type} {message}"]),
    cut_points,
)
def test_generated_wallet_reads_decode_to_the_generated_payload(platform, payload, line_format, cuts):
    pass_type = {WalletPlatform.APPLE: "A", WalletPlatform.GOOGLE: "G"}[platform]
    data = format_line(line_format, pass_type, payload).encode() + b"\r\n"
    events = feed_in_chunks(VtapDecoder(line_format=line_format), data, cuts)
    assert credentials(events) == [WalletCredential(payload, platform)]


def test_the_layout_template_escapes_its_literal_text():
    assert compile_line_format("a.b{type}{message}").fullmatch("aXbA1") is None


async def test_pass_and_card_reads_through_a_real_serial_port():
    events = EventCollector()
    with PtyPort() as port, VtapReaderSimulator(port) as reader:
        link = SerialLink(port.path, VtapDecoder(reader_id="front"), events)
        await link.start()
        try:
            assert reader.present_pass(WalletPlatform.GOOGLE, SECRET_PAYLOAD).wait(5)
            assert (await events.next(CredentialPresented)).credential == WalletCredential(
                SECRET_PAYLOAD, WalletPlatform.GOOGLE, "front"
            )
            reader.tap_card(bytes.fromhex("04A1B2C3D4E5F6"), pass_type="2")
            assert (await events.next(CredentialPresented)).credential.uid == bytes.fromhex("04A1B2C3D4E5F6")
            reader.send_read("E", "emulated")
            assert "card emulation" in (await events.next(FrameRejected)).reason
            reader.present_pass(WalletPlatform.APPLE, "x" * 80)
            assert "at most 64" in (await events.next(FrameRejected)).reason
        finally:
            await link.stop()
