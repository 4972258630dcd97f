"""Tanita PC mode: the host gives the analyser the member's personal data, then starts it.

A body-composition analyser needs gender, age, height and body type before it can
estimate anything from the impedance; without them it answers ``E4``. This module is
sans-I/O: :class:`ProfileExchange` says which command to send and reads the replies;
whoever owns the port writes, waits and times out (:mod:`hardware.profile_sender`).

Wire rules (device reference 1.6; Tanita MC-980MA "Instructions for PC mode"):

* a command is ASCII + CR LF; leave at least :data:`COMMAND_SPACING_S` between
  commands and never pause 250 ms inside one; send nothing while it measures;
* an accepted command is acknowledged with its two-character header (``D1``); a bad
  parameter with the header and ``!`` (``D3!``); an unknown command with ``!``;
* ``E0``–``E9`` (:class:`AnalyserErrorCode`) may come as the reply to a correct
  command or on their own.

Dialects (:data:`DIALECTS`):

``mc-980``  the key/value family. ``M1`` (enter PC mode), ``D0XX.X`` tare 0.0–10.0 kg,
            ``D1X`` gender (1 male, 2 female), ``D2X`` body type (0 standard,
            2 athletic), ``D3XXX.X`` height 90–249 cm, ``D4XX`` age 05–99 (SPEC), then
            ``G1`` (measure). The public MC-980 pages show neither the measure command
            nor the replies to ``M1`` and ``G1``: ``G1`` is the BC-418's start command
            (the reference's "similar letters on BC-418"), and both replies are taken to
            be the command's header, like every documented acknowledgement.
``bc-418``  the BC-418, as the OBiBa Onyx instrument runner drives it (CODE, not a
            Tanita document): ``U0`` (units), ``D0XXX.X`` tare, ``D1X``, ``D2X``, ``D3``
            + height in whole centimetres as five digits (``D300175``), ``D4`` + age
            (two digits here), ``G1``, each answered with its header. Its ranges are
            not published; the MC-980 ranges are applied.

The commands carry personal data, so nothing here logs them or puts them in an
exception; results name a command by its header only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum, IntEnum
from typing import Literal, Union

from hardware.protocols.framing import LineFramer, Overlong

Gender = Literal["male", "female"]
BodyType = Literal["standard", "athletic"]

COMMAND_SPACING_S = 0.1
MAX_REPLY_BYTES = 64  # replies are a few characters; longer lines (records) are not replies
MIN_AGE, MAX_AGE = 5, 99
MIN_HEIGHT_CM, MAX_HEIGHT_CM = 90.0, 249.9
MAX_TARE_KG = 10.0
ESSENTIAL_ITEMS = ("D1", "D2", "D3", "D4")  # without these the analyser answers E4 to G1

_ACK = re.compile(rb"[A-Z][0-9?]")
_REFUSED = re.compile(rb"([A-Z][0-9?])?!")
_ERROR = re.compile(rb"E([0-9])")


class AnalyserErrorCode(IntEnum):
    """The analyser's ``E0``–``E9``; the kiosk turns each into a message for the member."""

    INTERNAL_TROUBLE = 0
    SCALE_OVERLOAD = 1
    IMPEDANCE_ERROR = 2
    ZERO_POINT_ERROR = 3
    NO_PERSONAL_DATA = 4
    ZERO_NOT_SET = 5
    INCOMPLETE_DATA = 6
    FAT_PERCENT_ERROR = 7
    MEMORY_ERROR = 8
    NEGATIVE_OVERLOAD = 9

    @property
    def wire(self) -> str:
        """How the analyser sends it: ``E4``."""
        return f"E{self.value}"

    @property
    def meaning(self) -> str:
        """What the manual says it means, for logs and support."""
        return _MEANINGS[self]


_MEANINGS = {
    AnalyserErrorCode.INTERNAL_TROUBLE: "internal trouble",
    AnalyserErrorCode.SCALE_OVERLOAD: "scale overload",
    AnalyserErrorCode.IMPEDANCE_ERROR: "impedance error",
    AnalyserErrorCode.ZERO_POINT_ERROR: "zero-point error",
    AnalyserErrorCode.NO_PERSONAL_DATA: "measurement started without personal data",
    AnalyserErrorCode.ZERO_NOT_SET: "zero not set",
    AnalyserErrorCode.INCOMPLETE_DATA: "incomplete set data",
    AnalyserErrorCode.FAT_PERCENT_ERROR: "fat % error",
    AnalyserErrorCode.MEMORY_ERROR: "memory error",
    AnalyserErrorCode.NEGATIVE_OVERLOAD: "negative overload",
}


@dataclass(frozen=True, repr=False)
class PersonalData:
    """What the analyser needs to know about the member; checked against the analyser's ranges.

    The analysers' equations know two genders: for a member whose profile says neither,
    the kiosk has to ask which body model to use. ``tare_kg`` is the clothes allowance.
    """

    gender: Gender
    age: int
    height_cm: float
    body_type: BodyType = "standard"
    tare_kg: float = 0.0

    def __post_init__(self) -> None:
        if self.gender not in ("male", "female"):
            raise ValueError("gender must be 'male' or 'female' (the analyser's two body models)")
        if self.body_type not in ("standard", "athletic"):
            raise ValueError("body_type must be 'standard' or 'athletic'")
        if isinstance(self.age, bool) or not isinstance(self.age, int) or not MIN_AGE <= self.age <= MAX_AGE:
            raise ValueError(f"age must be a whole number of years from {MIN_AGE} to {MAX_AGE}")
        if not _number_between(self.height_cm, MIN_HEIGHT_CM, MAX_HEIGHT_CM):
            raise ValueError(f"height must be from {MIN_HEIGHT_CM:g} to {MAX_HEIGHT_CM:g} cm")
        if not _number_between(self.tare_kg, 0.0, MAX_TARE_KG):
            raise ValueError(f"tare must be from 0 to {MAX_TARE_KG:g} kg")

    def __repr__(self) -> str:
        return "PersonalData(<personal data>)"

    __str__ = __repr__


@dataclass(frozen=True)
class PcModeDialect:
    """How one analyser family spells the personal-data commands."""

    name: str
    opening: str  # sent first: enter PC mode (MC-980) or choose kg (BC-418)
    tare_format: str  # format spec of D0's value
    height_in_whole_cm: bool  # BC-418: D3 + five digits of whole centimetres

    def commands(self, data: PersonalData) -> list[bytes]:
        """Every command, CR LF included, in the order they are sent; ``G1`` last."""
        if self.height_in_whole_cm:
            height = f"{int(data.height_cm + 0.5):05d}"
        else:
            height = f"{data.height_cm:05.1f}"
        items = (
            self.opening,
            f"D0{data.tare_kg:{self.tare_format}}",
            f"D1{1 if data.gender == 'male' else 2}",
            f"D2{2 if data.body_type == 'athletic' else 0}",
            f"D3{height}",
            f"D4{data.age:02d}",
            "G1",
        )
        return [item.encode("ascii") + b"\r\n" for item in items]


MC980 = PcModeDialect("mc-980", opening="M1", tare_format="04.1f", height_in_whole_cm=False)
BC418 = PcModeDialect("bc-418", opening="U0", tare_format="05.1f", height_in_whole_cm=True)
DIALECTS: dict[str, PcModeDialect] = {dialect.name: dialect for dialect in (MC980, BC418)}


@dataclass(frozen=True)
class Acknowledged:
    """The analyser took the command with this header (``D1``, ``G1``)."""

    command: str


@dataclass(frozen=True)
class Refused:
    """``!`` (unknown command, ``command`` None) or ``D3!`` (bad parameter for ``D3``)."""

    command: str | None


@dataclass(frozen=True)
class AnalyserError:
    """The analyser reported ``E0``–``E9``."""

    code: AnalyserErrorCode


Reply = Union[Acknowledged, Refused, AnalyserError]


def parse_reply(line: bytes) -> Reply | None:
    """One line from the analyser as a PC-mode reply; None for anything else (weights, records)."""
    text = line.strip()
    error = _ERROR.fullmatch(text)
    if error is not None:
        return AnalyserError(AnalyserErrorCode(int(error.group(1))))
    refused = _REFUSED.fullmatch(text)
    if refused is not None:
        header = refused.group(1)
        return Refused(header.decode("ascii") if header else None)
    if _ACK.fullmatch(text):
        return Acknowledged(text.decode("ascii"))
    return None


class RefusalReason(str, Enum):
    """Why the analyser did not start measuring."""

    REFUSED = "refused"  # "!" or "D3!": it did not take the command or its value
    ANALYSER_ERROR = "analyser_error"  # E0–E9, see ProfileRefused.error
    UNEXPECTED_REPLY = "unexpected_reply"  # it acknowledged some other command
    NO_REPLY = "no_reply"  # nothing came back in time
    NOT_CONNECTED = "not_connected"  # the command could not be written


@dataclass(frozen=True)
class ProfileAccepted:
    """``G1`` was acknowledged: the analyser measures the member once they stand on it."""


@dataclass(frozen=True)
class ProfileRefused:
    """The exchange stopped at ``command`` (its header; never its value) for ``reason``."""

    command: str
    reason: RefusalReason
    error: AnalyserErrorCode | None = None

    def __str__(self) -> str:
        if self.error is not None:
            return f"{self.command}: analyser error {self.error.wire} ({self.error.meaning})"
        return f"{self.command}: {self.reason.value.replace('_', ' ')}"


ProfileOutcome = Union[ProfileAccepted, ProfileRefused]


class ProfileExchange:
    """One member's personal data sent command by command, each answered before the next.

    ``pending`` is the command to send (and whose reply is awaited); ``feed`` reads what
    the analyser sent back; ``outcome`` is set once ``G1`` is acknowledged or something
    went wrong. Lines that are not replies (a weight, a record) are ignored.
    """

    def __init__(self, data: PersonalData, dialect: PcModeDialect = MC980) -> None:
        self.commands = dialect.commands(data)
        self.outcome: ProfileOutcome | None = None
        self._position = 0
        self._framer = LineFramer(MAX_REPLY_BYTES)

    @property
    def pending(self) -> bytes | None:
        """The command to send now; None once there is an outcome."""
        return None if self.outcome is not None else self.commands[self._position]

    @property
    def pending_header(self) -> str:
        """The two-character header of the pending (or last) command, safe to log."""
        return self.commands[self._position][:2].decode("ascii")

    def feed(self, data: bytes) -> list[Reply]:
        """Consume bytes from the analyser; return the replies among them, in order."""
        replies: list[Reply] = []
        for line in self._framer.feed(data):
            reply = None if isinstance(line, Overlong) else parse_reply(line)
            if reply is not None:
                replies.append(reply)
                self._answer(reply)
        return replies

    def give_up(self, reason: RefusalReason) -> ProfileOutcome:
        """End the exchange without an answer (``NO_REPLY``, ``NOT_CONNECTED``); an earlier outcome stands."""
        if self.outcome is None:
            self.outcome = ProfileRefused(self.pending_header, reason)
        return self.outcome

    def _answer(self, reply: Reply) -> None:
        if self.outcome is not None:
            return
        header = self.pending_header
        if isinstance(reply, AnalyserError):
            self.outcome = ProfileRefused(header, RefusalReason.ANALYSER_ERROR, reply.code)
        elif isinstance(reply, Refused):
            self.outcome = ProfileRefused(header, RefusalReason.REFUSED)
        elif reply.command != header:
            self.outcome = ProfileRefused(header, RefusalReason.UNEXPECTED_REPLY)
        elif self._position == len(self.commands) - 1:
            self.outcome = ProfileAccepted()
        else:
            self._position += 1


def _number_between(value: object, low: float, high: float) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and low <= value <= high
