"""``gym-kiosk hub``: run the hub, and the installer's commands to enrol, list and revoke kiosks.

    gym-kiosk hub --config hub.toml                                   serve (until Ctrl-C / SIGTERM)
    gym-kiosk hub enrol --config hub.toml --gym G --machine M --station body|cardio|flexibility
    gym-kiosk hub kiosks --config hub.toml
    gym-kiosk hub revoke --config hub.toml --device k-…
    gym-kiosk hub admin-password --config hub.toml [--stdin]         the fleet page's password

A config problem prints one line naming the key and the fix, and exits 2.
"""
from __future__ import annotations

import argparse
import datetime
import logging
import sys
import time
from pathlib import Path
from typing import Sequence, TextIO

from hub.config import HubConfig, load_hub_config
from hub.store.engine import migrate, open_engine
from hub.store.kiosks import CODE_VALID_MS, STATIONS, create_enrolment_code, list_kiosks, revoke_kiosk
from kiosk import logsafety
from kiosk.config_section import ConfigError

CONFIG_PROBLEM_STATUS = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gym-kiosk hub", description="The hub: our partner backend kiosks talk to.")
    parser.add_argument("--config", type=Path, required=False, help="the hub's config file (hub.toml)")
    parser.add_argument("--verbose", "-v", action="store_true", help="debug logging (secrets stay redacted)")
    sub = parser.add_subparsers(dest="action")
    enrol = sub.add_parser("enrol", help="print a one-time enrolment code for a kiosk (8 digits, 15 minutes)")
    enrol.add_argument("--config", type=Path, default=argparse.SUPPRESS)
    enrol.add_argument("--gym", required=True, help="the gym location, as named in the config ([gyms.NAME])")
    enrol.add_argument("--machine", required=True, help="the kiosk's name, such as scale-1")
    enrol.add_argument("--station", required=True, choices=STATIONS)
    kiosks = sub.add_parser("kiosks", help="list enrolled kiosks with their last heartbeat")
    kiosks.add_argument("--config", type=Path, default=argparse.SUPPRESS)
    revoke = sub.add_parser("revoke", help="refuse a kiosk's device credential from now on")
    revoke.add_argument("--config", type=Path, default=argparse.SUPPRESS)
    revoke.add_argument("--device", required=True, help="the kiosk's device id (k-…), from gym-kiosk hub kiosks")
    password = sub.add_parser("admin-password", help="set the fleet page's admin password (argon2id, owner-only "
                                                     "file beside the config; typed twice)")
    password.add_argument("--config", type=Path, default=argparse.SUPPRESS)
    password.add_argument("--stdin", action="store_true", help="read the password as one line from standard input")
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout  # looked up per call: a default bound at import keeps a stream that may be gone
    args = _parser().parse_args(argv)
    if args.config is None:
        print("gym-kiosk hub needs --config PATH (an example: packaging/config/hub.toml)", file=sys.stderr)
        return CONFIG_PROBLEM_STATUS
    if args.action == "admin-password":  # needs no valid config yet: only where it lives
        from hub.admin.password_command import set_password

        return set_password(args.config, from_stdin=args.stdin)
    try:
        config = load_hub_config(args.config)
        if args.action is None:
            from hub.composition import build_hub

            logsafety.install(logging.DEBUG if args.verbose else logging.INFO)

            hub = build_hub(config)
            try:
                hub.serve(lambda url: print(f"hub listening on {url} (kiosks use {config.public_url})", file=out,
                                            flush=True))
            finally:
                hub.close()
            return 0
        return _administer(args, config, out)
    except ConfigError as error:
        print(f"config problem: {error}", file=sys.stderr)
        return CONFIG_PROBLEM_STATUS


def _administer(args: argparse.Namespace, config: HubConfig, out: TextIO) -> int:
    engine = open_engine(config.store_url)
    try:
        migrate(engine)
        now_ms = int(time.time() * 1000)
        if args.action == "enrol":
            if args.gym not in config.gyms:
                print(f"no gym location {args.gym!r} in {args.config}; configured: {', '.join(config.gyms)}",
                      file=sys.stderr)
                return CONFIG_PROBLEM_STATUS
            code = create_enrolment_code(engine, args.gym, args.machine, args.station, now_ms)
            until = _time(now_ms + CODE_VALID_MS)
            print(f"enrolment code {code} for {args.machine} ({args.station}) at {args.gym}; single use, valid "
                  f"until {until}", file=out)
            return 0
        if args.action == "revoke":
            if not revoke_kiosk(engine, args.device, now_ms):
                print(f"no enrolled, unrevoked kiosk {args.device!r}; see gym-kiosk hub kiosks", file=sys.stderr)
                return 1
            print(f"revoked {args.device}; its measurements already accepted are still delivered", file=out)
            return 0
        for kiosk in list_kiosks(engine):
            state = f"revoked {_time(kiosk.revoked_ms)}" if kiosk.revoked_ms else "enrolled"
            heartbeat = f"last heartbeat {_time(kiosk.heartbeat_ms)}" if kiosk.heartbeat_ms else "no heartbeat yet"
            print(f"{kiosk.device_id}  {kiosk.gym}  {kiosk.machine}  {kiosk.station}  {state}  {heartbeat}", file=out)
        return 0
    finally:
        engine.dispose()


def _time(ms: int) -> str:
    return datetime.datetime.fromtimestamp(ms / 1000, datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
