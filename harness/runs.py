"""The harness's runs of the Qt kiosk: ``gym-kiosk --autoplay N``, and the drive the demo shares.

Both runs (this one and :mod:`harness.demo_run`'s ``gym-kiosk demo``) run the kiosk of :mod:`ui.app`;
with ``--autoplay N`` they hand it a drive that plays N member sessions on its simulated devices and
exits once every result is delivered (through a hub: once the hub reports every platform's final state).
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from functools import partial
from typing import Sequence

from harness.autoplay import Autoplay, AutoplayError
from kiosk.cloud.base import MeasurementDestination, ReportsDownstream
from kiosk.config.loader import default_config_path, load_config
from kiosk.logsafety import install as install_logging
from kiosk.outbox.outbox import Outbox
from kiosk.outbox.status import DeliveryState
from kiosk.startup import open_database
from ui.app import Kiosk, log_to_state_folder, run_configured


async def wait_until_delivered(outbox: Outbox, unique_ids: list[str], timeout_s: float) -> bool:
    """True once every destination has SENT each item (waits on outbox events)."""
    changed = asyncio.Event()
    unsubscribe = outbox.subscribe(lambda _id, _status: changed.set())

    def all_sent() -> bool:
        return all(s.state is DeliveryState.SENT for uid in unique_ids for s in outbox.statuses(uid))

    try:
        async def wait() -> None:
            while not all_sent():
                changed.clear()
                await changed.wait()

        await asyncio.wait_for(wait(), timeout_s)
        return True
    except TimeoutError:
        return False
    finally:
        unsubscribe()


async def wait_until_passed_on(destinations: Sequence[MeasurementDestination], unique_ids: list[str],
                               timeout_s: float) -> bool:
    """True once every destination that passes results on (the hub) reports a final state for each item."""
    follows = [destination.follow(unique_id, lambda _states: None) for destination in destinations
               if isinstance(destination, ReportsDownstream) for unique_id in unique_ids]
    try:
        await asyncio.wait_for(asyncio.gather(*follows), timeout_s)
        return True
    except TimeoutError:
        return False


async def play(kiosk: Kiosk, *, sessions: int, cards: list[bytes], unregistered: bytes | None,
               wait_for_points: bool = False, link_platform: str | None = None) -> int:
    """Play ``sessions`` member sessions on the kiosk's simulated devices; 0 once all were done and delivered.

    ``wait_for_points``: each member stays on the done screen until their points show (EGYM's machine API).
    ``link_platform``: the second member connects their account there by QR code, their phone played.
    """
    reader, device = kiosk.devices.simulator("reader"), kiosk.devices.simulator("measuring")
    if reader is None or device is None or not cards:
        print("autoplay needs a simulated reader, a simulated device and at least one card", file=sys.stderr)
        return 2
    captured: list[str] = []
    kiosk.extras.append(kiosk.outbox.subscribe(lambda uid, _s: None if uid in captured else captured.append(uid)))
    try:
        player = Autoplay(kiosk.flow, reader, device, cards, on_step=lambda line: print(line, flush=True),
                          unregistered_card=unregistered, wait_for_points=wait_for_points,
                          link_platform=link_platform)
        outcomes = await player.run(sessions)
    except AutoplayError as exc:
        print(f"autoplay stopped: {exc}", file=sys.stderr)
        return 1
    delivered = (await wait_until_delivered(kiosk.outbox, captured, timeout_s=60.0)
                 and await wait_until_passed_on(kiosk.parts.destinations, captured, timeout_s=60.0))
    print(f"autoplay: {outcomes.count('done')} of {sessions} sessions done, "
          f"{len(captured)} measurements captured, {'all' if delivered else 'NOT all'} delivered", flush=True)
    return 0 if delivered and outcomes.count("done") == sessions else 1


def run_autoplay(args: argparse.Namespace) -> int:
    """``gym-kiosk [--config FILE] --autoplay N``: N sessions on the configured kiosk, whose devices are all simulated."""
    install_logging(logging.DEBUG if args.verbose else logging.INFO)
    config = load_config(args.config or default_config_path())  # a ConfigError is the command's one line, exit 2
    log_to_state_folder(config)
    if not config.all_simulated:
        print("--autoplay needs every device configured as port = \"simulated\"", file=sys.stderr)
        return 2
    cards = [bytes.fromhex(c) for c in config.simulated_cards]
    open_database(config.storage.database).close()  # a file it cannot use stops here, before any screen
    return run_configured(args, config, drive=partial(play, sessions=args.autoplay, cards=cards, unregistered=None))
