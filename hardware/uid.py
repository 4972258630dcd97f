"""Card UIDs: one canonical byte form, several text renderings readers use.

The canonical form is the UID bytes in ISO 14443 transmission order, UID0
first (what nfcpy's ``tag.identifier`` gives). Readers that type or print a
UID use one of these renderings (pick one per site):

``hex``            upper-case hex in card order, e.g. ``04A2B3C4``
``hex_reversed``   the same bytes in reverse order
``dec_le32``       decimal of the first four bytes read little-endian (the
                   last of them most significant). For 7- and 10-byte UIDs
                   the first cascade level is used instead: the cascade tag
                   ``0x88`` followed by UID0..UID2, read little-endian.
``dec_be32``       decimal of the first four bytes read big-endian
``dec_le32_10``    ``dec_le32`` zero-padded to 10 digits
``dec_be32_10``    ``dec_be32`` zero-padded to 10 digits
``em4100_printed`` the number printed on 125 kHz EM4100 cards and wristbands:
                   the LAST four bytes read big-endian, zero-padded to 10
                   digits. An EM4100 UID is five bytes (a version/customer
                   byte, then the 32-bit tag id), and the print leaves out the
                   first: RDM6300 UID ``67003B51C6`` is printed ``0003887558``.
                   For a 4-byte UID it equals ``dec_be32_10``.

:func:`parse_uid` inverts the hex forms exactly (separators ``:``, ``-``, ``.``
and spaces are accepted). A decimal form carries only 32 bits, so it gives
back four bytes: exact for 4-byte UIDs, and an error for a ``dec_le32`` value
that is recognisably the cascade rendering of a longer UID. A printed EM4100
number gives back the four tag-id bytes (the version byte is not printed).
Error messages describe the text without repeating it, since a UID is
personal data.
"""
from __future__ import annotations

import re

EM4100_PRINTED = "em4100_printed"
UID_STYLES: tuple[str, ...] = (
    "hex", "hex_reversed", "dec_le32", "dec_be32", "dec_le32_10", "dec_be32_10", EM4100_PRINTED,
)
MAX_UID_BYTES = 16
CASCADE_TAG = 0x88

_SEPARATORS = re.compile(r"[\s:.\-]")
_HEX = re.compile(r"[0-9A-Fa-f]+")
_DECIMAL = re.compile(r"\d+")


def render_uid(uid: bytes, style: str) -> str:
    """Render canonical UID bytes the way a reader configured for ``style`` prints them."""
    _check_style(style)
    if not uid:
        raise ValueError("a UID needs at least one byte")
    if style == "hex":
        return uid.hex().upper()
    if style == "hex_reversed":
        return uid[::-1].hex().upper()
    if style == EM4100_PRINTED:
        _require_four_bytes(uid)
        return f"{int.from_bytes(uid[-4:], 'big'):010d}"
    number = _as_number(uid, little_endian=style.startswith("dec_le32"))
    return f"{number:010d}" if style.endswith("_10") else str(number)


def parse_uid(text: str, style: str) -> bytes:
    """Turn reader text in ``style`` back into canonical UID bytes; ValueError if it cannot."""
    _check_style(style)
    cleaned = text.strip()
    if style in ("hex", "hex_reversed"):
        return _parse_hex(cleaned, reverse=style == "hex_reversed")
    return _parse_decimal(cleaned, little_endian=style.startswith("dec_le32"))


def _check_style(style: str) -> None:
    if style not in UID_STYLES:
        raise ValueError(f"unknown UID style {style!r}; choose one of {', '.join(UID_STYLES)}")


def _require_four_bytes(uid: bytes) -> None:
    if len(uid) < 4:
        raise ValueError(f"a decimal UID rendering needs at least 4 bytes, this UID has {len(uid)}")


def _as_number(uid: bytes, *, little_endian: bool) -> int:
    _require_four_bytes(uid)
    if little_endian and len(uid) > 4:
        return int.from_bytes(bytes([CASCADE_TAG]) + uid[:3], "little")
    return int.from_bytes(uid[:4], "little" if little_endian else "big")


def _parse_hex(text: str, *, reverse: bool) -> bytes:
    digits = _SEPARATORS.sub("", text)
    if not digits:
        raise ValueError("the UID text is empty")
    if not _HEX.fullmatch(digits):
        raise ValueError(f"a hex UID may hold only hex digits and separators; this text has {len(text)} characters")
    if len(digits) % 2:
        raise ValueError(f"a hex UID needs an even number of digits, got {len(digits)}")
    if len(digits) // 2 > MAX_UID_BYTES:
        raise ValueError(f"a UID has at most {MAX_UID_BYTES} bytes, this text has {len(digits) // 2}")
    uid = bytes.fromhex(digits)
    return uid[::-1] if reverse else uid


def _parse_decimal(text: str, *, little_endian: bool) -> bytes:
    if not text:
        raise ValueError("the UID text is empty")
    if not _DECIMAL.fullmatch(text) or len(text) > 10:
        raise ValueError(f"a decimal UID has 1 to 10 digits; this text has {len(text)} characters")
    number = int(text)
    if number >= 1 << 32:
        raise ValueError("a decimal UID must fit in 32 bits")
    if little_endian:
        if number & 0xFF == CASCADE_TAG:
            raise ValueError("this decimal is the cascade rendering of a 7- or 10-byte UID and cannot be reversed")
        return number.to_bytes(4, "little")
    return number.to_bytes(4, "big")
