"""Loading the API key from the environment or an owner-only file, never from the TOML."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from kiosk.config.section import ConfigError


def load_api_key(env_var: str, file: Path | None, key_name: str) -> str:
    """The API key from ``env_var`` if set, else from ``file``.

    The file must be readable by its owner only (mode 600 or 400): a key that
    other local users can read is refused, with the fix in the message.
    """
    value = os.environ.get(env_var, "").strip()
    if value:
        return value
    if file is None:
        raise ConfigError(key_name, f"no API key: set the environment variable {env_var} or configure a key file")
    if not file.exists():
        raise ConfigError(key_name, f"API key file {file} does not exist (and {env_var} is not set)")
    mode = file.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(
            key_name,
            f"API key file {file} is readable by other users (mode {stat.S_IMODE(mode):o}); run: chmod 600 {file}",
        )
    value = file.read_text(encoding="utf-8").strip()
    if not value:
        raise ConfigError(key_name, f"API key file {file} is empty")
    return value


def write_api_key(file: Path, api_key: str) -> None:
    """Write the key to ``file`` so that only its owner can read it."""
    file.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(api_key + "\n")
    os.chmod(file, 0o600)
