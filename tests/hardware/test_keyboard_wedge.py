"""Keyboard-wedge readers: telling a reader's keystroke burst from a person typing.

Recordings are key events (text, seconds) as the ui layer would forward them.
"""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hardware.events import CardCredential, CardTechnology, CredentialPresented, FrameRejected
from hardware.protocols.keyboard_wedge import KeyboardWedgeDecoder, WedgeOutput
from hardware.uid import UID_STYLES, render_uid
from tests.hardware.chunking import RECORDINGS
from tests.hardware.hypothesis_budget import EXAMPLES

UID = bytes.fromhex("04A2B3C4")


def recorded_keys(name: str) -> list[tuple[str, float]]:
    data = json.loads((RECORDINGS / "keyboard_wedge" / name).read_text())
    return [(text, at) for text, at in data["keys"]]


def replay(decoder: KeyboardWedgeDecoder, keys) -> tuple[list, str]:
    """Feed key events; return all events and all text handed back as typing (flushed at the end)."""
    events: list = []
    typed = ""
    last = 0.0
    for text, at in keys:
        output = decoder.feed_key(text, at)
        events.extend(output.events)
        typed += output.typed
        last = at
    typed += decoder.flush(last + 10).typed
    return events, typed


def burst(text: str, start: float = 0.0, gap: float = 0.01) -> list[tuple[str, float]]:
    return [(char, start + index * gap) for index, char in enumerate(text + "\r")]


def test_a_recorded_hex_burst_with_shift_keys_is_a_card():
    events, typed = replay(KeyboardWedgeDecoder(reader_id="wedge"), recorded_keys("card_hex_burst.json"))
    assert events == [CredentialPresented(CardCredential(UID, CardTechnology.MIFARE, "wedge"))]
    assert typed == ""


def test_a_recorded_decimal_burst_in_the_site_style_is_a_card():
    events, _ = replay(KeyboardWedgeDecoder(uid_style="dec_le32_10"), recorded_keys("card_dec_le32_10_burst.json"))
    assert [event.credential.uid for event in events] == [UID]


def test_recorded_human_typing_is_handed_back_unchanged():
    events, typed = replay(KeyboardWedgeDecoder(), recorded_keys("human_typing.json"))
    assert events == [] and typed == "hello 42\r"


def test_held_keys_are_released_by_the_next_slow_key_or_by_flush():
    decoder = KeyboardWedgeDecoder()
    assert decoder.feed_key("a", 1.0) == WedgeOutput()
    assert decoder.flush_due_at == pytest.approx(1.05)
    assert decoder.flush(1.02) == WedgeOutput(), "too early to judge"
    assert decoder.feed_key("b", 1.5) == WedgeOutput(typed="a")
    assert decoder.flush(1.6) == WedgeOutput(typed="b")
    assert decoder.flush_due_at is None


def test_a_fast_but_short_burst_is_typing():
    events, typed = replay(KeyboardWedgeDecoder(min_length=4), burst("ab1"))
    assert events == [] and typed == "ab1\r"


def test_enter_arriving_late_makes_the_burst_typing():
    keys = burst("04A2B3C4")
    keys[-1] = ("\r", keys[-2][1] + 0.5)
    events, typed = replay(KeyboardWedgeDecoder(), keys)
    assert events == [] and typed == "04A2B3C4\r"


def test_a_fast_burst_that_is_no_uid_is_rejected_without_quoting_it():
    events, typed = replay(KeyboardWedgeDecoder(), burst("HELLOXYZ"))
    assert len(events) == 1 and isinstance(events[0], FrameRejected)
    assert "HELLOXYZ" not in events[0].reason and "8-key burst" in events[0].reason
    assert typed == ""


def test_a_burst_too_long_for_a_uid_passes_through_to_its_end():
    text = "1234567890" * 4
    events, typed = replay(KeyboardWedgeDecoder(max_length=32), burst(text))
    assert events == [] and typed == text + "\r"


def test_a_control_key_ends_a_burst_as_typing():
    events, typed = replay(KeyboardWedgeDecoder(), [("0", 0.0), ("4", 0.01), ("\b", 0.02), ("A", 0.03)])
    assert events == [] and typed == "04\bA"


def test_typing_then_a_card_are_told_apart():
    keys = [("x", 0.0), ("y", 0.3)] + burst("04A2B3C4", start=1.0)
    events, typed = replay(KeyboardWedgeDecoder(), keys)
    assert [event.credential.uid for event in events] == [UID] and typed == "xy"


def test_backwards_or_missing_key_text_does_not_break_decoding():
    decoder = KeyboardWedgeDecoder()
    assert decoder.feed_key("", 0.0) == WedgeOutput()
    decoder.feed_key("a", 5.0)
    assert decoder.feed_key("b", 4.0).typed == "a", "a clock that runs backwards ends the burst"
    events, _ = replay(decoder, burst("04A2B3C4", start=10.0))
    assert [event.credential.uid for event in events] == [UID]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"uid_style": "octal"}, "uid_style"),
        ({"max_gap_s": 0}, "max_gap_s"),
        ({"min_length": 0}, "min_length"),
        ({"min_length": 10, "max_length": 5}, "min_length"),
        ({"technology": "NFC-V"}, "technology"),
    ],
)
def test_configuration_mistakes_are_clear_value_errors(options, message):
    with pytest.raises(ValueError, match=message):
        KeyboardWedgeDecoder(**options)


@settings(max_examples=EXAMPLES)
@given(
    st.lists(
        st.tuples(st.text(max_size=3), st.one_of(st.floats(min_value=-1e6, max_value=1e6), st.just(float("nan")))),
        max_size=60,
    )
)
def test_arbitrary_key_events_never_raise(keys):
    decoder = KeyboardWedgeDecoder()
    for text, at in keys:
        output = decoder.feed_key(text, at)
        assert all(isinstance(event, (CredentialPresented, FrameRejected)) for event in output.events)
    decoder.flush(1e9)


@settings(max_examples=EXAMPLES)
@given(
    uid=st.binary(min_size=4, max_size=4).filter(lambda uid: uid[0] != 0x88),
    style=st.sampled_from(UID_STYLES),
    gap=st.floats(min_value=0.0, max_value=0.045),
    start=st.floats(min_value=0, max_value=1e5),
)
def test_generated_bursts_in_every_style_decode_to_the_generated_uid(uid, style, gap, start):
    decoder = KeyboardWedgeDecoder(uid_style=style, min_length=1)
    events, typed = replay(decoder, burst(render_uid(uid, style), start=start, gap=gap))
    assert [event.credential.uid for event in events] == [uid] and typed == ""
