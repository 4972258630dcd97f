"""The kiosk's own log file: rotating, owner-only, redacted before anything is written.

The files live in the kiosk's state folder, beside the database
(:func:`log_directory`, e.g. ``/var/lib/gym-kiosk/logs``), never under the
caller's $HOME: ``gym-kiosk diagnostics`` run by root with the kiosk's config
then finds them. ``install_file_logging(directory)`` adds a handler to the root
logger next to whatever :func:`kiosk.logsafety.install` set up; diagnostics
reads the files back through :func:`log_files`.
"""
from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from kiosk.logsafety import RedactingFilter

LOG_FILE_NAME = "kiosk.log"
LOG_SUBDIR = "logs"
MAX_BYTES = 5 * 1024 * 1024
BACKUP_COUNT = 5
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _OwnerOnlyRotatingFileHandler(RotatingFileHandler):
    """A rotating file handler whose files (including rotated ones) are mode 600."""

    def _open(self):  # type: ignore[no-untyped-def]
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(descriptor, "a", encoding=self.encoding, errors=self.errors)


def log_directory(database: Path) -> Path:
    """Where the kiosk whose database is ``database`` keeps its logs: ``logs/`` in the same state folder."""
    return Path(database).parent / LOG_SUBDIR


def log_path(directory: Path) -> Path:
    """Where the current log file lives in ``directory``."""
    return Path(directory) / LOG_FILE_NAME


def log_files(directory: Path) -> list[Path]:
    """The current log file and its rotated predecessors that exist, newest first."""
    current = log_path(directory)
    candidates = [current, *(current.with_name(f"{current.name}.{n}") for n in range(1, BACKUP_COUNT + 1))]
    return [path for path in candidates if path.is_file()]


def install_file_logging(directory: Path, level: int = logging.NOTSET) -> Path:
    """Log to ``directory/kiosk.log`` (rotated at 5 MB, five old files kept); returns the path.

    Every record passes :class:`~kiosk.logsafety.RedactingFilter` first. Calling it
    again for the same directory adds no second handler.
    """
    path = log_path(directory)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, _OwnerOnlyRotatingFileHandler) and handler.baseFilename == os.path.abspath(path):
            return path
    handler = _OwnerOnlyRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    return path


def remove_file_logging(directory: Path) -> None:
    """Detach and close the handler :func:`install_file_logging` added for ``directory``."""
    path = os.path.abspath(log_path(directory))
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _OwnerOnlyRotatingFileHandler) and handler.baseFilename == path:
            root.removeHandler(handler)
            handler.close()
