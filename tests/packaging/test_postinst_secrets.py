"""postinst makes the kiosk's own secrets beside the API key and moves an older version's vault key there."""
from __future__ import annotations

import os
import re
import stat
import subprocess
from pathlib import Path

from cryptography.fernet import Fernet

POSTINST = Path(__file__).resolve().parents[2] / "packaging" / "debian" / "postinst"


def run_prepare_secrets(etc: Path, state: Path) -> None:
    """postinst's own prepare_secrets, with its paths pointed at ``etc`` and ``state`` and owned by us."""
    script = POSTINST.read_text(encoding="utf-8")
    functions = "\n".join(re.findall(r"^(?:new_secret|prepare_secrets)\(\) \{\n.*?^\}\n", script, re.M | re.S))
    settings = "\n".join(line.replace("/etc/gym-kiosk", str(etc)).replace("/var/lib/gym-kiosk", str(state))
                         for line in script.splitlines() if re.match(r"^[A-Z_]+=", line))
    owner = f"{os.getuid()}"
    subprocess.run(["sh", "-ec", f"{settings}\nKIOSK_USER={owner}\n{functions}\nprepare_secrets\n"], check=True,
                   env={"PATH": os.environ["PATH"]})


def test_a_new_install_gets_an_owner_only_vault_key_and_site_secret_beside_the_api_key(tmp_path: Path) -> None:
    etc, state = tmp_path / "etc", tmp_path / "state"
    etc.mkdir()
    state.mkdir()

    run_prepare_secrets(etc, state)

    key, site_secret = etc / "vault.key", etc / "site-secret"
    assert stat.S_IMODE(key.stat().st_mode) == stat.S_IMODE(site_secret.stat().st_mode) == 0o600
    Fernet(key.read_bytes().strip())  # a usable key
    assert re.fullmatch(rb"[0-9a-f]{64}\n", site_secret.read_bytes())
    assert list(state.iterdir()) == []


def test_an_upgrade_moves_the_vault_key_out_of_the_state_directory_and_keeps_it(tmp_path: Path) -> None:
    etc, state = tmp_path / "etc", tmp_path / "state"
    etc.mkdir()
    state.mkdir()
    old_key = Fernet.generate_key() + b"\n"
    (state / "vault.key").write_bytes(old_key)
    (state / "vault.key").chmod(0o600)

    run_prepare_secrets(etc, state)
    site_secret = (etc / "site-secret").read_bytes()
    run_prepare_secrets(etc, state)  # configure runs again on every upgrade: nothing changes

    assert (etc / "site-secret").read_bytes() == site_secret
    assert (etc / "vault.key").read_bytes() == old_key
    assert not (state / "vault.key").exists()
