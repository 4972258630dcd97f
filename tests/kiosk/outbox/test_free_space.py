"""Free disk space is watched before it runs out: housekeeping warns once, `gym-kiosk check` says so."""
from __future__ import annotations

import logging
import shutil
from pathlib import Path

from kiosk.config.loader import load_config
from kiosk.runtime.devices import DeviceHub
from kiosk.runtime.housekeeping import Housekeeping
from kiosk.support.check import run_checks
from tests.kiosk.support import write_site

MIB = 1024 * 1024


def free_mb(path: Path) -> int:
    return shutil.disk_usage(path).free // MIB


def chores(db, tmp_path: Path, min_free_mb: int) -> Housekeeping:
    return Housekeeping(DeviceHub([], lambda event: None), db, counters_path=tmp_path / "device-counters.json",
                        history_days=30, min_free_mb=min_free_mb)


async def test_housekeeping_warns_once_when_free_space_drops_below_the_threshold(db, tmp_path: Path, caplog) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.runtime.housekeeping")
    above_what_is_free = free_mb(tmp_path) + 10_000
    watching = chores(db, tmp_path, above_what_is_free)

    await watching.run_once()
    await watching.run_once()

    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1, "said once, not every minute"
    assert "storage.min_free_mb" in warnings[0] and str(db.path.parent) in warnings[0]


async def test_enough_free_space_is_not_worth_a_warning(db, tmp_path: Path, caplog) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.runtime.housekeeping")
    await chores(db, tmp_path, 1).run_once()
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_check_fails_on_too_little_free_space_naming_the_setting(tmp_path: Path) -> None:
    config = write_site(tmp_path, "http://127.0.0.1:9")
    (tmp_path / "data").mkdir()
    threshold = free_mb(tmp_path) + 10_000
    config.write_text(config.read_text().replace("[storage]\n", f"[storage]\nmin_free_mb = {threshold}\n"))
    assert load_config(config).storage.min_free_mb == threshold

    [disk] = [result for result in run_checks(config, listen_s=0.1) if result.name == "disk space"]

    assert not disk.ok
    assert "storage.min_free_mb" in disk.detail and str(tmp_path / "data") in disk.detail


def test_check_passes_with_room_to_spare(tmp_path: Path) -> None:
    config = write_site(tmp_path, "http://127.0.0.1:9")
    (tmp_path / "data").mkdir()

    [disk] = [result for result in run_checks(config, listen_s=0.1) if result.name == "disk space"]

    assert disk.ok and "MB free" in disk.detail
