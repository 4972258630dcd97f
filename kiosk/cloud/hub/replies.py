"""The hub's JSON, both ways, through the shared wire format (:mod:`kiosk.cloud.hub.wire`).

This module only adapts: a reply the wire format cannot read becomes
:class:`~kiosk.cloud.errors.BadReply`, and a status document becomes the domain's
:class:`~kiosk.cloud.base.DownstreamStatus` values.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, TypeVar

from hardware.events import Credential
from kiosk.cloud.base import DownstreamState, DownstreamStatus
from kiosk.cloud.errors import BadReply
from kiosk.cloud.hub import wire
from kiosk.cloud.hub.errors import PLATFORM
from kiosk.models import Measurement

T = TypeVar("T")


@dataclass(frozen=True)
class StatusDocument:
    """A measurement's states at the platforms behind the hub, and the document's version (for long-polls)."""

    unique_id: str
    version: int
    destinations: tuple[DownstreamStatus, ...]

    @property
    def final(self) -> bool:
        return bool(self.destinations) and all(status.state.final for status in self.destinations)


def credential_body(credential: Credential) -> dict[str, str]:
    """What the hub is told the member tapped."""
    return wire.credential_to_json(credential)


def measurement_body(measurement: Measurement, session: str, credential: Credential) -> dict[str, Any]:
    """The intake request: the same ``uniqueMeasurementId`` on every attempt."""
    return wire.intake_to_json(wire.Intake(measurement=measurement, session=session, credential=credential))


def parse_login(reply: Any) -> wire.LoginReply:
    """``POST /api/v1/login``'s answer."""
    return _read(wire.login_reply_from_json, reply, "login")


def parse_status(reply: Any) -> StatusDocument:
    """A status document (intake answer, ``GET /api/v1/measurements/{id}``, trainer actions)."""
    document = _read(wire.status_from_json, reply, "status")
    return StatusDocument(
        document.unique_id, document.version,
        tuple(DownstreamStatus(name, DownstreamState(state.state), state.detail)
              for name, state in document.destinations.items()),
    )


def parse_status_list(reply: Any) -> tuple[StatusDocument, ...]:
    """``GET /api/v1/measurements``: this kiosk's recent measurements, newest first."""
    items = reply.get("measurements") if isinstance(reply, dict) else None
    if not isinstance(items, list):
        raise BadReply(PLATFORM, "list: measurements must be a list")
    return tuple(parse_status(item) for item in items)


def parse_error(reply: Any) -> tuple[str, str]:
    """(code, message) of a refusal; ("", "") when the body is not the hub's error document."""
    try:
        return wire.error_from_json(reply)
    except ValueError:
        return "", ""


def _read(reader: Callable[[Any], T], reply: Any, what: str) -> T:
    try:
        return reader(reply)
    except ValueError as error:  # the wire format names the field, never its value
        raise BadReply(PLATFORM, f"{what}: {error}") from None
