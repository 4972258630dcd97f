"""Tanita PC mode, sans-I/O: the commands a member's data becomes, and what each reply means.

The MC-980 strings are the transmission examples of Tanita's "Instructions for PC mode"
(device reference 1.6: ``D001.0``, ``D11``, ``D20``, ``D3175.4``, ``D430``); the BC-418 strings
are those the OBiBa Onyx runner sends (``U0``, ``D0001.0``, ``D3`` + ``00`` + whole cm).
"""
from __future__ import annotations

import pytest

from hardware.protocols.tanita_pc_mode import (
    BC418,
    DIALECTS,
    MC980,
    Acknowledged,
    AnalyserError,
    AnalyserErrorCode,
    PersonalData,
    ProfileAccepted,
    ProfileExchange,
    ProfileRefused,
    RefusalReason,
    Refused,
    parse_reply,
)
from hardware.registry import REGISTRY
from tests.hardware.chunking import feed_bytewise

MANUAL_EXAMPLE = PersonalData(gender="male", age=30, height_cm=175.4, body_type="standard", tare_kg=1.0)
MEMBER = PersonalData(gender="female", age=37, height_cm=168.0, body_type="athletic", tare_kg=1.0)
ACKS = b"M1\r\nD0\r\nD1\r\nD2\r\nD3\r\nD4\r\nG1\r\n"


def test_mc980_commands_are_the_manuals_examples_in_order():
    assert MC980.commands(MANUAL_EXAMPLE) == [
        b"M1\r\n", b"D001.0\r\n", b"D11\r\n", b"D20\r\n", b"D3175.4\r\n", b"D430\r\n", b"G1\r\n",
    ]


def test_bc418_commands_are_what_the_onyx_runner_sends():
    assert BC418.commands(MEMBER) == [
        b"U0\r\n", b"D0001.0\r\n", b"D12\r\n", b"D22\r\n", b"D300168\r\n", b"D437\r\n", b"G1\r\n",
    ]


def test_short_values_are_zero_padded_to_the_fixed_widths():
    child = PersonalData(gender="female", age=7, height_cm=95.5)
    commands = MC980.commands(child)
    assert commands[1] == b"D000.0\r\n" and commands[4] == b"D3095.5\r\n" and commands[5] == b"D407\r\n"
    assert BC418.commands(child)[4] == b"D300096\r\n"  # whole centimetres, rounded


@pytest.mark.parametrize(
    ("changes", "complaint"),
    [
        ({"gender": "non_binary"}, "gender must be 'male' or 'female'"),
        ({"body_type": "child"}, "body_type"),
        ({"age": 4}, "age must be a whole number of years from 5 to 99"),
        ({"age": 100}, "age"),
        ({"age": 37.5}, "age"),
        ({"age": True}, "age"),
        ({"height_cm": 89.9}, "height must be from 90 to 249.9 cm"),
        ({"height_cm": 250.0}, "height"),
        ({"height_cm": float("nan")}, "height"),
        ({"tare_kg": 10.5}, "tare must be from 0 to 10 kg"),
        ({"tare_kg": -0.1}, "tare"),
    ],
)
def test_data_the_analyser_cannot_take_is_refused_without_repeating_it(changes, complaint):
    values = {"gender": "female", "age": 37, "height_cm": 168.0, **changes}
    with pytest.raises(ValueError, match=complaint) as refused:
        PersonalData(**values)
    assert all(str(value) not in str(refused.value) for value in changes.values())


def test_personal_data_never_shows_in_its_repr():
    shown = repr(MEMBER) + str(MEMBER)
    assert "168" not in shown and "37" not in shown and "female" not in shown


@pytest.mark.parametrize(
    ("line", "reply"),
    [
        (b"D1", Acknowledged("D1")),
        (b"G1 ", Acknowledged("G1")),
        (b"M1", Acknowledged("M1")),
        (b"!", Refused(None)),
        (b"D3!", Refused("D3")),
        (b"KS072.5", None),
        (b'{0,16,~0,1,~1,1,~2,1,MO,"MC-780",Wk,72.5,CS,00', None),
        (b"", None),
        (b"E", None),
        (b"E10", None),
    ],
)
def test_replies_are_told_apart_from_weights_and_records(line, reply):
    assert parse_reply(line) == reply


EXPECTED_MEANINGS = {
    0: "internal trouble", 1: "scale overload", 2: "impedance error", 3: "zero-point error",
    4: "measurement started without personal data", 5: "zero not set", 6: "incomplete set data",
    7: "fat % error", 8: "memory error", 9: "negative overload",
}


@pytest.mark.parametrize("number", range(10))
def test_each_error_code_is_decoded_to_a_typed_code(number):
    code = AnalyserErrorCode(number)
    assert parse_reply(f"E{number}".encode()) == AnalyserError(code)
    assert code.wire == f"E{number}" and code.meaning == EXPECTED_MEANINGS[number]


@pytest.mark.parametrize("number", range(10))
def test_an_error_code_in_reply_to_g1_refuses_the_profile_with_that_code(number):
    exchange = ProfileExchange(MEMBER)
    exchange.feed(ACKS[: ACKS.index(b"G1")])
    assert exchange.pending == b"G1\r\n"
    assert exchange.feed(f"E{number}\r\n".encode()) == [AnalyserError(AnalyserErrorCode(number))]
    assert exchange.outcome == ProfileRefused("G1", RefusalReason.ANALYSER_ERROR, AnalyserErrorCode(number))
    assert exchange.pending is None


def test_e4_names_the_missing_personal_data():
    exchange = ProfileExchange(MEMBER)
    exchange.feed(b"E4\r\n")
    assert exchange.outcome.error is AnalyserErrorCode.NO_PERSONAL_DATA
    assert str(exchange.outcome) == "M1: analyser error E4 (measurement started without personal data)"


def test_every_acknowledgement_moves_to_the_next_command_until_g1_is_taken():
    exchange = ProfileExchange(MEMBER)
    sent = []
    for ack in ACKS.splitlines(keepends=True):
        sent.append(exchange.pending)
        assert exchange.outcome is None
        assert exchange.feed(ack) == [Acknowledged(ack.strip().decode())]
    assert sent == MC980.commands(MEMBER)
    assert exchange.outcome == ProfileAccepted() and exchange.pending is None


def test_weights_and_noise_between_replies_are_ignored_and_splitting_does_not_matter():
    noisy = ACKS.replace(b"D2\r\n", b"KD050.2\r\nD2\r\n\r\n").replace(b"D4\r\n", b"D4\r\n" + b"X" * 200 + b"\r\n")
    assert feed_bytewise(ProfileExchange(MEMBER), noisy) == ProfileExchange(MEMBER).feed(noisy)
    exchange = ProfileExchange(MEMBER)
    feed_bytewise(exchange, noisy)
    assert exchange.outcome == ProfileAccepted()


@pytest.mark.parametrize(("reply", "command"), [(b"!\r\n", "D3"), (b"D3!\r\n", "D3")])
def test_a_refused_command_or_value_stops_the_exchange_at_that_command(reply, command):
    exchange = ProfileExchange(MEMBER)
    exchange.feed(b"M1\r\nD0\r\nD1\r\nD2\r\n" + reply + b"D4\r\nG1\r\n")
    assert exchange.outcome == ProfileRefused(command, RefusalReason.REFUSED)
    assert str(exchange.outcome) == "D3: refused"


def test_an_acknowledgement_of_another_command_is_an_unexpected_reply():
    exchange = ProfileExchange(MEMBER, BC418)
    exchange.feed(b"M1\r\n")  # an MC-980 answer to the BC-418's U0
    assert exchange.outcome == ProfileRefused("U0", RefusalReason.UNEXPECTED_REPLY)


def test_giving_up_names_the_unanswered_command_and_keeps_an_earlier_outcome():
    exchange = ProfileExchange(MEMBER)
    exchange.feed(b"M1\r\nD0\r\n")
    assert exchange.give_up(RefusalReason.NO_REPLY) == ProfileRefused("D1", RefusalReason.NO_REPLY)
    refused = ProfileExchange(MEMBER)
    refused.feed(b"E0\r\n")
    assert refused.give_up(RefusalReason.NO_REPLY).reason is RefusalReason.ANALYSER_ERROR


def test_analysers_in_the_registry_name_a_known_dialect():
    dialects = {handler.protocol: handler.pc_mode for handler in REGISTRY if handler.pc_mode}
    assert dialects == {"tanita": "mc-980", "tanita-bc418": "bc-418"}
    assert all(name in DIALECTS for name in dialects.values())
