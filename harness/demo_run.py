"""``gym-kiosk demo``: the sandbox, a hub and an enrolled kiosk in one command.

Apart from :mod:`harness.runs` (a kiosk's own ``--autoplay`` run) so that a kiosk process never
carries the sandbox's and the hub's libraries (Starlette, uvicorn, SQLAlchemy, Jinja2) in its memory.
"""
from __future__ import annotations

import asyncio
import logging
import tempfile
from functools import partial
from pathlib import Path

from harness.demo import UNREGISTERED_CARD, demo_cards, demo_simulator_options
from harness.demo_hub import demo_hub, enrolled_demo_kiosk
from harness.runs import play
from kiosk.cloud.egym.sandbox import EgymSandbox
from kiosk.logsafety import install as install_logging
from kiosk.sandbox import serve_loopback
from ui.app import run_configured


def run_demo(args: argparse.Namespace) -> int:
    """``gym-kiosk demo``: the embedded sandbox and a hub on loopback, a kiosk enrolled at the hub with simulated
    reader and device, the UI."""
    install_logging(logging.DEBUG if args.verbose else logging.WARNING)
    state = EgymSandbox()
    with (tempfile.TemporaryDirectory(prefix="gym-kiosk-demo-") as workdir, serve_loopback(state) as server,
          demo_hub(Path(workdir) / "hub", server.base_url, args.station) as (hub, hub_url)):
        print(f"sandbox: EGYM sandbox listening on {server.base_url}", flush=True)
        print(f"hub: listening on {hub_url} (store {Path(workdir) / 'hub' / 'hub.sqlite3'})", flush=True)
        config = asyncio.run(enrolled_demo_kiosk(hub, hub_url, Path(workdir) / "kiosk", args.station))
        print("kiosk: enrolled at the hub with a one-time code; it holds no EGYM key", flush=True)

        def check_sandbox() -> int:
            held = len(state.measurements(kind=config.station.kind))
            print(f"sandbox: holds {held} {config.station.kind} measurements", flush=True)
            return 0 if held == args.autoplay else 1

        drive = partial(play, sessions=args.autoplay, cards=demo_cards(), unregistered=UNREGISTERED_CARD)
        return run_configured(args, config, drive=drive if args.autoplay else None,
                              after=check_sandbox if args.autoplay else None,
                              simulator_options=demo_simulator_options(args.station))
