"""UID renderings and their inverses, as wedge and serial readers print them."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hardware.uid import UID_STYLES, parse_uid, render_uid
from tests.hardware.hypothesis_budget import EXAMPLES

SINGLE = bytes.fromhex("04A2B3C4")
DOUBLE = bytes.fromhex("04112233445566")


@pytest.mark.parametrize(
    ("uid", "style", "expected"),
    [
        (SINGLE, "hex", "04A2B3C4"),
        (SINGLE, "hex_reversed", "C4B3A204"),
        (SINGLE, "dec_be32", str(0x04A2B3C4)),
        (SINGLE, "dec_le32", str(0xC4B3A204)),
        (SINGLE, "dec_be32_10", f"{0x04A2B3C4:010d}"),
        (SINGLE, "dec_le32_10", f"{0xC4B3A204:010d}"),
        (DOUBLE, "hex", "04112233445566"),
        (DOUBLE, "hex_reversed", "66554433221104"),
        # 7-byte UIDs: first cascade level (CT 0x88, UID0..UID2) read little-endian.
        (DOUBLE, "dec_le32", str(0x22110488)),
        (DOUBLE, "dec_le32_10", f"{0x22110488:010d}"),
        (DOUBLE, "dec_be32", str(0x04112233)),
        (SINGLE, "em4100_printed", f"{0x04A2B3C4:010d}"),
        (DOUBLE, "em4100_printed", f"{0x33445566:010d}"),
    ],
)
def test_render_styles(uid, style, expected):
    assert render_uid(uid, style) == expected


def test_zero_padding_makes_ten_digits():
    assert render_uid(bytes.fromhex("00000001"), "dec_be32_10") == "0000000001"
    assert render_uid(bytes.fromhex("00000001"), "dec_be32") == "1"


@pytest.mark.parametrize("text", ["04A2B3C4", "04:a2:b3:c4", "04 A2 B3 C4", "04-A2-B3-C4", "  04a2b3c4  "])
def test_hex_text_with_separators_parses_to_card_order(text):
    assert parse_uid(text, "hex") == SINGLE
    assert parse_uid("C4:B3:A2:04", "hex_reversed") == SINGLE


@pytest.mark.parametrize(
    ("em4100_uid", "printed"),
    [
        ("67003B51C6", "0003887558"),  # the RDM6300 example of issue 13
        ("06008E6D5D", "0009334109"),  # the binary-frame vendor example (devices.md 5.2)
    ],
)
def test_em4100_cards_render_as_the_number_printed_on_them(em4100_uid, printed):
    """The print is the tag id (the last four of the five bytes); the version byte is left out."""
    assert render_uid(bytes.fromhex(em4100_uid), "em4100_printed") == printed
    assert parse_uid(printed, "em4100_printed") == bytes.fromhex(em4100_uid)[1:]


def test_the_printed_number_differs_from_the_first_four_bytes_rendering():
    uid = bytes.fromhex("67003B51C6")
    assert render_uid(uid, "em4100_printed") not in {render_uid(uid, style) for style in ("dec_be32_10", "dec_le32_10")}


@pytest.mark.parametrize("style", ["dec_le32", "dec_be32", "dec_le32_10", "dec_be32_10", "em4100_printed"])
def test_decimal_forms_of_4_byte_uids_parse_back(style):
    assert parse_uid(render_uid(SINGLE, style), style) == SINGLE


def test_the_cascade_rendering_of_a_long_uid_cannot_be_reversed():
    with pytest.raises(ValueError, match="cascade"):
        parse_uid(render_uid(DOUBLE, "dec_le32"), "dec_le32")


@pytest.mark.parametrize(
    ("text", "style", "complaint"),
    [
        ("04A2B3C", "hex", "even number"),
        ("04A2ZZC4", "hex", "hex digits"),
        ("", "hex", "empty"),
        ("12345678901", "dec_le32", "1 to 10 digits"),
        ("4294967296", "dec_be32", "32 bits"),
        ("12a4", "dec_be32", "1 to 10 digits"),
        ("00" * 17, "hex", "at most 16"),
    ],
)
def test_bad_text_is_refused_without_repeating_it(text, style, complaint):
    with pytest.raises(ValueError, match=complaint) as refused:
        parse_uid(text, style)
    if text:
        assert text not in str(refused.value)


def test_unknown_styles_and_impossible_uids_are_refused():
    with pytest.raises(ValueError, match="unknown UID style"):
        render_uid(SINGLE, "base64")
    with pytest.raises(ValueError, match="unknown UID style"):
        parse_uid("04A2B3C4", "octal")
    with pytest.raises(ValueError, match="at least 4 bytes"):
        render_uid(b"\x01\x02", "dec_le32")
    with pytest.raises(ValueError, match="at least 4 bytes"):
        render_uid(b"\x01\x02\x03", "em4100_printed")
    with pytest.raises(ValueError, match="at least one byte"):
        render_uid(b"", "hex")
    assert len(UID_STYLES) == 7


@settings(max_examples=EXAMPLES)
@given(uid=st.binary(min_size=1, max_size=16), style=st.sampled_from(["hex", "hex_reversed"]))
def test_hex_renderings_round_trip(uid, style):
    assert parse_uid(render_uid(uid, style), style) == uid


@settings(max_examples=EXAMPLES)
@given(
    uid=st.binary(min_size=4, max_size=4).filter(lambda uid: uid[0] != 0x88),
    style=st.sampled_from(["dec_le32", "dec_be32", "dec_le32_10", "dec_be32_10", "em4100_printed"]),
)
def test_decimal_renderings_of_4_byte_uids_round_trip(uid, style):
    assert parse_uid(render_uid(uid, style), style) == uid


@settings(max_examples=EXAMPLES)
@given(version=st.integers(min_value=0, max_value=255), tag_id=st.integers(min_value=0, max_value=2**32 - 1))
def test_em4100_printed_numbers_are_ten_digits_of_the_tag_id_whatever_the_version_byte(version, tag_id):
    uid = bytes([version]) + tag_id.to_bytes(4, "big")
    printed = render_uid(uid, "em4100_printed")
    assert len(printed) == 10 and int(printed) == tag_id
    assert parse_uid(printed, "em4100_printed") == uid[1:]


@settings(max_examples=EXAMPLES)
@given(text=st.text(max_size=40), style=st.sampled_from(UID_STYLES))
def test_parse_never_fails_other_than_with_value_error(text, style):
    try:
        parse_uid(text, style)
    except ValueError:
        pass
