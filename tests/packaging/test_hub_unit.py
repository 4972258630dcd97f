"""The hub's systemd unit in the .deb: its own user, its own config folder, hardened, and a key made by postinst."""
from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

from cryptography.fernet import Fernet

from tests.packaging.test_package_files import PACKAGING, unit_settings

HUB_UNIT = PACKAGING / "systemd" / "gym-kiosk-hub.service"
POSTINST = PACKAGING / "debian" / "postinst"


def test_the_hub_runs_as_its_own_user_from_its_own_config_folder() -> None:
    settings = unit_settings(HUB_UNIT)
    service = settings["Service"]
    assert service["ExecStart"] == ["/opt/gym-kiosk/venv/bin/gym-kiosk hub --config /etc/gym-kiosk-hub/hub.toml"]
    assert service["User"] == ["gym-kiosk-hub"] and service["Group"] == ["gym-kiosk-hub"], \
        "never the kiosk's user: the kiosk must not read EGYM's API key"
    assert settings["Unit"]["ConditionPathExists"] == ["/etc/gym-kiosk-hub/hub.toml"], \
        "a kiosk-only install must not start a hub without a config"
    assert service["EnvironmentFile"] == ["-/etc/gym-kiosk-hub/environment"]
    assert service["StateDirectory"] == ["gym-kiosk-hub"] and service["StateDirectoryMode"] == ["0700"]
    assert service["RestartPreventExitStatus"] == ["2"], "a config problem is not fixed by restarting"
    assert settings["Install"]["WantedBy"] == ["multi-user.target"]


def test_the_hub_is_hardened_as_a_network_server_without_devices() -> None:
    service = unit_settings(HUB_UNIT)["Service"]
    for key, value in [("NoNewPrivileges", "yes"), ("ProtectSystem", "strict"), ("ProtectHome", "yes"),
                       ("PrivateTmp", "yes"), ("PrivateDevices", "yes"), ("CapabilityBoundingSet", "")]:
        assert service[key] == [value], key
    assert service["UMask"] == ["0077"]


def test_the_package_installs_the_hub_unit_its_example_config_and_guide() -> None:
    out = subprocess.run([sys.executable, str(PACKAGING / "build_deb.py"), "--dry-run"],
                         capture_output=True, text=True, check=True, timeout=60).stdout
    targets = {f["target"]: f["source"] for f in json.loads(out)["files"]}
    assert targets["/usr/lib/systemd/system/gym-kiosk-hub.service"] == "packaging/systemd/gym-kiosk-hub.service"
    assert targets["/usr/share/doc/gym-kiosk/hub.toml.example"] == "packaging/config/hub.toml"
    assert targets["/usr/share/doc/gym-kiosk/hub-deployment.md"] == "docs/hub-deployment.md"
    for source in targets.values():
        assert (PACKAGING.parent / source).is_file(), source


def test_postinst_makes_the_hubs_token_key_once_owner_only(tmp_path: Path) -> None:
    script = POSTINST.read_text(encoding="utf-8")
    function = re.search(r"^prepare_hub_key\(\) \{\n.*?^\}\n", script, re.M | re.S).group(0)
    run = f"HUB_CONFIG_DIR={tmp_path}\nHUB_USER={os.getuid()}\n{function}\nprepare_hub_key\n"
    subprocess.run(["sh", "-ec", run], check=True, env={"PATH": os.environ["PATH"]})
    key = (tmp_path / "hub.key").read_bytes()
    assert stat.S_IMODE((tmp_path / "hub.key").stat().st_mode) == 0o600
    Fernet(key.strip())  # a usable key
    subprocess.run(["sh", "-ec", run], check=True, env={"PATH": os.environ["PATH"]})  # every upgrade runs it again
    assert (tmp_path / "hub.key").read_bytes() == key


def test_a_config_problem_exits_with_the_status_the_unit_does_not_restart_on(tmp_path: Path) -> None:
    broken = tmp_path / "hub.toml"
    broken.write_text("[hub]\nlisten = 'nowhere'\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "gym_kiosk.cli", "hub", "--config", str(broken)],
                            capture_output=True, text=True, timeout=60, cwd=PACKAGING.parent, stdin=subprocess.DEVNULL)
    assert [str(result.returncode)] == unit_settings(HUB_UNIT)["Service"]["RestartPreventExitStatus"]
    assert "hub.listen" in result.stderr
