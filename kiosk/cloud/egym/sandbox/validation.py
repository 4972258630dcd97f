"""Checks request bodies the way EGYM does and turns them into typed requests.

Every problem becomes a FieldErrorDTO; all problems in a body are reported at
once. Rejected values of credential fields (RFID, payload, ids, tokens) are not
echoed back, so a client logging the error body cannot leak them.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, ClassVar, Union

from kiosk.cloud.egym.metric_types import METRIC_TYPES_BY_KIND
from kiosk.cloud.egym.sandbox.errors import ApiError, FieldProblem
from kiosk.cloud.egym.sandbox.members import MAX_WALLET_PAYLOAD_BYTES, RFID_FORMATS, WALLET_PLATFORMS

GRANT_TYPES = ("RFID", "NFC", "ENCRYPTED_USER_ID", "OBFUSCATED_USER_ID", "REFRESH_TOKEN")
MAX_UNIQUE_ID_CHARS = 128
MAX_AGE_MS = 7 * 24 * 3600 * 1000
MAX_FUTURE_MS = 5 * 60 * 1000
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


@dataclass(frozen=True)
class RfidLogin:
    rfid: str = field(repr=False)
    rfid_format: str
    machine_name: str

    grant_type: ClassVar[str] = "RFID"


@dataclass(frozen=True)
class NfcLogin:
    """A wallet tap; exactly one of ``issuer`` / ``configuration_index`` is set."""

    machine_name: str
    gym_id: int
    payload: str = field(repr=False)
    platform: str
    issuer: str | None
    configuration_index: str | None

    grant_type: ClassVar[str] = "NFC"


@dataclass(frozen=True)
class EncryptedUserIdLogin:
    user_id: int = field(repr=False)

    grant_type: ClassVar[str] = "ENCRYPTED_USER_ID"


@dataclass(frozen=True)
class ObfuscatedUserIdLogin:
    obfuscated_user_id: str = field(repr=False)

    grant_type: ClassVar[str] = "OBFUSCATED_USER_ID"


@dataclass(frozen=True)
class RefreshTokenLogin:
    refresh_token: str = field(repr=False)

    grant_type: ClassVar[str] = "REFRESH_TOKEN"


LoginRequest = Union[RfidLogin, NfcLogin, EncryptedUserIdLogin, ObfuscatedUserIdLogin, RefreshTokenLogin]


@dataclass(frozen=True)
class MeasurementInput:
    timestamp_ms: int
    machine_name: str
    gym_id: int
    unique_id: str
    data: dict[str, float]


class _Fields:
    """Reads typed fields out of one JSON object, collecting every problem."""

    def __init__(self, body: dict[str, Any], prefix: str = "") -> None:
        self.body = body
        self.prefix = prefix
        self.problems: list[FieldProblem] = []

    def problem(self, name: str, message: str, value: Any = None) -> None:
        self.problems.append(FieldProblem(self.prefix + name, message, value))

    def present(self, name: str) -> bool:
        return self.body.get(name) is not None

    def string(self, name: str, *, max_chars: int | None = None, secret: bool = False) -> str | None:
        value = self.body.get(name)
        shown = None if secret else value
        if value is None:
            self.problem(name, "must not be null")
        elif not isinstance(value, str):
            self.problem(name, "must be a string", shown)
        elif not value.strip():
            self.problem(name, "must not be blank", shown)
        elif max_chars is not None and len(value) > max_chars:
            self.problem(name, f"must be at most {max_chars} characters", None if secret else value[:max_chars] + "…")
        else:
            return value
        return None

    def integer(self, name: str, *, secret: bool = False) -> int | None:
        value = self.body.get(name)
        if value is None:
            self.problem(name, "must not be null")
        elif isinstance(value, bool) or not isinstance(value, int):
            self.problem(name, "must be an integer", None if secret else value)
        elif not _INT64_MIN <= value <= _INT64_MAX:
            self.problem(name, "must fit in a 64-bit integer", None if secret else value)
        else:
            return value
        return None

    def choice(self, name: str, choices: tuple[str, ...]) -> str | None:
        value = self.body.get(name)
        if value is None:
            self.problem(name, "must not be null")
        elif value not in choices:
            self.problem(name, f"must be one of {', '.join(choices)}", value)
        else:
            return value
        return None

    def object(self, name: str) -> dict[str, Any] | None:
        value = self.body.get(name)
        if not isinstance(value, dict):
            self.problem(name, "must be an object", value)
            return None
        return value


def _require_object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise ApiError(400, "The request body must be a JSON object")
    return body


def _fail_if_problems(problems: list[FieldProblem]) -> None:
    if problems:
        raise ApiError(400, f"Validation failed with {len(problems)} field error(s)", tuple(problems))


def parse_login(body: Any, key_gym_id: int) -> LoginRequest:
    """Validate a TokenRequestDTO; ``key_gym_id`` is the gym of the API key used."""
    fields = _Fields(_require_object(body))
    grant_type = fields.choice("grantType", GRANT_TYPES)
    if grant_type is None:
        _fail_if_problems(fields.problems)
    parsers = {
        "RFID": _parse_rfid,
        "NFC": lambda f: _parse_nfc(f, key_gym_id),
        "ENCRYPTED_USER_ID": lambda f: EncryptedUserIdLogin(f.integer("userId", secret=True)),
        "OBFUSCATED_USER_ID": lambda f: ObfuscatedUserIdLogin(f.string("obfuscatedUserId", secret=True)),
        "REFRESH_TOKEN": lambda f: RefreshTokenLogin(f.string("refreshToken", secret=True)),
    }
    request = parsers[grant_type](fields)
    _fail_if_problems(fields.problems)
    return request


def _parse_rfid(fields: _Fields) -> RfidLogin:
    return RfidLogin(
        rfid=fields.string("rfid", max_chars=64, secret=True),
        rfid_format=fields.choice("rfidFormat", RFID_FORMATS),
        machine_name=fields.string("machineName"),
    )


def _parse_nfc(fields: _Fields, key_gym_id: int) -> NfcLogin:
    machine_name = fields.string("machineName")
    gym_id = fields.integer("gymId")
    if gym_id is not None and gym_id != key_gym_id:
        fields.problem("gymId", "does not match the gym of the API key", gym_id)
    payload = fields.string("payload", secret=True)
    if payload is not None and not payload.isascii():
        fields.problem("payload", "must contain ASCII characters only")
    elif payload is not None and len(payload) > MAX_WALLET_PAYLOAD_BYTES:
        fields.problem("payload", f"must be at most {MAX_WALLET_PAYLOAD_BYTES} bytes")
    platform = fields.choice("transponderType", WALLET_PLATFORMS)
    has_issuer, has_index = fields.present("issuerId"), fields.present("configurationIndex")
    issuer = index = None
    if has_issuer == has_index:
        fields.problem("issuerId", "exactly one of issuerId or configurationIndex must be given")
    elif has_issuer:
        issuer = _parse_issuer(fields, platform)
    else:
        index = _parse_configuration_index(fields)
    return NfcLogin(machine_name, gym_id, payload, platform, issuer, index)


def _parse_issuer(fields: _Fields, platform: str | None) -> str | None:
    """The pass type id (Apple) or collector id (Google; EGYM's example says ``collector``)."""
    issuer = fields.object("issuerId")
    if issuer is None or platform is None:
        return None
    if platform == "APPLE":
        inner = _Fields(issuer, prefix="issuerId.")
        value = inner.string("passTypeId")
        fields.problems.extend(inner.problems)
        return value
    given = [issuer[name] for name in ("collectorId", "collector") if name in issuer]
    if len(given) == 2 and given[0] != given[1]:
        fields.problem("issuerId.collectorId", "collectorId and collector disagree")
        return None
    value = given[0] if given else None
    if not isinstance(value, str) or not value.strip():
        fields.problem("issuerId.collectorId", "must be a non-blank string for GOOGLE passes", value)
        return None
    return value


def _parse_configuration_index(fields: _Fields) -> str | None:
    """``{"configurationIndex": "2"}``; a string in the server spec, an int accepted too."""
    wrapper = fields.object("configurationIndex")
    if wrapper is None:
        return None
    value = wrapper.get("configurationIndex")
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return str(value)
    if isinstance(value, str) and value.strip().isdecimal():
        return str(int(value.strip()))
    fields.problem("configurationIndex.configurationIndex", "must be a non-negative whole number", value)
    return None


def parse_measurement(body: Any, kind: str, token_gym_id: int, now_ms: int) -> MeasurementInput:
    """Validate a MeasurementDTO for ``kind`` (body, cardio, flexibility)."""
    fields = _Fields(_require_object(body))
    timestamp = fields.integer("timestamp")
    if timestamp is not None and timestamp < now_ms - MAX_AGE_MS:
        fields.problem("timestamp", "is more than 7 days in the past (milliseconds since the epoch expected)", timestamp)
    elif timestamp is not None and timestamp > now_ms + MAX_FUTURE_MS:
        fields.problem("timestamp", "is more than 5 minutes in the future", timestamp)
    machine_name = fields.string("machineName")
    gym_id = fields.integer("gymId")
    if gym_id is not None and gym_id != token_gym_id:
        fields.problem("gymId", "does not match the gym the member logged in at", gym_id)
    unique_id = fields.string("uniqueMeasurementId", max_chars=MAX_UNIQUE_ID_CHARS)
    data = _parse_data(fields, METRIC_TYPES_BY_KIND[kind], kind)
    _fail_if_problems(fields.problems)
    return MeasurementInput(timestamp, machine_name, gym_id, unique_id, data)


def _parse_data(fields: _Fields, allowed: frozenset[str], kind: str) -> dict[str, float]:
    raw = fields.body.get("data")
    if raw is None:
        fields.problem("data", "must not be null")
        return {}
    if not isinstance(raw, dict):
        fields.problem("data", "must be an object of metric type to number", raw)
        return {}
    if not raw:
        fields.problem("data", "must contain at least one metric", raw)
    data: dict[str, float] = {}
    for key, value in raw.items():
        if key not in allowed:
            fields.problem(f"data.{key}", f"is not a registered {kind} metric type", value)
        elif isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            fields.problem(f"data.{key}", "must be a finite number", value if isinstance(value, (str, bool)) else None)
        else:
            data[key] = value
    return data
