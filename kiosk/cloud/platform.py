"""What the kiosk knows about one cloud platform: the descriptor each platform folder hands the registry.

A platform is one folder under ``kiosk/cloud/`` (``kiosk/cloud/egym``) that exports a
:class:`Platform`; :mod:`kiosk.cloud.registry` lists them, one line each. Everything
outside the folder (the config loader, the composition, ``gym-kiosk check``, the setup
screen, diagnostics, the sandbox) works through this descriptor and never names a platform.

A platform's *settings* are its own frozen dataclass, read from its config table (named
like the platform: ``[egym]``). Besides its own fields it has ``timeout_s``, the longest
one request to it may take. Its secret (an API key) never comes from the TOML: the
platform finds it itself (environment, owner-only file) unless the caller hands it over.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Awaitable, Callable, Literal, Mapping, Protocol, runtime_checkable

from kiosk.cloud.base import IdentityProvider, LinksAccounts, MeasurementDestination
from kiosk.cloud.member_services import AccountLinking, MemberServices
from kiosk.config_section import Section

Settings = Any  # each platform's own settings dataclass, with a ``timeout_s`` (float) among its fields
ASGIApp = Callable[..., Awaitable[None]]  # what the sandbox serves: an ASGI application
TRANSLATION_CONTEXT = "platform"  # the Qt translation context of the texts platforms give the setup screen


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark ``text`` for translation without Qt: ``python -m ui.i18n update`` finds it, the screen translates it."""
    return text


@dataclass(frozen=True)
class SettingsContext:
    """What a platform's settings parser is told besides its table.

    ``source`` is the config file (files named in the table are relative to its folder;
    None for a config built in code). ``secret`` is the platform's secret handed over by
    the caller (the demo, the setup screen, tests, or a placeholder for checks that must
    not need it); None means the platform looks it up itself.
    """

    source: Path | None = None
    secret: str | None = None


async def _nothing_to_close() -> None:
    return None


@dataclass
class Connection:
    """One platform connected for a running kiosk: the roles it plays, and how to let go of it.

    ``heartbeat`` takes the kiosk's health report every minute (version, devices, queue depth,
    last error), for a platform that watches its fleet (the hub) or wants a sign of life from the
    machine (EGYM's standalone flavour, which ignores the report); None for the others.
    ``services`` are what the platform offers the members it logs in beyond the greeting
    (terms, points, history, card linking); None for a platform that offers none.
    """

    identity: IdentityProvider | None = None
    destination: MeasurementDestination | None = None
    close: Callable[[], Awaitable[None]] = _nothing_to_close
    heartbeat: Callable[[Mapping[str, Any]], Awaitable[None]] | None = None
    services: MemberServices | None = None
    linking: LinksAccounts | None = None  # a platform members link their account with (the hub runs the flow)
    account_linking: AccountLinking | None = None  # the kiosk's way to link a member's accounts (the hub)


@dataclass(frozen=True)
class PlatformChecks:
    """The platform's items in ``gym-kiosk check`` (also the setup screen's connection test).

    ``check_secret(table, source)`` says where the secret comes from ("present (from …)")
    or raises :class:`~kiosk.config_section.ConfigError` with the fix; it gets the raw
    table so that it works even when the rest of the config does not.
    ``check_connection(connection, settings)`` makes one request that changes nothing,
    through a connection made with ``connect_options`` (no retries, say), and returns
    (ok, what was found or what to fix).
    """

    secret_item: str  # the item's name in the check's output: "API key"
    check_secret: Callable[[Mapping[str, Any], Path | None], str]
    connection_item: str  # "EGYM cloud"
    check_connection: Callable[[Connection, Settings], Awaitable[tuple[bool, str]]]
    connect_options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SetupChoice:
    """A ready-made answer for a field, offered as a chip (a server the platform runs)."""

    value: str  # the chip's name: "production"
    label: str  # English; the setup screen translates it
    answer: str  # what choosing it fills in: the server's URL


@dataclass(frozen=True)
class SetupField:
    """One answer the installer gives for a platform on the setup screen.

    ``name`` is unique on the whole form (it also names the field's message and its
    screen item), ``stand_in`` a valid answer put in place of a wrong one so that the
    loader can go on to check the other fields. A field with ``choices`` (under the
    heading ``choices_label``) also offers "Custom", which starts from ``custom_answer``
    and takes any answer typed in. A ``hidden`` field is never shown: the platform fills it
    in itself (the hub's device credential, from the enrolment code). Texts are English; the
    setup screen translates them.
    """

    name: str
    label: str
    kind: Literal["text", "digits", "secret", "url"] = "text"
    hint: str = ""
    stand_in: str = ""
    default: str = ""
    choices: tuple[SetupChoice, ...] = ()
    choices_label: str = ""
    custom_answer: str = ""
    hidden: bool = False


@dataclass(frozen=True)
class PlatformSetup:
    """The platform's part of the installer's setup screen (:mod:`kiosk.support.setup_form`).

    ``answers`` are texts by field name, as typed. ``check_answers`` finds what the loader
    does not check (an empty API key); ``table`` turns answers into the config table;
    ``answers_from_table`` pre-fills the form from an existing (maybe broken) table;
    ``secret`` is the secret in the answers, handed to the loader; ``write_secrets`` stores
    it beside the config, owner-only. ``installer_words`` replace config keys in messages.
    ``prepare`` (when set) runs once the form is valid, before the connection test, and turns
    one-time answers into lasting ones (the hub: an enrolment code into the device credential);
    it raises :class:`~kiosk.config_section.ConfigError` naming the key to fix. ``replaces``
    names platforms whose setup part this one takes the place of on the form (the hub's,
    EGYM's: a hub kiosk holds no EGYM key).
    """

    fields: tuple[SetupField, ...]
    check_answers: Callable[[Mapping[str, str]], dict[str, str]]
    table: Callable[[Mapping[str, str]], dict[str, Any]]
    answers_from_table: Callable[[Mapping[str, Any]], dict[str, str]]
    secret: Callable[[Mapping[str, str]], str]
    write_secrets: Callable[[Path, Mapping[str, str]], None]
    installer_words: tuple[tuple[str, str], ...] = ()
    prepare: Callable[[Mapping[str, str]], Awaitable[dict[str, str]]] | None = None
    replaces: tuple[str, ...] = ()


@runtime_checkable
class Emulation(Protocol):
    """A platform's stand-in server, served by :mod:`kiosk.sandbox` (tests, demo, installers without credentials).

    The platform's ``emulation`` factory is called with ``token_ttl_s`` (float) and
    ``issue_refresh_tokens`` (bool) by ``gym-kiosk sandbox``.
    """

    quiet_errors: tuple[type[BaseException], ...]  # failures it injects on purpose: not logged as server errors

    def asgi_app(self) -> ASGIApp:
        """The server's ASGI application."""
        ...

    def describe(self, base_url: str) -> list[str]:
        """Lines telling an installer what listens at ``base_url``; the first ends with the URL."""
        ...


@dataclass(frozen=True)
class Platform:
    """Everything about one platform, for the registry.

    ``name`` is its config table, its name in the outbox and in a member's session;
    ``display_name`` is what members and installers read (a brand: never translated).
    ``connect(settings, **options)`` builds its client and integration; ``options`` are
    the platform's own (tests pass an in-process transport). ``secrets(settings)`` are the
    values the log filter must mask; ``masked_in_diagnostics(table, source)`` finds them
    from the raw table, for a support bundle of a config that does not load.
    ``emulation`` names its sandbox emulation's factory as ``"package.module:Factory"``,
    imported only when a sandbox runs. ``hub_may_connect`` is False for a platform a hub
    cannot itself talk to for its gym locations (the hub platform: no hub behind a hub);
    ``kiosk_may_connect`` is False for one only the hub talks to, because its secret must never
    sit on a kiosk (PerfectGym's client secret): a kiosk config naming it is refused with that reason.
    """

    name: str
    display_name: str
    identity_provider: bool
    destination: bool
    parse_settings: Callable[[Section, SettingsContext], Settings]
    connect: Callable[..., Connection]
    secrets: Callable[[Settings], tuple[str, ...]]
    masked_in_diagnostics: Callable[[Mapping[str, Any], Path | None], tuple[str, ...]] = lambda table, source: ()
    checks: PlatformChecks | None = None
    setup: PlatformSetup | None = None
    emulation: str | None = None
    hub_may_connect: bool = True
    kiosk_may_connect: bool = True

    def __post_init__(self) -> None:
        if not (self.identity_provider or self.destination):
            raise ValueError(f"platform {self.name!r} must be an identity provider, a destination, or both")
