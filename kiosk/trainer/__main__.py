"""``python -m kiosk.trainer set-pin [--file PATH]``: set the trainer PIN (only its hash is stored)."""
from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from kiosk.config.loader import default_config_path
from kiosk.trainer.pin import check_pin_format, write_pin_file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.trainer", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    set_pin = commands.add_parser("set-pin", help="ask for a new trainer PIN twice and store its argon2id hash")
    set_pin.add_argument("--file", type=Path, help="the PIN hash file (default: trainer-pin beside the config file)")
    args = parser.parse_args(argv)
    target = args.file or default_config_path().parent / "trainer-pin"
    pin = getpass.getpass("New trainer PIN (4-12 digits): ")
    try:
        check_pin_format(pin)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    if getpass.getpass("The same PIN again: ") != pin:
        print("the two PINs differ; nothing was changed", file=sys.stderr)
        return 2
    try:
        write_pin_file(target, pin)
    except OSError as exc:
        print(f"cannot write {target}: {exc.strerror}", file=sys.stderr)
        return 1
    print(f"trainer PIN stored as an argon2id hash in {target} (readable by its owner only)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
