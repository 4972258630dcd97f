"""SerialLink over a real pty opened with pyserial: delivery, unplug/replug, polling, staleness."""
from __future__ import annotations

import asyncio
import logging
import threading

import pytest

from hardware.events import DeviceConnection, DeviceEvent, FrameRejected, LiveWeight
from hardware.protocols.framing import LineFramer
from hardware.pty_port import PtyPort
from hardware.serial_link import DataStale, SerialLink
from tests.hardware.link_helpers import EventCollector

LINK_LOGGER = "hardware.serial_link"


class KilogramLines:
    """A tiny line protocol for link tests: ``72.5`` → LiveWeight, anything else rejected."""

    def __init__(self) -> None:
        self.framer = LineFramer(64)
        self.resets = 0

    def reset(self) -> None:
        self.resets += 1
        self.framer.reset()

    def feed(self, data: bytes) -> list[DeviceEvent]:
        events: list[DeviceEvent] = []
        for line in self.framer.feed(data):
            try:
                events.append(LiveWeight(kg=float(line), stable=True))
            except (TypeError, ValueError):
                events.append(FrameRejected("not a weight"))
        return events


class PolledKilogramLines(KilogramLines):
    """The same protocol, but the device only answers when asked with ``W``."""

    poll_interval_s = 0.05

    def next_request(self) -> bytes | None:
        return b"W\r\n"


class AnsweringDevice:
    """A device thread that answers every ``W`` request while ``answering`` is set."""

    def __init__(self, port: PtyPort, kg: str = "61.0") -> None:
        self.port = port
        self.kg = kg
        self.answering = threading.Event()
        self.answering.set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> AnsweringDevice:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.is_set():
            request = self.port.read(timeout=0.05)
            if b"W" in request and self.answering.is_set():
                self.port.write(f"{self.kg}\r\n".encode())


@pytest.fixture
def port():
    with PtyPort() as pty:
        yield pty


async def test_decoded_events_reach_the_handler_in_order(port):
    events = EventCollector()
    link = SerialLink(port.path, KilogramLines(), events)
    await link.start()
    try:
        assert await events.next(DeviceConnection) == DeviceConnection(True, port.path)
        port.write(b"70.1\r\n70.")
        port.write(b"4\r\nhello\r\n")
        assert await events.next(LiveWeight) == LiveWeight(70.1, True)
        assert await events.next(LiveWeight) == LiveWeight(70.4, True)
        assert await events.next(FrameRejected) == FrameRejected("not a weight")
        stats = link.stats
        assert stats["frames_rejected"] == 1 and stats["events"] == 3 and stats["bytes_received"] == 19
    finally:
        await link.stop()


async def test_unplug_and_replug_report_once_each_and_decoding_continues(port, caplog):
    caplog.set_level(logging.INFO, logger=LINK_LOGGER)
    events = EventCollector()
    decoder = KilogramLines()
    link = SerialLink(port.path, decoder, events, retry_interval_s=0.02)
    await link.start()
    try:
        await events.next(DeviceConnection)
        port.write(b"80.0\r\n")
        assert (await events.next(LiveWeight)).kg == 80.0
        caplog.clear()

        port.write(b"81.")  # a half line, then the cable is pulled
        port.unplug()
        assert await events.next(DeviceConnection) == DeviceConnection(False, port.path)
        assert not link.connected
        # Several retry rounds pass while the device is away: wait for them via the counter.
        await _wait_until(lambda: link.stats["failed_opens"] >= 5)

        port.replug()
        assert await events.next(DeviceConnection) == DeviceConnection(True, port.path)
        port.write(b"82.0\r\n")
        assert (await events.next(LiveWeight)).kg == 82.0
    finally:
        await link.stop()

    warnings = [r for r in caplog.records if r.name == LINK_LOGGER and r.levelno == logging.WARNING]
    infos = [r for r in caplog.records if r.name == LINK_LOGGER and r.levelno == logging.INFO]
    assert len(warnings) == 1 and len(infos) == 1
    assert events.of(DeviceConnection) == [
        DeviceConnection(True, port.path), DeviceConnection(False, port.path), DeviceConnection(True, port.path)
    ]
    assert not events.of(FrameRejected), "the half line from before the unplug must not glue onto new data"
    assert link.stats["disconnects"] == 1 and link.stats["reconnects"] == 1


async def test_a_port_that_is_missing_at_start_is_found_when_it_appears(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger=LINK_LOGGER)
    events = EventCollector()
    port = PtyPort(link_path=tmp_path / "ttyUSB0")
    port.unplug()
    link = SerialLink(port.path, KilogramLines(), events, retry_interval_s=0.02)
    await link.start()
    try:
        assert await events.next(DeviceConnection) == DeviceConnection(False, port.path)
        await _wait_until(lambda: link.stats["failed_opens"] >= 3)
        port.replug()
        assert await events.next(DeviceConnection) == DeviceConnection(True, port.path)
    finally:
        await link.stop()
        port.close()
    assert [r.levelno for r in caplog.records if r.name == LINK_LOGGER] == [logging.WARNING, logging.INFO]


async def test_polled_device_is_asked_and_its_silence_counts_as_loss(port, caplog):
    caplog.set_level(logging.INFO, logger=LINK_LOGGER)
    events = EventCollector()
    link = SerialLink(port.path, PolledKilogramLines(), events, answer_timeout_s=1.0)
    with AnsweringDevice(port) as device:
        await link.start()
        try:
            assert await events.next(DeviceConnection) == DeviceConnection(True, port.path)
            assert (await events.next(LiveWeight)).kg == 61.0
            device.answering.clear()
            assert await events.next(DeviceConnection) == DeviceConnection(False, port.path)
            device.answering.set()
            assert await events.next(DeviceConnection) == DeviceConnection(True, port.path)
            assert (await events.next(LiveWeight)).kg == 61.0
        finally:
            await link.stop()
    assert link.stats["requests_sent"] >= 3
    levels = [r.levelno for r in caplog.records if r.name == LINK_LOGGER]
    assert levels == [logging.INFO, logging.WARNING, logging.INFO]


async def test_silence_marks_data_stale_until_bytes_arrive_again(port):
    events = EventCollector()
    link = SerialLink(port.path, KilogramLines(), events, stale_after_s=0.3)
    await link.start()
    try:
        await events.next(DeviceConnection)
        port.write(b"70.0\r\n")
        await events.next(LiveWeight)
        assert await events.next(DataStale) == DataStale(True, port.path)
        port.write(b"70.5\r\n")
        assert await events.next(DataStale) == DataStale(False, port.path)
        assert (await events.next(LiveWeight)).kg == 70.5
        assert await events.next(DataStale) == DataStale(True, port.path)
    finally:
        await link.stop()
    flags = [event.stale for event in events.of(DataStale)]
    assert flags[0] is True and all(flag != following for flag, following in zip(flags, flags[1:]))


async def test_a_failing_handler_does_not_stop_the_reader(port, caplog):
    received: list[float] = []
    arrived = asyncio.Event()

    def handler(event):
        if isinstance(event, LiveWeight):
            received.append(event.kg)
            if len(received) == 2:
                arrived.set()
            raise RuntimeError("the screen is broken")

    link = SerialLink(port.path, KilogramLines(), handler)
    await link.start()
    try:
        port.write(b"1.0\r\n2.0\r\n")
        await asyncio.wait_for(arrived.wait(), 5)
    finally:
        await link.stop()
    assert received == [1.0, 2.0]
    assert link.stats["handler_errors"] == 2


async def test_a_listener_sees_the_raw_bytes_while_the_decoder_still_decodes_them(port):
    events = EventCollector()
    heard = bytearray()

    def broken_listener(chunk: bytes) -> None:
        raise RuntimeError("a bug in a command exchange")

    link = SerialLink(port.path, KilogramLines(), events)
    stop_listening = link.listen(heard.extend)
    link.listen(broken_listener)
    await link.start()
    try:
        port.write(b"1.0\r\n")
        assert await events.next(LiveWeight) == LiveWeight(1.0, True)
        stop_listening()
        port.write(b"2.0\r\n")
        assert await events.next(LiveWeight) == LiveWeight(2.0, True)
    finally:
        await link.stop()
    assert bytes(heard) == b"1.0\r\n", "nothing after stop_listening()"
    assert link.stats["listener_errors"] >= 2 and link.stats["decoder_errors"] == 0


async def test_start_and_stop_are_idempotent_and_stop_closes_the_port(port):
    events = EventCollector()
    link = SerialLink(port.path, KilogramLines(), events)
    await link.start()
    await link.start()
    await events.next(DeviceConnection)
    assert link.running
    await link.stop()
    await link.aclose()
    assert not link.running
    assert not link.write(b"x")
    assert events.of(DeviceConnection) == [DeviceConnection(True, port.path)]


async def test_write_reaches_the_device(port):
    link = SerialLink(port.path, KilogramLines(), EventCollector())
    await link.start()
    try:
        assert link.write(b"M1\r\n")
        assert port.read(timeout=5) == b"M1\r\n"
    finally:
        await link.stop()


@pytest.mark.parametrize(
    "setting",
    [{"baudrate": 0}, {"bytesize": 9}, {"parity": "X"}, {"stopbits": 3}, {"retry_interval_s": 0}, {"stale_after_s": -1}],
)
def test_impossible_settings_are_rejected_with_the_setting_named(setting):
    name = next(iter(setting))
    with pytest.raises(ValueError, match=name):
        SerialLink("/dev/ttyUSB0", KilogramLines(), EventCollector(), **setting)


async def _wait_until(condition, timeout: float = 5.0) -> None:
    """Yield to the loop until ``condition()`` holds; fail after ``timeout`` seconds."""

    async def poll() -> None:
        while not condition():
            await asyncio.sleep(0.01)

    await asyncio.wait_for(poll(), timeout)
