"""``gym-kiosk hub admin-password --config hub.toml``: set the admin login's password.

The password is read from the terminal (typed twice, not echoed) or, for scripts and
container entry points, as one line on standard input (``--stdin``); never from the command
line, where other users could read it in the process list. It is stored as an argon2id hash
in ``admin-password`` beside the config, owner-only (run as root, owned by the config folder's
owner, the hub's service user). Restart the hub afterwards: open admin
sessions end, since a new session key is drawn with every new password.
"""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from hub.admin.credentials import FILE_NAME, check_password_strength, write_credentials


def credentials_path(config: Path) -> Path:
    """Where the admin password file of the hub configured by ``config`` lives: beside it."""
    return config.parent / FILE_NAME


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("New admin password: ")
    check_password_strength(first)
    if getpass.getpass("Again: ") != first:
        raise ValueError("the two passwords differ; nothing was changed")
    return first


def _give_to_folder_owner(path: Path) -> None:
    """Run as root (the packaged hub's /etc/gym-kiosk-hub), the file goes to the folder's owner: the hub's user."""
    if os.geteuid() == 0:
        folder = path.parent.stat()
        os.chown(path, folder.st_uid, folder.st_gid)


def set_password(config: Path, from_stdin: bool) -> int:
    """Read, check and store the new admin password beside ``config``; the exit status (2: refused)."""
    path = credentials_path(config)
    try:
        write_credentials(path, _read_password(from_stdin))
        _give_to_folder_owner(path)
    except ValueError as error:
        print(f"admin password not set: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"admin password not set: cannot write {path}: {error.strerror}", file=sys.stderr)
        return 1
    print(f"admin password set in {path} (owner-only); restart the hub to use it")
    return 0
