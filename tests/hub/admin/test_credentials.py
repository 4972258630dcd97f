"""The admin password file: an argon2id hash and a session key, owner-only, replaced by the command."""
from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from hub.cli import main as hub_main
from hub.admin.credentials import AdminCredentialsError, read_credentials, write_credentials

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def test_the_password_is_stored_hashed_owner_only_and_verifies(tmp_path: Path) -> None:
    path = tmp_path / "admin-password"
    write_credentials(path, "correct horse battery", FAST)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "correct horse battery" not in path.read_text()
    credentials = read_credentials(path)
    assert credentials.password_hash.startswith("$argon2id$")
    assert credentials.verify("correct horse battery")
    assert not credentials.verify("correct horse batterY")
    assert credentials.session_key not in repr(credentials)


def test_a_new_password_draws_a_new_session_key_so_old_sessions_end(tmp_path: Path) -> None:
    path = tmp_path / "admin-password"
    first = write_credentials(path, "first password 1", FAST)
    second = write_credentials(path, "second password 2", FAST)
    assert first.session_key != second.session_key
    assert not read_credentials(path).verify("first password 1")


def test_short_passwords_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least 12 characters"):
        write_credentials(tmp_path / "admin-password", "short", FAST)
    assert not (tmp_path / "admin-password").exists()


def test_a_file_others_can_read_is_refused_with_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "admin-password"
    write_credentials(path, "correct horse battery", FAST)
    os.chmod(path, 0o644)
    with pytest.raises(AdminCredentialsError, match=f"chmod 600 {path}"):
        read_credentials(path)


def test_a_missing_or_damaged_file_names_the_command_that_sets_it(tmp_path: Path) -> None:
    path = tmp_path / "admin-password"
    with pytest.raises(AdminCredentialsError, match="gym-kiosk hub admin-password --config"):
        read_credentials(path)
    path.write_text("hash = 'plain text'\n")
    os.chmod(path, 0o600)
    with pytest.raises(AdminCredentialsError, match="damaged"):
        read_credentials(path)


def test_the_command_reads_the_password_from_stdin_and_writes_it_beside_the_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "hub.toml"
    monkeypatch.setattr("sys.stdin", io.StringIO("a long admin password\n"))
    assert hub_main(["admin-password", "--config", str(config), "--stdin"]) == 0
    assert read_credentials(tmp_path / "admin-password").verify("a long admin password")
    assert "a long admin password" not in capsys.readouterr().out


def test_the_command_refuses_a_short_password_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert hub_main(["admin-password", "--config", str(tmp_path / "hub.toml"), "--stdin"]) == 2
    assert "at least 12 characters" in capsys.readouterr().err
    assert not (tmp_path / "admin-password").exists()


def test_run_as_root_the_file_goes_to_the_owner_of_the_config_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "gym-kiosk-hub"
    folder.mkdir()
    if os.geteuid() == 0:
        os.chown(folder, 65534, 65534)  # as the package makes it: owned by the hub's service user, not root
    owner = (folder.stat().st_uid, folder.stat().st_gid)
    monkeypatch.setattr("sys.stdin", io.StringIO("a long admin password\n"))
    assert hub_main(["admin-password", "--config", str(folder / "hub.toml"), "--stdin"]) == 0
    written = (folder / "admin-password").stat()
    assert (written.st_uid, written.st_gid) == owner and stat.S_IMODE(written.st_mode) == 0o600
