"""No secret from the demo anywhere it writes: the demo runs at DEBUG with its folders kept, and every
client secret, every member token and linked-account secret the hub holds (unsealed with its key to know
them), and every link's state and PKCE verifier are looked for in its log, in each file of its folders
(the SQLite stores with their WAL, configs, keys' neighbours) and in the kiosk's diagnostics bundle."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any, Iterator

import pytest
import sqlalchemy as sa

from hub.store.sealing import Sealer
from kiosk.cloud.boditrax.sandbox import DEMO_CLIENT_SECRET as BODITRAX_SECRET
from kiosk.cloud.egym.sandbox import DEMO_API_KEY
from kiosk.cloud.enduco.sandbox.emulation import DEMO_CLIENT_SECRET as ENDUCO_SECRET
from kiosk.cloud.lfopen.sandbox import DEMO_CLIENT_SECRET as LFOPEN_SECRET

SEALED = {"member_sessions": "sessions", "link_sessions": "secrets", "linked_accounts": "tokens", "measurements": "member"}
SECRET_KEYS = {"access_token", "refresh_token", "secret", "state", "verifier", "password"}
IN_A_URL = re.compile(r"[?&](code|access_token|refresh_token|password|client_secret)=(?!«redacted»)[^&\s\"']+")


def _strings(document: Any, key: str = "") -> Iterator[str]:
    """Every secret-looking value in an unsealed document (a token, a linked account's ``user:secret``)."""
    if isinstance(document, dict):
        for name, value in document.items():
            yield from _strings(value, name)
    elif isinstance(document, list):
        for value in document:
            yield from _strings(value, key)
    elif isinstance(document, str) and key in SECRET_KEYS and len(document) >= 8:
        yield document
        yield from (part for part in document.split(":") if len(part) >= 16)  # Boditrax's username:secret


def _held_by_the_hub(hub_folder: Path) -> set[str]:
    sealer = Sealer.from_key_file(hub_folder / "hub.key")
    engine = sa.create_engine(f"sqlite:///{hub_folder / 'hub.sqlite3'}")
    found: set[str] = set()
    with engine.connect() as connection:
        for table, column in SEALED.items():
            for (sealed,) in connection.execute(sa.text(f"SELECT {column} FROM {table}")):
                found.update(_strings(sealer.open(sealed)))
    engine.dispose()
    return found


@pytest.mark.parametrize("station", ["scale", "cardio"])  # the second member links Boditrax / enduco
def test_no_secret_of_the_demo_reaches_its_log_its_stores_or_the_support_bundle(tmp_path: Path, station: str) -> None:
    kept, bundle = tmp_path / "demo", tmp_path / "bundle.zip"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    run = subprocess.run([sys.executable, "-m", "gym_kiosk.cli", "demo", "--verbose", "--headless", "--autoplay", "3",
                          "--station", station, "--keep", str(kept)], capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    diagnostics = subprocess.run([sys.executable, "-m", "gym_kiosk.cli", "diagnostics", "--config",
                                  str(kept / "kiosk" / "etc" / "config.toml"), "--out", str(bundle)],
                                 capture_output=True, text=True, env=env, timeout=120)
    assert diagnostics.returncode == 0, diagnostics.stderr

    held = _held_by_the_hub(kept / "hub")
    secrets = held | {DEMO_API_KEY, ENDUCO_SECRET, LFOPEN_SECRET, BODITRAX_SECRET}
    # Not a test of nothing: EGYM sessions, linked platforms' tokens and secrets, links' states and verifiers.
    assert len(held) >= 6 and sum(1 for value in held if len(value) >= 32) >= 3

    log = run.stdout + run.stderr
    assert "DEBUG" in log and "HTTP Request" in log  # the log is the verbose one, with httpx's request lines
    places = {"the demo's log": log.encode(), "diagnostics output": diagnostics.stdout.encode()}
    places.update({str(path.relative_to(kept)): path.read_bytes() for path in kept.rglob("*")
                   if path.is_file() and path.name != "hub.key"})
    with zipfile.ZipFile(bundle) as archive:
        places.update({f"bundle:{name}": archive.read(name) for name in archive.namelist()})
    assert any(name.endswith("hub.sqlite3") for name in places) and any(n.startswith("bundle:") for n in places)
    leaks = [(place, secret[:4] + "…") for place, content in places.items() for secret in secrets
             if secret.encode() in content]
    assert leaks == []
    assert IN_A_URL.findall(log) == []  # no code or token in a URL the log prints, even one the hub never kept
    if station == "scale":
        assert "password=«redacted»" in log  # Boditrax's Linked Account grant was logged, its secret masked
