"""NfcpyReader against a tag emulated in a second process over nfcpy's ``udp`` driver.

Each test takes a free UDP port; all traffic stays on loopback.
"""
from __future__ import annotations

import asyncio
import errno
import logging

import nfc
import pytest

from hardware.events import CardCredential, CardTechnology, CredentialPresented, CredentialRemoved
from hardware.nfc_reader import NfcpyReader
from hardware.simulators.nfc_tag import TagEmulatorProcess, free_udp_port
from tests.hardware.link_helpers import EventCollector

NXP_UID = "04A1B2C3D4E5F6"
SHORT_UID = "A1B2C3D4"


@pytest.fixture
def udp_port() -> int:
    return free_udp_port()


async def wait_until(predicate, timeout: float = 15.0) -> None:
    """Poll a cheap condition on the loop until it holds (fails the test after ``timeout``)."""
    async def check() -> None:
        while not predicate():
            await asyncio.sleep(0.02)

    await asyncio.wait_for(check(), timeout)


async def in_thread(blocking_wait, *args) -> bool:
    return await asyncio.to_thread(blocking_wait, *args)


class RunningReader:
    """Starts an NfcpyReader on the test's loop and always stops it."""

    def __init__(self, path: str, **options) -> None:
        self.events = EventCollector()
        self.reader = NfcpyReader(path, **options)

    async def __aenter__(self) -> RunningReader:
        self.reader.start(asyncio.get_running_loop(), self.events)
        return self

    async def __aexit__(self, *exc_info) -> None:
        assert await self.reader.aclose(), "the reader thread must end on stop"


@pytest.mark.parametrize(
    ("uid", "sak"),
    [(NXP_UID, "00"), (SHORT_UID, "08")],
    ids=["7-byte NXP UID, Type 2", "4-byte UID, MIFARE Classic SAK"],
)
async def test_a_tag_in_another_process_is_read_with_its_uid(udp_port, uid, sak):
    with TagEmulatorProcess(udp_port, uid, sak=sak) as tag:
        assert await in_thread(tag.wait_for, "listening")
        async with RunningReader(f"udp:localhost:{udp_port}", reader_id="entrance") as running:
            presented = await running.events.next(CredentialPresented, timeout=20)
    assert presented.credential == CardCredential(bytes.fromhex(uid), CardTechnology.MIFARE, "entrance")
    assert uid not in repr(presented) and uid.lower() not in repr(presented)


async def test_a_card_held_on_the_reader_is_reported_once_and_its_removal_once(udp_port):
    with TagEmulatorProcess(udp_port, NXP_UID) as tag:
        async with RunningReader(f"udp:localhost:{udp_port}", technology=CardTechnology.LEGIC) as running:
            presented = await running.events.next(CredentialPresented, timeout=20)
            assert presented.credential.technology is CardTechnology.LEGIC
            reads = tag.count("read")
            assert await in_thread(tag.wait_for, "read", reads + 5), "the reader keeps checking presence"
            tag.stop()
            await running.events.next(CredentialRemoved, timeout=20)
            assert len(running.events.of(CredentialPresented)) == 1


async def test_a_different_card_after_removal_is_reported(udp_port):
    async with RunningReader(f"udp:localhost:{udp_port}") as running:
        with TagEmulatorProcess(udp_port, NXP_UID):
            await running.events.next(CredentialPresented, timeout=20)
        await running.events.next(CredentialRemoved, timeout=20)
        with TagEmulatorProcess(udp_port, SHORT_UID, sak="08"):
            second = await running.events.next(CredentialPresented, timeout=20)
    assert second.credential.uid == bytes.fromhex(SHORT_UID)


async def test_the_same_card_back_within_the_guard_is_not_reported_again(udp_port):
    path = f"udp:localhost:{udp_port}"
    async with RunningReader(path, repeat_guard_s=600) as running:
        with TagEmulatorProcess(udp_port, SHORT_UID, sak="08"):
            await running.events.next(CredentialPresented, timeout=20)
        await running.events.next(CredentialRemoved, timeout=20)
        with TagEmulatorProcess(udp_port, SHORT_UID, sak="08") as again:
            assert await in_thread(again.wait_for, "read", 3), "the reader holds the card again"
            await wait_until(lambda: running.reader.stats["repeats_suppressed"] == 1)
        assert len(running.events.of(CredentialPresented)) == 1


async def test_the_same_card_presented_again_after_the_guard_is_a_new_tap(udp_port):
    async with RunningReader(f"udp:localhost:{udp_port}", repeat_guard_s=0) as running:
        for _ in range(2):
            with TagEmulatorProcess(udp_port, SHORT_UID, sak="08"):
                await running.events.next(CredentialPresented, timeout=20)
            await running.events.next(CredentialRemoved, timeout=20)
    assert len(running.events.of(CredentialPresented)) == 2


async def test_stop_while_a_card_is_held_ends_the_thread_and_closes_the_frontend(udp_port):
    with TagEmulatorProcess(udp_port, NXP_UID) as tag:
        events = EventCollector()
        reader = NfcpyReader(f"udp:localhost:{udp_port}")
        reader.start(asyncio.get_running_loop(), events)
        await events.next(CredentialPresented, timeout=20)
        assert await in_thread(tag.wait_for, "read", tag.count("read") + 2), "the card is being held"
        field_offs = tag.count("field-off")
        assert await reader.aclose(timeout=5.0)
        assert not reader.running
        assert await in_thread(tag.wait_for, "field-off", field_offs + 1), "closing the frontend drops the field"
    assert events.of(CredentialRemoved) == [], "shutting down is not a card removal"


async def test_stop_while_waiting_for_a_card_ends_the_thread(udp_port):
    reader = NfcpyReader(f"udp:localhost:{udp_port}")
    reader.start(asyncio.get_running_loop(), EventCollector())
    await wait_until(lambda: reader.available)
    assert await reader.aclose(timeout=5.0)


async def test_a_missing_reader_is_logged_once_while_retrying_quietly(caplog):
    caplog.set_level(logging.INFO)
    async with RunningReader("tty:USB99:pn532", retry_interval_s=0.02) as running:
        await wait_until(lambda: running.reader.stats["failed_opens"] >= 4)
    warnings = [r for r in caplog.records if r.name == "hardware.nfc_reader" and r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "tty:USB99:pn532 cannot be opened" in warnings[0].getMessage()
    assert not [r for r in caplog.records if r.name.startswith("nfc") and "no reader available" in r.getMessage()]


async def test_a_reader_that_comes_back_is_logged_once_and_reads_cards(udp_port, monkeypatch, caplog):
    """Fault injection: the first opens fail as nfcpy does for an unplugged reader."""
    real_frontend = nfc.ContactlessFrontend
    failures = iter(range(3))

    def unplugged_at_first(path):
        if next(failures, None) is not None:
            raise OSError(errno.ENODEV, "No such device")
        return real_frontend(path)

    monkeypatch.setattr(nfc, "ContactlessFrontend", unplugged_at_first)
    caplog.set_level(logging.INFO, logger="hardware.nfc_reader")
    with TagEmulatorProcess(udp_port, NXP_UID):
        async with RunningReader(f"udp:localhost:{udp_port}", retry_interval_s=0.02) as running:
            await running.events.next(CredentialPresented, timeout=20)
    messages = [r.getMessage() for r in caplog.records if r.name == "hardware.nfc_reader"]
    assert len([m for m in messages if "cannot be opened" in m]) == 1
    assert len([m for m in messages if m.endswith("is back")]) == 1
    assert not any(NXP_UID in m.upper() for m in caplog.text.splitlines())


def test_bad_settings_are_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="device_path"):
        NfcpyReader("")
    with pytest.raises(ValueError, match="sense_pause_s"):
        NfcpyReader("usb", sense_pause_s=0)
