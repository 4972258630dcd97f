"""The kiosk's TOML configuration file: where it is, what it holds, and checking it at start.

Every problem is reported as a :class:`ConfigError` naming the dotted key and what
to change. The EGYM API key is never read from the TOML: it comes from an
environment variable or an owner-only file (see :mod:`kiosk.config.secrets`).
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from kiosk.cloud.egym.settings import EgymSettings, parse_egym_settings
from kiosk.config.secrets import load_api_key
from kiosk.config_section import ConfigError, Section

__all__ = [
    "ConfigError", "DeviceConfig", "KioskConfig", "OutboxConfig", "StationConfig", "StorageConfig", "TrainerConfig",
    "default_config_path", "load_config", "parse_config", "read_config_file",
]

StationType = Literal["scale", "cardio", "flexibility"]
STATION_KINDS: dict[str, str] = {"scale": "body", "cardio": "cardio", "flexibility": "flexibility"}
DEFAULT_API_KEY_ENV = "GYM_KIOSK_EGYM_API_KEY"
SIMULATED = "simulated"


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
    source: Path | None
    station: StationConfig
    egym: EgymSettings
    readers: tuple[DeviceConfig, ...]
    device: DeviceConfig | None
    storage: StorageConfig
    simulated_cards: tuple[str, ...] = ()  # hex UIDs the simulated reader taps in autoplay
    trainer: TrainerConfig = TrainerConfig()
    outbox: OutboxConfig = OutboxConfig()

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


def load_config(path: Path) -> KioskConfig:
    """Read and check the config file at ``path``."""
    return parse_config(read_config_file(path), source=path)


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


def parse_config(data: dict[str, Any], source: Path | None = None, api_key: str | None = None) -> KioskConfig:
    """Check a parsed TOML document; ``api_key`` overrides the env/file lookup (demo, tests)."""
    root = Section(data)
    egym_section = root.table("egym", required=True)
    if egym_section.has("api_key"):
        raise ConfigError(
            egym_section.key("api_key"),
            f"the API key must not be in the config file; set {DEFAULT_API_KEY_ENV} or use api_key_file",
        )
    if api_key is None:
        api_key = _api_key_for(egym_section, source)
    config = KioskConfig(
        source=source,
        station=_station(root.table("station")),
        egym=parse_egym_settings(egym_section, api_key),
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


def _api_key_for(egym: Section, source: Path | None) -> str:
    env_var = egym.str("api_key_env", DEFAULT_API_KEY_ENV)
    file_value = egym.str("api_key_file", "")
    if file_value:
        file = Path(file_value)
        if not file.is_absolute() and source is not None:
            file = source.parent / file
    else:
        file = source.parent / "egym-api-key" if source is not None else None
    return load_api_key(env_var, file, egym.key("api_key_file"))


def _station(s: Section) -> StationConfig:
    station = StationConfig(
        type=s.str("type", "scale", choices=STATION_KINDS),
        name=s.str("name", ""),
        language=s.str("language", "en"),
        idle_seconds=s.float("idle_seconds", 45.0, minimum=5, maximum=600),
        idle_warning_seconds=s.float("idle_warning_seconds", 15.0, minimum=3, maximum=120),
        review_seconds=s.float("review_seconds", 6.0, minimum=1, maximum=120),
        result_seconds=s.float("result_seconds", 6.0, minimum=1, maximum=120),
        claim_window_seconds=s.float("claim_window_seconds", 60.0, minimum=0, maximum=600),
    )
    s.reject_unknown()
    return station


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
    s.reject_unknown()
    return DeviceConfig(role=role, protocol=protocol, port=port, baudrate=baudrate, reader_id=reader_id, options=options)


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
