"""Property tests for the line framer, the Tanita decoders, Tanita PC mode and the UID-per-line decoder.

Whatever bytes arrive, in whatever pieces, the decoders never raise and decode
the same events; well-formed input always decodes to what was encoded.
"""
from __future__ import annotations

import re
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from hardware import fields
from hardware.events import CredentialPresented, FrameRejected, LiveWeight, MeasurementRecord
from hardware.protocols.framing import LineFramer, Overlong
from hardware.protocols.tanita import TanitaDecoder, encode_record, key_table_for
from hardware.protocols.tanita_bc418 import TBF310_LAYOUT, Bc418Decoder
from hardware.protocols.tanita_pc_mode import (
    DIALECTS,
    MAX_AGE,
    MAX_HEIGHT_CM,
    MAX_TARE_KG,
    MC980,
    MIN_AGE,
    MIN_HEIGHT_CM,
    AnalyserErrorCode,
    PersonalData,
    ProfileAccepted,
    ProfileExchange,
    ProfileRefused,
    RefusalReason,
)
from hardware.protocols.uid_lines import UidLineDecoder
from hardware.simulators.tanita_pc_mode import AnalyserPcMode
from hardware.uid import UID_STYLES, render_uid
from tests.hardware.chunking import cut_points, feed_in_chunks
from tests.hardware.hypothesis_budget import EXAMPLES

EVENT_TYPES = (MeasurementRecord, LiveWeight, FrameRejected, CredentialPresented)
RESERVED_KEYS = {"CS", "ID", "CC", "MO", "Da", "DT", "DA", "TI", "Wp"}
DEFAULT_TABLE = key_table_for(None)
MEMBER_DATA = PersonalData(gender="female", age=37, height_cm=168.0)

noisy_bytes = st.one_of(
    st.binary(max_size=600),
    st.lists(st.sampled_from([b"\r", b"\n", b"{0,", b"MO,", b",CS,", b"KS", b'"', b"12.5", b"E1", b","]), max_size=60).map(b"".join),
)
line_text = st.binary(min_size=1, max_size=80).filter(lambda line: b"\r" not in line and b"\n" not in line)


def numbers() -> st.SearchStrategy[int | float]:
    return st.one_of(
        st.integers(min_value=-9999, max_value=99999),
        st.floats(min_value=-9999, max_value=9999, allow_nan=False).map(lambda value: round(value, 1)),
    )


def rendered(value: str | int | float) -> str:
    """How :func:`encode_record` writes a value, without quotes."""
    if isinstance(value, str):
        return value
    return str(value) if isinstance(value, int) else f"{value:.1f}"


quoted_text = st.text(alphabet=string.ascii_letters + string.digits + " ,.:/-_", max_size=20)
other_keys = st.text(alphabet=string.ascii_letters, min_size=2, max_size=2).filter(
    lambda key: key not in DEFAULT_TABLE and key not in RESERVED_KEYS
)


@settings(max_examples=EXAMPLES)
@given(lines=st.lists(line_text, max_size=8), endings=st.lists(st.sampled_from([b"\n", b"\r\n"]), min_size=8, max_size=8), cuts=cut_points)
def test_framer_returns_the_lines_however_they_are_split(lines, endings, cuts):
    data = b"".join(line + ending for line, ending in zip(lines, endings))
    assert feed_in_chunks(LineFramer(80), data, cuts) == lines


@settings(max_examples=EXAMPLES)
@given(lines=st.lists(line_text, max_size=8), endings=st.lists(st.sampled_from([b"\r", b"\n", b"\r\n"]), min_size=8, max_size=8), cuts=cut_points)
def test_framer_with_lone_cr_returns_the_lines_however_they_are_split(lines, endings, cuts):
    data = b"".join(line + ending for line, ending in zip(lines, endings))
    assert feed_in_chunks(LineFramer(80, accept_lone_cr=True), data, cuts) == lines


@settings(max_examples=EXAMPLES)
@given(data=noisy_bytes, cuts=cut_points, max_length=st.integers(min_value=1, max_value=40))
def test_framer_never_returns_a_line_over_its_cap(data, cuts, max_length):
    for item in feed_in_chunks(LineFramer(max_length), data, cuts):
        assert isinstance(item, Overlong) or len(item) <= max_length


@settings(max_examples=EXAMPLES)
@given(data=noisy_bytes, cuts=cut_points)
def test_tanita_decoder_never_raises_and_ignores_how_bytes_are_split(data, cuts):
    whole = TanitaDecoder(max_line_bytes=256).feed(data)
    assert feed_in_chunks(TanitaDecoder(max_line_bytes=256), data, cuts) == whole
    assert all(isinstance(event, EVENT_TYPES) for event in whole)


@settings(max_examples=EXAMPLES)
@given(
    canonical=st.dictionaries(st.sampled_from(sorted(DEFAULT_TABLE)), numbers(), min_size=1),
    weight=numbers(),
    others=st.dictionaries(other_keys, st.one_of(numbers(), quoted_text), max_size=10),
    cuts=cut_points,
)
def test_generated_tanita_records_decode_to_what_was_encoded(canonical, weight, others, cuts):
    pairs = [("Wk", weight), *((key, value) for key, value in canonical.items() if key != "Wk"), *others.items()]
    events = feed_in_chunks(TanitaDecoder(), encode_record(pairs), cuts)
    assert len(events) == 1 and isinstance(events[0], MeasurementRecord)
    record = events[0]
    assert record.warnings == ()
    assert record.values == {DEFAULT_TABLE[key]: float(rendered(value)) for key, value in pairs if key in DEFAULT_TABLE}
    assert record.extra == {key: rendered(value) for key, value in others.items()}


@settings(max_examples=EXAMPLES)
@given(data=noisy_bytes, cuts=cut_points)
def test_bc418_decoder_never_raises_and_ignores_how_bytes_are_split(data, cuts):
    whole = Bc418Decoder().feed(data)
    assert feed_in_chunks(Bc418Decoder(), data, cuts) == whole
    assert all(isinstance(event, EVENT_TYPES) for event in whole)


@settings(max_examples=EXAMPLES)
@given(values=st.lists(st.floats(min_value=0, max_value=9999, allow_nan=False).map(lambda v: round(v, 1)), min_size=12, max_size=12), cuts=cut_points)
def test_generated_tbf310_lines_decode_by_position(values, cuts):
    line = (",".join(f"{value:.1f}" for value in values) + "\r\n").encode()
    (record,) = feed_in_chunks(Bc418Decoder(), line, cuts)
    expected = {name: value for name, value in zip(TBF310_LAYOUT, values) if name in fields.BODY_FIELDS}
    assert record.values == expected and record.warnings == ()


@settings(max_examples=EXAMPLES)
@given(data=noisy_bytes, cuts=cut_points, style=st.sampled_from(UID_STYLES))
def test_uid_line_decoder_never_raises_and_ignores_how_bytes_are_split(data, cuts, style):
    def decoder() -> UidLineDecoder:
        return UidLineDecoder(style=style, clock=lambda: 0.0)

    whole = decoder().feed(data)
    assert feed_in_chunks(decoder(), data, cuts) == whole
    assert all(isinstance(event, (CredentialPresented, FrameRejected)) for event in whole)


@settings(max_examples=EXAMPLES)
@given(
    uids=st.lists(st.sampled_from([4, 7, 10]).flatmap(lambda size: st.binary(min_size=size, max_size=size)), min_size=1, max_size=6),
    style=st.sampled_from(["hex", "hex_reversed"]),
    ending=st.sampled_from([b"\r", b"\n", b"\r\n"]),
    cuts=cut_points,
)
def test_uid_lines_decode_to_the_uids_printed(uids, style, ending, cuts):
    data = b"".join(render_uid(uid, style).encode() + ending for uid in uids)
    events = feed_in_chunks(UidLineDecoder(style=style, repeat_suppress_s=0.0, clock=lambda: 0.0), data, cuts)
    assert [event.credential.uid for event in events] == uids


personal_data = st.builds(
    PersonalData,
    gender=st.sampled_from(["male", "female"]),
    age=st.integers(min_value=MIN_AGE, max_value=MAX_AGE),
    height_cm=st.floats(min_value=MIN_HEIGHT_CM, max_value=MAX_HEIGHT_CM).map(lambda cm: round(cm, 1)),
    body_type=st.sampled_from(["standard", "athletic"]),
    tare_kg=st.floats(min_value=0.0, max_value=MAX_TARE_KG).map(lambda kg: round(kg, 1)),
)
analyser_bytes = st.one_of(
    st.binary(max_size=300),
    st.lists(
        st.sampled_from([b"M1", b"U0", b"D0", b"D1", b"D2", b"D3", b"D4", b"G1", b"!", b"D3!", b"E4", b"E9", b"KS072.5", b"\r\n", b"\n", b"\r"]),
        max_size=40,
    ).map(b"".join),
)
COMMAND_SHAPES = {
    "mc-980": [rb"M1", rb"D0\d{2}\.\d", rb"D1[12]", rb"D2[02]", rb"D3\d{3}\.\d", rb"D4\d{2}", rb"G1"],
    "bc-418": [rb"U0", rb"D0\d{3}\.\d", rb"D1[12]", rb"D2[02]", rb"D3\d{5}", rb"D4\d{2}", rb"G1"],
}


@settings(max_examples=EXAMPLES)
@given(data=analyser_bytes, cuts=cut_points, dialect=st.sampled_from(sorted(DIALECTS)))
def test_pc_mode_replies_never_raise_and_ignore_how_bytes_are_split(data, cuts, dialect):
    whole, chunked = ProfileExchange(MEMBER_DATA, DIALECTS[dialect]), ProfileExchange(MEMBER_DATA, DIALECTS[dialect])
    assert feed_in_chunks(chunked, data, cuts) == whole.feed(data)
    assert chunked.outcome == whole.outcome
    assert whole.outcome is None or isinstance(whole.outcome, (ProfileAccepted, ProfileRefused))


@settings(max_examples=EXAMPLES)
@given(data=personal_data, dialect=st.sampled_from(sorted(DIALECTS)))
def test_pc_mode_commands_have_the_documented_fixed_widths(data, dialect):
    commands = DIALECTS[dialect].commands(data)
    assert all(command.endswith(b"\r\n") and command.isascii() for command in commands)
    assert all(re.fullmatch(shape, command[:-2]) for shape, command in zip(COMMAND_SHAPES[dialect], commands, strict=True))


@settings(max_examples=EXAMPLES)
@given(data=personal_data)
def test_the_analyser_reads_the_mc980_commands_back_as_the_data_sent(data):
    analyser = AnalyserPcMode()
    replies = [analyser.answer(command.decode("ascii").strip()) for command in MC980.commands(data)]
    assert replies == ["M1", "D0", "D1", "D2", "D3", "D4", "G1"]
    assert analyser.take_started() == data


@settings(max_examples=EXAMPLES)
@given(
    data=personal_data,
    dialect=st.sampled_from(sorted(DIALECTS)),
    step=st.integers(min_value=0, max_value=6),
    code=st.sampled_from(AnalyserErrorCode),
    cuts=cut_points,
)
def test_an_error_code_at_any_step_stops_the_exchange_at_that_command(data, dialect, step, code, cuts):
    exchange = ProfileExchange(data, DIALECTS[dialect])
    commands = list(exchange.commands)
    replies = b"".join(command[:2] + b"\r\n" for command in commands[:step]) + code.wire.encode() + b"\r\nG1\r\n"
    feed_in_chunks(exchange, replies, cuts)
    assert exchange.outcome == ProfileRefused(commands[step][:2].decode(), RefusalReason.ANALYSER_ERROR, code)
