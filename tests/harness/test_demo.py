"""README's demo, as a user runs it: three member sessions by themselves, offscreen,
a screenshot of every screen, and exit 0 only once the sandbox holds all three."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

EVERY_SCREEN = {"attract", "identifying", "profile", "profile-idle-warning", "measuring", "review", "submitting", "done", "failed"}


def test_headless_demo_delivers_three_measurements_and_shows_every_screen(tmp_path: Path) -> None:
    shots = tmp_path / "screens"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-m", "gym_kiosk.cli", "demo", "--headless", "--autoplay", "3", "--screenshots", str(shots)],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert "sandbox: holds 3 body measurements" in run.stdout
    assert run.stdout.count(": done (hub: sent)") == 3  # the demo kiosk sends to the hub, which passes it on to EGYM
    shown = {path.stem.split("-", 1)[1] for path in shots.glob("*.png")}
    assert shown == EVERY_SCREEN
    assert all(path.stat().st_size > 10_000 for path in shots.glob("*.png")), "a screenshot is blank"
    for private in ("Dana", "Lukas", "Priya", "sandbox-demo-key"):
        assert private not in run.stderr, "member data or the API key reached the log"
