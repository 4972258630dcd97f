"""CsafeDecoder: following the console's state, polling a workout, one record at Finished.

Response frames are built with the frame layer (itself checked against the
recorded worked frames) so each test states the console's answer in plain terms.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hardware import fields
from hardware.events import FrameRejected, LiveFigures, MeasurementRecord
from hardware.protocols.csafe.commands import Command, ResponseEntry, encode_commands, encode_response
from hardware.protocols.csafe.decoder import CsafeDecoder
from hardware.protocols.csafe.frames import build_frame
from hardware.protocols.csafe.status import PreviousFrameStatus, SlaveState, StatusByte
from hardware.simulators.csafe_console import CsafeConsole, WorkoutPlan
from tests.hardware.chunking import cut_points, feed_in_chunks, recording
from tests.hardware.hypothesis_budget import EXAMPLES

C = Command


def answer(state: SlaveState, *entries: tuple[int, str], previous=PreviousFrameStatus.OK, toggle=False) -> bytes:
    """A console response frame: the status byte, then (command, data hex) entries."""
    items = [ResponseEntry(command, bytes.fromhex(data)) for command, data in entries]
    return build_frame(encode_response(StatusByte(state, previous, toggle), items))


RUNNING = (
    (C.GET_TWORK, "00 05 1E"),  # 0:05:30
    (C.GET_HORIZONTAL, "E8 03 24"),  # 1000 m
    (C.GET_CALORIES, "2A 00"),  # 42 kcal
    (C.GET_SPEED, "FA 00 31"),  # 250 × 0.1 km/h
    (C.GET_HR_CUR, "8C"),  # 140 bpm
    (C.GET_POWER, "A0 00 58"),  # 160 W
)
RUNNING_VALUES = {
    fields.DURATION_S: 330.0, fields.DISTANCE_M: 1000.0, fields.CALORIES_KCAL: 42.0,
    fields.SPEED_KMH: 25.0, fields.HEART_RATE_BPM: 140.0, fields.POWER_W: 160.0,
}
SUMMARY = (
    (C.GET_TWORK, "00 0A 00"),  # 0:10:00
    (C.GET_HORIZONTAL, "D0 07 24"),  # 2000 m
    (C.GET_CALORIES, "54 00"),  # 84 kcal
    (C.GET_HR_AVG, "82"),  # 130 bpm
    (C.GET_HR_MAX, "A0"),  # 160 bpm
)


def in_workout(**options) -> CsafeDecoder:
    decoder = CsafeDecoder(**options)
    decoder.feed(answer(SlaveState.IN_USE))
    return decoder


def finish(decoder: CsafeDecoder, *summary: tuple[int, str]) -> list:
    decoder.feed(answer(SlaveState.FINISHED))
    assert decoder.next_request() == build_frame(encode_commands([C.GET_TWORK, C.GET_HORIZONTAL, C.GET_CALORIES,
                                                                   C.GET_HR_AVG, C.GET_HR_MAX]))
    return decoder.feed(answer(SlaveState.FINISHED, *summary))


def records(events) -> list[MeasurementRecord]:
    return [event for event in events if isinstance(event, MeasurementRecord)]


def test_first_request_asks_for_the_status_with_the_recorded_frame():
    assert CsafeDecoder().next_request() == recording("csafe/get_status.bin")


def test_a_ready_console_is_claimed_and_a_passive_setup_only_asks_status():
    decoder = CsafeDecoder()
    decoder.feed(answer(SlaveState.READY))
    assert decoder.state is SlaveState.READY
    assert decoder.next_request() == bytes.fromhex("F1 82 83 80 81 F2")  # GoIdle GoHaveID GetStatus
    passive = CsafeDecoder(claim_commands=())
    passive.feed(answer(SlaveState.READY))
    assert passive.next_request() == recording("csafe/get_status.bin")


def test_while_in_use_it_polls_with_the_recorded_figure_frame():
    decoder = in_workout()
    assert decoder.next_request() == recording("csafe/poll_figures.bin")


def test_running_figures_arrive_as_live_figures_in_canonical_units():
    decoder = in_workout()
    assert decoder.feed(answer(SlaveState.IN_USE, *RUNNING)) == [LiveFigures(RUNNING_VALUES)]


def test_live_figures_keep_the_last_known_value_of_each_field():
    decoder = in_workout()
    decoder.feed(answer(SlaveState.IN_USE, *RUNNING))
    [update] = decoder.feed(answer(SlaveState.IN_USE, (C.GET_HR_CUR, "8E")))
    assert update.values == {**RUNNING_VALUES, fields.HEART_RATE_BPM: 142.0}


@pytest.mark.parametrize(
    ("entry", "field", "value"),
    [
        ((C.GET_HORIZONTAL, "A0 86 01 25"), fields.DISTANCE_M, 10_000.0),  # 3-byte integer, 0.1 m
        ((C.GET_HORIZONTAL, "64 00 03"), fields.DISTANCE_M, 1609.344),  # 100 × 0.01 mile
        ((C.GET_HORIZONTAL, "05 21"), fields.DISTANCE_M, 5000.0),  # 1-byte integer, km
        ((C.GET_SPEED, "7D 00 11"), fields.SPEED_KMH, 20.1168),  # 12.5 mph
        ((C.GET_SPEED, "2C 01 33"), fields.SPEED_KMH, 18.0),  # 300 m/min
        ((C.GET_PACE, "68 01 39"), fields.SPEED_KMH, 10.0),  # 360 s/km
        ((C.GET_CALORIES, "07"), fields.CALORIES_KCAL, 7.0),
        ((C.GET_CALORIES, "2C 01 48"), fields.CALORIES_KCAL, 300.0),  # with the calories unit
        ((C.GET_HR_CUR, "96 00 55"), fields.HEART_RATE_BPM, 150.0),  # with the bpm unit
        ((C.GET_POWER, "2C 01 58"), fields.POWER_W, 300.0),
    ],
)
def test_response_layouts_are_read_by_their_byte_count(entry, field, value):
    [update] = in_workout().feed(answer(SlaveState.IN_USE, entry))
    assert update.values == {field: pytest.approx(value)}


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        ((C.GET_TWORK, "05 1E"), "needs 3 bytes"),
        ((C.GET_TWORK, "00 3C 00"), "not a valid time"),
        ((C.GET_HORIZONTAL, "E8 03 00"), "unit code 0 has no known conversion to m"),
        ((C.GET_HORIZONTAL, "E8 03 58"), "(watts) does not convert to m"),
        ((C.GET_HORIZONTAL, "E8"), "not an integer plus unit"),
        ((C.GET_SPEED, "01 02 03 04 31"), "not an integer plus unit"),
        ((C.GET_POWER, "2C 01 59"), "unit code 89 has no known conversion to W"),  # kpm
        ((C.GET_CALORIES, "01 02 03"), "without the calories unit"),
        ((C.GET_HR_CUR, ""), "heart-rate bytes"),
        ((C.GET_PACE, "00 06 00"), "names no distance"),  # h:m:s pace (Cyclops)
    ],
)
def test_layouts_it_cannot_interpret_are_rejected_and_the_rest_still_counts(entry, reason):
    events = in_workout().feed(answer(SlaveState.IN_USE, entry, (C.GET_HR_CUR, "8C")))
    rejected, update = events
    assert isinstance(rejected, FrameRejected) and reason in rejected.reason
    assert f"{entry[0]:02X}" in rejected.reason
    assert update == LiveFigures({fields.HEART_RATE_BPM: 140.0})


def test_finishing_a_workout_gives_exactly_one_cardio_record():
    decoder = in_workout(model="Cycle 95C")
    decoder.feed(answer(SlaveState.IN_USE, *RUNNING))
    [record] = records(finish(decoder, *SUMMARY))
    assert record.kind == "cardio" and record.model == "Cycle 95C"
    assert record.values == {
        fields.DURATION_S: 600.0, fields.DISTANCE_M: 2000.0, fields.CALORIES_KCAL: 84.0,
        fields.SPEED_KMH: 12.0,  # average: 2000 m in 10 min
        fields.HEART_RATE_BPM: 130.0,  # the console's average
        fields.POWER_W: 160.0,  # mean of the polled power
    }
    assert record.extra == {"heart_rate_max_bpm": "160"} and record.warnings == ()
    assert decoder.next_request() == recording("csafe/get_status.bin")
    assert records(decoder.feed(answer(SlaveState.FINISHED, *SUMMARY))) == []


def test_a_late_answer_to_a_live_poll_is_not_taken_for_the_summary():
    decoder = in_workout()
    events = decoder.feed(answer(SlaveState.FINISHED, *RUNNING))
    assert records(events) == []
    assert len(records(finish(decoder, *SUMMARY))) == 1


def test_without_an_average_from_the_console_the_live_heart_rate_is_averaged():
    decoder = in_workout()
    decoder.feed(answer(SlaveState.IN_USE, (C.GET_HR_CUR, "78")))  # 120
    decoder.feed(answer(SlaveState.IN_USE, (C.GET_HR_CUR, "00")))  # no contact: ignored
    decoder.feed(answer(SlaveState.IN_USE, (C.GET_HR_CUR, "8C")))  # 140
    [record] = records(finish(decoder, (C.GET_TWORK, "00 01 00")))
    assert record.values[fields.HEART_RATE_BPM] == 130
    assert record.warnings == ("average heart rate computed from live readings",)


def test_paused_figures_are_shown_but_do_not_count_towards_average_power():
    decoder = in_workout()
    decoder.feed(answer(SlaveState.IN_USE, (C.GET_POWER, "C8 00 58")))  # 200 W
    [paused] = decoder.feed(answer(SlaveState.PAUSED, (C.GET_POWER, "00 00 58")))
    assert paused.values == {fields.POWER_W: 0.0}
    decoder.feed(answer(SlaveState.IN_USE, (C.GET_POWER, "64 00 58")))  # 100 W
    [record] = records(finish(decoder, (C.GET_TWORK, "00 01 00")))
    assert record.values[fields.POWER_W] == 150.0


def test_a_console_that_never_reports_totals_still_yields_one_record_from_live_figures():
    decoder = in_workout(summary_attempts=3)
    decoder.feed(answer(SlaveState.IN_USE, *RUNNING))
    decoder.feed(answer(SlaveState.FINISHED))
    events = []
    for _ in range(5):
        decoder.next_request()
        events += decoder.feed(answer(SlaveState.FINISHED, previous=PreviousFrameStatus.REJECT))
    [record] = records(events)
    assert record.values[fields.DURATION_S] == 330.0 and record.values[fields.DISTANCE_M] == 1000.0
    assert record.warnings[0] == "the console did not report a summary"


def test_a_workout_that_ends_without_finished_is_recorded_with_a_warning():
    decoder = in_workout()
    decoder.feed(answer(SlaveState.IN_USE, *RUNNING))
    [record] = records(decoder.feed(answer(SlaveState.READY)))
    assert record.values[fields.DURATION_S] == 330.0
    assert "ended in READY" in record.warnings[0]


def test_a_workout_without_any_figures_gives_no_empty_record():
    decoder = in_workout()
    assert decoder.feed(answer(SlaveState.READY)) == []


def test_a_finished_workout_the_kiosk_never_saw_running_is_not_recorded():
    decoder = CsafeDecoder()
    assert decoder.feed(answer(SlaveState.FINISHED, *SUMMARY)) == []
    assert decoder.next_request() == recording("csafe/get_status.bin")


def test_the_next_workout_starts_from_scratch():
    decoder = in_workout()
    decoder.feed(answer(SlaveState.IN_USE, *RUNNING))
    assert len(records(finish(decoder, *SUMMARY))) == 1
    decoder.feed(answer(SlaveState.READY))
    decoder.feed(answer(SlaveState.IN_USE))
    [fresh] = decoder.feed(answer(SlaveState.IN_USE, (C.GET_TWORK, "00 00 05")))
    assert fresh.values == {fields.DURATION_S: 5.0}
    assert len(records(finish(decoder, (C.GET_TWORK, "00 00 09")))) == 1


def test_queued_master_commands_go_out_first():
    decoder = in_workout()
    decoder.send(C.GO_FINISHED)
    assert decoder.next_request() == bytes.fromhex("F1 86 86 F2")
    assert decoder.next_request() == recording("csafe/poll_figures.bin")


def test_status_byte_fields_are_tracked():
    decoder = CsafeDecoder()
    decoder.feed(answer(SlaveState.IDLE, previous=PreviousFrameStatus.REJECT, toggle=True))
    assert decoder.status == StatusByte(SlaveState.IDLE, PreviousFrameStatus.REJECT, True)


@pytest.mark.parametrize(
    ("wire", "reason"),
    [
        (answer(SlaveState.READY, previous=PreviousFrameStatus.BAD), "damaged"),
        (build_frame(b"\x04"), "undefined state 4"),
        (build_frame(b"\x05\xA0\x05\x00"), "announces 5 bytes"),
        (build_frame(b"\x05\xA0"), "no byte count"),
        (build_frame(b""), "without a status byte"),
        (bytes.fromhex("F1 05 A0 03 00 00 01 00 F2"), "checksum mismatch"),
    ],
)
def test_bad_answers_are_rejected_with_a_reason(wire, reason):
    rejections = [event for event in CsafeDecoder().feed(wire) if isinstance(event, FrameRejected)]
    assert len(rejections) == 1 and reason in rejections[0].reason


def test_reset_drops_a_partial_frame_but_keeps_the_workout():
    decoder = in_workout()
    decoder.feed(answer(SlaveState.IN_USE, *RUNNING))
    decoder.feed(answer(SlaveState.IN_USE, *RUNNING)[:7])
    decoder.reset()
    assert decoder.feed(answer(SlaveState.IN_USE, (C.GET_HR_CUR, "8C"))) == [
        LiveFigures({**RUNNING_VALUES, fields.HEART_RATE_BPM: 140.0})
    ]


def simulated_session(plan: WorkoutPlan) -> bytes:
    """Every byte a simulated console sends while the decoder runs a workout to the end."""
    console, decoder = CsafeConsole(plan, finished_hold_frames=2), CsafeDecoder()
    wire = console.take_output()
    decoder.feed(wire)
    for _ in range(int(plan.duration_s / plan.seconds_per_frame) + 10):
        reply = console.receive(decoder.next_request())
        decoder.feed(reply)
        wire += reply
    return wire


SESSION = simulated_session(WorkoutPlan(duration_s=120, seconds_per_frame=15))


def test_a_simulated_session_replayed_gives_rising_figures_and_one_record():
    events = CsafeDecoder().feed(SESSION)
    durations = [event.values[fields.DURATION_S] for event in events if isinstance(event, LiveFigures)]
    assert durations == sorted(durations) and durations[-1] == 120.0
    [record] = records(events)
    assert record.values[fields.DURATION_S] == 120.0
    assert not any(isinstance(event, FrameRejected) for event in events)


@settings(max_examples=EXAMPLES, deadline=None)
@given(cuts=cut_points)
def test_a_session_in_any_chunking_decodes_the_same(cuts):
    assert feed_in_chunks(CsafeDecoder(), SESSION, cuts) == CsafeDecoder().feed(SESSION)


@settings(max_examples=EXAMPLES, deadline=None)
@given(data=st.binary(max_size=300), cuts=cut_points, polls=st.integers(0, 5))
def test_arbitrary_bytes_never_make_the_decoder_raise(data, cuts, polls):
    decoder = CsafeDecoder()
    events = feed_in_chunks(decoder, data, cuts)
    for _ in range(polls):
        assert decoder.next_request()
    assert all(isinstance(event, (LiveFigures, MeasurementRecord, FrameRejected)) for event in events)


entry_strategy = st.tuples(
    st.sampled_from([int(command) for command in Command if command >= 0x91 or command < 0x80]),
    st.binary(max_size=6),
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    states=st.lists(
        st.tuples(st.sampled_from(list(SlaveState)), st.lists(entry_strategy, max_size=4)), max_size=12
    )
)
def test_any_sequence_of_well_framed_answers_never_raises_and_records_at_most_once_per_workout(states):
    decoder = CsafeDecoder()
    events = []
    for state, entries in states:
        decoder.next_request()
        contents = encode_response(StatusByte(state), [ResponseEntry(command, data) for command, data in entries])
        events += decoder.feed(build_frame(contents))
    workouts = sum(
        1 for previous, (state, _) in zip([None, *[s for s, _ in states]], states)
        if state in (SlaveState.IN_USE, SlaveState.PAUSED)
        and previous not in (SlaveState.IN_USE, SlaveState.PAUSED)
    )
    assert len(records(events)) <= workouts
