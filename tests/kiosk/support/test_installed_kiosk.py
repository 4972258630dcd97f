"""The kiosk as installed (``gym-kiosk --config FILE``): where it keeps secrets and logs, and how a
broken secret file stops it."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from kiosk.support.commands import check_main
from kiosk.support.diagnostics import build_bundle
from tests.kiosk.support import write_site

REPO = Path(__file__).resolve().parents[3]


def run_kiosk(config: Path, *options: str, home: Path, timeout_s: float = 120.0) -> subprocess.CompletedProcess[str]:
    """``gym-kiosk --config FILE --headless ...`` in its own process, with its own $HOME."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    environment.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    environment.pop("CREDENTIALS_DIRECTORY", None)
    environment.pop("GYM_KIOSK_EGYM_API_KEY", None)
    return subprocess.run([sys.executable, "-m", "gym_kiosk.cli", "--config", str(config), "--headless", *options],
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


def test_a_run_keeps_secrets_beside_the_config_and_logs_in_the_state_folder_where_diagnostics_finds_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    etc, kiosk_home, root_home = tmp_path / "etc", tmp_path / "kiosk-home", tmp_path / "root-home"
    etc.mkdir()
    config = write_site(etc, "https://egym.invalid")
    data = etc / "data"  # the database's folder (write_site puts it beside the config)

    result = run_kiosk(config, "--report-startup", home=kiosk_home)  # starts, draws the attract screen, stops

    assert result.returncode == 0, result.stderr[-2000:]
    secrets = {name: stat.S_IMODE((etc / name).stat().st_mode) for name in ("vault.key", "site-secret")}
    assert secrets == {"vault.key": 0o600, "site-secret": 0o600}
    state_files = [path for path in data.rglob("*") if path.is_file()]
    assert not any(path.name in ("vault.key", "site-secret") for path in state_files)
    assert stat.S_IMODE((data / "kiosk.sqlite3").stat().st_mode) == 0o600
    assert "measuring device connected" in (data / "logs" / "kiosk.log").read_text()
    assert list(kiosk_home.rglob("kiosk.log*")) == []  # nothing of the kiosk's own under $HOME (Qt caches QML there)

    # Support runs diagnostics as another user (root), with the kiosk's config: the logs are still found.
    monkeypatch.setenv("HOME", str(root_home))
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "GYM_KIOSK_CONFIG"):
        monkeypatch.delenv(variable, raising=False)
    bundle = build_bundle(config, tmp_path / "support.zip", listen_s=0.2)
    with zipfile.ZipFile(bundle) as archive:
        assert "measuring device connected" in archive.read("logs/kiosk.log").decode()


def test_check_names_a_secret_file_others_can_read_and_the_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = write_site(tmp_path, "http://127.0.0.1:9")
    key_file = tmp_path / "vault.key"
    key_file.write_bytes(Fernet.generate_key())
    key_file.chmod(0o644)

    assert check_main(["--config", str(config), "--listen", "0.1"]) == 1

    out = capsys.readouterr().out
    assert "Traceback" not in out
    [line] = [line for line in out.splitlines() if line.startswith("FAIL secret files")]
    assert str(key_file) in line and f"chmod 600 {key_file}" in line
    assert not (tmp_path / "site-secret").exists(), "check only looks; the kiosk creates what is missing"


def test_check_passes_secret_files_that_are_owner_only_or_not_made_yet(tmp_path: Path, capsys) -> None:
    config = write_site(tmp_path, "http://127.0.0.1:9")
    (tmp_path / "site-secret").write_bytes(b"0123456789abcdef" * 4)
    (tmp_path / "site-secret").chmod(0o600)

    check_main(["--config", str(config), "--listen", "0.1"])

    [line] = [line for line in capsys.readouterr().out.splitlines() if " secret files:" in line]
    assert line.startswith("PASS") and str(tmp_path) in line
