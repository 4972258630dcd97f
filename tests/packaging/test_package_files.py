"""The files the .deb installs: unit, default config, udev rules, maintainer scripts, manifest.

Building the package takes about a minute and is exercised by ``.ci/package-smoke``;
these checks read the sources it is built from.
"""
from __future__ import annotations

import json
import os
import re
import select
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from kiosk.config.loader import load_config, parse_config
from ui.update_gate import RESTART_FLAG_NAME

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
UNIT = PACKAGING / "systemd" / "gym-kiosk.service"
CAGE_DROP_IN = PACKAGING / "systemd" / "cage.conf"
CONFIG = PACKAGING / "config" / "config.toml"
RULES = PACKAGING / "udev" / "99-gym-kiosk.rules"


def unit_settings(path: Path) -> dict[str, dict[str, list[str]]]:
    """section -> key -> every value given, in order (systemd allows repeats)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
        else:
            key, _, value = line.partition("=")
            current.setdefault(key, []).append(value)
    return sections


def test_unit_is_a_watched_notify_service_run_by_the_kiosk_user() -> None:
    service = unit_settings(UNIT)["Service"]
    assert service["Type"] == ["notify"]
    assert service["ExecStart"] == ["/opt/gym-kiosk/venv/bin/gym-kiosk --kiosk"]
    assert service["User"] == ["gym-kiosk"]
    assert service["Restart"] == ["always"] and service["RestartSec"] == ["2"]
    assert service["WatchdogSec"] == ["20s"]
    assert service["EnvironmentFile"] == ["-/etc/gym-kiosk/environment"]
    assert service["StateDirectory"] == ["gym-kiosk"]
    assert "PrivateDevices" not in service and "DevicePolicy" not in service, "serial and USB access must stay"


def test_reload_requests_the_restart_the_update_gate_waits_for() -> None:
    service = unit_settings(UNIT)["Service"]
    assert service["RuntimeDirectory"] == ["gym-kiosk"]
    assert service["ExecReload"] == [f"/bin/touch %t/gym-kiosk/{RESTART_FLAG_NAME}"]


def test_a_config_problem_exits_with_the_status_systemd_does_not_restart(tmp_path: Path) -> None:
    # Interactively a config problem opens the setup screen; unattended (as the benchmark and
    # autoplay run) it exits with the status the unit does not restart on, so nothing loops.
    service = unit_settings(UNIT)["Service"]
    broken = tmp_path / "config.toml"
    broken.write_text("[station]\ntype = 'treadmill'\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "gym_kiosk.cli", "--config", str(broken), "--headless", "--report-startup"],
                            capture_output=True, text=True, timeout=120, cwd=REPO)
    assert service["RestartPreventExitStatus"] == [str(result.returncode)]
    assert "configuration problem" in result.stderr


def _service_environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NOTIFY_SOCKET", "INVOCATION_ID")}
    return {**env, "QT_QPA_PLATFORM": "offscreen", **extra}


@pytest.mark.parametrize("mode", [["--kiosk"], []], ids=["gym-kiosk --kiosk", "gym-kiosk"])
@pytest.mark.parametrize("variable", ["NOTIFY_SOCKET", "INVOCATION_ID"])
def test_under_systemd_a_config_problem_exits_2_and_never_opens_setup(
    tmp_path: Path, mode: list[str], variable: str
) -> None:
    # The packaged unit: no one stands at the public screen, and /etc/gym-kiosk is read-only to it.
    broken = tmp_path / "config.toml"
    broken.write_text("[station]\ntype = 'treadmill'\n", encoding="utf-8")
    env = _service_environment(**{variable: str(tmp_path / "notify") if variable == "NOTIFY_SOCKET" else "0f1e2d3c"})
    result = subprocess.run([sys.executable, "-m", "gym_kiosk.cli", "--config", str(broken), *mode], capture_output=True,
                            text=True, timeout=60, cwd=REPO, env=env, stdin=subprocess.DEVNULL)
    assert [str(result.returncode)] == unit_settings(UNIT)["Service"]["RestartPreventExitStatus"]
    assert result.stderr.splitlines() == ["configuration problem: egym or hub: is required but missing"]


def _wait_for_line(process: subprocess.Popen[bytes], text: str, timeout_s: float) -> list[str]:
    """stderr lines up to the first one containing ``text`` (all of them if the process ends first)."""
    assert process.stderr is not None
    received = b""
    deadline = time.monotonic() + timeout_s
    while text.encode() not in received and time.monotonic() < deadline:
        ready, _, _ = select.select([process.stderr], [], [], deadline - time.monotonic())
        chunk = os.read(process.stderr.fileno(), 4096) if ready else b""
        if not chunk:
            break
        received += chunk
    lines = received.decode(errors="replace").splitlines()
    return lines[: next((i + 1 for i, line in enumerate(lines) if text in line), len(lines))]


@pytest.mark.parametrize(
    ("args", "environment"),
    [(["setup"], {"INVOCATION_ID": "0f1e2d3c"}), ([], {})],
    ids=["gym-kiosk setup, even under systemd", "gym-kiosk by hand without --kiosk"],
)
def test_setup_opens_when_an_installer_starts_it(tmp_path: Path, args: list[str], environment: dict[str, str]) -> None:
    broken = tmp_path / "config.toml"
    broken.write_text("[station]\ntype = 'treadmill'\n", encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "gym_kiosk.cli", "--config", str(broken), *args, "--headless"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, bufsize=0, cwd=REPO,
                               env=_service_environment(**environment), stdin=subprocess.DEVNULL)
    try:
        lines = _wait_for_line(process, "starting the setup screen", timeout_s=60)
        assert lines[-1:] == ["starting the setup screen"], lines
        assert process.poll() is None, "the setup screen waits for the installer"
    finally:
        process.terminate()
        process.wait(timeout=30)
        process.stderr.close()


def test_cage_drop_in_replaces_the_command_and_accepts_the_childs_notifications() -> None:
    drop_in = unit_settings(CAGE_DROP_IN)
    service = drop_in["Service"]
    assert service["ExecStart"][0] == "", "a drop-in must clear ExecStart before setting it"
    assert service["ExecStart"][1].endswith("-- /opt/gym-kiosk/venv/bin/gym-kiosk --kiosk")
    assert service["NotifyAccess"] == ["all"]
    assert service["Environment"] == ["QT_QPA_PLATFORM=wayland"]
    assert drop_in["Unit"]["Conflicts"] == ["getty@tty1.service"]


def test_default_config_is_valid_and_points_at_the_installed_locations() -> None:
    config = parse_config(tomllib.loads(CONFIG.read_text(encoding="utf-8")), source=CONFIG,
                          secrets={"hub": "test-credential"})
    assert config.storage.database == Path("/var/lib/gym-kiosk/kiosk.sqlite3")
    assert [r.port for r in config.readers] == ["/dev/gym-kiosk/reader"]
    assert config.device is not None and config.device.port == "/dev/gym-kiosk/scale"
    assert config.station.identity == ("hub",) and "egym" not in config.platforms  # no EGYM key on a kiosk
    hub = tomllib.loads(CONFIG.read_text(encoding="utf-8"))["hub"]
    assert hub["url"].startswith("https://") and "credential" not in hub


def test_default_config_loads_with_the_credential_from_the_service_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GYM_KIOSK_HUB_DEVICE_CREDENTIAL", "credential-from-environment-file")
    config = load_config(CONFIG)
    assert config.hub.credential == "credential-from-environment-file"
    assert "credential-from-environment-file" not in repr(config)


def test_udev_rules_name_the_devices_the_config_uses() -> None:
    rules = RULES.read_text(encoding="utf-8")
    for vendor, product in [("0403", "6001"), ("067b", "2303"), ("1a86", "7523"), ("10c4", "ea60")]:
        assert f'ATTRS{{idVendor}}=="{vendor}", ATTRS{{idProduct}}=="{product}"' in rules
    nfcpy_readers = ["054c:0193", "04cc:0531", "04cc:2533", "04e6:5591", "04e6:5593", "054c:02e1", "054c:06c1",
                     "054c:06c3", "072f:2200"]
    for reader in nfcpy_readers:
        vendor, product = reader.split(":")
        assert f'ATTR{{idVendor}}=="{vendor}", ATTR{{idProduct}}=="{product}"' in rules
    roles = set(re.findall(r'ENV\{GYM_KIOSK_ROLE\}="(\w+)"', rules))
    config_ports = re.findall(r'port = "/dev/gym-kiosk/(\w+)"', CONFIG.read_text(encoding="utf-8"))
    assert config_ports and set(config_ports) <= roles
    assert 'SYMLINK+="gym-kiosk/%E{GYM_KIOSK_ROLE}"' in rules
    assert 'GROUP="plugdev"' in rules and 'GROUP="dialout"' in rules


def test_udev_rule_lines_are_well_formed() -> None:
    pair = re.compile(r'^[A-Z_]+(\{[^}]+\})?(==|!=|=|\+=|-=|:=)"[^"]*"$')
    for number, line in enumerate(RULES.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            for item in re.split(r",\s*", line.strip()):
                assert pair.match(item), f"line {number}: {item!r}"


@pytest.mark.parametrize("script", ["postinst", "prerm", "postrm"])
def test_maintainer_scripts_are_valid_posix_shell(script: str) -> None:
    path = PACKAGING / "debian" / script
    assert path.read_text(encoding="utf-8").startswith("#!/bin/sh\n")
    subprocess.run(["sh", "-n", str(path)], check=True)


def test_dry_run_manifest_lists_what_the_package_installs() -> None:
    out = subprocess.run([sys.executable, str(PACKAGING / "build_deb.py"), "--dry-run"],
                         capture_output=True, text=True, check=True, timeout=60).stdout
    manifest = json.loads(out)
    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert manifest["version"] == version
    assert manifest["deb"] == f"dist/gym-kiosk_{version}_{manifest['architecture']}.deb"
    assert manifest["venv"] == "/opt/gym-kiosk/venv"
    assert manifest["conffiles"] == ["/etc/gym-kiosk/config.toml"]
    assert manifest["symlinks"] == {"/usr/bin/gym-kiosk": "/opt/gym-kiosk/venv/bin/gym-kiosk"}
    targets = {f["target"] for f in manifest["files"]}
    assert {"/usr/lib/systemd/system/gym-kiosk.service", "/usr/lib/udev/rules.d/99-gym-kiosk.rules"} <= targets
    for item in manifest["files"]:
        assert (REPO / item["source"]).is_file(), item["source"]
    assert "QtQuick.Layouts" in manifest["qt"]["qml_modules"] and "QtGraphs" in manifest["qt"]["qml_modules"]
    assert {"libqoffscreen.so", "libqxcb.so", "libqwayland.so", "libqeglfs.so"} <= set(manifest["qt"]["plugins"]["platforms"])
