"""The kiosk as installed (``gym-kiosk --config FILE``): where it keeps secrets and logs, and how a
broken secret file stops it."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cryptography.fernet import Fernet

from tests.support import write_site

REPO = Path(__file__).resolve().parents[2]


def run_kiosk(config: Path, *options: str, home: Path, timeout_s: float = 120.0) -> subprocess.CompletedProcess[str]:
    """``gym-kiosk --config FILE --headless ...`` in its own process, with its own $HOME."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    environment.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    environment.pop("CREDENTIALS_DIRECTORY", None)
    environment.pop("GYM_KIOSK_EGYM_API_KEY", None)
    return subprocess.run([sys.executable, "-m", "ui.cli", "--config", str(config), "--headless", *options],
                          capture_output=True, text=True, timeout=timeout_s, cwd=REPO, env=environment)


def test_a_vault_key_others_can_read_stops_the_kiosk_with_one_line_and_status_2(tmp_path: Path) -> None:
    config = write_site(tmp_path, "https://egym.invalid")
    key_file = tmp_path / "vault.key"
    key_file.write_bytes(Fernet.generate_key())
    key_file.chmod(0o640)

    result = run_kiosk(config, "--report-startup", home=tmp_path / "home")

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    [line] = [line for line in result.stderr.splitlines() if str(key_file) in line]
    assert f"chmod 600 {key_file}" in line
