"""``gym-kiosk demo``: the sandbox, a hub and an enrolled kiosk in one command.

With ``--egym-flavour standalone`` there is no hub: the kiosk is its own machine at the sandbox's
EGYM machine API (terms, points, history, card linking). Two demo members have not accepted
EGYM's terms yet there (one German, one English), so autoplay shows the terms in both languages.

Apart from :mod:`harness.runs` (a kiosk's own ``--autoplay`` run) so that a kiosk process never
carries the sandbox's and the hub's libraries (Starlette, uvicorn, SQLAlchemy, Jinja2) in its memory.
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import tempfile
from contextlib import nullcontext
from functools import partial
from pathlib import Path
from typing import ContextManager

from harness.demo import UNREGISTERED_CARD, demo_cards, demo_simulator_options, demo_standalone_config
from harness.demo_hub import demo_hub, enrolled_demo_kiosk, seed_linked_member
from harness.runs import play
from kiosk.cloud.boditrax.sandbox import DEMO_HANDLER, BoditraxSandbox
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS, EgymSandbox
from kiosk.cloud.enduco.sandbox.emulation import EnducoSandbox
from kiosk.cloud.lfopen.sandbox.emulation import LfopenSandbox
from kiosk.cloud.egym.sandbox.app import STANDALONE_PREFIX
from kiosk.logsafety import install as install_logging
from kiosk.sandbox import serve_loopback
from ui.app import run_configured


def run_demo(args: argparse.Namespace) -> int:
    """``gym-kiosk demo``: the embedded sandbox and a hub on loopback, a kiosk enrolled at the hub with simulated
    reader and device, the UI."""
    install_logging(logging.DEBUG if args.verbose else logging.WARNING)
    if getattr(args, "egym_flavour", "server") == "standalone":
        return _run_standalone_demo(args)
    state = EgymSandbox()
    with (_workdir(args) as workdir, serve_loopback(state) as server,
          serve_loopback(EnducoSandbox()) as enduco, serve_loopback(LfopenSandbox()) as lfopen,
          serve_loopback(BoditraxSandbox()) as boditrax,
          demo_hub(Path(workdir) / "hub", server.base_url, args.station, enduco_url=enduco.base_url,
                   lfopen_url=lfopen.base_url, boditrax_url=boditrax.base_url) as (hub, hub_url)):
        print(f"sandbox: EGYM sandbox listening on {server.base_url}", flush=True)
        print(f"sandbox: enduco on {enduco.base_url}, LFopen on {lfopen.base_url}, Boditrax on {boditrax.base_url} "
              "(members link them by QR code)", flush=True)
        boditrax.state.handlers[DEMO_HANDLER] = f"{hub_url}/handlers/boditrax/member"  # the hub is its login handler
        first = next(m for m in DEMO_MEMBERS if m.uid == demo_cards()[0])
        seed_linked_member(hub, first.user_id, enduco=enduco.state, boditrax=boditrax.state)
        print(f"hub: listening on {hub_url} (store {Path(workdir) / 'hub' / 'hub.sqlite3'}); "
              "the first member has enduco and Boditrax connected already", flush=True)
        config = asyncio.run(enrolled_demo_kiosk(hub, hub_url, Path(workdir) / "kiosk", args.station))
        print("kiosk: enrolled at the hub with a one-time code; it holds no EGYM key", flush=True)

        def check_sandbox() -> int:
            held = len(state.measurements(kind=config.station.kind))
            print(f"sandbox: holds {held} {config.station.kind} measurements", flush=True)
            return 0 if held == args.autoplay else 1

        link_platform = "boditrax" if config.station.kind == "body" else "enduco"
        drive = partial(play, sessions=args.autoplay, cards=demo_cards(), unregistered=UNREGISTERED_CARD,
                        link_platform=link_platform)
        return run_configured(args, config, drive=drive if args.autoplay else None,
                              after=check_sandbox if args.autoplay else None,
                              simulator_options=demo_simulator_options(args.station))


def _run_standalone_demo(args: argparse.Namespace) -> int:
    """The kiosk as EGYM's machine: the sandbox on loopback, no hub, the UI."""
    state = EgymSandbox()
    state.standalone.terms_pending.add(DEMO_MEMBERS[1].user_id)  # a German member asked too (the other is English)
    with _workdir(args) as workdir, serve_loopback(state) as server:
        print(f"sandbox: EGYM machine API listening on {server.base_url}{STANDALONE_PREFIX}", flush=True)
        config = demo_standalone_config(server.base_url, station=args.station,
                                        database=Path(workdir) / "kiosk" / "kiosk.sqlite3")
        print("kiosk: EGYM's standalone flavour, no hub; it holds the demo machine's client credentials", flush=True)
        kind = config.station.kind

        def check_sandbox() -> int:
            held = [m for m in state.standalone.measurements if m["kind"] == kind]
            print(f"sandbox: holds {len(held)} {kind} measurements", flush=True)
            return 0 if len(held) == args.autoplay else 1

        drive = partial(play, sessions=args.autoplay, cards=demo_cards(), unregistered=UNREGISTERED_CARD,
                        wait_for_points=True)
        return run_configured(args, config, drive=drive if args.autoplay else None,
                              after=check_sandbox if args.autoplay else None,
                              simulator_options=demo_simulator_options(args.station))


def _workdir(args: argparse.Namespace) -> ContextManager[str]:
    """The demo's folder: ``--keep DIR`` (made owner-only, left in place), else a temporary one removed at the end."""
    kept = getattr(args, "keep", None)
    if kept is None:
        return tempfile.TemporaryDirectory(prefix="gym-kiosk-demo-")
    kept.mkdir(parents=True, exist_ok=True, mode=0o700)
    return nullcontext(str(kept))
