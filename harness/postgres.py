"""A throwaway PostgreSQL server for the hub's tests, chaos runs and benchmark: initdb + pg_ctl into a temporary folder.

It runs as the current user, or as ``postgres`` when started as root (PostgreSQL refuses
root), listens on a free loopback port with trust authentication, and is stopped and
deleted afterwards.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


def postgres_bin() -> Path | None:
    """The folder holding initdb and pg_ctl: Debian's newest /usr/lib/postgresql/*/bin, else PATH."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True):
        if Path(folder, "pg_ctl").exists() and Path(folder, "initdb").exists():
            return Path(folder)
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl and Path(initdb).parent == Path(pg_ctl).parent:
        return Path(initdb).parent
    return None



@dataclass
class PostgresServer:
    """A running server; ``url(database)`` is SQLAlchemy's URL for one of its databases."""

    port: int
    user: str
    data: Path
    bin: Path
    run_as: list[str]

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        subprocess.run([*self.run_as, str(self.bin / "pg_ctl"), "stop", "-D", str(self.data), "-m", "immediate"],
                       check=False, capture_output=True)
        shutil.rmtree(self.data.parent, ignore_errors=True)


def start_postgres(folder: Path) -> PostgresServer:
    """initdb and start a server on a free port; raises with PostgreSQL's own output when it cannot."""
    root = Path(tempfile.mkdtemp(prefix="hub-pg-"))
    data = root / "data"
    run_as: list[str] = []
    user = pwd.getpwuid(os.getuid()).pw_name
    if os.getuid() == 0:  # PostgreSQL refuses to run as root
        user = "postgres"
        run_as = ["runuser", "-u", user, "--"]
        shutil.chown(root, user)
    root.chmod(0o700)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    steps = [
        [str(folder / "initdb"), "-D", str(data), "-A", "trust", "-U", user, "-E", "UTF8", "--no-sync"],
        [str(folder / "pg_ctl"), "start", "-w", "-D", str(data), "-l", str(root / "log"),
         "-o", f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100"],
    ]
    for step in steps:
        done = subprocess.run([*run_as, *step], capture_output=True, text=True)
        if done.returncode != 0:
            log = (root / "log").read_text() if (root / "log").exists() else ""
            raise RuntimeError(f"{Path(step[0]).name} failed: {done.stdout}{done.stderr}{log}")
    return PostgresServer(port=port, user=user, data=data, bin=folder, run_as=run_as)
