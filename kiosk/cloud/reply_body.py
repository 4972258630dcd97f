"""Reading a platform's reply without trusting it: bounded size, strict numbers, clean text.

Every string of a decoded JSON reply, keys and values alike, is cleaned once here,
where replies are parsed: JSON may spell unpaired UTF-16 surrogates (``"\\ud83d"``),
which no UTF-8 encoder (SQLite, logs, Qt) accepts, so they become U+FFFD; NUL
characters are dropped. How text is *shown* (control characters, bidi overrides,
length) is the screens' business. Platform-neutral: clients turn the ``ValueError``
raised here into their own "bad reply" error.
"""
from __future__ import annotations

import json
import re
from typing import Any

import httpx

from kiosk.cloud.errors import BadReply

MAX_REPLY_BYTES = 1 << 20  # no reply we read comes near this; a bigger one is not for us
MAX_JSON_DEPTH = 32  # replies nest 3 levels deep; anything near Python's recursion limit is hostile
MAX_HEADER_DIGITS = 12  # a header number longer than this (31,000 years of seconds) is garbage

_SURROGATE = re.compile("[\ud800-\udfff]")
_FRAMING_HEADERS = frozenset({b"content-encoding", b"content-length", b"transfer-encoding"})


class JsonTooDeep(ValueError):
    """The reply nests deeper than :data:`MAX_JSON_DEPTH`."""


async def read_capped(response: httpx.Response, platform: str, limit: int = MAX_REPLY_BYTES) -> httpx.Response:
    """``response`` (opened with ``stream=True``) with its body read, or :class:`BadReply` past ``limit`` bytes.

    The body is streamed and counted after decompression, so neither a lying
    ``Content-Length`` nor a compressed bomb gets more than ``limit`` bytes into memory.
    """
    declared = header_int(response.headers.get("content-length"))
    too_large = BadReply(platform, f"reply too large (over {limit} bytes)", response.status_code)
    if declared is not None and declared > limit:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    headers = [(name, value) for name, value in response.headers.raw if name.lower() not in _FRAMING_HEADERS]
    return httpx.Response(response.status_code, headers=headers, content=b"".join(chunks), request=response.request)


def load_json(raw: bytes) -> Any:
    """Decode a JSON reply with every string cleaned (see :func:`clean_text`).

    Raises ValueError when it is not JSON (or not text), and :class:`JsonTooDeep`
    when it nests beyond :data:`MAX_JSON_DEPTH`.
    """
    try:
        value = json.loads(raw)
    except RecursionError:
        raise JsonTooDeep("JSON nested too deeply") from None
    return _clean(value, 0)


def clean_text(text: str) -> str:
    """``text`` without NUL, unpaired surrogates replaced by U+FFFD (a pair spelled in halves is joined)."""
    if "\0" in text:
        text = text.replace("\0", "")
    if _SURROGATE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def header_int(value: str | None) -> int | None:
    """A header's whole number: ASCII digits only, at most :data:`MAX_HEADER_DIGITS`; else None.

    ``str.isdigit`` also accepts "²" and "٣", which ``int`` then refuses or misreads.
    """
    if value is None:
        return None
    text = value.strip(" \t")
    if not text or len(text) > MAX_HEADER_DIGITS or not (text.isascii() and text.isdigit()):
        return None
    return int(text)


def _clean(value: Any, depth: int) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, (dict, list)) and depth >= MAX_JSON_DEPTH:
        raise JsonTooDeep("JSON nested too deeply")
    if isinstance(value, dict):
        return {clean_text(key): _clean(item, depth + 1) for key, item in value.items()}
    if isinstance(value, list):
        return [_clean(item, depth + 1) for item in value]
    return value
