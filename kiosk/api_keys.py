"""A platform's API key: from an environment variable or an owner-only file, never from the TOML.

Platforms name their own variable and file (EGYM: ``GYM_KIOSK_EGYM_API_KEY``, ``egym-api-key``
beside the config); this module only reads and writes such a key safely.
"""
from __future__ import annotations

import os
import pwd
import stat
from pathlib import Path

from typing import Any, Mapping

from kiosk.config_section import ConfigError, Section

_WRITE_FIX = (
    "write the key into it as one line of plain text: printf '%s\\n' 'THE-API-KEY' > {file} && chmod 600 {file}"
)


def load_api_key(env_var: str, file: Path | None, key_name: str) -> str:
    """The API key from ``env_var`` if set, else from ``file``.

    The file must be a plain UTF-8 text file readable by its owner only (mode 600
    or 400): a key that other local users can read is refused, and so is anything
    that cannot be read as such. Every refusal names the fix; none shows the key.
    """
    value = os.environ.get(env_var, "").strip()
    if value:
        return value
    if file is None:
        raise ConfigError(key_name, f"no API key: set the environment variable {env_var} or configure a key file")
    try:
        mode = file.stat().st_mode
    except FileNotFoundError:
        raise ConfigError(
            key_name, f"API key file {file} does not exist and {env_var} is not set; {_WRITE_FIX.format(file=file)}"
        ) from None
    except OSError as error:
        raise ConfigError(
            key_name, f"cannot look at the API key file {file} ({error.strerror}); let {_user()} into {file.parent}"
        ) from None
    if not stat.S_ISREG(mode):
        raise ConfigError(
            key_name, f"API key file {file} is not a plain file; remove it and {_WRITE_FIX.format(file=file)}"
        )
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(
            key_name,
            f"API key file {file} is readable by other users (mode {stat.S_IMODE(mode):o}); run: chmod 600 {file}",
        )
    try:
        value = file.read_bytes().decode("utf-8").strip()
    except PermissionError:
        raise ConfigError(
            key_name,
            f"API key file {file} cannot be read by {_user()}; run: chown {_user()} {file} && chmod 600 {file}",
        ) from None
    except OSError as error:
        raise ConfigError(key_name, f"cannot read the API key file {file} ({error.strerror})") from None
    except UnicodeDecodeError:
        raise ConfigError(key_name, f"API key file {file} is not UTF-8 text; {_WRITE_FIX.format(file=file)}") from None
    if not value:
        raise ConfigError(key_name, f"API key file {file} is empty; {_WRITE_FIX.format(file=file)}")
    return value


def _user() -> str:
    """This process's user name, for the chown in a fix (the service runs as gym-kiosk)."""
    try:
        return pwd.getpwuid(os.geteuid()).pw_name
    except KeyError:
        return str(os.geteuid())


def write_api_key(file: Path, api_key: str) -> None:
    """Write the key to ``file`` so that only its owner can read it."""
    file.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(api_key + "\n")
    os.chmod(file, 0o600)


def client_secret(section: Section, source: Path | None, default_env: str, given: str | None) -> str:
    """A platform's client secret from its table's ``client_secret_env`` / ``client_secret_file`` (else
    ``default_env``), or ``given`` when the caller hands it over; never from the table itself."""
    if section.has("client_secret"):
        raise ConfigError(section.key("client_secret"),
                          f"client_secret must not be in the config file; set {default_env} or use an owner-only file")
    if given is not None:
        return given
    env_var, file = _secret_places(section, source, default_env)
    return load_api_key(env_var, file, section.key("client_secret_file"))


def client_secret_if_found(table: Mapping[str, Any], source: Path | None, platform: str,
                           default_env: str) -> tuple[str, ...]:
    """The client secret for masking a support bundle of a config that may not load; () when there is none."""
    try:
        env_var, file = _secret_places(Section(dict(table), platform), source, default_env)
        return (load_api_key(env_var, file, f"{platform}.client_secret_file"),)
    except (ConfigError, OSError):
        return ()


def _secret_places(section: Section, source: Path | None, default_env: str) -> tuple[str, Path | None]:
    env_var = section.str("client_secret_env", default_env)
    file_value = section.str("client_secret_file", "")
    if not file_value:
        return env_var, None
    path = Path(file_value).expanduser()
    if not path.is_absolute() and source is not None:
        path = source.parent / path
    return env_var, path
