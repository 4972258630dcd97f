"""Dot Origin VTAP100 / VTAP50 over its (virtual) COM port in active mode.

The reader pushes one line per read: a wallet pass message or a card UID. Which of
the two, and which wallet, is told by the documented pass-type character:
``A`` Apple VAS, ``G`` Google Smart Tap, ``0`` MIFARE, ``2``/``4``/``6`` NFC type
2/4/5 tags, ``E`` card emulation, ``Q`` scanner, ``X``/``W`` Apple Wallet Access.

What is ASSUMED (devices.md 5.3 / section 7 leave it UNKNOWN):

* The reader's ``ComPortPrefix`` is configured to put the pass-type character in
  front of the message. The exact firmware token for that, and the separator, are
  not public, so the line layout is the ``line_format`` setting: a template with
  ``{type}`` and ``{message}`` (``{message}`` last). The default ``"{type}:{message}"``
  mirrors the reader's own ``>interface:type:message`` command syntax. A reader that
  sends the bare message can use ``"{message}"`` with ``assumed_type``.
* Card UIDs arrive as text in ``card_uid_style`` (default ``"hex"``, see
  :mod:`hardware.uid`); case, byte order and ``TagByteOrder`` are UNVERIFIED.
  Cards of every tag type are reported as ``CardTechnology.MIFARE`` (ISO 14443 UIDs);
  the events have no finer technology to offer.
* Which VAS/ST configuration slot matched is not reported by the reader, so the
  EGYM ``configurationIndex`` has to come from site configuration.
* Line ends: CR, LF or CR LF (the ``ComPortPostfix`` default is not documented).

Wallet payloads must be 1 to 64 printable ASCII characters (EGYM's limit); anything
else is rejected with a reason that never quotes the payload.
"""
from __future__ import annotations

import re

from hardware.events import (
    CardCredential,
    CardTechnology,
    CredentialPresented,
    DeviceEvent,
    WalletCredential,
    WalletPlatform,
)
from hardware.protocols.framing import LineDecoder
from hardware.uid import UID_STYLES, parse_uid

DEFAULT_LINE_FORMAT = "{type}:{message}"
MAX_WALLET_PAYLOAD = 64
MAX_LINE_LENGTH = 512
WALLET_TYPES = {"A": WalletPlatform.APPLE, "G": WalletPlatform.GOOGLE}
CARD_TYPES = frozenset("0246")
OTHER_TYPES = {
    "E": "card emulation",
    "Q": "scanner input",
    "X": "Apple Wallet Access (iPhone)",
    "W": "Apple Wallet Access (Watch)",
}
_PLACEHOLDER = re.compile(r"\{(type|message)\}")
_PRINTABLE_ASCII = re.compile(r"[\x20-\x7e]+")


def compile_line_format(line_format: str) -> re.Pattern[str]:
    """The regex for a ``{type}``/``{message}`` template; ValueError when the template is unusable."""
    if not isinstance(line_format, str):
        raise ValueError("line_format must be text such as '{type}:{message}'")
    names = _PLACEHOLDER.findall(line_format)
    if names.count("message") != 1 or names.count("type") > 1:
        raise ValueError("line_format needs exactly one {message} and at most one {type}")
    leftover = _PLACEHOLDER.sub("", line_format)
    if "{" in leftover or "}" in leftover:
        raise ValueError("line_format may only use the placeholders {type} and {message}")
    if not line_format.endswith("{message}"):
        raise ValueError("line_format must end with {message} (put fixed suffixes in the reader's postfix)")
    pieces = []
    for index, part in enumerate(_PLACEHOLDER.split(line_format)):
        if index % 2 == 0:
            pieces.append(re.escape(part))  # literal text between placeholders
        elif part == "type":
            pieces.append("(?P<type>.)")
        else:
            pieces.append("(?P<message>.*)")
    return re.compile("".join(pieces), re.DOTALL)


def format_line(line_format: str, pass_type: str, message: str) -> str:
    """Render one reader line per ``line_format`` (the simulator's side of the template)."""
    return line_format.replace("{type}", pass_type).replace("{message}", message)


class VtapDecoder(LineDecoder):
    """Decodes VTAP COM-port lines into wallet or card presentations."""

    protocol_label = "VTAP"

    def __init__(
        self,
        reader_id: str = "",
        line_format: str = DEFAULT_LINE_FORMAT,
        assumed_type: str = "",
        card_uid_style: str = "hex",
        max_line_length: int = MAX_LINE_LENGTH,
    ) -> None:
        self._regex = compile_line_format(line_format)
        has_type = "type" in self._regex.groupindex
        if has_type and assumed_type:
            raise ValueError("assumed_type is only for a line_format without {type}")
        if not has_type and assumed_type not in WALLET_TYPES and assumed_type not in CARD_TYPES:
            raise ValueError("a line_format without {type} needs assumed_type: A, G, 0, 2, 4 or 6")
        if card_uid_style not in UID_STYLES:
            raise ValueError(f"card_uid_style must be one of {', '.join(UID_STYLES)}; got {card_uid_style!r}")
        self.reader_id = reader_id
        self.line_format = line_format
        self.assumed_type = assumed_type
        self.card_uid_style = card_uid_style
        super().__init__(max_line_length, accept_lone_cr=True)

    def _decode_line(self, raw: bytes) -> DeviceEvent:
        line = raw.decode("latin-1")
        match = self._regex.fullmatch(line)
        if match is None:
            return self._reject("line does not have the configured layout (line_format)")
        pass_type = match.groupdict().get("type") or self.assumed_type
        message = match["message"]
        if pass_type in WALLET_TYPES:
            return self._wallet(WALLET_TYPES[pass_type], message)
        if pass_type in CARD_TYPES:
            return self._card(message)
        if pass_type in OTHER_TYPES:
            return self._reject(f"{OTHER_TYPES[pass_type]} read (type {pass_type}) is not a member credential")
        return self._reject("unknown pass-type character")

    def _wallet(self, platform: WalletPlatform, payload: str) -> DeviceEvent:
        if not payload:
            return self._reject(f"{platform.value} pass carried an empty message")
        if not _PRINTABLE_ASCII.fullmatch(payload):
            return self._reject(f"{platform.value} pass message is not printable ASCII")
        if len(payload) > MAX_WALLET_PAYLOAD:
            return self._reject(
                f"{platform.value} pass message is {len(payload)} bytes; at most {MAX_WALLET_PAYLOAD} are allowed"
            )
        return CredentialPresented(WalletCredential(payload, platform, self.reader_id))

    def _card(self, text: str) -> DeviceEvent:
        try:
            uid = parse_uid(text, self.card_uid_style)
        except ValueError:
            return self._reject(f"card UID is not readable as {self.card_uid_style}")
        return CredentialPresented(CardCredential(uid, CardTechnology.MIFARE, self.reader_id))
