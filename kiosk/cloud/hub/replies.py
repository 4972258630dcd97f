"""The hub's JSON, both ways (docs/hub-api.md): credentials and measurements out, logins and states in.

A reply that does not have the documented shape raises :class:`~kiosk.cloud.errors.BadReply`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hardware.events import CardCredential, Credential
from kiosk.cloud.base import DownstreamState, DownstreamStatus
from kiosk.cloud.errors import BadReply
from kiosk.cloud.hub.errors import PLATFORM
from kiosk.models import Measurement, MemberProfile

_PROFILE_TEXT = ("first_name", "last_name", "gender", "date_of_birth", "locale", "unit_system", "training_goal")
_PROFILE_NUMBERS = ("height_cm", "weight_kg")


@dataclass(frozen=True)
class HubLogin:
    """The hub's answer to a tap: its session handle, the member, and where they are linked."""

    session: str
    expires_in_s: float
    profile: MemberProfile
    linked_platforms: tuple[str, ...]

    def __repr__(self) -> str:
        return f"HubLogin(<redacted>, linked={self.linked_platforms!r})"


@dataclass(frozen=True)
class StatusDocument:
    """A measurement's states at the platforms behind the hub, and the document's version (for long-polls)."""

    unique_id: str
    version: int
    destinations: tuple[DownstreamStatus, ...]
    kind: str = ""
    timestamp_ms: int = 0

    @property
    def final(self) -> bool:
        return bool(self.destinations) and all(status.state.final for status in self.destinations)


def credential_body(credential: Credential) -> dict[str, str]:
    """What the hub is told the member tapped: the UID in upper-case hex (transmission order), or the pass."""
    if isinstance(credential, CardCredential):
        return {"kind": "card", "technology": credential.technology.value, "uid": credential.uid.hex().upper()}
    return {"kind": "wallet", "platform": credential.platform.value, "payload": credential.payload}


def measurement_body(measurement: Measurement, session: str, credential: Credential) -> dict[str, Any]:
    """The intake request: the same ``uniqueMeasurementId`` on every attempt."""
    return {
        "uniqueMeasurementId": measurement.unique_id,
        "session": session,
        "credential": credential_body(credential),
        "measurement": {
            "kind": measurement.kind, "timestamp_ms": measurement.timestamp_ms,
            "device_model": measurement.device_model, "values": dict(measurement.values),
        },
    }


def parse_login(reply: Any) -> HubLogin:
    """``POST /api/v1/login``'s answer."""
    body = _object(reply, "login reply")
    member = _object(body.get("member"), "member")
    user_id = member.get("user_id")
    if not isinstance(user_id, str) or not user_id:
        raise BadReply(PLATFORM, "login reply: member.user_id missing")
    texts = {name: _optional(member, name, str) for name in _PROFILE_TEXT}
    numbers = {name: _optional(member, name, (int, float)) for name in _PROFILE_NUMBERS}
    profile = MemberProfile(
        user_id=user_id, first_name=texts.pop("first_name") or "", last_name=texts.pop("last_name") or "",
        **texts, **{name: float(value) if value is not None else None for name, value in numbers.items()},
    )
    linked = body.get("linked_platforms", [])
    if not isinstance(linked, list) or not all(isinstance(name, str) for name in linked):
        raise BadReply(PLATFORM, "login reply: linked_platforms must be a list of names")
    return HubLogin(session=_text(body, "session"), expires_in_s=_number(body, "expires_in"), profile=profile,
                    linked_platforms=tuple(linked))


def parse_status(reply: Any) -> StatusDocument:
    """A status document (intake answer, ``GET /api/v1/measurements/{id}``, trainer actions)."""
    body = _object(reply, "status")
    unique_id = _text(body, "uniqueMeasurementId")
    version = body.get("version", 0)
    if isinstance(version, bool) or not isinstance(version, int):
        raise BadReply(PLATFORM, "status: version must be a whole number")
    destinations = _object(body.get("destinations", {}), "destinations")
    statuses = []
    for platform, entry in destinations.items():
        entry = _object(entry, f"destinations.{platform}")
        try:
            state = DownstreamState(entry.get("state"))
        except ValueError:
            raise BadReply(PLATFORM, f"status: unknown state for {platform}") from None
        detail = entry.get("detail") or ""
        statuses.append(DownstreamStatus(platform, state, detail if isinstance(detail, str) else ""))
    kind = body.get("kind", "")
    timestamp = body.get("timestamp_ms", 0)
    return StatusDocument(unique_id, version, tuple(statuses), kind if isinstance(kind, str) else "",
                          timestamp if isinstance(timestamp, int) and not isinstance(timestamp, bool) else 0)


def parse_status_list(reply: Any) -> tuple[StatusDocument, ...]:
    """``GET /api/v1/measurements``: this kiosk's recent measurements, newest first."""
    items = _object(reply, "list").get("measurements")
    if not isinstance(items, list):
        raise BadReply(PLATFORM, "list: measurements must be a list")
    return tuple(parse_status(item) for item in items)


def _object(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BadReply(PLATFORM, f"{what} must be a JSON object")
    return value


def _text(body: dict[str, Any], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value:
        raise BadReply(PLATFORM, f"reply field {name} missing or not text")
    return value


def _number(body: dict[str, Any], name: str) -> float:
    value = body.get(name)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise BadReply(PLATFORM, f"reply field {name} missing or not a number")
    return float(value)


def _optional(body: dict[str, Any], name: str, kind: type | tuple[type, ...]) -> Any:
    value = body.get(name)
    if value is None or (isinstance(value, kind) and not isinstance(value, bool)):
        return value
    raise BadReply(PLATFORM, f"member.{name} has the wrong type")
