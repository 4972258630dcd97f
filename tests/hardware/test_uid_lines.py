"""Readers that print one UID per line: credentials, repeat suppression, garbage, end to end."""
from __future__ import annotations

import asyncio

import pytest

from hardware.events import CardCredential, CardTechnology, CredentialPresented, DeviceConnection, FrameRejected
from hardware.protocols.uid_lines import UidLineDecoder
from hardware.pty_port import PtyPort
from hardware.serial_link import SerialLink
from hardware.simulators.uid_reader import UidLineReaderSimulator
from hardware.uid import render_uid
from tests.hardware.link_helpers import EventCollector, FakeClock

CARD = bytes.fromhex("04A2B3C4D5E680")
OTHER = bytes.fromhex("1A2B3C4D")



def presented(uid: bytes, reader_id: str = "") -> CredentialPresented:
    return CredentialPresented(CardCredential(uid, CardTechnology.MIFARE, reader_id))


def test_each_line_becomes_a_card_credential_in_card_order():
    decoder = UidLineDecoder(reader_id="door")
    assert decoder.feed(b"04:A2:B3:C4:D5:E6:80\r\n1a2b3c4d\n") == [presented(CARD, "door"), presented(OTHER, "door")]


def test_a_card_held_on_the_reader_counts_once_while_it_keeps_repeating():
    clock = FakeClock()
    decoder = UidLineDecoder(repeat_suppress_s=1.0, clock=clock)
    line = render_uid(CARD, "hex").encode() + b"\r\n"
    assert decoder.feed(line) == [presented(CARD)]
    for _ in range(10):  # held for 5 s, repeated every 0.5 s: the window slides along
        clock.now += 0.5
        assert decoder.feed(line) == []
    clock.now += 1.5  # lifted, then tapped again
    assert decoder.feed(line) == [presented(CARD)]
    assert decoder.stats["repeats_suppressed"] == 10


def test_a_different_card_is_never_suppressed():
    clock = FakeClock()
    decoder = UidLineDecoder(clock=clock)
    events = decoder.feed(b"04A2B3C4D5E680\r\n1A2B3C4D\r\n04A2B3C4D5E680\r\n")
    assert events == [presented(CARD), presented(OTHER), presented(CARD)]


def test_decimal_readers_and_lone_cr_line_ends():
    decoder = UidLineDecoder(style="dec_be32_10")
    text = render_uid(OTHER, "dec_be32_10").encode()
    assert decoder.feed(text + b"\r") == [presented(OTHER)]


@pytest.mark.parametrize("line", [b"hello", b"04A2B3C", b"04A2B3C4D5\x00", b"04A2B3C4D5"])
def test_garbage_lines_are_rejected_without_echoing_them(line):
    (event,) = UidLineDecoder().feed(line + b"\r\n")
    assert isinstance(event, FrameRejected)
    assert line.decode("latin-1") not in event.reason


def test_uid_lengths_can_be_configured_for_other_technologies():
    decoder = UidLineDecoder(CardTechnology.EM4100, style="hex")
    (event,) = decoder.feed(b"0F0184F07A\r\n")
    assert event == CredentialPresented(CardCredential(bytes.fromhex("0F0184F07A"), CardTechnology.EM4100))


def test_the_technology_can_be_named_as_in_the_config_and_em4100_lines_render_as_printed():
    decoder = UidLineDecoder(technology="EM4100", style="hex")  # options = { technology = "EM4100" }
    (event,) = decoder.feed(b"67003B51C6\r\n")
    assert event.credential.technology is CardTechnology.EM4100
    assert render_uid(event.credential.uid, "em4100_printed") == "0003887558"
    with pytest.raises(ValueError, match="technology must be one of"):
        UidLineDecoder(technology="HITAG")


def test_unknown_style_is_a_configuration_error():
    with pytest.raises(ValueError, match="unknown UID style"):
        UidLineDecoder(style="wiegand")


def test_overlong_lines_are_rejected_and_the_reader_recovers():
    decoder = UidLineDecoder()
    events = decoder.feed(b"A" * 500 + b"\r\n1A2B3C4D\r\n")
    assert isinstance(events[0], FrameRejected) and events[1:] == [presented(OTHER)]


async def test_a_tap_on_the_simulated_reader_reaches_the_kiosk_once():
    decoder = UidLineDecoder(repeat_suppress_s=5.0)
    events = EventCollector()
    with PtyPort() as port:
        link = SerialLink(port.path, decoder, events)
        await link.start()
        reader = UidLineReaderSimulator(port, repeat_interval_s=0.02)
        try:
            await events.next(DeviceConnection)
            tap = reader.tap(CARD, hold_s=0.1)
            assert (await events.next(CredentialPresented)).credential.uid == CARD
            assert await asyncio.to_thread(tap.wait, 5) and tap.delivered
            lines_sent = len(tap.steps)
            assert lines_sent > 1

            async def all_lines_read() -> None:
                while decoder.stats["lines"] < lines_sent:
                    await asyncio.sleep(0.01)

            await asyncio.wait_for(all_lines_read(), 5)
        finally:
            reader.close()
            await link.stop()
    assert len(events.of(CredentialPresented)) == 1
    assert decoder.stats["repeats_suppressed"] == lines_sent - 1
