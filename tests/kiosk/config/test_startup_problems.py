"""Bad start-up inputs end in one line naming the key and the fix, with the no-restart status 2.

Each input is laid out as an installer could get it wrong, then the real command runs in a
subprocess: ``gym-kiosk`` as systemd starts it (``$INVOCATION_ID`` set), ``gym-kiosk --kiosk``
as an installer types it, and ``gym-kiosk check``, which prints a FAIL line instead.
"""
from __future__ import annotations

import ctypes
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from kiosk.cloud.egym.settings import DEFAULT_API_KEY_ENV
from kiosk.storage import MIGRATIONS
from tests.kiosk.support import write_site

REPO = Path(__file__).resolve().parents[3]
NOTHING_LISTENS = "http://127.0.0.1:9"  # the discard port: refused at once, never reached
TIMEOUT_S = 90

_PR_CAPBSET_DROP = 24
_DAC_CAPABILITIES = (1, 2)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH


@dataclass(frozen=True)
class Site:
    directory: Path
    config: Path

    @property
    def key_file(self) -> Path:
        return self.directory / "egym-api-key"

    @property
    def database(self) -> Path:
        return self.directory / "data" / "kiosk.sqlite3"

    def edit(self, old: str, new: str) -> None:
        text = self.config.read_text(encoding="utf-8")
        assert old in text
        self.config.write_text(text.replace(old, new, 1), encoding="utf-8")


@dataclass(frozen=True)
class BadInput:
    name: str
    make: Callable[[Site], None]
    key: Callable[[Site], str]  # what the message must name: a dotted key, or a file
    fix: str  # a word of the fix the message must give
    check_item: str  # the `gym-kiosk check` item that fails


def _config_not_utf8(site: Site) -> None:
    site.config.write_bytes(site.config.read_bytes().replace(b"Test scale", "Caf\u00e9 scale".encode("latin-1")))


def _key_file_is_a_directory(site: Site) -> None:
    site.key_file.unlink()
    site.key_file.mkdir(mode=0o700)


def _key_file_not_utf8(site: Site) -> None:
    site.key_file.write_bytes(b"\xff\xfeK\x00E\x00Y\x00\n")  # saved as UTF-16 by an editor


def _key_file_unreadable(site: Site) -> None:
    site.key_file.chmod(0o000)  # refused for real: the command runs without root's override (see run)


def _key_file_is_a_pipe(site: Site) -> None:
    site.key_file.unlink()
    os.mkfifo(site.key_file, 0o600)


def _database_random_bytes(site: Site) -> None:
    site.database.parent.mkdir(parents=True)
    site.database.write_bytes(os.urandom(16384))


def _database_damaged_after_header(site: Site) -> None:
    site.database.parent.mkdir(parents=True)
    site.database.write_bytes(b"SQLite format 3\x00" + os.urandom(16368))


def _database_from_a_newer_version(site: Site) -> None:
    site.database.parent.mkdir(parents=True)
    with sqlite3.connect(site.database) as connection:
        connection.execute("CREATE TABLE from_the_future (x)")
        connection.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    connection.close()


def _set(old: str, new: str) -> Callable[[Site], None]:
    return lambda site: site.edit(old, new)


_IDLE = 'name = "Test scale"'
_TIMEOUT = "timeout_seconds = 5"


def _key(name: str) -> Callable[[Site], str]:
    return lambda _site: name


INPUTS = [
    BadInput("config file not UTF-8", _config_not_utf8, lambda s: str(s.config), "UTF-8", "config"),
    BadInput("key file is a directory", _key_file_is_a_directory, _key("egym.api_key_file"), "plain file", "API key"),
    BadInput("key file not UTF-8", _key_file_not_utf8, _key("egym.api_key_file"), "UTF-8", "API key"),
    BadInput("key file unreadable", _key_file_unreadable, _key("egym.api_key_file"), "chown", "API key"),
    BadInput("key file is a pipe", _key_file_is_a_pipe, _key("egym.api_key_file"), "plain file", "API key"),
    BadInput("idle_seconds = nan", _set(_IDLE, f"{_IDLE}\nidle_seconds = nan"), _key("station.idle_seconds"),
             "between 5 and 600", "config"),
    BadInput("idle_warning_seconds = nan", _set(_IDLE, f"{_IDLE}\nidle_warning_seconds = nan"),
             _key("station.idle_warning_seconds"), "between 3 and 120", "config"),
    BadInput("idle_seconds = inf", _set(_IDLE, f"{_IDLE}\nidle_seconds = inf"), _key("station.idle_seconds"),
             "between 5 and 600", "config"),
    BadInput("timeout_seconds = nan", _set(_TIMEOUT, "timeout_seconds = nan"), _key("egym.timeout_seconds"),
             "between 0.5 and 120", "config"),
    BadInput("timeout_seconds = -inf", _set(_TIMEOUT, "timeout_seconds = -inf"), _key("egym.timeout_seconds"),
             "between 0.5 and 120", "config"),
    BadInput("trainer idle_seconds = nan", lambda s: s.config.write_text(
        s.config.read_text(encoding="utf-8") + "\n[trainer]\nidle_seconds = nan\n", encoding="utf-8"),
        _key("trainer.idle_seconds"), "between 30 and 1800", "config"),
    BadInput("ca_bundle missing", lambda s: s.edit(_TIMEOUT, f'{_TIMEOUT}\nca_bundle = "{s.directory / "proxy-ca.pem"}"'),
             _key("egym.ca_bundle"), "CA file", "config"),
    BadInput("database: random bytes", _database_random_bytes, _key("storage.database"), "move it aside", "database"),
    BadInput("database: damaged after its header", _database_damaged_after_header, _key("storage.database"),
             "move it aside", "database"),
    BadInput("database from a newer version", _database_from_a_newer_version, _key("storage.database"),
             "newer gym-kiosk", "database"),
    BadInput("http:// base_url, not loopback", _set(NOTHING_LISTENS, "http://partner-api.api.egym.com"),
             _key("egym.base_url"), "https://", "config"),
]


def _without_permission_override() -> None:
    """In the child, before exec: drop root's power to read any file, so mode 000 really refuses."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in _DAC_CAPABILITIES:
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def run(args: list[str], **environment: str) -> subprocess.CompletedProcess[str]:
    """The real command line in a child process, as an unprivileged user would run it."""
    env = {k: v for k, v in os.environ.items() if k not in (DEFAULT_API_KEY_ENV, "NOTIFY_SOCKET", "INVOCATION_ID")}
    env.update(QT_QPA_PLATFORM="offscreen", **environment)
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    return subprocess.run([sys.executable, "-m", "gym_kiosk.cli", *args], capture_output=True, text=True, env=env,
                          cwd=REPO, timeout=TIMEOUT_S, stdin=subprocess.DEVNULL,
                          preexec_fn=_without_permission_override if as_root else None)


@pytest.fixture(params=INPUTS, ids=[bad.name for bad in INPUTS])
def bad_site(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Site, BadInput]:
    bad: BadInput = request.param
    site = Site(tmp_path, write_site(tmp_path, NOTHING_LISTENS))
    bad.make(site)
    return site, bad


@pytest.mark.parametrize(
    ("mode", "environment"),
    [([], {"INVOCATION_ID": "0123456789abcdef"}), (["--kiosk"], {})],
    ids=["gym-kiosk under systemd", "gym-kiosk --kiosk"],
)
def test_bad_input_ends_in_one_line_naming_the_key_and_the_fix_with_status_2(
    bad_site: tuple[Site, BadInput], mode: list[str], environment: dict[str, str]
) -> None:
    site, bad = bad_site
    result = run(["--config", str(site.config), "--headless", *mode], **environment)
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert bad.key(site) in lines[0] and bad.fix in lines[0], lines[0]
    assert result.returncode == 2, result.stderr


def test_check_reports_each_bad_input_as_a_fail_line(bad_site: tuple[Site, BadInput]) -> None:
    site, bad = bad_site
    result = run(["check", "--config", str(site.config), "--listen", "0.2"])
    assert "Traceback" not in result.stderr + result.stdout
    failed = [line for line in result.stdout.splitlines() if line.startswith(f"FAIL {bad.check_item}:")]
    assert len(failed) == 1, result.stdout
    assert bad.key(site) in failed[0] and bad.fix in failed[0], failed[0]
    assert result.returncode == 1
