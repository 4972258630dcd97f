"""Start-up problems: one line that names the key and the fix, and the exit status systemd leaves alone.

Every check made before the kiosk starts raises :class:`ConfigError`; the command line
prints :func:`problem_line` and exits with :data:`CONFIG_PROBLEM_STATUS`, which the unit
lists in ``RestartPreventExitStatus=``: restarting cannot fix a config, so it must not
restart every two seconds forever.
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from kiosk.config_section import ConfigError
from kiosk.storage import Database, StorageError

CONFIG_PROBLEM_STATUS = 2


def problem_line(error: ConfigError) -> str:
    """The one line an installer reads in the journal or the terminal."""
    return f"configuration problem: {error}"


def started_by_service_manager(environ: Mapping[str, str]) -> bool:
    """True under systemd: it sets ``INVOCATION_ID`` for every service and ``NOTIFY_SOCKET`` for Type=notify.

    Nobody stands at the screen then to fill in a setup form, and the unit's
    ProtectSystem=strict keeps /etc/gym-kiosk read-only anyway.
    """
    return bool(environ.get("INVOCATION_ID") or environ.get("NOTIFY_SOCKET"))


def open_database(path: Path) -> Database:
    """The kiosk's database, opened (created or migrated); a file it cannot use is a ConfigError with the fix."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ConfigError(
            "storage.database",
            f"cannot create the folder {path.parent} ({error.strerror}); create it for the kiosk's user, "
            "or set storage.database to a file in a folder that user may write",
        ) from None
    try:
        return Database(path)
    except StorageError as error:
        raise ConfigError("storage.database", str(error)) from None
    except OSError as error:
        raise ConfigError(
            "storage.database", f"cannot open {path} ({error.strerror}); it and its folder must be the kiosk user's"
        ) from None
