"""Exporting results as CSV to a USB stick or the kiosk's data folder, written atomically.

The file holds what a trainer sees on screen (time, member label, values, delivery
states), never API keys, tokens or card numbers. Text cells that a spreadsheet
would run as a formula are prefixed with an apostrophe. Exports left in the
kiosk's own folder hold member data like the database does, so housekeeping
deletes them after ``[storage] history_days`` (:func:`purge_old_exports`).
"""
from __future__ import annotations

import csv
import os
import re
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable, Sequence

from hardware import fields
from kiosk.outbox.history import HistoryItem

MEDIA_ROOTS = (Path("/media"), Path("/run/media"))  # udisks mounts sticks at <root>/<user>/<label>
EXPORT_SUBDIR = "exports"
_KNOWN_FIELDS = (*fields.BODY_FIELDS, *fields.CARDIO_FIELDS, *fields.FLEXIBILITY_FIELDS)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FILE_STEM = "gym-kiosk-results-"
_TEMPORARY_PREFIX = ".gym-kiosk-export-"
_OUR_FILE = re.compile(rf"{re.escape(_FILE_STEM)}[\d-]+\.csv|{re.escape(_TEMPORARY_PREFIX)}.*\.part")


class ExportError(Exception):
    """The CSV file could not be written; the message names the folder and the cause."""


@dataclass(frozen=True)
class ExportFolder:
    """Where an export can go: a mounted removable drive, or the kiosk's own data folder."""

    path: Path
    removable: bool


def export_folders(
    data_dir: Path,
    *,
    media_roots: Sequence[Path] = MEDIA_ROOTS,
    is_mount: Callable[[Path], bool] = os.path.ismount,
) -> list[ExportFolder]:
    """Writable mounted drives under ``media_roots`` (``<root>/*/*``), then ``<data_dir>/exports``.

    Only mount points count, so a folder left behind by an unplugged stick is not offered.
    """
    found: list[ExportFolder] = []
    for root in media_roots:
        for candidate in sorted(root.glob("*/*")):
            if candidate.is_dir() and is_mount(candidate) and os.access(candidate, os.W_OK | os.X_OK):
                found.append(ExportFolder(candidate, removable=True))
    found.append(ExportFolder(data_dir / EXPORT_SUBDIR, removable=False))
    return found


def csv_rows(items: Iterable[HistoryItem]) -> list[list[str]]:
    """The header and one row per item: time, member, kind, every value, per-destination state and reason, id."""
    items = list(items)
    present = {name for item in items for name in item.values}
    value_columns = [name for name in _KNOWN_FIELDS if name in present] + sorted(present - set(_KNOWN_FIELDS))
    destinations = sorted({record.destination for item in items for record in item.deliveries})
    header = ["time", "member", "kind", *value_columns]
    for destination in destinations:
        header += [f"{destination} state", f"{destination} reason"]
    header.append("measurement id")
    rows = [header]
    for item in items:
        by_destination = {record.destination: record for record in item.deliveries}
        row = [_local_time(item.timestamp_ms), _text(item.member_label), item.kind]
        row += [_number(item.values[name]) if name in item.values else "" for name in value_columns]
        for destination in destinations:
            record = by_destination.get(destination)
            reason = "; ".join(part for part in (record.reason, record.detail) if part) if record else ""
            row += [record.state.value if record else "", _text(reason)]
        row.append(item.unique_id)
        rows.append(row)
    return rows


def write_csv(items: Iterable[HistoryItem], folder: Path, *, now: datetime | None = None) -> Path:
    """Write ``items`` to a new CSV file in ``folder`` and return its path.

    The file appears complete or not at all: it is written under a temporary name,
    flushed to the device, then renamed. UTF-8 with a byte-order mark, so
    spreadsheet programs show accented names correctly.
    """
    rows = csv_rows(items)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, f"{_FILE_STEM}{stamp}")
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=_TEMPORARY_PREFIX, suffix=".part")
    except OSError as exc:
        raise ExportError(f"cannot write to {folder}: {exc.strerror or type(exc).__name__}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows(rows)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(f"cannot write to {folder}: {exc.strerror or type(exc).__name__}") from None
    _sync_directory(folder)
    return target


def purge_old_exports(folder: Path, days: float, *, now: float | None = None) -> int:
    """Delete the kiosk's CSV exports in ``folder`` last written more than ``days`` ago; returns how many.

    Only files this module writes are touched. Meant for the kiosk's own folder;
    a USB stick leaves with the trainer.
    """
    cutoff = (time.time() if now is None else now) - days * 86_400
    deleted = 0
    try:
        candidates = list(folder.iterdir())
    except FileNotFoundError:
        return 0
    for path in candidates:
        try:
            if _OUR_FILE.fullmatch(path.name) and path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                deleted += 1
        except FileNotFoundError:
            continue
    return deleted


def _free_name(folder: Path, stem: str) -> Path:
    target, counter = folder / f"{stem}.csv", 2
    while target.exists():
        target, counter = folder / f"{stem}-{counter}.csv", counter + 1
    return target


def _sync_directory(folder: Path) -> None:
    """Make the rename durable where the file system allows it (FAT sticks may not)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _local_time(timestamp_ms: int) -> str:
    return datetime.fromtimestamp(timestamp_ms / 1000).astimezone().isoformat(timespec="seconds")


def _number(value: float) -> str:
    return f"{value:.10g}"


def _text(value: str) -> str:
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value
