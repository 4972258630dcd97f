"""First-run setup: turn an installer's answers into a config file the kiosk and ``gym-kiosk check`` accept.

The answers live in a :class:`SetupForm`: the station, devices, trainer PIN and
database, plus the answers to each platform's own fields (``answers``, by field
name; the platforms in :mod:`kiosk.cloud.registry` that have a setup part, see
:class:`~kiosk.cloud.platform.PlatformSetup`). :func:`validate` checks them with the
same loader the kiosk uses at start (so setup can never write a config the kiosk
refuses) and names the form field each problem belongs to. :func:`test_connection`
asks each platform once, changing no member data. :func:`write` stores the config
TOML, each platform's secret in its owner-only file and the trainer PIN's argon2id
hash, all beside the config.
"""
from __future__ import annotations

import asyncio
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping

from argon2 import PasswordHasher

from hardware.registry import handler_for
from kiosk.cloud.platform import QT_TRANSLATE_NOOP, Platform, PlatformSetup
from kiosk.cloud.registry import PLATFORMS
from kiosk.config.loader import STATION_KINDS, SIMULATED, load_config, parse_config, read_config_file
from kiosk.config_section import ConfigError
from kiosk.support.check import check_platform
from kiosk.trainer.pin import check_pin_format, write_pin_file

SETUP_CONTEXT = "setup"  # the Qt translation context of the setup form's own messages (lupdate needs it spelt out below)
PORT_MISSING = {
    "reader_port": QT_TRANSLATE_NOOP("setup", "choose the reader's port, or \"simulated\""),
    "device_port": QT_TRANSLATE_NOOP("setup", "choose the device's port, or \"simulated\""),
}

PIN_FILE = "trainer-pin"  # the loader's default [trainer] pin_file, beside the config
GENERAL = "general"  # the field name for problems that belong to no single field
_REPLACED = {name for platform in PLATFORMS if platform.setup is not None for name in platform.setup.replaces}
SETUP_PLATFORMS: tuple[Platform, ...] = tuple(
    platform for platform in PLATFORMS if platform.setup is not None and platform.name not in _REPLACED
)  # the hub's part takes the place of EGYM's


def _setup(platform: Platform) -> PlatformSetup:
    """``platform``'s setup part (every platform in SETUP_PLATFORMS has one)."""
    assert platform.setup is not None
    return platform.setup

KIOSK_FIELDS = (
    "station_type", "station_name",
    "reader_protocol", "reader_port", "device_protocol", "device_port", "trainer_pin", "trainer_pin_repeat",
    "database",
)


def _fields_by_name() -> dict[str, Platform]:
    """Each platform field's platform; a name used twice on the form (or by the kiosk's own fields) is a bug."""
    by_name: dict[str, Platform] = {}
    for platform in SETUP_PLATFORMS:
        for setup_field in _setup(platform).fields:
            if setup_field.name in by_name or setup_field.name in KIOSK_FIELDS:
                raise ValueError(f"setup field {setup_field.name!r} of {platform.name} is already on the form")
            by_name[setup_field.name] = platform
    return by_name


PLATFORM_FIELDS = _fields_by_name()
SETUP_FIELDS = {f.name: f for platform in SETUP_PLATFORMS for f in _setup(platform).fields}  # the platforms' fields
FIELDS = (*KIOSK_FIELDS[:2], *PLATFORM_FIELDS, *KIOSK_FIELDS[2:])  # in the order the screen shows them

# Stand-ins for a field already found wrong, so the loader can go on to report the next field.
_PLACEHOLDERS: dict[str, Any] = {
    "station_type": "scale", "station_name": "", "reader_protocol": "uid-lines", "reader_port": SIMULATED,
    "device_protocol": "", "device_port": SIMULATED, "database": "",
    **{f.name: f.stand_in for platform in SETUP_PLATFORMS for f in _setup(platform).fields if f.stand_in},
}
_KEY_TO_FIELD: tuple[tuple[str, str], ...] = (
    ("station.type", "station_type"), ("station.name", "station_name"),
    *((f"{platform.name}.{f.name}", f.name) for platform in SETUP_PLATFORMS for f in _setup(platform).fields),
    ("readers[0].port", "reader_port"), ("readers[0]", "reader_protocol"), ("readers", "reader_protocol"),
    ("device.port", "device_port"), ("device", "device_protocol"),
    ("storage.database", "database"),
)
# How check results name config keys, and what the installer sees on the setup screen instead.
_INSTALLER_WORDS: tuple[tuple[str, str], ...] = tuple(
    pair for platform in SETUP_PLATFORMS for pair in _setup(platform).installer_words
)
_VALIDATION_SECRET = "setup"  # handed to the loader for a secret not entered yet (its own check reports it)
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


class SetupError(Exception):
    """Setup cannot finish: ``problems`` maps form fields (or ``"general"``) to what to fix."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(f"{name}: {text}" for name, text in problems.items()))
        self.problems = problems


def default_answers() -> dict[str, str]:
    """Every platform field's starting answer (EGYM's server: production)."""
    return {f.name: f.default for platform in SETUP_PLATFORMS for f in _setup(platform).fields}


@dataclass(frozen=True)
class SetupForm:
    """What the installer entered. Texts as typed, so a typo can be reported.

    ``answers`` are the platforms' fields by name (``gym_id``, ``api_key``…); they hold
    secrets, so they are left out of the form's repr.
    """

    station_type: str = "scale"
    station_name: str = ""
    reader_protocol: str = "uid-lines"
    reader_port: str = ""  # never "simulated" by default: an installer who skips it must choose
    device_protocol: str = "tanita"
    device_port: str = ""
    trainer_pin: str = field(default="", repr=False)
    trainer_pin_repeat: str = field(default="", repr=False)
    database: str = ""  # empty: the kiosk's default data directory
    reader_options: dict[str, Any] = field(default_factory=dict)
    device_options: dict[str, Any] = field(default_factory=dict)
    answers: Mapping[str, str] = field(default_factory=default_answers, repr=False)

    def value(self, name: str) -> str:
        """The answer to field ``name``, kiosk or platform field alike ("" when not answered)."""
        if name in PLATFORM_FIELDS:
            return self.answers.get(name, "")
        return getattr(self, name)

    def with_value(self, name: str, value: Any) -> SetupForm:
        """This form with field ``name`` answered ``value``."""
        if name in PLATFORM_FIELDS:
            return replace(self, answers={**self.answers, name: value})
        return replace(self, **{name: value})


def build_config_dict(form: SetupForm) -> dict[str, Any]:
    """The config TOML document for ``form``, as a dict (the secrets and PIN are not in it)."""
    station: dict[str, Any] = {"type": form.station_type}
    if form.station_name.strip():
        station["name"] = form.station_name.strip()
    reader: dict[str, Any] = {"protocol": form.reader_protocol, "port": form.reader_port.strip()}
    if form.reader_options:
        reader["options"] = dict(form.reader_options)
    device: dict[str, Any] = {"protocol": form.device_protocol, "port": form.device_port.strip()}
    if form.device_options:
        device["options"] = dict(form.device_options)
    data: dict[str, Any] = {"station": station}
    for platform in SETUP_PLATFORMS:
        data[platform.name] = _setup(platform).table(_answers_of(form, platform))
    data.update({"readers": [reader], "device": device})
    if form.database.strip():
        data["storage"] = {"database": form.database.strip()}
    return data


def validate(form: SetupForm, config_path: Path | None = None) -> dict[str, str]:
    """Every problem in ``form`` by field name; empty when the kiosk would accept it."""
    problems = _own_checks(form)
    replaced = {name for name in problems if name in _PLACEHOLDERS}
    checked = form
    for name in replaced:
        checked = _with_placeholder(checked, name)
    for _ in FIELDS:
        try:
            parse_config(build_config_dict(checked), source=config_path, secrets=_validation_secrets(form))
        except ConfigError as error:
            name = field_for_key(error.key)
            problems.setdefault(name, _problem_text(name, error))
            if name not in _PLACEHOLDERS or name in replaced:
                break
            replaced.add(name)
            checked = _with_placeholder(checked, name)
        else:
            break
    return {name: problems[name] for name in (*FIELDS, GENERAL) if name in problems}


def field_for_key(key: str) -> str:
    """The form field a loader key (``egym.gym_id``, ``readers[0].options``…) belongs to."""
    for prefix, name in _KEY_TO_FIELD:
        if key == prefix or key.startswith((prefix + ".", prefix + "[")):
            return name
    return GENERAL


async def test_connection(form: SetupForm) -> tuple[bool, str]:
    """Ask each platform with the form's answers whether it accepts them; changes no member data."""
    problems = validate(form)
    for platform in SETUP_PLATFORMS:
        wrong = [text for name, text in problems.items() if PLATFORM_FIELDS.get(name) is platform]
        if wrong:
            return False, f"Fix the {platform.display_name} fields first: " + "; ".join(wrong)
    config = parse_config(build_config_dict(_with_placeholder(form, "device_protocol")), secrets=_secrets(form))
    found = []
    for platform in SETUP_PLATFORMS:
        if platform.checks is not None:
            result = await check_platform(platform, config)
            if not result.ok:
                return False, installer_words(result.detail)
            found.append(installer_words(result.detail))
    return True, "; ".join(found)


def installer_words(detail: str) -> str:
    """``detail`` with config keys replaced by the names the setup screen uses."""
    for key, words in _INSTALLER_WORDS:
        detail = detail.replace(key, words)
    return detail


class ConnectionTestFailed(SetupError):
    """A platform did not accept the form's answers; ``reason`` says what to do."""

    def __init__(self, reason: str) -> None:
        super().__init__({GENERAL: reason})
        self.reason = reason


async def complete(
    form: SetupForm, config_path: Path, *, overwrite: bool = False, pin_hasher: PasswordHasher | None = None,
) -> Path:
    """Setup's finish step: check the form, test the platforms, and only then write the files.

    Raises SetupError (per field) or ConnectionTestFailed; nothing is written then.
    """
    problems = validate(form, config_path)
    if problems:
        raise SetupError(problems)
    form = await _prepared(form)
    ok, message = await test_connection(form)
    if not ok:
        raise ConnectionTestFailed(message)
    return await asyncio.to_thread(write, form, config_path, overwrite=overwrite, pin_hasher=pin_hasher)


async def _prepared(form: SetupForm) -> SetupForm:
    """``form`` with each platform's one-time answers exchanged for lasting ones (the hub's enrolment code)."""
    for platform in SETUP_PLATFORMS:
        prepare = _setup(platform).prepare
        if prepare is not None:
            try:
                answers = await prepare(_answers_of(form, platform))
            except ConfigError as error:
                name = field_for_key(error.key)
                raise SetupError({name: installer_words(error.problem)}) from None
            form = replace(form, answers={**form.answers, **answers})
    return form


def write(form: SetupForm, config_path: Path, *, overwrite: bool = False, pin_hasher: PasswordHasher | None = None) -> Path:
    """Write the config, each platform's secret file and the trainer PIN file; returns the config path.

    Refuses (SetupError) when the form has problems, or when ``config_path``
    already holds a config the kiosk accepts and ``overwrite`` is not set. An
    invalid config being replaced is kept as ``<name>.bak``. The config is
    written last, so a config only appears once its secrets and PIN are in place.
    """
    problems = validate(form, config_path)
    if problems:
        raise SetupError(problems)
    if not overwrite and _is_valid_config(config_path):
        raise SetupError({GENERAL: f"{config_path} already holds a valid config; it was left unchanged"})
    try:
        for platform in SETUP_PLATFORMS:
            _setup(platform).write_secrets(config_path.parent, _answers_of(form, platform))
        write_pin_file(config_path.parent / PIN_FILE, form.trainer_pin, pin_hasher)
        if config_path.exists():
            os.replace(config_path, config_path.with_name(config_path.name + ".bak"))
        temporary = config_path.with_name(f".{config_path.name}.new")
        temporary.write_text(to_toml(build_config_dict(form)), encoding="utf-8")
        os.replace(temporary, config_path)
    except OSError as error:
        raise SetupError({GENERAL: f"cannot write to {config_path.parent}: {error.strerror or error}; "
                                   "run the setup as the kiosk's user or choose another config path"}) from None
    return config_path


def setup_target(explicit: Path | None = None) -> Path:
    """Where setup writes the config: ``explicit``, else where the kiosk looks, else the user's config dir.

    The system-wide /etc path is used only when this user may write there.
    """
    from kiosk.config.loader import default_config_path

    if explicit is not None:
        return Path(explicit)
    chosen = default_config_path()
    if os.environ.get("GYM_KIOSK_CONFIG") or _can_create(chosen):
        return chosen
    return Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "gym-kiosk" / "config.toml"


def form_from_file(path: Path) -> SetupForm:
    """The answers an existing (perhaps invalid) config already gives, for pre-filling the form."""
    try:
        data = read_config_file(path)
    except ConfigError:
        return SetupForm()
    station = _table(data, "station")
    readers = data.get("readers") if isinstance(data.get("readers"), list) else []
    reader = readers[0] if readers and isinstance(readers[0], dict) else {}
    device, storage = _table(data, "device"), _table(data, "storage")
    defaults = SetupForm()

    def text(table: dict[str, Any], key: str, default: str) -> str:
        value = table.get(key, default)
        return str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else default

    answers = dict(defaults.answers)
    for platform in SETUP_PLATFORMS:
        answers.update(_setup(platform).answers_from_table(_table(data, platform.name)))
    return SetupForm(
        station_type=text(station, "type", defaults.station_type),
        station_name=text(station, "name", ""),
        reader_protocol=text(reader, "protocol", defaults.reader_protocol),
        reader_port=text(reader, "port", defaults.reader_port),
        device_protocol=text(device, "protocol", defaults.device_protocol),
        device_port=text(device, "port", defaults.device_port),
        database=text(storage, "database", ""),
        reader_options=_table(reader, "options"),
        device_options=_table(device, "options"),
        answers=answers,
    )


def to_toml(data: dict[str, Any]) -> str:
    """A TOML document for ``data``: tables, arrays of tables, texts, numbers, booleans and lists of those."""
    lines: list[str] = []
    _emit_table(data, [], lines)
    return "\n".join(lines).lstrip("\n") + "\n"


# --- internals ----------------------------------------------------------------


def _answers_of(form: SetupForm, platform: Platform) -> dict[str, str]:
    """The form's answers to ``platform``'s own fields."""
    return {f.name: form.answers.get(f.name, "") for f in _setup(platform).fields}


def _secrets(form: SetupForm) -> dict[str, str]:
    """Each platform's secret as entered, for the loader (never written to the TOML)."""
    return {p.name: _setup(p).secret(_answers_of(form, p)) for p in SETUP_PLATFORMS}


def _validation_secrets(form: SetupForm) -> dict[str, str]:
    """:func:`_secrets`, with a stand-in for a secret not entered yet: its own check already says so."""
    return {name: secret or _VALIDATION_SECRET for name, secret in _secrets(form).items()}


def _own_checks(form: SetupForm) -> dict[str, str]:
    """What the loader does not check but a working kiosk needs."""
    problems: dict[str, str] = {}
    for platform in SETUP_PLATFORMS:
        problems.update(_setup(platform).check_answers(_answers_of(form, platform)))
    for name, problem in PORT_MISSING.items():
        if not getattr(form, name).strip():
            problems[name] = problem
    handler = handler_for(form.device_protocol)
    kind = STATION_KINDS.get(form.station_type)
    if handler is not None and handler.role == "measuring" and kind is not None and kind not in handler.kinds:
        problems["device_protocol"] = f"a {form.device_protocol} device cannot measure for a {form.station_type} station"
    try:
        check_pin_format(form.trainer_pin)
    except ValueError:
        problems["trainer_pin"] = QT_TRANSLATE_NOOP("setup", "a trainer PIN is 4 to 12 digits")
    else:
        if form.trainer_pin_repeat != form.trainer_pin:
            problems["trainer_pin_repeat"] = QT_TRANSLATE_NOOP("setup", "the two PINs differ; type the same PIN twice")
    return problems


def _problem_text(name: str, error: ConfigError) -> str:
    if name == GENERAL:
        return str(error)
    if error.key.endswith(".options"):
        table = error.key.rpartition(".")[0].replace("[0]", "")
        return (f"this protocol needs settings the setup screen does not ask for ({error.problem}); "
                f"add them as [{table}.options] in the config file, or choose another protocol")
    return error.problem


def _with_placeholder(form: SetupForm, name: str) -> SetupForm:
    if name == "device_protocol":
        station_kind = STATION_KINDS.get(form.station_type, "body")
        protocol = {"body": "tanita", "cardio": "csafe"}.get(station_kind, "tanita")
        return replace(form, device_protocol=protocol, device_options={})
    if name == "reader_protocol":
        return replace(form, reader_protocol=_PLACEHOLDERS[name], reader_options={})
    return form.with_value(name, _PLACEHOLDERS[name])


def _is_valid_config(path: Path) -> bool:
    try:
        load_config(path)
    except ConfigError:
        return False
    return True


def _can_create(path: Path) -> bool:
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    target = path if path.exists() else existing
    return os.access(target, os.W_OK)


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    return dict(value) if isinstance(value, dict) else {}


def _emit_table(table: dict[str, Any], path: list[str], lines: list[str]) -> None:
    scalars = {k: v for k, v in table.items() if not _is_table(v) and not _is_table_array(v)}
    if path and (scalars or not any(_is_table(v) or _is_table_array(v) for v in table.values())):
        lines += ["", f"[{'.'.join(map(_key, path))}]"]
    lines += [f"{_key(k)} = {_value(v)}" for k, v in scalars.items()]
    for key, value in table.items():
        if _is_table(value):
            _emit_table(value, [*path, key], lines)
        elif _is_table_array(value):
            for item in value:
                lines += ["", f"[[{'.'.join(map(_key, [*path, key]))}]]"]
                _emit_array_item(item, [*path, key], lines)


def _emit_array_item(item: dict[str, Any], path: list[str], lines: list[str]) -> None:
    lines += [f"{_key(k)} = {_value(v)}" for k, v in item.items() if not _is_table(v)]
    for key, value in item.items():
        if _is_table(value):
            _emit_table(value, [*path, key], lines)


def _is_table(value: Any) -> bool:
    return isinstance(value, dict)


def _is_table_array(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, dict) for item in value)


def _key(key: str) -> str:
    return key if _BARE_KEY.match(key) else _string(key)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    raise TypeError(f"cannot write a {type(value).__name__} to TOML")


def _string(text: str) -> str:
    escaped = []
    for char in text:
        if char in ('"', "\\"):
            escaped.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04X}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'
