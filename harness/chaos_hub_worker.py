"""One hub process for ``gym-kiosk chaos --hub``: the real hub, built by :func:`hub.composition.build_hub`.

``python -m harness.chaos_hub_worker --config hub.toml`` serves the hub on the config's
address and prints ``ready URL`` once it listens. The chaos run kills it with SIGKILL at
random moments and starts it again on the same store. Its timings are short so that a
run ends in minutes: EGYM requests time out after the config's ``timeout_seconds``, the
delivery worker retries within half a second, and a killed process's claims lapse after
:data:`LEASE_S` (longer than one delivery attempt can take, so a live claim never lapses).
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Sequence

from hub.composition import build_hub
from hub.config import load_hub_config
from kiosk.cloud.egym import CallRetry
from kiosk.logsafety import install as install_logging
from kiosk.outbox.schedule import DeliverySchedule

LEASE_S = 5.0
HUB_SCHEDULE = DeliverySchedule(base_s=0.05, cap_s=0.5, reauth_delay_s=0.5, confirm_wait_s=0.0)
EGYM_RETRY = CallRetry(max_attempts=2, base_delay_s=0.05, max_delay_s=0.2, max_retry_after_s=1.0)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m harness.chaos_hub_worker", description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--log-level", default="WARNING")
    args = parser.parse_args(argv)
    install_logging(getattr(logging, args.log_level.upper(), logging.WARNING), sys.stderr)
    hub = build_hub(load_hub_config(args.config), platform_options={"egym": {"retry": EGYM_RETRY}},
                    worker_options={"schedule": HUB_SCHEDULE, "lease_s": LEASE_S, "poll_s": 0.2})
    try:
        hub.serve(lambda url: print(f"ready {url}", flush=True))
    finally:
        hub.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
