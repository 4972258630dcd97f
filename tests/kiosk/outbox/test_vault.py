"""The credential vault: its key lives with the config's secrets, not in the data folder it encrypts."""
from __future__ import annotations

import hashlib
import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from hardware.events import CardCredential
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS
from kiosk.config_section import ConfigError
from kiosk.models import MemberSession
from kiosk.outbox.credential_vault import CredentialVault, kiosk_vault

MEMBER = DEMO_MEMBERS[0]
OWNER = "member:5f0c3a9d2b7e4e01a6c8d3f2b1e0a9c7"  # the outbox names a member by the kiosk's member key


def session(refresh_token: str = "refresh-abc123") -> MemberSession:
    return MemberSession("egym", CardCredential(MEMBER.uid), "access", 0, refresh_token, MEMBER.user_id)


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """An installer's layout: secrets beside the config in etc/, the database's folder data/."""
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    etc, data = tmp_path / "etc", tmp_path / "data"
    etc.mkdir()
    return etc, data


def test_the_data_folder_alone_does_not_hold_the_key_to_its_entries(site) -> None:
    etc, data = site
    vault = kiosk_vault(data, etc)
    vault.store(OWNER, "egym", session())

    key = (etc / "vault.key").read_bytes().strip()
    assert stat.S_IMODE((etc / "vault.key").stat().st_mode) == 0o600
    copied = [path for path in data.rglob("*") if path.is_file()]
    assert copied and all(key not in path.read_bytes() for path in copied)
    assert not (data / "vault.key").exists()


def test_systemd_credentials_hold_the_key_when_the_unit_passes_it(site, tmp_path: Path, monkeypatch) -> None:
    etc, data = site
    credentials = tmp_path / "credentials"
    credentials.mkdir()
    (credentials / "vault.key").write_bytes(Fernet.generate_key())
    (credentials / "vault.key").chmod(0o400)
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(credentials))

    kiosk_vault(data, etc).store(OWNER, "egym", session())
    reopened = kiosk_vault(data, etc)

    assert list(reopened.load_all()) == [(OWNER, "egym")]
    assert not (etc / "vault.key").exists()


def test_entry_files_are_not_named_after_a_plain_hash_of_the_user_id(site) -> None:
    etc, data = site
    CredentialVault(data / "vault", etc / "vault.key").store(OWNER, "egym", session())

    [entry] = (data / "vault").iterdir()
    for guess in (OWNER, f"{OWNER}\x00egym", f"user:{MEMBER.user_id}", MEMBER.user_id):
        assert hashlib.sha256(guess.encode()).hexdigest()[:32] not in entry.name


def test_an_upgrade_moves_the_key_out_of_the_data_folder_and_keeps_every_entry(site) -> None:
    etc, data = site
    old = CredentialVault(data / "vault", data / "vault.key")  # where an older version kept it
    old.store(OWNER, "egym", session("refresh-old"))
    old_key = (data / "vault.key").read_bytes()

    upgraded = kiosk_vault(data, etc)
    sessions = upgraded.load_all()

    assert not (data / "vault.key").exists()
    assert (etc / "vault.key").read_bytes() == old_key
    assert stat.S_IMODE((etc / "vault.key").stat().st_mode) == 0o600
    assert sessions[(OWNER, "egym")].refresh_token == "refresh-old"
    upgraded.purge(OWNER, "egym")  # the entry got its new name, so it can be purged
    assert list((data / "vault").iterdir()) == []


def test_entries_under_a_leftover_old_key_are_kept_when_the_new_place_already_has_one(site) -> None:
    etc, data = site
    CredentialVault(data / "vault", data / "vault.key").store(OWNER, "egym", session("refresh-a"))
    (etc / "vault.key").write_bytes(Fernet.generate_key())
    (etc / "vault.key").chmod(0o600)

    sessions = kiosk_vault(data, etc).load_all()

    assert sessions[(OWNER, "egym")].refresh_token == "refresh-a"
    assert not (data / "vault.key").exists()


def test_a_key_other_users_can_read_is_refused_naming_the_file_and_the_fix(site) -> None:
    etc, data = site
    key_file = etc / "vault.key"
    key_file.write_bytes(Fernet.generate_key())
    key_file.chmod(0o640)

    with pytest.raises(ConfigError) as refused:
        kiosk_vault(data, etc)

    message = str(refused.value)
    assert "\n" not in message and str(key_file) in message and f"chmod 600 {key_file}" in message


def test_a_key_path_that_is_a_folder_is_a_message(site) -> None:
    etc, data = site
    (etc / "vault.key").mkdir()

    with pytest.raises(ConfigError, match="must be a file"):
        kiosk_vault(data, etc)


def test_an_entry_an_older_version_sealed_with_fernet_is_read_and_sealed_again_the_new_way(site) -> None:
    etc, data = site
    vault = kiosk_vault(data, etc)
    vault.store(OWNER, "egym", session("refresh-older"))
    [entry] = (data / "vault").glob("*.vault")
    plain = json.dumps({"member": OWNER, "destination": "egym", "platform": "egym",
                        "credential": {"card": MEMBER.uid.hex(), "technology": "MIFARE", "reader": ""},
                        "refresh_token": "refresh-older"}).encode()
    entry.write_bytes(Fernet((etc / "vault.key").read_bytes().strip()).encrypt(plain))  # as the last release did

    [(owner, restored)] = kiosk_vault(data, etc).load_all().items()

    assert owner == (OWNER, "egym") and restored.refresh_token == "refresh-older"
    assert restored.credential == CardCredential(MEMBER.uid)
    assert not entry.read_bytes().startswith(b"gAAAA")  # no longer a Fernet token
    assert kiosk_vault(data, etc).load_all()[(OWNER, "egym")].refresh_token == "refresh-older"


def test_a_kiosk_vault_does_not_load_cryptography_for_its_own_entries(site) -> None:
    """The kiosk's memory: ``cryptography``'s bindings cost 7 MiB; the vault needs them only for an older entry."""
    etc, data = site
    script = (f"import sys\nfrom pathlib import Path\nfrom hardware.events import CardCredential\n"
              f"from kiosk.models import MemberSession\nfrom kiosk.outbox.credential_vault import kiosk_vault\n"
              f"vault = kiosk_vault(Path({str(data)!r}), Path({str(etc)!r}))\n"
              f"vault.store({OWNER!r}, 'egym', MemberSession('egym', CardCredential(bytes(4)), '', 0, 'r', None))\n"
              f"assert list(vault.load_all()) == [({OWNER!r}, 'egym')]\n"
              f"print('cryptography' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[3]).stdout
    assert out.strip() == "False"
