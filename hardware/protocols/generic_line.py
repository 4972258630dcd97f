"""A configurable one-line-per-result device (sit-and-reach boxes and other simple stations).

The site describes the device's line with a regular expression whose named groups
carry the numbers, e.g. a box printing ``REACH +23.5 cm``::

    GenericLineDecoder(pattern=r"REACH\\s*(?P<reach>[+-]?\\d+(\\.\\d+)?)", kind="flexibility",
                       fields={"reach": "reach_cm"})

* ``fields`` maps group names to canonical field names (:mod:`hardware.fields`); a
  group already named after a canonical field needs no entry. ``scale`` multiplies
  a group's number (e.g. ``{"reach": 0.1}`` for a device counting millimetres).
* Groups without a canonical field go to ``MeasurementRecord.extra`` as text.
* The pattern is searched in each line (anchor it with ``^``/``$`` to demand a full
  match); lines that do not match become :class:`FrameRejected`, unquoted, since
  they may hold anything.
* Every configuration mistake (bad regex, unknown field, field outside the kind,
  bad factor) raises ``ValueError`` at construction, naming the problem.

Line ends: LF, CR LF, or (by default) a lone CR.
"""
from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Mapping

from hardware import fields as canonical
from hardware.events import DeviceEvent, MeasurementKind, MeasurementRecord
from hardware.protocols.framing import LineDecoder

FIELDS_BY_KIND: dict[str, tuple[str, ...]] = {
    "body": canonical.BODY_FIELDS,
    "cardio": canonical.CARDIO_FIELDS,
    "flexibility": canonical.FLEXIBILITY_FIELDS,
}
MAX_LINE_LENGTH = 1024
_NUMBER = re.compile(r"\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*")


class GenericLineDecoder(LineDecoder):
    """Turns each line matching a configured pattern into a :class:`MeasurementRecord`."""

    protocol_label = "line device"

    def __init__(
        self,
        pattern: str,
        kind: str,
        fields: Mapping[str, str] | None = None,
        scale: Mapping[str, float] | None = None,
        model: str = "",
        accept_lone_cr: bool = True,
        max_line_length: int = MAX_LINE_LENGTH,
    ) -> None:
        if kind not in FIELDS_BY_KIND:
            raise ValueError(f"kind must be one of {', '.join(FIELDS_BY_KIND)}; got {kind!r}")
        self.kind: MeasurementKind = kind  # type: ignore[assignment]
        self.model = model
        self._regex = _compile(pattern)
        self._field_for_group = _map_groups(self._regex, kind, dict(fields or {}))
        self._factor_for_group = _factors(self._field_for_group, dict(scale or {}))
        super().__init__(max_line_length, accept_lone_cr=accept_lone_cr)

    def _decode_line(self, raw: bytes) -> DeviceEvent:
        line = raw.decode("latin-1")
        match = self._regex.search(line)
        if match is None:
            return self._reject("line does not match the configured pattern")
        values: dict[str, float] = {}
        extra: dict[str, str] = {}
        for group, text in match.groupdict().items():
            if text is None:
                continue
            field = self._field_for_group.get(group)
            if field is None:
                extra[group] = text
                continue
            if not _NUMBER.fullmatch(text):
                return self._reject(f"group {group!r} is not a number")
            value = float(Decimal(text.strip()) * self._factor_for_group.get(group, Decimal(1)))
            if not math.isfinite(value):
                return self._reject(f"group {group!r} is out of range")
            values[field] = value
        if not values:
            return self._reject("line matched but carried no measurement value")
        return MeasurementRecord(kind=self.kind, values=values, model=self.model, extra=extra)


def _compile(pattern: str) -> re.Pattern[str]:
    if not isinstance(pattern, str) or not pattern:
        raise ValueError("pattern must be a non-empty regular expression")
    try:
        regex = re.compile(pattern)
    except re.error as error:
        raise ValueError(f"pattern is not a valid regular expression: {error}") from None
    if not regex.groupindex:
        raise ValueError("pattern has no named groups, e.g. (?P<reach>...), so it cannot yield values")
    return regex


def _map_groups(regex: re.Pattern[str], kind: str, fields: dict[str, str]) -> dict[str, str]:
    """Group name -> canonical field, checked against the pattern and the kind."""
    allowed = FIELDS_BY_KIND[kind]
    unknown_groups = sorted(set(fields) - set(regex.groupindex))
    if unknown_groups:
        raise ValueError(f"fields names groups the pattern does not have: {', '.join(unknown_groups)}")
    mapping = {group: group for group in regex.groupindex if group in allowed}
    for group, field in fields.items():
        if field not in allowed:
            raise ValueError(f"fields.{group} = {field!r} is not a {kind} field; use one of {', '.join(allowed)}")
        mapping[group] = field
    if len(set(mapping.values())) != len(mapping):
        raise ValueError("two groups map to the same field")
    if not mapping:
        raise ValueError(f"no group maps to a {kind} field; use one of {', '.join(allowed)}")
    return mapping


def _factors(field_for_group: dict[str, str], scale: dict[str, float]) -> dict[str, Decimal]:
    """Group name -> multiplier, checked to name mapped groups and be finite, non-zero numbers."""
    factors: dict[str, Decimal] = {}
    for group, factor in scale.items():
        if group not in field_for_group:
            raise ValueError(f"scale.{group}: no group of that name maps to a measurement field")
        if isinstance(factor, bool) or not isinstance(factor, (int, float)) or not math.isfinite(factor) or factor == 0:
            raise ValueError(f"scale.{group} must be a finite, non-zero number; got {factor!r}")
        factors[group] = Decimal(str(factor))
    return factors
