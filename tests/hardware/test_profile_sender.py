"""The member's profile goes to a simulated Tanita in PC mode over a pty, and it measures with it.

Kiosk side: SerialLink (pyserial) + TanitaDecoder + send_profile. Device side: the
Tanita simulator, which answers PC-mode commands like the real analyser.
"""
from __future__ import annotations

import asyncio

import pytest

from hardware import fields
from hardware.events import FrameRejected, LiveWeight, MeasurementRecord
from hardware.profile_sender import send_profile
from hardware.protocols.tanita import TanitaDecoder
from hardware.protocols.tanita_pc_mode import BC418, PersonalData, ProfileAccepted, ProfileRefused, RefusalReason
from hardware.pty_port import PtyPort
from hardware.serial_link import SerialLink
from hardware.simulators.tanita_scale import FAST_TIMING, BodyProfile, TanitaScaleSimulator, body_composition
from tests.hardware.link_helpers import EventCollector

MEMBER = PersonalData(gender="female", age=37, height_cm=168.0, body_type="athletic", tare_kg=1.0)
OTHER_MEMBER = PersonalData(gender="male", age=61, height_cm=181.5)


class Replies:
    """Everything the analyser sent back, as the link received it; lets a test await the next line."""

    def __init__(self) -> None:
        self.data = bytearray()
        self._lines: asyncio.Queue[bytes] = asyncio.Queue()
        self._partial = b""

    def __call__(self, chunk: bytes) -> None:
        self.data += chunk
        *lines, self._partial = (self._partial + chunk).split(b"\r\n")
        for line in lines:
            self._lines.put_nowait(line)

    async def next_line(self) -> bytes:
        return await asyncio.wait_for(self._lines.get(), 5)


@pytest.fixture
async def analyser():
    """A simulated MC-780 on a pty, the kiosk's link to it, its events and the raw replies."""
    with PtyPort() as port:
        events, replies = EventCollector(), Replies()
        link = SerialLink(port.path, TanitaDecoder(), events)
        link.listen(replies)
        await link.start()
        simulator = TanitaScaleSimulator(port, "MC-780", timing=FAST_TIMING, seed=5)
        try:
            yield link, simulator, events, replies
        finally:
            simulator.close()
            await link.stop()


async def measure(simulator: TanitaScaleSimulator, events: EventCollector, weight_kg: float) -> MeasurementRecord:
    visit = simulator.stand_on(weight_kg)
    record = await events.next(MeasurementRecord)
    assert await asyncio.to_thread(visit.wait, 5)
    assert record.values == visit.values
    return record


async def test_the_profile_exchange_matches_byte_for_byte_and_the_analyser_measures_with_it(analyser):
    link, simulator, events, replies = analyser
    assert await send_profile(link, MEMBER) == ProfileAccepted()
    assert simulator.received == b"M1\r\nD001.0\r\nD12\r\nD22\r\nD3168.0\r\nD437\r\nG1\r\n"
    assert bytes(replies.data) == b"M1\r\nD0\r\nD1\r\nD2\r\nD3\r\nD4\r\nG1\r\n"

    record = await measure(simulator, events, weight_kg=64.0)
    assert (record.extra["GE"], record.extra["AG"], record.extra["Bt"], record.extra["Pt"]) == ("2", "37", "2", "1.0")
    assert record.values[fields.HEIGHT_CM] == 168.0
    assert record.values[fields.WEIGHT_KG] == 63.0, "the tare sent is taken off"
    expected = body_composition(BodyProfile(168.0, 37, "female", 63.0, "athletic", 1.0), 63.0)
    assert record.values == {name: expected[name] for name in record.values}
    assert events.of(FrameRejected) == []


async def test_the_values_follow_the_data_received_and_each_profile_is_used_once(analyser):
    link, simulator, events, _ = analyser
    results = []
    for data in (MEMBER, MEMBER, OTHER_MEMBER):
        assert await send_profile(link, data) == ProfileAccepted()
        results.append((await measure(simulator, events, weight_kg=80.0)).values)
    first, again, other = results
    assert first == again, "the same data and weight give the same values"
    assert other[fields.BODY_FAT_PERCENT] != first[fields.BODY_FAT_PERCENT]
    assert other[fields.METABOLIC_AGE] > first[fields.METABOLIC_AGE]

    visit = simulator.stand_on(80.0)  # the next member, whose profile was not sent
    assert await asyncio.to_thread(visit.wait, 5) and visit.record == b""
    assert len(events.of(MeasurementRecord)) == 3


async def test_without_personal_data_the_analyser_answers_e4_and_measures_nothing(analyser):
    link, simulator, events, replies = analyser
    link.write(b"G1\r\n")
    assert await replies.next_line() == b"!", "not in PC mode yet"
    link.write(b"M1\r\n")
    assert await replies.next_line() == b"M1"
    link.write(b"D12\r\n")  # gender only: height, age and body type are missing
    assert await replies.next_line() == b"D1"
    link.write(b"G1\r\n")
    assert await replies.next_line() == b"E4"
    assert await events.next(FrameRejected) == FrameRejected("analyser error E4: measurement started without personal data", device_error="E4")

    visit = simulator.stand_on(70.0)
    weights = [await events.next(LiveWeight) for _ in visit.weights]
    assert await asyncio.to_thread(visit.wait, 5)
    assert weights[-1] == LiveWeight(70.0, stable=True) and visit.record == b""
    assert events.of(MeasurementRecord) == []


async def test_a_value_the_analyser_cannot_take_is_refused_by_its_header(analyser):
    link, _, _, replies = analyser
    for command, reply in ((b"M1", b"M1"), (b"D3075.0", b"D3!"), (b"D4100", b"D4!"), (b"D17", b"D1!"), (b"X9", b"!")):
        link.write(command + b"\r\n")
        assert await replies.next_line() == reply


async def test_the_wrong_dialect_is_refused_at_its_first_command(analyser):
    link, simulator, _, _ = analyser
    assert await send_profile(link, MEMBER, BC418) == ProfileRefused("U0", RefusalReason.REFUSED)
    assert simulator.received == b"U0\r\n", "nothing is sent after a refusal"


async def test_a_silent_analyser_is_reported_as_not_answering():
    with PtyPort() as port:
        link = SerialLink(port.path, TanitaDecoder(), EventCollector())
        await link.start()
        try:
            outcome = await send_profile(link, MEMBER, reply_timeout_s=0.2)
        finally:
            await link.stop()
        assert port.read(timeout=1.0) == b"M1\r\n"
    assert outcome == ProfileRefused("M1", RefusalReason.NO_REPLY)


async def test_a_closed_port_is_reported_as_not_connected():
    with PtyPort() as port:
        link = SerialLink(port.path, TanitaDecoder(), EventCollector())  # never started: nothing is open
        assert await send_profile(link, MEMBER) == ProfileRefused("M1", RefusalReason.NOT_CONNECTED)
