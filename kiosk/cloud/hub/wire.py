"""The JSON of the hub's kiosk-facing API (docs/hub-api.md), shared by the kiosk and the hub.

Both programs turn domain values into these documents and back through this module only,
so the two sides cannot drift apart. Every reader raises ValueError naming the field that
is missing or of the wrong type; no message ever holds the value itself (a UID, a wallet
payload, a name), so the hub can answer it as a 400 and the kiosk can log it safely.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping

from hardware.events import CardCredential, CardTechnology, Credential, WalletCredential, WalletPlatform
from kiosk.cloud.member_services import HeartRateZone, TrainingToday
from kiosk.models import MEASUREMENT_KINDS, Measurement, MemberProfile, is_measured_number

API_PREFIX = "/api/v1"
DELIVERY_STATES = ("pending", "retrying", "checking", "delivered", "failed", "uncertain", "unlinked", "discarded")
_HEX = re.compile(r"\A(?:[0-9A-Fa-f]{2})+\Z")
_PROFILE_TEXT_FIELDS = ("gender", "date_of_birth", "locale", "unit_system", "training_goal", "membership_refusal")
_PROFILE_NUMBER_FIELDS = ("height_cm", "weight_kg")


def _object(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"{where} must be a JSON object")
    return value


def _text(document: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> str:
    value = document.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise ValueError(f"{where}.{key} must be non-empty text")
    return value


def _optional_text(document: Mapping[str, Any], key: str, where: str) -> str | None:
    value = document.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{where}.{key} must be text or null")
    return value


def _optional_number(document: Mapping[str, Any], key: str, where: str) -> float | None:
    value = document.get(key)
    if value is None:
        return None
    if not is_measured_number(value):
        raise ValueError(f"{where}.{key} must be a finite number or null")
    return float(value)


def _whole_number(document: Mapping[str, Any], key: str, where: str) -> int:
    value = document.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{where}.{key} must be a whole number")
    return value


# --- credentials -----------------------------------------------------------------------

def credential_to_json(credential: Credential) -> dict[str, str]:
    """A tapped card (UID in upper-case hex, transmission order) or wallet pass as sent to the hub."""
    if isinstance(credential, CardCredential):
        return {"kind": "card", "technology": credential.technology.value, "uid": credential.uid.hex().upper()}
    if isinstance(credential, WalletCredential):
        return {"kind": "wallet", "platform": credential.platform.value, "payload": credential.payload}
    raise ValueError("credential must be a card or a wallet pass")


def credential_from_json(document: object, where: str = "credential") -> Credential:
    """The credential in ``document``; ValueError naming the bad field (never its value)."""
    body = _object(document, where)
    kind = body.get("kind")
    if kind == "card":
        technology = body.get("technology")
        known = [t.value for t in CardTechnology]
        if technology not in known:
            raise ValueError(f"{where}.technology must be one of {', '.join(known)}")
        uid = body.get("uid")
        if not isinstance(uid, str) or not _HEX.match(uid):
            raise ValueError(f"{where}.uid must be the card UID in hex, two digits per byte")
        return CardCredential(uid=bytes.fromhex(uid), technology=CardTechnology(technology))
    if kind == "wallet":
        platform = body.get("platform")
        known = [p.value for p in WalletPlatform]
        if platform not in known:
            raise ValueError(f"{where}.platform must be one of {', '.join(known)}")
        payload = _text(body, "payload", where)
        return WalletCredential(payload=payload, platform=WalletPlatform(platform))
    raise ValueError(f"{where}.kind must be 'card' or 'wallet'")


# --- measurements ----------------------------------------------------------------------

def measurement_to_json(measurement: Measurement) -> dict[str, Any]:
    """The ``measurement`` object of an intake body (its id travels beside it)."""
    return {"kind": measurement.kind, "timestamp_ms": measurement.timestamp_ms,
            "device_model": measurement.device_model, "values": dict(measurement.values)}


def measurement_from_json(document: object, unique_id: str, where: str = "measurement") -> Measurement:
    """The measurement in ``document`` with id ``unique_id``; ValueError naming the bad field."""
    body = _object(document, where)
    kind = body.get("kind")
    if kind not in MEASUREMENT_KINDS:
        raise ValueError(f"{where}.kind must be one of {', '.join(sorted(MEASUREMENT_KINDS))}")
    timestamp_ms = _whole_number(body, "timestamp_ms", where)
    device_model = _text(body, "device_model", where, required=False)
    values = _object(body.get("values"), f"{where}.values")
    for name, number in values.items():
        if not is_measured_number(number):
            raise ValueError(f"{where}.values must map field names to finite numbers ({name!r} is not one)")
    try:
        return Measurement(kind=kind, values=dict(values), unique_id=unique_id,
                           timestamp_ms=timestamp_ms, device_model=device_model)
    except (ValueError, OverflowError) as error:  # e.g. an id of blanks: the message names no personal data
        raise ValueError(f"{where}: {error}") from None


@dataclass(frozen=True)
class Intake:
    """A measurement intake request: the reading, the member's hub session and the tapped credential."""

    measurement: Measurement
    session: str
    credential: Credential


def intake_to_json(intake: Intake) -> dict[str, Any]:
    """The body of ``POST /api/v1/measurements``."""
    return {"uniqueMeasurementId": intake.measurement.unique_id, "session": intake.session,
            "credential": credential_to_json(intake.credential),
            "measurement": measurement_to_json(intake.measurement)}


def intake_from_json(document: object) -> Intake:
    """An intake body read back; ValueError naming the bad field."""
    body = _object(document, "body")
    unique_id = _text(body, "uniqueMeasurementId", "body")
    if len(unique_id) > 200:
        raise ValueError("body.uniqueMeasurementId must be at most 200 characters")
    session = _text(body, "session", "body", required=False)
    credential = credential_from_json(body.get("credential"))
    measurement = measurement_from_json(body.get("measurement"), unique_id)
    return Intake(measurement=measurement, session=session, credential=credential)


# --- member profiles -------------------------------------------------------------------

def profile_to_json(profile: MemberProfile) -> dict[str, Any]:
    """The ``member`` object of a login answer."""
    document: dict[str, Any] = {"user_id": profile.user_id, "first_name": profile.first_name,
                                "last_name": profile.last_name}
    for key in _PROFILE_TEXT_FIELDS + _PROFILE_NUMBER_FIELDS:
        document[key] = getattr(profile, key)
    return document


def profile_from_json(document: object, where: str = "member") -> MemberProfile:
    """The profile in ``document`` (fields other than ``user_id`` may be null); ValueError naming the bad field."""
    body = _object(document, where)
    user_id = _text(body, "user_id", where)
    names = {key: _text(body, key, where, required=False) for key in ("first_name", "last_name")}
    texts = {key: _optional_text(body, key, where) for key in _PROFILE_TEXT_FIELDS}
    numbers = {key: _optional_number(body, key, where) for key in _PROFILE_NUMBER_FIELDS}
    return MemberProfile(user_id=user_id, **names, **texts, **numbers)


@dataclass(frozen=True)
class LoginReply:
    """The hub's answer to a login: the member, a hub-side session handle and the platforms they are linked to."""

    session: str
    expires_in: int
    member: MemberProfile
    linked_platforms: tuple[str, ...]


def login_reply_to_json(reply: LoginReply) -> dict[str, Any]:
    """The body of a 200 answer to ``POST /api/v1/login``."""
    return {"session": reply.session, "expires_in": reply.expires_in, "member": profile_to_json(reply.member),
            "linked_platforms": list(reply.linked_platforms)}


def login_reply_from_json(document: object) -> LoginReply:
    """A login answer read back; ValueError naming the bad field."""
    body = _object(document, "body")
    platforms = body.get("linked_platforms")
    if not isinstance(platforms, list) or not all(isinstance(name, str) for name in platforms):
        raise ValueError("body.linked_platforms must be a list of platform names")
    return LoginReply(session=_text(body, "session", "body"), expires_in=_whole_number(body, "expires_in", "body"),
                      member=profile_from_json(body.get("member")), linked_platforms=tuple(platforms))


# --- delivery status and errors --------------------------------------------------------

@dataclass(frozen=True)
class DestinationState:
    """One destination's delivery state for a measurement, as the hub reports it."""

    state: str
    detail: str = ""
    updated_ms: int = 0


@dataclass(frozen=True)
class DeliveryStatus:
    """The status document of ``GET /api/v1/measurements/{id}``."""

    unique_id: str
    version: int
    destinations: Mapping[str, DestinationState]


def status_to_json(status: DeliveryStatus) -> dict[str, Any]:
    """The status document sent by the hub."""
    return {"uniqueMeasurementId": status.unique_id, "version": status.version,
            "destinations": {name: {"state": d.state, "detail": d.detail, "updated_ms": d.updated_ms}
                             for name, d in status.destinations.items()}}


def status_from_json(document: object) -> DeliveryStatus:
    """A status document read back (also the 202 of an intake); ValueError naming the bad field."""
    body = _object(document, "body")
    unique_id = _text(body, "uniqueMeasurementId", "body")
    version = body.get("version", 0)
    if isinstance(version, bool) or not isinstance(version, int):
        raise ValueError("body.version must be a whole number")
    destinations: dict[str, DestinationState] = {}
    for name, entry in _object(body.get("destinations"), "body.destinations").items():
        where = f"body.destinations.{name}"
        state = _object(entry, where).get("state")
        if state not in DELIVERY_STATES:
            raise ValueError(f"{where}.state must be one of {', '.join(DELIVERY_STATES)}")
        updated_ms = entry.get("updated_ms", 0)
        if isinstance(updated_ms, bool) or not isinstance(updated_ms, int):
            raise ValueError(f"{where}.updated_ms must be a whole number")
        destinations[name] = DestinationState(state=state, detail=_text(entry, "detail", where, required=False),
                                              updated_ms=updated_ms)
    return DeliveryStatus(unique_id=unique_id, version=version, destinations=destinations)


MEMBERSHIP_REFUSED = "membership_refused_"  # + the reason (frozen, no-active-contract, …): 403 to a login


def training_to_json(training: TrainingToday) -> dict[str, Any]:
    plan = {"title": training.plan_title, "minutes": training.plan_minutes} if training.plan_title else None
    return {"platform": training.platform, "plan": plan,
            "zones": [{"name": zone.name, "max_bpm": zone.max_bpm} for zone in training.zones]}


def training_from_json(document: object, where: str = "training") -> TrainingToday:
    training = _object(document, where)
    plan = training.get("plan")
    title, minutes = "", None
    if plan is not None:
        plan = _object(plan, f"{where}.plan")
        title = _text(plan, "title", f"{where}.plan")
        minutes = None if plan.get("minutes") is None else _whole_number(plan, "minutes", f"{where}.plan")
    zones = training.get("zones")
    if not isinstance(zones, list):
        raise ValueError(f"{where}.zones must be a list")
    found = tuple(HeartRateZone(_text(_object(z, f"{where}.zones"), "name", f"{where}.zones"),
                                _whole_number(_object(z, f"{where}.zones"), "max_bpm", f"{where}.zones")) for z in zones)
    return TrainingToday(_text(training, "platform", where), title, minutes, found)


def error_to_json(code: str, message: str) -> dict[str, Any]:
    """The body of every refusal: a stable ``code`` and an English ``message`` without secrets."""
    return {"error": {"code": code, "message": message}}


def error_from_json(document: object) -> tuple[str, str]:
    """(code, message) of a refusal body; ValueError when it is not one."""
    error = _object(_object(document, "body").get("error"), "body.error")
    return _text(error, "code", "body.error"), _text(error, "message", "body.error", required=False)
