"""CSAFE command identifiers and the command / response content layouts.

A short command is one byte (0x80–0xFF) without data; a long command is
``id (0x00–0x7F), byte count, data``. A response frame holds the status byte and,
for each command that returns data, ``id, byte count, data`` in request order.
Multi-byte integers are little-endian and unsigned.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from hardware.protocols.csafe.status import StatusByte


class Command(IntEnum):
    """The public CSAFE commands the kiosk and the console simulator use."""

    GET_STATUS = 0x80
    RESET = 0x81
    GO_IDLE = 0x82
    GO_HAVE_ID = 0x83
    GO_IN_USE = 0x85
    GO_FINISHED = 0x86
    GO_READY = 0x87
    BAD_ID = 0x88
    GET_VERSION = 0x91
    GET_ID = 0x92
    GET_UNITS = 0x93
    GET_SERIAL = 0x94
    GET_TWORK = 0xA0
    GET_HORIZONTAL = 0xA1
    GET_CALORIES = 0xA3
    GET_PROGRAM = 0xA4
    GET_SPEED = 0xA5
    GET_PACE = 0xA6
    GET_CADENCE = 0xA7
    GET_USER_INFO = 0xAB
    GET_HR_CUR = 0xB0
    GET_POWER = 0xB4
    GET_HR_AVG = 0xB5
    GET_HR_MAX = 0xB6
    SET_TWORK = 0x20
    SET_HORIZONTAL = 0x21
    SET_CALORIES = 0x23
    SET_PROGRAM = 0x24
    SET_USER_INFO = 0x2B
    SET_USER_CFG1 = 0x1A  # Concept2 wraps its proprietary commands in this one


class CommandFormatError(ValueError):
    """Frame contents that do not split into commands or response entries."""


def is_short(command: int) -> bool:
    """Short commands (0x80 and above) carry no byte count and no data."""
    return command >= 0x80


@dataclass(frozen=True)
class CommandCall:
    """One command in a request frame; ``data`` only for long commands."""

    command: int
    data: bytes = b""


@dataclass(frozen=True)
class ResponseEntry:
    """What the console returned for one data-returning command."""

    command: int
    data: bytes


@dataclass(frozen=True)
class Response:
    """A parsed response frame."""

    status: StatusByte
    entries: tuple[ResponseEntry, ...] = ()


def encode_commands(calls: Iterable[CommandCall | int]) -> bytes:
    """Frame contents for a request; plain ints are short commands."""
    out = bytearray()
    for call in calls:
        if isinstance(call, int):
            call = CommandCall(call)
        if is_short(call.command):
            if call.data:
                raise ValueError(f"short command {call.command:02X} takes no data")
            out.append(call.command)
        else:
            out += bytes((call.command, len(call.data))) + call.data
    return bytes(out)


def parse_commands(contents: bytes) -> list[CommandCall]:
    """Split request contents into commands; raises CommandFormatError if a byte count overruns."""
    calls: list[CommandCall] = []
    index = 0
    while index < len(contents):
        command = contents[index]
        if is_short(command):
            calls.append(CommandCall(command))
            index += 1
            continue
        data, index = _counted(contents, index, f"long command {command:02X}")
        calls.append(CommandCall(command, data))
    return calls


def encode_response(status: StatusByte, entries: Iterable[ResponseEntry] = ()) -> bytes:
    """Frame contents for a response: status byte, then ``id, count, data`` per entry."""
    out = bytearray((status.to_byte(),))
    for entry in entries:
        out += bytes((entry.command, len(entry.data))) + entry.data
    return bytes(out)


def parse_response(contents: bytes) -> Response:
    """Split response contents; raises CommandFormatError (or ValueError for the status byte)."""
    if not contents:
        raise CommandFormatError("response frame without a status byte")
    status = StatusByte.parse(contents[0])
    entries: list[ResponseEntry] = []
    index = 1
    while index < len(contents):
        command = contents[index]
        data, index = _counted(contents, index, f"response to {command:02X}")
        entries.append(ResponseEntry(command, data))
    return Response(status, tuple(entries))


def _counted(contents: bytes, index: int, what: str) -> tuple[bytes, int]:
    """Read the byte count after ``contents[index]`` and the data it announces."""
    if index + 1 >= len(contents):
        raise CommandFormatError(f"{what} has no byte count")
    count = contents[index + 1]
    end = index + 2 + count
    if end > len(contents):
        raise CommandFormatError(f"{what} announces {count} bytes but only {len(contents) - index - 2} follow")
    return bytes(contents[index + 2:end]), end
