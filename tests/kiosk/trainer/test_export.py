"""CSV export: where it can go, what a row holds, and that a failed write leaves nothing behind."""
from __future__ import annotations

import csv
import os
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.outbox.history import DeliveryRecord, HistoryItem
from kiosk.outbox.status import DeliveryState
from kiosk.trainer.export import ExportError, ExportFolder, csv_rows, export_folders, write_csv

NOW = datetime(2026, 11, 21, 9, 30, 0)


def result(unique_id: str, label: str, values: dict[str, float], *states: tuple[str, DeliveryState, str]) -> HistoryItem:
    deliveries = tuple(
        DeliveryRecord(destination, state, 1, None, "rejected" if detail else None, detail, (), 0.0)
        for destination, state, detail in states
    )
    return HistoryItem(unique_id, "body", 1_795_000_000_000, values, "MC-780", 0.0, deliveries, member_label=label)


def test_mounted_sticks_come_first_then_the_kiosks_data_folder(tmp_path: Path) -> None:
    media, run_media = tmp_path / "media", tmp_path / "run-media"
    stick, leftover, other_user = media / "kiosk" / "STICK", media / "kiosk" / "OLD", run_media / "admin" / "USB"
    for folder in (stick, leftover, other_user):
        folder.mkdir(parents=True)
    mounted = {stick, other_user}

    found = export_folders(tmp_path / "data", media_roots=(media, run_media), is_mount=lambda p: p in mounted)

    assert found == [ExportFolder(stick, True), ExportFolder(other_user, True), ExportFolder(tmp_path / "data" / "exports", False)]


def test_rows_hold_time_member_kind_each_value_and_every_destinations_state() -> None:
    rows = csv_rows([
        result("m-2", "Dana W.", {"weight_kg": 63.5, "bmi": 22.5}, ("egym", DeliveryState.REJECTED, "weight out of range")),
        result("m-1", "Lukas B.", {"weight_kg": 84.25, "body_fat_percent": 19.0, "odd_value": 1.0},
               ("egym", DeliveryState.SENT, ""), ("backup", DeliveryState.PENDING, "")),
    ])
    header, dana, lukas = rows
    assert header == ["time", "member", "kind", "weight_kg", "bmi", "body_fat_percent", "odd_value",
                      "backup state", "backup reason", "egym state", "egym reason", "measurement id"]
    assert dana[1:7] == ["Dana W.", "body", "63.5", "22.5", "", ""]
    assert dana[7:] == ["", "", "rejected", "rejected; weight out of range", "m-2"]
    assert lukas[3:11] == ["84.25", "", "19", "1", "pending", "", "sent", ""]
    assert datetime.fromisoformat(dana[0]).timestamp() == 1_795_000_000


def test_text_a_spreadsheet_would_run_as_a_formula_is_defused() -> None:
    [_, row] = csv_rows([result("m-1", "=HYPERLINK(\"x\")", {"weight_kg": 70.0})])
    assert row[1] == "'=HYPERLINK(\"x\")"


def test_the_file_is_complete_with_a_unique_name_and_no_temporary_file_left(tmp_path: Path) -> None:
    items = [result("m-1", "Zoë Ä.", {"weight_kg": 70.0}, ("egym", DeliveryState.SENT, ""))]
    first = write_csv(items, tmp_path / "exports", now=NOW)
    second = write_csv(items, tmp_path / "exports", now=NOW)

    assert (first.name, second.name) == ("gym-kiosk-results-20261121-093000.csv", "gym-kiosk-results-20261121-093000-2.csv")
    assert sorted(os.listdir(tmp_path / "exports")) == sorted([first.name, second.name])
    with first.open(encoding="utf-8-sig", newline="") as handle:
        assert [row["member"] for row in csv.DictReader(handle)] == ["Zoë Ä."]
    assert first.read_bytes().startswith("\ufeff".encode())  # spreadsheet programs then read UTF-8


def test_a_folder_that_cannot_be_written_is_a_clear_error(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    with pytest.raises(ExportError, match=f"cannot write to {blocked}"):
        write_csv([], blocked, now=NOW)
