"""Helpers for feeding decoders the way a serial port delivers bytes: in arbitrary pieces."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import strategies as st

RECORDINGS = Path(__file__).parent / "recordings"


def recording(name: str) -> bytes:
    """The raw bytes of ``recordings/<name>``."""
    return (RECORDINGS / name).read_bytes()


def feed_in_chunks(decoder: Any, data: bytes, cut_points: list[int]) -> list[Any]:
    """Feed ``data`` split at ``cut_points`` (any integers; folded into range) and collect the events."""
    cuts = sorted({point % (len(data) + 1) for point in cut_points})
    events: list[Any] = []
    start = 0
    for end in [*cuts, len(data)]:
        events.extend(decoder.feed(data[start:end]))
        start = end
    return events


def feed_bytewise(decoder: Any, data: bytes) -> list[Any]:
    """Feed ``data`` one byte at a time and collect the events."""
    events: list[Any] = []
    for index in range(len(data)):
        events.extend(decoder.feed(data[index:index + 1]))
    return events


cut_points = st.lists(st.integers(min_value=0, max_value=10_000), max_size=12)
