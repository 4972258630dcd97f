"""README's demo, as a user runs it: three member sessions by themselves, offscreen,
a screenshot of every screen, and exit 0 only once the sandbox holds all three. The first member
has Boditrax connected already, the second connects it by QR code on the way (autoplay plays their
phone), the third has not: every done screen lists each platform's state."""
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
    assert EVERY_SCREEN <= shown
    # The second member connects Boditrax: the QR code on the kiosk, their phone confirms, Boditrax says "Connected".
    assert {"profile-account-link-waiting", "profile-account-link-linked", "profile-accounts-1-connected"} <= shown
    assert 'the phone shows "Connected"' in run.stdout
    assert "profile-accounts-2-connected" in shown  # the first member's greeting: Boditrax and enduco connected
    settled = [line.split("done screen lists ")[1] for line in run.stdout.splitlines() if "done screen lists" in line]
    assert settled == ["boditrax: delivered, egym: delivered"] * 2 + ["boditrax: unlinked, egym: delivered"]
    assert all(path.stat().st_size > 10_000 for path in shots.glob("*.png")), "a screenshot is blank"
    for private in ("Dana", "Lukas", "Priya", "sandbox-demo-key"):
        assert private not in run.stderr, "member data or the API key reached the log"


def test_the_standalone_demo_asks_for_the_terms_and_shows_points(tmp_path: Path) -> None:
    """``--egym-flavour standalone``: no hub; two members accept EGYM's terms on screen, everyone sees points."""
    shots = tmp_path / "screens"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-m", "gym_kiosk.cli", "demo", "--egym-flavour", "standalone", "--headless", "--autoplay", "3",
         "--screenshots", str(shots)],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert "sandbox: holds 3 body measurements" in run.stdout
    assert run.stdout.count(": done (egym: sent)") == 3  # straight to EGYM's machine API
    assert run.stdout.count("member taps Accept") == 2 and run.stdout.count("points shown") == 3
    shown = [path.stem.split("-", 1)[1] for path in sorted(shots.glob("*.png"))]
    assert shown.count("terms") == 2 and shown.count("done-points") == 3
    assert all(path.stat().st_size > 10_000 for path in shots.glob("*.png")), "a screenshot is blank"
    for private in ("Dana", "Lukas", "Priya", "sandbox-client-secret"):
        assert private not in run.stderr, "member data or the client secret reached the log"
