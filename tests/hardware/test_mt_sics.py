"""Mettler-Toledo MT-SICS: SI polling, reply decoding, damaged replies, and a pty round trip.

The reply shapes (``S S``/``S D``/``S I``/``S +``/``S -``/``ES``/``ET``/``EL``) are the ones
listed in devices.md 3.2; the recordings are built in that format for these tests.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hardware.events import DeviceConnection, FrameRejected, LiveWeight
from hardware.protocols.mt_sics import SEND_IMMEDIATE, MtSicsDecoder
from hardware.pty_port import PtyPort
from hardware.serial_link import SerialLink
from hardware.simulators.mt_sics_scale import MtSicsScaleSimulator
from tests.hardware.chunking import cut_points, feed_bytewise, feed_in_chunks, recording
from tests.hardware.hypothesis_budget import EXAMPLES
from tests.hardware.link_helpers import EventCollector


def test_recorded_si_replies_become_live_weights():
    assert MtSicsDecoder().feed(recording("mt_sics/si_replies.bin")) == [
        LiveWeight(12.35, False),
        LiveWeight(70.1, False),
        LiveWeight(72.5, True),
        LiveWeight(0.1, True),
        LiveWeight(-0.02, False),
    ]


def test_status_and_error_replies_are_rejections_that_say_what_happened():
    events = MtSicsDecoder().feed(recording("mt_sics/status_replies.bin"))
    assert all(isinstance(event, FrameRejected) for event in events)
    reasons = [event.reason for event in events]
    for expected, reason in zip(["busy", "overload", "underload", "syntax", "transmission", "logical"], reasons):
        assert expected in reason
    assert len(reasons) == 6


def test_padding_and_a_detached_sign_are_accepted():
    assert MtSicsDecoder().feed(b"S   S        -   1.5   kg\r\n") == [LiveWeight(-1.5, True)]


def test_only_one_request_is_outstanding_until_the_reply_or_a_resend():
    decoder = MtSicsDecoder(resend_after_polls=2)
    assert decoder.next_request() == SEND_IMMEDIATE
    assert decoder.next_request() is None
    assert decoder.next_request() is None
    assert decoder.next_request() == SEND_IMMEDIATE, "a lost reply must not stall polling for good"
    decoder.feed(b"S S 1.00 kg\r\n")
    assert decoder.next_request() == SEND_IMMEDIATE
    decoder.reset()
    assert decoder.next_request() == SEND_IMMEDIATE, "a reopened port starts afresh"


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        (b"S S\r\n", "unrecognised"),
        (b"S S 12.5\r\n", "unrecognised"),
        (b"S S abc kg\r\n", "not a number"),
        (b"S S 1.2.3 kg\r\n", "not a number"),
        (b"S S 12.5 PCS\r\n", "'PCS'"),
        (b"S X 12.5 kg\r\n", "unrecognised"),
        (b"Z A\r\n", "unexpected"),
        (b"S S 12.5 k\xe9\r\n", "not ASCII"),
    ],
)
def test_damaged_replies_are_rejected(reply, reason):
    [event] = MtSicsDecoder().feed(reply)
    assert isinstance(event, FrameRejected) and reason in event.reason


def test_an_oversized_reply_is_dropped_and_the_next_one_still_decodes():
    events = MtSicsDecoder().feed(b"S S " + b"1" * 400 + b" kg\r\nS S 2.00 kg\r\n")
    assert isinstance(events[0], FrameRejected) and "longer than" in events[0].reason
    assert events[1:] == [LiveWeight(2.0, True)]


def test_invalid_settings_are_refused():
    with pytest.raises(ValueError, match="poll_interval_s"):
        MtSicsDecoder(poll_interval_s=0)
    with pytest.raises(ValueError, match="resend_after_polls"):
        MtSicsDecoder(resend_after_polls=0)


def test_byte_by_byte_delivery_gives_the_same_events():
    data = recording("mt_sics/si_replies.bin") + recording("mt_sics/status_replies.bin")
    assert feed_bytewise(MtSicsDecoder(), data) == MtSicsDecoder().feed(data)


@settings(max_examples=EXAMPLES)
@given(st.binary(max_size=300), cut_points)
def test_arbitrary_bytes_in_any_chunks_never_raise(data, cuts):
    events = feed_in_chunks(MtSicsDecoder(), data, cuts)
    assert all(isinstance(event, (LiveWeight, FrameRejected)) for event in events)


@settings(max_examples=EXAMPLES)
@given(
    status=st.sampled_from(["S", "D"]),
    thousandths=st.integers(min_value=-10**7, max_value=10**7),
    unit=st.sampled_from(["kg", "g", "mg", "lb", "oz"]),
    padding=st.integers(min_value=1, max_value=6),
    cuts=cut_points,
)
def test_generated_replies_decode_to_the_generated_weight(status, thousandths, unit, padding, cuts):
    value = thousandths / 1000
    reply = f"S {status}{' ' * padding}{value:.3f} {unit}\r\n".encode()
    [event] = feed_in_chunks(MtSicsDecoder(), reply, cuts)
    factor = {"kg": 1, "g": 1e-3, "mg": 1e-6, "lb": 0.45359237, "oz": 0.028349523125}[unit]
    assert event == LiveWeight(kg=pytest.approx(value * factor, abs=1e-9), stable=status == "S")


async def test_polling_a_scale_through_a_real_serial_port():
    events = EventCollector()
    decoder = MtSicsDecoder(poll_interval_s=0.02)
    with PtyPort() as port, MtSicsScaleSimulator(port, unit="g") as scale:
        link = SerialLink(port.path, decoder, events)
        await link.start()
        try:
            settled = scale.step_on(72.5, moving_replies=2)
            while not (weight := await events.next(LiveWeight)).stable or weight.kg != 72.5:
                pass
            assert settled.wait(5), "the simulator marks the stable reply as sent"
            assert [event.stable for event in events.of(LiveWeight) if event.kg != 0.0][:2] == [False, False]
            scale.set_condition("overload")
            assert "overload" in (await events.next(FrameRejected)).reason
            scale.set_condition("ok")
            assert (await events.next(LiveWeight)) == LiveWeight(72.5, True)
        finally:
            await link.stop()
        assert set(scale.commands_received) == {"SI"}


async def test_polling_resumes_after_the_scale_is_unplugged_and_plugged_back():
    events = EventCollector()
    with PtyPort() as port, MtSicsScaleSimulator(port) as scale:
        link = SerialLink(port.path, MtSicsDecoder(poll_interval_s=0.02), events, retry_interval_s=0.02)
        await link.start()
        try:
            scale.step_on(80.0, moving_replies=0)
            while (await events.next(LiveWeight)) != LiveWeight(80.0, True):
                pass
            port.unplug()
            assert await events.next(DeviceConnection) == DeviceConnection(False, port.path)
            port.replug()
            assert await events.next(DeviceConnection) == DeviceConnection(True, port.path)
            assert await events.next(LiveWeight) == LiveWeight(80.0, True)
        finally:
            await link.stop()
