"""A small in-memory platform for the registry's tests: "Lockers", an identity provider and a destination.

It has everything a platform has (a settings table, a client-less connection, a secret, a
check) except a setup part, and keeps what it was asked in plain lists for the tests.
Its config table::

    [lockers]
    cards = ["0BADCAFE"]       # the cards it knows (hex UIDs)
    timeout_seconds = 2
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from hardware.events import CardCredential, Credential
from kiosk.cloud.base import DeliveryPolicy
from kiosk.cloud.errors import NotRegistered
from kiosk.cloud.platform import Connection, Platform, PlatformChecks, SettingsContext
from kiosk.config_section import ConfigError, Section
from kiosk.models import Measurement, MemberProfile, MemberSession

NAME = "lockers"
CONNECTED: list["Lockers"] = []  # every connection made, newest last, for tests to look into


@dataclass(frozen=True)
class LockersSettings:
    cards: tuple[bytes, ...]
    secret: str = field(repr=False)
    source: Path | None = None
    timeout_s: float = 2.0


def parse_settings(section: Section, context: SettingsContext) -> LockersSettings:
    cards = []
    for text in section.str_list("cards", []):
        try:
            cards.append(bytes.fromhex(text))
        except ValueError:
            raise ConfigError(section.key("cards"), "each card is its UID as hex text") from None
    settings = LockersSettings(
        cards=tuple(cards), secret=context.secret if context.secret is not None else "own-lookup",
        source=context.source, timeout_s=section.float("timeout_seconds", 2.0, minimum=0.5, maximum=60),
    )
    section.reject_unknown()
    return settings


@dataclass
class Lockers:
    """The platform's identity provider and destination in one, like EGYM's integration."""

    settings: LockersSettings
    logins: list[Credential] = field(default_factory=list)
    received: list[tuple[str, str]] = field(default_factory=list)  # (unique id, platform of the session it came with)
    closed: bool = False
    name: str = NAME
    delivery_policy: DeliveryPolicy = field(default_factory=DeliveryPolicy)  # no age limit, the shared error meanings

    async def login(self, credential: Credential) -> MemberSession:
        self.logins.append(credential)
        if not isinstance(credential, CardCredential) or credential.uid not in self.settings.cards:
            raise NotRegistered(NAME, "no locker for this card", 404)
        return MemberSession(platform=NAME, credential=credential, access_token="lockers-token", expires_at_ms=2**62)

    async def fetch_profile(self, session: MemberSession) -> MemberProfile:
        session.user_id = "locker-7"
        return MemberProfile(user_id="locker-7", first_name="Locker", last_name="Member")

    async def submit(self, measurement: Measurement, session: MemberSession) -> None:
        self.received.append((measurement.unique_id, session.platform))


def connect(settings: LockersSettings, **options: Any) -> Connection:
    lockers = Lockers(settings)
    CONNECTED.append(lockers)

    async def close() -> None:
        lockers.closed = True

    return Connection(identity=lockers, destination=lockers, close=close)


async def check_connection(connection: Connection, settings: LockersSettings) -> tuple[bool, str]:
    return True, f"{len(settings.cards)} cards known"


def secret_source(table: Mapping[str, Any], source: Path | None) -> str:
    return "present (the test platform needs none)"


LOCKERS = Platform(
    name=NAME,
    display_name="Lockers",
    identity_provider=True,
    destination=True,
    parse_settings=parse_settings,
    connect=connect,
    secrets=lambda settings: (settings.secret,),
    checks=PlatformChecks(secret_item="Lockers key", check_secret=secret_source, connection_item="Lockers cloud",
                          check_connection=check_connection),
    emulation="tests.kiosk.cloud.fake_platform:LockersEmulation",
)
DESTINATION_ONLY = dataclasses.replace(LOCKERS, name="scoreboard", display_name="Scoreboard", identity_provider=False)


class LockersEmulation:
    """The platform's sandbox emulation: one endpoint that says which platform it is."""

    quiet_errors: tuple[type[BaseException], ...] = ()

    def __init__(self, token_ttl_s: float = 900.0, issue_refresh_tokens: bool = True) -> None:
        self.token_ttl_s = token_ttl_s

    def asgi_app(self) -> Any:
        async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
            assert scope["type"] == "http"
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
            await send({"type": "http.response.body", "body": b"lockers"})

        return app

    def describe(self, base_url: str) -> list[str]:
        return [f"Lockers sandbox listening on {base_url}"]
