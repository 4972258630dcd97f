"""The kiosk's TOML configuration file: where it is, what it holds, and checking it at start.

Every problem is reported as a :class:`ConfigError` naming the dotted key and what
to change. Each cloud platform has a table named after it (``[egym]``); the loader
hands that table to the platform's own parser (see :mod:`kiosk.cloud.registry`) and
knows no platform by name. A platform's secret (an API key) is never read from the
TOML: the platform finds it in the environment or an owner-only file.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Mapping, Sequence

from kiosk.cloud.platform import Platform, SettingsContext
from kiosk.cloud.registry import PLATFORMS
from kiosk.config_section import ConfigError, Section

__all__ = [
    "ConfigError", "DeviceConfig", "KioskConfig", "OutboxConfig", "StationConfig", "StorageConfig", "TrainerConfig",
    "default_config_path", "load_config", "parse_config", "placeholder_secrets", "read_config_file",
]

StationType = Literal["scale", "cardio", "flexibility"]
STATION_KINDS: dict[str, str] = {"scale": "body", "cardio": "cardio", "flexibility": "flexibility"}
SIMULATED = "simulated"
# The kiosk's own tables; a platform may not be named like one of them.
KIOSK_TABLES = ("station", "readers", "device", "storage", "simulation", "trainer", "outbox")
PLACEHOLDER_SECRET = "placeholder-for-validation"


UNIT_SYSTEMS = ("metric", "us_customary", "imperial")


@dataclass(frozen=True)
class StationConfig:
    """What this kiosk stands beside, and how long screens wait for a member."""

    type: StationType = "scale"
    name: str = ""
    language: str = "en"
    idle_seconds: float = 45.0
    idle_warning_seconds: float = 15.0
    review_seconds: float = 6.0  # before an unsaved result is sent in the background; it stays on screen
    result_seconds: float = 6.0  # the failed screen
    claim_window_seconds: float = 60.0  # a result finished before a tap is offered to a tap within this
    identity: tuple[str, ...] = ()  # the platforms asked who a card belongs to, in order; the first that knows it wins
    screen_diagonal_inches: float | None = None  # for panels that report no physical size, or a wrong one
    units: str = "metric"  # what trainer mode shows: metric, us_customary or imperial

    @property
    def kind(self) -> str:
        """The EGYM measurement kind this station produces."""
        return STATION_KINDS[self.type]


@dataclass(frozen=True)
class DeviceConfig:
    """One serial (or nfcpy) device: a protocol from the hardware registry and where it hangs."""

    role: Literal["reader", "measuring"]
    protocol: str
    port: str  # a device path, an nfcpy path ("usb", "tty:USB0:pn532"), or "simulated"
    baudrate: int | None = None
    reader_id: str = ""
    options: dict[str, Any] = field(default_factory=dict)
    pc_mode: bool = False  # analysers: give the member's gender, age, height and body type before each measurement
    tare_kg: float = 0.0  # PC mode: the clothes allowance sent as D0

    @property
    def simulated(self) -> bool:
        return self.port == SIMULATED


@dataclass(frozen=True)
class StorageConfig:
    database: Path
    history_days: int = 30
    min_free_mb: int = 200  # warn (housekeeping, check) below this much free disk space; 0: off


@dataclass(frozen=True)
class OutboxConfig:
    """Delivery queues: the longest a platform's ``Retry-After`` may pause one (it has no bound of its own)."""

    max_retry_after_seconds: float = 900.0


@dataclass(frozen=True)
class TrainerConfig:
    """Trainer mode: which cards open it, where the PIN hash is, when it closes by itself.

    ``cards`` are the trainers' card UIDs (from hex in the TOML). The PIN is not in
    the TOML: ``pin_file`` holds its argon2id hash, owner-readable only, written by
    ``python -m kiosk.trainer set-pin`` (default: ``trainer-pin`` beside the config).
    """

    cards: tuple[bytes, ...] = field(default=(), repr=False)
    pin_file: Path | None = None
    idle_seconds: float = 120.0


@dataclass(frozen=True)
class KioskConfig:
    """The whole config. ``platforms`` holds the settings of every platform that has a table, in registry order.

    A platform's settings are also an attribute named like its table: ``config.egym``.
    """

    source: Path | None
    station: StationConfig
    platforms: Mapping[str, Any]
    readers: tuple[DeviceConfig, ...]
    device: DeviceConfig | None
    storage: StorageConfig
    simulated_cards: tuple[str, ...] = ()  # hex UIDs the simulated reader taps in autoplay
    trainer: TrainerConfig = TrainerConfig()
    outbox: OutboxConfig = OutboxConfig()

    def __getattr__(self, name: str) -> Any:
        platforms = self.__dict__.get("platforms", {})
        if name in platforms:
            return platforms[name]
        raise AttributeError(f"{type(self).__name__} has no {name!r} (and no platform of that name has a table)")

    @property
    def all_simulated(self) -> bool:
        devices = [*self.readers, *([self.device] if self.device else [])]
        return all(d.simulated for d in devices)


def default_config_path() -> Path:
    """$GYM_KIOSK_CONFIG, else the user's config dir, else /etc/gym-kiosk/config.toml."""
    explicit = os.environ.get("GYM_KIOSK_CONFIG")
    if explicit:
        return Path(explicit)
    user = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "gym-kiosk" / "config.toml"
    return user if user.exists() else Path("/etc/gym-kiosk/config.toml")


def default_data_dir() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "gym-kiosk"


def load_config(path: Path, platforms: Sequence[Platform] = PLATFORMS) -> KioskConfig:
    """Read and check the config file at ``path``."""
    return parse_config(read_config_file(path), source=path, platforms=platforms)


def read_config_file(path: Path) -> dict[str, Any]:
    """The TOML document at ``path``; every way it cannot be read is a ConfigError naming the file and the fix."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(str(path), "config file not found (pass --config PATH, or run: gym-kiosk setup)") from None
    except IsADirectoryError:
        raise ConfigError(str(path), "is a directory, not a config file; pass --config with the file's path") from None
    except PermissionError:
        raise ConfigError(str(path), f"cannot be read by this user; make it readable: chmod 644 {path}") from None
    except OSError as error:
        raise ConfigError(str(path), f"cannot be read ({error.strerror})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ConfigError(str(path), f"line {line} is not UTF-8 text; save the file as UTF-8") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(str(path), f"is not valid TOML: {error}") from None


def parse_config(
    data: dict[str, Any],
    source: Path | None = None,
    secrets: Mapping[str, str] | None = None,
    platforms: Sequence[Platform] = PLATFORMS,
) -> KioskConfig:
    """Check a parsed TOML document.

    ``secrets`` hands platforms their secret by platform name instead of their own
    lookup (demo, setup, tests; :func:`placeholder_secrets` for checks that must not
    need them). ``platforms`` is the registry (tests add platforms of their own).
    """
    root = Section(data)
    settings = _platform_settings(root, source, secrets or {}, platforms)
    config = KioskConfig(
        source=source,
        station=_station(root.table("station"), settings, platforms),
        platforms=settings,
        readers=tuple(_device(s, "reader") for s in root.tables("readers")),
        device=_device(root.table("device"), "measuring") if root.has("device") else None,
        storage=_storage(root.table("storage")),
        simulated_cards=tuple(_simulated_cards(root.table("simulation"))),
        trainer=_trainer(root.table("trainer"), source),
        outbox=_outbox(root.table("outbox")),
    )
    root.reject_unknown()
    if not config.readers:
        raise ConfigError("readers", "at least one card reader is required ([[readers]])")
    return config


def placeholder_secrets(platforms: Sequence[Platform] = PLATFORMS) -> dict[str, str]:
    """A stand-in secret for every platform: for checking a config without needing (or showing) its secrets."""
    return {platform.name: PLACEHOLDER_SECRET for platform in platforms}


def _platform_settings(
    root: Section, source: Path | None, secrets: Mapping[str, str], platforms: Sequence[Platform],
) -> dict[str, Any]:
    """Each platform's settings from its table, in registry order; at least one platform must have one."""
    for platform in platforms:
        if platform.name in KIOSK_TABLES:
            raise ValueError(f"platform {platform.name!r} is named like the kiosk's own [{platform.name}] table")
    for platform in platforms:
        if not platform.kiosk_may_connect and root.has(platform.name):
            raise ConfigError(platform.name, f"{platform.display_name} is reached through the hub only (its secret must "
                                             f"not sit on a kiosk): configure it in hub.toml under [gyms.<name>.{platform.name}]")
    platforms = [platform for platform in platforms if platform.kiosk_may_connect]
    enabled = [platform for platform in platforms if root.has(platform.name)]
    if not enabled:
        raise ConfigError(" or ".join(platform.name for platform in platforms), "is required but missing")
    return {
        platform.name: platform.parse_settings(
            root.table(platform.name), SettingsContext(source=source, secret=secrets.get(platform.name))
        )
        for platform in enabled
    }


def _station(s: Section, settings: Mapping[str, Any], platforms: Sequence[Platform]) -> StationConfig:
    station = StationConfig(
        type=s.str("type", "scale", choices=STATION_KINDS),
        name=s.str("name", ""),
        language=s.str("language", "en"),
        idle_seconds=s.float("idle_seconds", 45.0, minimum=5, maximum=600),
        idle_warning_seconds=s.float("idle_warning_seconds", 15.0, minimum=3, maximum=120),
        review_seconds=s.float("review_seconds", 6.0, minimum=1, maximum=120),
        result_seconds=s.float("result_seconds", 6.0, minimum=1, maximum=120),
        claim_window_seconds=s.float("claim_window_seconds", 60.0, minimum=0, maximum=600),
        identity=_identity_order(s, settings, platforms),
        screen_diagonal_inches=s.float("screen_diagonal_inches", None, minimum=5, maximum=100),
        units=s.str("units", "metric", choices=UNIT_SYSTEMS),
    )
    s.reject_unknown()
    return station


def _identity_order(s: Section, settings: Mapping[str, Any], platforms: Sequence[Platform]) -> tuple[str, ...]:
    """``[station] identity``: platforms with a table that identify members; default all of them, in registry order."""
    providers = [p.name for p in platforms if p.identity_provider and p.name in settings]
    if not providers:
        others = ", ".join(p.name for p in platforms if p.identity_provider)
        raise ConfigError(s.key("identity"), f"no platform configured here identifies members; add the table of one of: {others}")
    order = s.str_list("identity", providers)
    for name in order:
        if name not in providers:
            raise ConfigError(s.key("identity"), f"{name!r} is not a configured platform that identifies members "
                                                 f"(configured: {', '.join(providers)})")
    if len(set(order)) != len(order):
        raise ConfigError(s.key("identity"), "names a platform twice")
    if not order:
        raise ConfigError(s.key("identity"), f"names no platform, so members could not log in; e.g. {providers[:1]}")
    return tuple(order)


def _device(s: Section, role: Literal["reader", "measuring"]) -> DeviceConfig:
    from hardware.registry import handler_for  # the registry names every protocol we speak

    protocol = s.str("protocol")
    handler = handler_for(protocol)
    if handler is None or handler.role != role:
        from hardware.registry import protocol_names

        raise ConfigError(s.key("protocol"), f"unknown {role} protocol {protocol!r}; known: {', '.join(protocol_names(role))}")
    port = s.str("port")
    baudrate = s.int("baudrate", None, minimum=300, maximum=921600)
    reader_id = s.str("id", "")
    options = s.table("options").raw()
    try:
        handler.check_options(options)
    except (TypeError, ValueError) as exc:
        raise ConfigError(s.key("options"), str(exc)) from None
    pc_mode, tare_kg = _pc_mode(s, handler.pc_mode) if role == "measuring" else (False, 0.0)
    s.reject_unknown()
    return DeviceConfig(role=role, protocol=protocol, port=port, baudrate=baudrate, reader_id=reader_id, options=options,
                        pc_mode=pc_mode, tare_kg=tare_kg)


def _pc_mode(s: Section, dialect: str | None) -> tuple[bool, float]:
    """``[device] pc_mode`` and ``tare_kg``: only for analysers that take personal data (hardware registry)."""
    from hardware.protocols.tanita_pc_mode import MAX_TARE_KG

    pc_mode = s.bool("pc_mode", False)
    if pc_mode and dialect is None:
        from hardware.registry import REGISTRY

        takers = ", ".join(h.protocol for h in REGISTRY if h.pc_mode)
        raise ConfigError(s.key("pc_mode"), f"the {s.str('protocol')} device takes no personal data; "
                                            f"PC mode is for: {takers}")
    if s.has("tare_kg") and not pc_mode:
        raise ConfigError(s.key("tare_kg"), "is sent to the analyser in PC mode only; set pc_mode = true or remove it")
    tare_kg = s.float("tare_kg", 0.0, minimum=0.0, maximum=MAX_TARE_KG)
    return pc_mode, float(tare_kg)


def _storage(s: Section) -> StorageConfig:
    database = s.str("database", str(default_data_dir() / "kiosk.sqlite3"))
    storage = StorageConfig(
        database=Path(database),
        history_days=s.int("history_days", 30, minimum=1, maximum=3650),
        min_free_mb=s.int("min_free_mb", 200, minimum=0, maximum=10_000_000),
    )
    s.reject_unknown()
    return storage


def _outbox(s: Section) -> OutboxConfig:
    outbox = OutboxConfig(max_retry_after_seconds=s.float("max_retry_after_seconds", 900.0, minimum=1, maximum=86_400))
    s.reject_unknown()
    return outbox


def _simulated_cards(s: Section) -> list[str]:
    cards = s.str_list("cards", [])
    for card in cards:
        try:
            bytes.fromhex(card)
        except ValueError:
            raise ConfigError(s.key("cards"), "each card must be its UID as hex text, e.g. \"AB1020CD\"") from None
    s.reject_unknown()
    return cards


def parse_card_uid(text: str) -> bytes:
    """A card UID written as hex ("046E3A125B8090", "04:6e:3a:12") as bytes; ValueError if it is not one.

    It reads ``[trainer] cards``; it lives here so that the config never imports the trainer package.
    """
    cleaned = "".join(ch for ch in text if ch not in " :-")
    try:
        uid = bytes.fromhex(cleaned)
    except ValueError:
        raise ValueError("a card UID must be hex text such as \"046E3A125B8090\"") from None
    if not 1 <= len(uid) <= 16:
        raise ValueError(f"a card UID has 1 to 16 bytes, this one has {len(uid)}")
    return uid


def _trainer(s: Section, source: Path | None) -> TrainerConfig:
    cards = []
    for text in s.str_list("cards", []):
        try:
            cards.append(parse_card_uid(text))
        except ValueError as exc:
            raise ConfigError(s.key("cards"), f"{exc} (a trainer card is its UID as hex text)") from None
    pin_file: Path | None = Path(s.str("pin_file")) if s.has("pin_file") else None
    if pin_file is not None and not pin_file.is_absolute() and source is not None:
        pin_file = source.parent / pin_file
    elif pin_file is None and source is not None:
        pin_file = source.parent / "trainer-pin"
    trainer = TrainerConfig(
        cards=tuple(cards), pin_file=pin_file, idle_seconds=s.float("idle_seconds", 120.0, minimum=30, maximum=1800)
    )
    s.reject_unknown()
    return trainer
