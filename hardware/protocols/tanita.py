"""Tanita key/value records (MC-780, MC-980, SC-240/330, DC-3xx …) and the live weight stream.

Wire format (see the device reference, section 1): one measurement is one
line ``{0,16,~0,1,~1,1,~2,1,MO,"MC-780",…,Wk,72.5,…,CS,7F`` + CR LF: two-letter,
case-sensitive keys alternating with values; strings are double-quoted,
numbers are not and may be negative. ``CS`` is the sum of every byte from the
first ``{`` up to and including the comma before ``CS``, modulo 256, as two
hex digits.

:class:`TanitaDecoder` also accepts the BC-418MA style weight stream on the
same port (``K``/``L`` unit, ``S``/``D``/``I`` state, weight, CR LF) and turns it
into :class:`LiveWeight`. An error code (``E0``–``E9``, see
:mod:`hardware.protocols.tanita_pc_mode`) becomes a :class:`FrameRejected` naming
it. Anything else (the WB-3000 "irrelevant signal", PC-mode acknowledgements,
line noise) is counted and ignored. The decoder is sans-I/O and never raises on
input.

Decisions worth knowing:

* A wrong checksum is logged and the record kept, with a warning in
  ``MeasurementRecord.warnings`` (the algorithm is derived, not documented).
* Keys are looked up in a per-model table (:func:`key_table_for`); keys without
  a canonical field are kept in ``extra`` as raw key → raw value, quotes removed.
* The dates ``Da`` (dd/mm/yyyy), ``DT`` (yyyy/mm/dd) and ``DA`` (yy/mm/dd) plus
  ``TI`` are normalised into ``extra["measured_at"]`` (ISO 8601, local time).
* The per-user identifiers ``ID`` and ``CC`` (card ID) are personal data the
  kiosk does not need, so they are not carried into the record.
* In pound mode (``Wp`` instead of ``Wk``) only the weight is converted; the
  other masses stay in ``extra`` because their unit is not documented.
"""
from __future__ import annotations

import logging
import math
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from types import MappingProxyType

from hardware import fields
from hardware.events import DeviceEvent, FrameRejected, LiveWeight, MeasurementRecord
from hardware.protocols.framing import LineDecoder
from hardware.protocols.tanita_pc_mode import AnalyserError, parse_reply

logger = logging.getLogger(__name__)

KG_PER_LB = 0.45359237
MAX_LINE_BYTES = 8192
CONTROL_PREFIX = "{0,16,~0,1,~1,1,~2,1"

_CONTROL_KEYS = frozenset({"{0", "~0", "~1", "~2"})
_PRIVATE_KEYS = frozenset({"ID", "CC"})
_DATE_FORMATS = {"Da": "%d/%m/%Y", "DT": "%Y/%m/%d", "DA": "%y/%m/%d"}
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)")
_WEIGHT_LINE = re.compile(rb"([KL])([SDI])\s*([+-]?\s*\d{1,4}(?:\.\d{1,3})?)\s*")
_POUND_MASS_KEYS = frozenset({"fW", "MW", "mW", "bW", "wW", "wI"})

_COMMON_KEYS: dict[str, str] = {
    "Wk": fields.WEIGHT_KG,
    "Hm": fields.HEIGHT_CM,
    "MI": fields.BMI,
    "FW": fields.BODY_FAT_PERCENT,
    "fW": fields.FAT_MASS_KG,
    "MW": fields.FAT_FREE_MASS_KG,
    "mW": fields.MUSCLE_MASS_KG,
    "sW": fields.MUSCLE_SCORE,
    "bW": fields.BONE_MASS_KG,
    "wW": fields.BODY_WATER_KG,
    "ww": fields.BODY_WATER_PERCENT,
    "wI": fields.INTRACELLULAR_WATER_KG,
    "IF": fields.VISCERAL_FAT_RATING,
    "rB": fields.BMR_KCAL,
    "rb": fields.BMR_KJ,
    "rA": fields.METABOLIC_AGE,
    "ZF": fields.IMPEDANCE_OHM,
    "LP": fields.LEG_SCORE,
}
# MC-780/MC-980: `ah` is the skeletal muscle index (ASM/H²). Their two-letter
# impedance keys (`RF`, `XF`, `LF`, … = frequency letter + segment letter) have no
# canonical field and stay in `extra`; on other models the same letters mean
# something else (a DC-320 sends `UF,VF,RF,XF`), so nothing is mapped globally.
_SEGMENTAL_KEYS: dict[str, str] = {**_COMMON_KEYS, "ah": fields.SKELETAL_MUSCLE_INDEX}

_MODEL_FAMILIES: tuple[tuple[str, Mapping[str, str]], ...] = (
    ("MC-780", MappingProxyType(_SEGMENTAL_KEYS)),
    ("MC-980", MappingProxyType(_SEGMENTAL_KEYS)),
)
_DEFAULT_TABLE: Mapping[str, str] = MappingProxyType(_COMMON_KEYS)


def key_table_for(model: str | None) -> Mapping[str, str]:
    """The Tanita key → canonical field table for ``model`` (``"MC-780MA"`` → MC-780 family)."""
    normalised = (model or "").strip().upper()
    for prefix, table in _MODEL_FAMILIES:
        if normalised.startswith(prefix):
            return table
    return _DEFAULT_TABLE


def checksum(body: bytes) -> str:
    """``CS`` for a record body: byte sum mod 256 as two upper-case hex digits."""
    return f"{sum(body) & 0xFF:02X}"


def encode_record(pairs: Sequence[tuple[str, str | int | float]], *, control: bool = True) -> bytes:
    """Build a complete record line with checksum and CR LF.

    ``str`` values are sent quoted, ``int`` as they are and ``float`` with one
    decimal, as the analysers do. With ``control`` the fixed ``{0,16,…`` prefix
    comes first.
    """
    items = [CONTROL_PREFIX] if control else []
    for key, value in pairs:
        if isinstance(value, str):
            rendered = f'"{value}"'
        elif isinstance(value, int):
            rendered = str(value)
        else:
            rendered = f"{value:.1f}"
        items.append(f"{key},{rendered}")
    body = (",".join(items) + ",").encode("ascii")
    return body + f"CS,{checksum(body)}\r\n".encode("ascii")


def parse_weight_line(line: bytes) -> LiveWeight | FrameRejected | None:
    """A BC-418MA weight-stream line (``KS 72.5``) → LiveWeight; None if it is not one."""
    match = _WEIGHT_LINE.fullmatch(line)
    if match is None:
        return None
    unit, state, number = match.groups()
    if state == b"I":
        return FrameRejected("the scale reports an overload")
    weight = float(number.replace(b" ", b""))
    kg = round(weight * KG_PER_LB, 3) if unit == b"L" else weight
    return LiveWeight(kg=kg, stable=state == b"S")


def parse_error_line(line: bytes) -> FrameRejected | None:
    """An analyser error code line (``E2``) → FrameRejected naming the error; None otherwise."""
    reply = parse_reply(line)
    if not isinstance(reply, AnalyserError):
        return None
    return FrameRejected(f"analyser error {reply.code.wire}: {reply.code.meaning}", device_error=reply.code.wire)


class TanitaDecoder(LineDecoder):
    """Decode Tanita key/value records and weight-stream lines from one serial port."""

    protocol_label = "Tanita"

    def __init__(self, model: str | None = None, *, max_line_bytes: int = MAX_LINE_BYTES) -> None:
        super().__init__(
            max_line_bytes,
            counters=("records", "weight_updates", "noise_lines", "noise_bytes", "checksum_mismatches"),
        )
        self.model = model

    def _decode_line(self, line: bytes) -> DeviceEvent | None:
        start = _record_start(line)
        if start is not None:
            return self._decode_record(line, noise_before=start)
        simple = parse_weight_line(line) or parse_error_line(line)
        if isinstance(simple, LiveWeight):
            self.stats["weight_updates"] += 1
            return simple
        if simple is not None:
            self.stats["rejected"] += 1
            return simple
        self.stats["noise_lines"] += 1
        self.stats["noise_bytes"] += len(line)
        return None

    def _decode_record(self, line: bytes, noise_before: int) -> DeviceEvent:
        warnings: list[str] = []
        if noise_before:
            warnings.append(f"{noise_before} stray bytes before the record were ignored")
            line = line[noise_before:]
        mismatch = _checksum_problem(line)
        if mismatch:
            self.stats["checksum_mismatches"] += 1
            logger.warning("Tanita record kept despite a checksum problem: %s", mismatch)
            warnings.append(mismatch)
        pairs = _pairs(line.decode("latin-1"), warnings)
        sent_model = pairs.get("MO", ("", True))[0]
        model = self.model or sent_model
        if self.model and sent_model and sent_model.strip().upper() != self.model.strip().upper():
            warnings.append(f"record comes from a {sent_model}, configured for {self.model}")
        values, extra = _interpret(pairs, key_table_for(model), warnings)
        if not values:
            return self._reject("record carries no measurement values")
        if fields.WEIGHT_KG not in values:
            warnings.append("record has no weight")
        self.stats["records"] += 1
        return MeasurementRecord(kind="body", values=values, model=model, extra=extra, warnings=tuple(warnings))



def _record_start(line: bytes) -> int | None:
    """Where a key/value record starts in ``line`` (0 normally), or None if it holds none."""
    if line.startswith((b"{0", b"MO,")):
        return 0
    position = line.find(CONTROL_PREFIX[:6].encode())
    return position if position > 0 else None


def _checksum_problem(line: bytes) -> str:
    """Describe what is wrong with the record's ``CS`` field, or "" if it verifies."""
    position = line.rfind(b",CS,")
    if position < 0:
        return "record has no checksum (it may be truncated)"
    sent = line[position + 4:].strip().upper()
    expected = checksum(line[: position + 1])
    if sent.decode("latin-1") != expected:
        shown = sent[:2].decode("latin-1") if re.fullmatch(rb"[0-9A-F]{2}", sent) else "malformed"
        return f"checksum mismatch (sent {shown}, computed {expected})"
    return ""


def _split_fields(text: str) -> list[tuple[str, bool]]:
    """Comma-separated fields; a field in double quotes may contain commas. (text, was_quoted)."""
    result: list[tuple[str, bool]] = []
    position, length = 0, len(text)
    while position <= length:
        while position < length and text[position] == " ":
            position += 1
        if position < length and text[position] == '"':
            closing = text.find('"', position + 1)
            if closing < 0:
                closing = length
            result.append((text[position + 1: closing], True))
            comma = text.find(",", closing)
        else:
            comma = text.find(",", position)
            end = length if comma < 0 else comma
            result.append((text[position:end].strip(), False))
        if comma < 0:
            break
        position = comma + 1
    return result


def _pairs(text: str, warnings: list[str]) -> dict[str, tuple[str, bool]]:
    """Key → (raw value, was_quoted), in record order."""
    items = _split_fields(text)
    if len(items) % 2:
        warnings.append("record ends with a key that has no value")
        items = items[:-1]
    pairs: dict[str, tuple[str, bool]] = {}
    for index in range(0, len(items), 2):
        key = items[index][0]
        if key in pairs and key not in _CONTROL_KEYS:
            warnings.append(f"key {key} appears more than once; the last value was used")
        pairs[key] = items[index + 1]
    return pairs


def _interpret(
    pairs: dict[str, tuple[str, bool]], table: Mapping[str, str], warnings: list[str]
) -> tuple[dict[str, float], dict[str, str]]:
    """Split pairs into canonical numeric values and raw extras."""
    values: dict[str, float] = {}
    extra: dict[str, str] = {}
    in_pounds = "Wp" in pairs and "Wk" not in pairs
    if in_pounds:
        warnings.append("record is in pounds: weight converted, other masses kept as sent in extra")
    for key, (raw, quoted) in pairs.items():
        if key in _CONTROL_KEYS or key in _PRIVATE_KEYS or key == "CS":
            continue
        field = table.get(key)
        if in_pounds and key == "Wp":
            field = fields.WEIGHT_KG
        elif in_pounds and key in _POUND_MASS_KEYS:
            field = None
        if field is None:
            extra[key] = raw
            continue
        if quoted or not _NUMBER.fullmatch(raw):
            warnings.append(f"value of {key} is not a number")
            extra[key] = raw
            continue
        number = float(raw)
        if not math.isfinite(number):
            warnings.append(f"value of {key} is out of range")
            extra[key] = raw
            continue
        values[field] = round(number * KG_PER_LB, 3) if key == "Wp" else number
    measured_at = _measured_at(pairs, warnings)
    if measured_at:
        extra["measured_at"] = measured_at
    return values, extra


def _measured_at(pairs: dict[str, tuple[str, bool]], warnings: list[str]) -> str:
    """ISO date (and time, if sent) from whichever date key the model uses."""
    for key, pattern in _DATE_FORMATS.items():
        if key not in pairs:
            continue
        raw = pairs[key][0]
        try:
            day: date = datetime.strptime(raw.strip(), pattern).date()
        except ValueError:
            warnings.append(f"date {key} is not in the expected form")
            return ""
        time_raw = pairs.get("TI", ("", True))[0].strip()
        if not time_raw:
            return day.isoformat()
        try:
            clock = datetime.strptime(time_raw, "%H:%M").time()
        except ValueError:
            warnings.append("time TI is not in the form hh:mm")
            return day.isoformat()
        return datetime.combine(day, clock).isoformat(timespec="minutes")
    return ""
