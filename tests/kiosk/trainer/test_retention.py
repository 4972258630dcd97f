"""Trainer data follows the site's retention setting, and the audit log's card labels cannot be
recomputed from a card UID by anyone who lacks the site's secret."""
from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from kiosk.outbox.history import HistoryItem
from kiosk.runtime.devices import DeviceHub
from kiosk.runtime.housekeeping import Housekeeping
from kiosk.trainer import AuditAction, AuditLog, card_actor
from kiosk.trainer.export import write_csv
from tests.kiosk.trainer.support import SITE_SECRET, TRAINER_CARD

DAY_S = 86_400


def chores(db, data_dir: Path, history_days: int = 30) -> Housekeeping:
    return Housekeeping(DeviceHub([], lambda event: None), db, counters_path=data_dir / "device-counters.json",
                        history_days=history_days, exports_dir=data_dir / "exports")


def exported(folder: Path, age_days: float) -> Path:
    """A CSV export written ``age_days`` ago (by the kiosk's own writer)."""
    item = HistoryItem("m-1", "body", 1_795_000_000_000, {"weight_kg": 70.0}, "MC-780", 0.0, (), member_label="Dana W.")
    path = write_csv([item], folder)
    moment = time.time() - age_days * DAY_S
    os.utime(path, (moment, moment))
    return path


async def test_exports_in_the_kiosks_own_folder_are_deleted_after_the_history_window(db, tmp_path: Path) -> None:
    data = tmp_path / "data"
    old, recent = exported(data / "exports", 31), exported(data / "exports", 29)
    unrelated = data / "exports" / "notes.txt"
    unrelated.write_text("not ours")

    await chores(db, data).run_once()

    assert sorted(path.name for path in (data / "exports").iterdir()) == sorted([recent.name, unrelated.name])
    assert not old.exists()


async def test_the_trainer_audit_log_is_purged_after_the_history_window(db, clock, tmp_path: Path) -> None:
    audit = AuditLog(db, clock=clock)
    await audit.record("pin", AuditAction.ENTER, reason="pin")
    clock.advance(20 * DAY_S)
    await audit.record("pin", AuditAction.EXIT, reason="button")

    await chores(db, tmp_path / "data").run_once(now=clock.now + 15 * DAY_S)

    assert [entry.action for entry in await audit.entries()] == ["exit"]


def test_a_card_label_needs_the_sites_secret_not_only_the_uid() -> None:
    label = card_actor(TRAINER_CARD, SITE_SECRET)

    public_salt_label = "card " + hashlib.sha256(b"gym-kiosk trainer card\x00" + TRAINER_CARD).hexdigest()[:8]
    assert label != public_salt_label
    assert label != card_actor(TRAINER_CARD, b"another site's secret")
    assert label == card_actor(TRAINER_CARD, SITE_SECRET)  # stable, so one trainer's entries can be followed
    assert TRAINER_CARD.hex() not in label.lower()
