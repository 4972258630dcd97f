"""A&D "standard format" weight lines (EK/EJ/GX/GH/GC/FX series and compatibles).

One line per reading, CR LF terminated::

    HH,SDDDDDDDDUUU        e.g.  ST,+001234.5  g   /   US,-00000.12 kg
    HH,CC,SDDDDDDDDUUU     GC comparator variant, CC = LO / OK / HI / --

``HH`` is ``ST`` stable, ``US`` unstable, ``QT`` stable count, ``OL`` out of range.
The number is parsed leniently (optional spaces, sign) instead of by fixed columns,
so either column layout decodes. Weights in g/kg/mg/lb/oz/ozt/GN become
``LiveWeight(kg, stable)``; counts (``QT``, unit ``PC``), percent readings and
``OL`` become :class:`FrameRejected` with a reason, and so do ``EC`` lines (scale
error codes). ``AK`` or a bare ACK byte (acknowledge), ``TN`` (model) and ``SN``
(serial number) lines are information only and produce no event.

Line settings are configuration: devices.md records 2400 and 9600 baud in use and
an FX-120 running at 19200, so :data:`DEFAULT_BAUDRATE` is only the documented
starting point; parity/data bits must match the scale's own menu (UNKNOWN per
model). In stream mode the scale sends about 10 lines a second.
"""
from __future__ import annotations

import re
from decimal import Decimal

from hardware.events import DeviceEvent, LiveWeight
from hardware.protocols.framing import LineDecoder
from hardware.protocols.weight_units import weight_in_kg

DEFAULT_BAUDRATE = 2400
MAX_LINE_LENGTH = 64
COMPARATOR_RESULTS = frozenset({"LO", "OK", "HI", "--"})
INFORMATION_HEADERS = frozenset({"AK", "\x06", "TN", "SN"})  # 0x06 is the raw ACK byte
_ERROR_CODE = re.compile(r"[A-Z0-9]{1,4}")
_READING = re.compile(r"\s*(?P<sign>[+-]?)\s*(?P<number>\d+(?:\.\d*)?|\.\d+)\s*(?P<unit>[A-Za-z%]+)\s*")


class AndScaleDecoder(LineDecoder):
    """Decodes A&D standard-format lines into live weight updates."""

    protocol_label = "A&D"

    def __init__(self, max_line_length: int = MAX_LINE_LENGTH) -> None:
        super().__init__(max_line_length)

    def _decode_line(self, raw: bytes) -> DeviceEvent | None:
        try:
            line = raw.decode("ascii").strip()
        except UnicodeDecodeError:
            return self._reject("line is not ASCII (check baud rate, data bits and parity)")
        header, _, rest = line.partition(",")
        if header in INFORMATION_HEADERS:
            return None
        if header == "EC":
            code = rest.strip() if _ERROR_CODE.fullmatch(rest.strip()) else "(unreadable code)"
            return self._reject(f"scale reported error {code}")
        if header == "OL":
            return self._reject("weight out of range (overload or below zero range)")
        if header == "QT":
            return self._reject("scale is in counting mode, not weighing")
        if header not in ("ST", "US"):
            return self._reject("unrecognised line header")
        comparator, _, after = rest.partition(",")
        if after and comparator in COMPARATOR_RESULTS:
            rest = after
        return self._reading(rest, stable=header == "ST")

    def _reading(self, field: str, stable: bool) -> DeviceEvent:
        match = _READING.fullmatch(field)
        if match is None:
            return self._reject("weight field is not a number with a unit")
        value = Decimal(match["sign"] + match["number"])
        kg = weight_in_kg(value, match["unit"])
        if kg is None:
            return self._reject(f"unit {match['unit']!r} is not a weight unit")
        return LiveWeight(kg=kg, stable=stable)
