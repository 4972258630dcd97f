"""Keeping secrets and personal data out of everything the kiosk writes to its logs.

A logging filter on every handler masks two things before a record is formatted;
``gym-kiosk check``, EGYM's error text and ``gym-kiosk diagnostics`` use the same
:func:`scrub`.

Registered values. Parts that learn a secret or a personal value register it:

- :func:`register_secret`: API key, tokens, wallet payloads, user ids, birth dates,
  whatever was sent to log in. Masked wherever it occurs, even inside a longer word.
- :func:`register_name`: member names, whole and word by word. Names of four or more
  characters are masked wherever they occur; names of two or three characters only
  as whole words (matched inside words, "Ted" would cut every "rejected" apart once
  case is ignored); a single letter (an initial) is not masked.
- :func:`register_card_uid`: a card in every rendering a reader, EGYM or a person
  may use: hex in card and in reversed byte order, with or without ``:``, ``-``,
  ``.`` or a space between the bytes, the decimal renderings of
  :mod:`hardware.uid` (``dec_le32``, ``dec_be32``, ``em4100_printed``) with any zero padding, and for
  longer UIDs the decimal of the whole UID.

Values match whatever their case, Unicode normalisation (composed, decomposed or
compatibility forms such as full-width letters), accents and invisible format
characters: "ZOË", "Zoe" + U+0308 and "zoe" all match a registered "Zoë". Only the
most recent values are kept (the API key is registered at every start), so a kiosk
running for months does not accumulate every member's data.

Pattern rules, for what nobody registered (a server's error text, an old line):

- e-mail addresses;
- calendar dates such as birth dates: ``YYYY-MM-DD``, ``YYYY/MM/DD``, ``DD.MM.YYYY``,
  ``DD/MM/YYYY``, ``MM/DD/YYYY``, ``DD-MM-YYYY`` (years 1900-2099). A date followed by
  a time of day ("2024-05-01 10:00", "2024-05-01T10:00") is a timestamp and is kept,
  since support needs to know when things happened;
- tokens: 16 or more hex digits in any case, JWTs and other dotted three-part tokens,
  long base64url runs that look generated (mixed case and digits), ``Bearer``
  credentials, and the value after a secret-named field (``api_key=``,
  ``"accessToken":``, ``rfid:``, ``userId=``, ``email:``, ``dateOfBirth:``...).

Kept on purpose: measurement ids (``uniqueMeasurementId``, a random UUID the kiosk
makes, dashed or as 32 hex digits), which say nothing about the member and are how
support follows one measurement through the log, the database and EGYM; and the
record's own timestamp, which the formatter adds after this filter.
"""
from __future__ import annotations

import functools
import logging
import re
import threading
import unicodedata
from collections import OrderedDict

from hardware.uid import render_uid

MASK = "«redacted»"

_ANYWHERE, _WHOLE_WORD, _NUMBER, _UID_HEX = "anywhere", "whole word", "number", "uid hex"
_BREADTH = {_WHOLE_WORD: 0, _NUMBER: 0, _ANYWHERE: 1, _UID_HEX: 2}  # a value registered twice keeps the broader kind
_MIN_LENGTH = 3  # secrets and numbers shorter than this are not masked (they would hit everything)
_MIN_NAME_LENGTH = 2
_WHOLE_WORD_BELOW = 4
_DROPPED_CATEGORIES = frozenset({"Mn", "Me", "Cf"})  # accents, enclosing marks, invisible format characters
_RUNS = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]+")
_NAME_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SEPARATED_HEX = re.compile(  # four or more hex bytes with one separator between them, in folded text
    r"(?<![0-9a-z])[0-9a-f]{2}(?P<sep>[:\-. ])[0-9a-f]{2}(?:(?P=sep)[0-9a-f]{2}){2,}(?![0-9a-z])"
)

_FIELD_NAMES = (
    r"x-api-key|api[_-]?key|access[_-]?token|refresh[_-]?token|id[_-]?token|client[_-]?secret|authorization"
    r"|password|passwd|secret|token|rfid|uid|user[_-]?id|e-?mail|date[_-]?of[_-]?birth|birth[_-]?date|dob|payload"
)
_DAY, _MONTH, _YEAR = r"(?:0?[1-9]|[12]\d|3[01])", r"(?:0?[1-9]|1[0-2])", r"(?:19|20)\d\d"
_B64 = r"[A-Za-z0-9_-]"
_FIELD = re.compile(
    rf"(?i:\b(?:{_FIELD_NAMES})\b)[\"']?\s*[:=]\s*[\"']?(?i:(?:bearer|basic)\s+)?"
    rf"(?P<value>(?<=[\"'])[^\"'\n]+|[^\s\"',;}})\]]+)"
)
_CREDENTIAL = re.compile(r"(?i:\bbearer\s+)(?P<value>[A-Za-z0-9._~+/=-]{6,})")  # "Basic" only after authorization:
_EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
_DATE_HINT = re.compile(r"\d[./-]\d")
_DATE = re.compile(
    rf"(?<!\d)(?<!\d[./-])(?:{_YEAR}(?P<ymd>[-/.]){_MONTH}(?P=ymd){_DAY}|{_DAY}(?P<dmy>[./-]){_DAY}(?P=dmy){_YEAR})"
    rf"(?![./-]?\d)(?!(?:T|,?\s+)\d{{1,2}}:\d\d)"  # followed by a time of day: a timestamp, kept
)
_TOKEN_RUN = re.compile(r"[\w.-]{16,}")  # where a token can be: no token shape is shorter than 16 characters
_TOKEN = re.compile(
    rf"(?P<jwt>\beyJ{_B64}*\.{_B64}+\.{_B64}*)"
    rf"|(?P<dotted>(?<![\w.-]){_B64}{{8,}}\.{_B64}{{8,}}\.{_B64}{{8,}}(?![\w-]))"
    rf"|(?P<uuid>(?<![\w-])[0-9a-fA-F]{{8}}(?:-[0-9a-fA-F]{{4}}){{3}}-[0-9a-fA-F]{{12}}(?![\w-]))"
    rf"|(?P<hex>(?<![0-9A-Za-z])[0-9A-Fa-f]{{16,}}(?![0-9A-Za-z]))"
    rf"|(?P<opaque>(?<![\w-]){_B64}{{20,}}(?![\w-]))"
)
_UUID4_HEX = re.compile(r"[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}")


def _fold(text: str) -> str:
    """``text`` with case, compatibility forms, accents and format characters set aside, for matching.

    Folding works character by character, so a position in the folded text maps back
    to one character of the original.
    """
    return text.lower() if text.isascii() else "".join(_fold_char(c) for c in text)


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char.isascii():
        return char.lower()
    decomposed = _without_marks(unicodedata.normalize("NFKD", char))
    return _without_marks(unicodedata.normalize("NFKD", decomposed.casefold()))


def _without_marks(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c) not in _DROPPED_CATEGORIES)


class ValueMasker:
    """Values to mask in free text, each matched by its kind; at most ``capacity`` (the most recent) are kept."""

    def __init__(self, capacity: int | None = None) -> None:
        self._lock = threading.Lock()
        self._values: OrderedDict[str, str] = OrderedDict()  # folded value -> kind
        self._capacity = capacity
        self._snapshot: tuple[tuple[tuple[str, str], ...], frozenset[str]] | None = ((), frozenset())

    def add_secret(self, value: str) -> None:
        """Mask ``value`` wherever it occurs."""
        folded = _fold(value)
        if len(folded) >= _MIN_LENGTH:
            self._add({folded: _ANYWHERE})

    def add_name(self, name: str) -> None:
        """Mask a member's name and each word of it (short words only as whole words)."""
        entries = {}
        for part in (name, *_NAME_WORDS.findall(name)):
            folded = _fold(part).strip()
            if len(folded) >= _MIN_NAME_LENGTH:
                entries[folded] = _ANYWHERE if len(folded) >= _WHOLE_WORD_BELOW else _WHOLE_WORD
        self._add(entries)

    def add_card_uid(self, uid: bytes) -> None:
        """Mask a card UID in every hex and decimal rendering (see the module docstring)."""
        if len(uid) < 2:
            return
        entries = {uid.hex(): _UID_HEX, uid[::-1].hex(): _UID_HEX}
        numbers = [render_uid(uid, style) for style in ("dec_le32", "dec_be32", "em4100_printed")] if len(uid) >= 4 else []
        if len(uid) > 4:
            numbers += [str(int.from_bytes(uid, "big")), str(int.from_bytes(uid, "little"))]
        entries.update({number.lstrip("0"): _NUMBER for number in numbers if len(number.lstrip("0")) >= _MIN_LENGTH})
        self._add(entries)

    def discard(self, value: str) -> None:
        """Stop masking ``value`` (and, for a name, its words)."""
        folded = _fold(value)
        keys = {folded, folded.lstrip("0") if folded.isdigit() else folded}
        keys.update(_fold(word) for word in _NAME_WORDS.findall(value))
        with self._lock:
            for key in keys:
                if self._values.pop(key, None) is not None:
                    self._snapshot = None

    def mask(self, text: str) -> str:
        """``text`` with every occurrence of a kept value replaced by :data:`MASK`."""
        entries, uids = self._current()
        if not entries or not text:
            return text
        folded, origin = _fold_with_origin(text)
        hits = [hit for value, kind in entries if value in folded for hit in _hits(folded, value, kind)]
        if uids:
            hits += _separated_uid_hits(folded, uids)
        if not hits:
            return text
        protected = [(m.start(), m.end()) for m in re.finditer(re.escape(_fold(MASK)), folded)]
        hits = [(s, e) for s, e in hits if not any(s < p_end and p_start < e for p_start, p_end in protected)]
        return _replace_spans(text, [_original_span(text, origin, s, e) for s, e in hits])

    def _add(self, entries: dict[str, str]) -> None:
        if not entries:
            return
        with self._lock:
            for value, kind in entries.items():
                known = self._values.get(value)
                self._values[value] = kind if known is None or _BREADTH[kind] > _BREADTH[known] else known
                self._values.move_to_end(value)
            while self._capacity is not None and len(self._values) > self._capacity:
                self._values.popitem(last=False)
            self._snapshot = None

    def _current(self) -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
        """The values and the UIDs among them, rebuilt only after a change (masking is far more frequent)."""
        with self._lock:
            if self._snapshot is None:
                entries = tuple(self._values.items())
                self._snapshot = (entries, frozenset(value for value, kind in entries if kind == _UID_HEX))
            return self._snapshot


def _fold_with_origin(text: str) -> tuple[str, list[int] | None]:
    """The folded text and, for each of its characters, the index of the original it came from (None: same)."""
    if text.isascii():
        return text.lower(), None
    pieces: list[str] = []
    origin: list[int] = []
    for run in _RUNS.finditer(text):
        chunk, start = run.group(), run.start()
        if chunk.isascii():
            pieces.append(chunk.lower())
            origin.extend(range(start, start + len(chunk)))
            continue
        for offset, char in enumerate(chunk):
            folded = _fold_char(char)
            pieces.append(folded)
            origin.extend([start + offset] * len(folded))
    return "".join(pieces), origin


def _hits(folded: str, value: str, kind: str) -> list[tuple[int, int]]:
    hits = []
    start = folded.find(value)
    while start != -1:
        end = start + len(value)
        if kind == _WHOLE_WORD:
            if (start == 0 or not folded[start - 1].isalnum()) and (end == len(folded) or not folded[end].isalnum()):
                hits.append((start, end))
        elif kind == _NUMBER:
            first = start
            while first > 0 and folded[first - 1] == "0":
                first -= 1  # zero padding belongs to the number
            if (first == 0 or not folded[first - 1].isdigit()) and (end == len(folded) or not folded[end].isdigit()):
                hits.append((first, end))
        else:
            hits.append((start, end))
        start = folded.find(value, start + 1)
    return hits


def _separated_uid_hits(folded: str, uids: set[str]) -> list[tuple[int, int]]:
    """Runs of hex bytes with a separator between them that hold a registered UID byte for byte."""
    hits = []
    for run in _SEPARATED_HEX.finditer(folded):
        spaced = run.group().replace(run.group("sep"), " ")
        if any(" ".join(uid[i : i + 2] for i in range(0, len(uid), 2)) in spaced for uid in uids):
            hits.append(run.span())
    return hits


def _original_span(text: str, origin: list[int] | None, start: int, end: int) -> tuple[int, int]:
    if origin is None:
        return start, end
    first, last = origin[start], origin[end - 1] + 1
    while last < len(text) and not _fold_char(text[last]) and unicodedata.category(text[last])[0] == "M":
        last += 1  # accents that belong to the last masked letter
    return first, last


def _replace_spans(text: str, spans: list[tuple[int, int]]) -> str:
    pieces, position = [], 0
    for start, end in sorted(spans):
        if end <= position:
            continue
        if start < position:
            start = position
        else:
            pieces.append(text[position:start])
            pieces.append(MASK)
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _mask_patterns(text: str) -> str:
    """``text`` with e-mail addresses, dates and secret-shaped text masked (see the module docstring).

    One pass per rule, each skipped when a cheap test shows it cannot match: this runs for every log record.
    """
    if ":" in text or "=" in text:
        text = _FIELD.sub(_masked_value, text)
    text = _CREDENTIAL.sub(_masked_value, text)
    if "@" in text:
        text = _EMAIL.sub(MASK, text)
    if _DATE_HINT.search(text):
        text = _DATE.sub(MASK, text)
    return _TOKEN_RUN.sub(_masked_tokens, text)


def _masked_tokens(run: re.Match[str]) -> str:
    return _TOKEN.sub(_masked_token, run.group())


def _masked_value(match: re.Match[str]) -> str:
    return match.group(0)[: match.start("value") - match.start()] + MASK


def _masked_token(match: re.Match[str]) -> str:
    text = match.group(0)
    if match.group("uuid") is not None or (match.group("hex") is not None and _UUID4_HEX.fullmatch(text.lower())):
        return text  # a measurement id
    if match.group("dotted") is not None and not _has_letters_and_digits(text):
        return text
    if match.group("opaque") is not None and not _looks_generated(text):
        return text
    return MASK


def _has_letters_and_digits(text: str) -> bool:
    return any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


def _looks_generated(text: str) -> bool:
    """Mixed case and digits, or a long unbroken mix of letters and digits: a token, not a_long_identifier."""
    digits = sum(c.isdigit() for c in text)
    letters = sum(c.isalpha() for c in text)
    if digits and any(c.isupper() for c in text) and any(c.islower() for c in text):
        return True
    return text.isalnum() and digits >= 4 and letters >= 4


_registry = ValueMasker(capacity=2000)


def register_secret(*values: str | None) -> None:
    """Never let these values reach a log line."""
    for value in values:
        if value:
            _registry.add_secret(str(value))


def register_name(*names: str | None) -> None:
    """A member's names: never let them, or any word of them, reach a log line."""
    for name in names:
        if name:
            _registry.add_name(str(name))


def register_card_uid(*uids: bytes | None) -> None:
    """Card UIDs (canonical bytes): never let any rendering of them reach a log line."""
    for uid in uids:
        if uid:
            _registry.add_card_uid(bytes(uid))


def forget_secret(*values: str | None) -> None:
    """The value is no longer in use (its session ended)."""
    for value in values:
        if value:
            _registry.discard(str(value))


def scrub(text: str) -> str:
    """``text`` with the pattern rules applied and every registered value masked."""
    return _registry.mask(_mask_patterns(text))


class RedactingFilter(logging.Filter):
    """Masks registered values in the message, its arguments and any traceback text."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        record.exc_info = record.exc_info if not record.exc_text else None
        return True


def install(level: int = logging.INFO, stream=None) -> logging.Handler:
    """Configure root logging with the redacting filter on its handler."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    return handler
