"""End to end: Tanita simulator → pty → SerialLink (pyserial) → TanitaDecoder → events."""
from __future__ import annotations

import asyncio
import logging
from datetime import datetime

import pytest

from hardware import fields
from hardware.events import DeviceConnection, LiveWeight, MeasurementRecord
from hardware.protocols.tanita import TanitaDecoder
from hardware.pty_port import PtyPort
from hardware.serial_link import SerialLink
from hardware.simulators.tanita_scale import FAST_TIMING, BodyProfile, TanitaScaleSimulator, TanitaTiming
from tests.hardware.link_helpers import EventCollector

ANNA = BodyProfile(height_cm=168.0, age=34, gender="female", weight_kg=63.0)
BEN = BodyProfile(height_cm=183.5, age=52, gender="male", weight_kg=94.0, body_type="athletic")


@pytest.fixture
def port():
    with PtyPort() as pty:
        yield pty


async def measure(events: EventCollector, simulator: TanitaScaleSimulator, profile: BodyProfile):
    """Run one visit and return (visit, live weights received, record received)."""
    visit = simulator.step_on(profile)
    weights = [await events.next(LiveWeight) for _ in range(len(visit.weights))]
    record = await events.next(MeasurementRecord)
    assert await asyncio.to_thread(visit.wait, 5)
    return visit, weights, record


@pytest.mark.parametrize("model", ["MC-780", "MC-980", "SC-240", "DC-430"])
async def test_a_visit_arrives_as_live_weights_then_one_verified_record(port, model):
    events = EventCollector()
    link = SerialLink(port.path, TanitaDecoder(), events)
    await link.start()
    simulator = TanitaScaleSimulator(port, model, timing=FAST_TIMING, seed=7)
    try:
        await events.next(DeviceConnection)
        visit, weights, record = await measure(events, simulator, ANNA)
    finally:
        simulator.close()
        await link.stop()
    assert [w.kg for w in weights] == visit.weights
    assert [w.stable for w in weights] == [False] * (len(weights) - 1) + [True]
    assert record.model == model and record.warnings == ()
    assert record.values == visit.values
    assert "measured_at" in record.extra
    assert link.stats["frames_rejected"] == 0


async def test_mc780_records_are_long_and_carry_segment_and_impedance_data(port):
    events = EventCollector()
    link = SerialLink(port.path, TanitaDecoder(model="MC-780"), events)
    await link.start()
    simulator = TanitaScaleSimulator(port, "MC-780", timing=FAST_TIMING, clock=lambda: datetime(2026, 6, 3, 8, 20))
    try:
        visit, _, record = await measure(events, simulator, BEN)
    finally:
        simulator.close()
        await link.stop()
    assert len(visit.record) > 1200
    assert record.extra["measured_at"] == "2026-06-03T08:20"
    assert {"FR", "fT", "RF", "XF", "pH"} <= record.extra.keys()
    assert float(record.extra["XF"]) < 0 < float(record.extra["RF"])


async def test_values_are_plausible_and_vary_between_visits(port):
    events = EventCollector()
    link = SerialLink(port.path, TanitaDecoder(), events)
    await link.start()
    simulator = TanitaScaleSimulator(port, "SC-240", timing=FAST_TIMING, seed=3)
    try:
        _, _, first = await measure(events, simulator, BEN)
        _, _, second = await measure(events, simulator, BEN)
    finally:
        simulator.close()
        await link.stop()
    for record in (first, second):
        values = record.values
        assert abs(values[fields.WEIGHT_KG] - BEN.weight_kg) < 1.0
        assert 4 <= values[fields.BODY_FAT_PERCENT] <= 40
        assert values[fields.FAT_MASS_KG] + values[fields.FAT_FREE_MASS_KG] == pytest.approx(values[fields.WEIGHT_KG], abs=0.2)
        assert values[fields.BMI] == pytest.approx(values[fields.WEIGHT_KG] / (BEN.height_cm / 100) ** 2, abs=0.1)
        assert values[fields.BMR_KJ] == pytest.approx(values[fields.BMR_KCAL] * 4.184, abs=5)
        assert 300 < values[fields.IMPEDANCE_OHM] < 700
    assert first.values != second.values


async def test_unplugging_mid_stream_is_reported_once_and_decoding_resumes_after_replug(port, caplog):
    caplog.set_level(logging.INFO, logger="hardware.serial_link")
    events = EventCollector()
    link = SerialLink(port.path, TanitaDecoder(), events, retry_interval_s=0.05)
    await link.start()
    slow = TanitaTiming(weight_interval_s=0.05, unstable_readings=20, analysis_s=0.5)
    simulator = TanitaScaleSimulator(port, "MC-780", timing=slow, seed=11)
    try:
        await events.next(DeviceConnection)
        caplog.clear()
        interrupted = simulator.step_on(ANNA)
        await events.next(LiveWeight)
        port.unplug()
        assert await events.next(DeviceConnection) == DeviceConnection(False, port.path)
        assert await asyncio.to_thread(interrupted.wait, 10)
        assert not interrupted.delivered

        port.replug()
        assert await events.next(DeviceConnection) == DeviceConnection(True, port.path)
        simulator.timing = FAST_TIMING
        visit, _, record = await measure(events, simulator, BEN)
    finally:
        simulator.close()
        await link.stop()
    assert record.values == visit.values and record.warnings == ()
    assert len(events.of(MeasurementRecord)) == 1, "the interrupted visit must not produce a record"
    link_logs = [r.levelno for r in caplog.records if r.name == "hardware.serial_link"]
    assert link_logs == [logging.WARNING, logging.INFO]
