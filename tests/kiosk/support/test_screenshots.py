"""Screenshots show members' screens: only the demo takes them, and the PNGs are owner-only."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtQuick import QQuickWindow

from gym_kiosk.cli import main
from ui.screenshot import grab


def test_the_installed_kiosk_refuses_to_take_screenshots(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shots = tmp_path / "shots"
    with pytest.raises(SystemExit) as stopped:
        main(["--config", str(tmp_path / "config.toml"), "--autoplay", "1", "--screenshots", str(shots)])

    assert stopped.value.code == 2
    assert "--screenshots" in capsys.readouterr().err
    assert not shots.exists()


def test_a_screenshot_is_owner_only_in_an_owner_only_folder(qapp, tmp_path: Path) -> None:
    previous = os.umask(0o022)
    window = QQuickWindow()
    try:
        window.resize(60, 40)
        saved = grab(window, tmp_path / "shots" / "01-attract.png")
    finally:
        os.umask(previous)
        window.close()

    assert saved.read_bytes().startswith(b"\x89PNG")
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert stat.S_IMODE(saved.parent.stat().st_mode) == 0o700
