"""A headless kiosk process for fault-injection runs: real flow, outbox, database and EGYM client,
built by :func:`kiosk.composition.build_kiosk` like the kiosk's own, without devices or a screen.

``python -m harness.chaos_worker --base-url URL --gym-id N --machine-name NAME --db FILE
--vault DIR --vault-key FILE`` (API key in ``$GYM_KIOSK_EGYM_API_KEY``), or with ``--serial-number SN
--machine-type TYPE`` in place of the gym id and machine name a kiosk on EGYM's standalone (machine)
API at ``--base-url`` (``client_id:client_secret`` in ``$GYM_KIOSK_EGYM_CLIENT_CREDENTIALS``), or with
``--hub-url URL`` in place of the EGYM options a kiosk of a hub (its device credential in
``$GYM_KIOSK_HUB_DEVICE_CREDENTIAL``), reads a JSON plan from stdin (``[[session_number, card_uid_hex], ...]``), plays one
member session per entry through :class:`~kiosk.session.flow.SessionFlow` (tap,
greeting, a scale record, Save), then waits until the outbox has nothing left to
deliver. It reports on stdout, one line each, flushed at once:

* ``ready`` - the outbox recovered the last run's items and started;
* ``captured <session> <unique_id> <user_id>`` - as soon as the capture is durable;
* ``session <session> done|failed`` - the screen is back on attract;
* ``drained`` - every delivery is finished; the process then exits 0.

With ``--station cardio`` the kiosk is a cardio station and each session records a workout.
The session number is encoded in the weight, or in a workout's whole minutes
(:func:`record_for_session`), so whoever reads the database or a platform's store can tell
which session a measurement came from.
Nothing personal is printed; the EGYM user id is the platform's opaque identifier.
"""
from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import logging
import os
import sys
from pathlib import Path
from typing import Callable, Sequence

from hardware import fields
from hardware.events import CardCredential, CredentialPresented, MeasurementRecord
from kiosk.cloud.egym import CallRetry
from kiosk.cloud.egym.settings import DEFAULT_CLIENT_CREDENTIALS_ENV
from kiosk.cloud.hub.settings import CREDENTIAL_ENV
from kiosk.composition import build_kiosk
from kiosk.config.loader import STATION_KINDS, KioskConfig, parse_config
from kiosk.logsafety import install as install_logging
from kiosk.models import Measurement, MemberSession
from kiosk.outbox.credential_vault import CredentialVault
from kiosk.outbox.outbox import Outbox
from kiosk.outbox.schedule import DeliverySchedule
from kiosk.session.flow import FlowTimings, SessionFlow
from kiosk.session.state import SessionSnapshot, SessionState
from kiosk.storage import Database

BASE_WEIGHT_KG = 50.0
BASE_MINUTES = 10
WEIGHT_STEP_KG = 0.01
TAP_ATTEMPTS = 20  # a member whose login failed taps again (faults may hit the login)
RETAP_PAUSE_S = 0.25  # how long a member whose login failed waits before tapping again (a hub may be restarting)
STEP_TIMEOUT_S = 60.0
DRAIN_RECHECK_S = 1.0  # the drain check also runs this often, in case no status change arrives

OUTBOX_RETRY = DeliverySchedule(base_s=0.05, cap_s=0.5, reauth_delay_s=0.5, confirm_wait_s=0.0)
CLIENT_RETRY = CallRetry(max_attempts=2, base_delay_s=0.05, max_delay_s=0.2, max_retry_after_s=1.0)
TIMINGS = FlowTimings(idle_s=60, warning_s=5, review_s=60, failed_s=0,
                      identify_timeout_s=10, submit_timeout_s=0.5, unclaimed_record_s=1)


def weight_for_session(session: int) -> float:
    """The weight the simulated scale reports in session ``session`` (its marker)."""
    return round(BASE_WEIGHT_KG + session * WEIGHT_STEP_KG, 2)


def session_for_weight(weight_kg: float) -> int:
    """The inverse of :func:`weight_for_session`."""
    return round((weight_kg - BASE_WEIGHT_KG) / WEIGHT_STEP_KG)


def minutes_for_session(session: int) -> int:
    """A cardio session's whole minutes (its marker): every platform keeps minutes or seconds exactly."""
    return BASE_MINUTES + session


def session_for_minutes(minutes: float) -> int:
    return round(minutes) - BASE_MINUTES


def record_for_session(kind: str, session: int) -> MeasurementRecord:
    """What the simulated device reports in session ``session`` at a ``kind`` station."""
    if kind == "cardio":
        minutes = minutes_for_session(session)
        return MeasurementRecord("cardio", {fields.DURATION_S: minutes * 60.0, fields.DISTANCE_M: minutes * 250.0,
                                            fields.CALORIES_KCAL: minutes * 9.0, fields.HEART_RATE_BPM: 128.0},
                                 model="chaos bike")  # EGYM takes the heart rate of a workout
    return MeasurementRecord("body", {fields.WEIGHT_KG: weight_for_session(session)}, model="chaos scale")


def session_of(values: dict[str, float]) -> int:
    """The session a measurement's values came from (the inverse of :func:`record_for_session`)."""
    if fields.WEIGHT_KG in values:
        return session_for_weight(values[fields.WEIGHT_KG])
    return session_for_minutes(values[fields.DURATION_S] / 60)


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class ReportingOutbox(Outbox):
    """The real outbox, announcing each capture the moment it is durable."""

    session_number = 0

    async def capture(self, measurement: Measurement, session: MemberSession, member_label: str = "", *,
                      on_delayed: Callable[[], None] | None = None) -> None:
        await super().capture(measurement, session, member_label, on_delayed=on_delayed)
        _say(f"captured {self.session_number} {measurement.unique_id} {session.user_id}")


class StateLog:
    """Every state the flow enters, so a step can wait for one without missing a quick pass through it."""

    def __init__(self, flow: SessionFlow) -> None:
        self.states: list[SessionState] = [flow.snapshot.state]
        self.last = flow.snapshot
        self._changed = asyncio.Event()
        self._unsubscribe = flow.subscribe(self._on_snapshot)

    def _on_snapshot(self, snapshot: SessionSnapshot) -> None:
        self.last = snapshot
        self._changed.set()
        if snapshot.state is not self.states[-1]:
            self.states.append(snapshot.state)

    def mark(self) -> int:
        return len(self.states)

    async def first_of(self, since: int, *wanted: SessionState) -> SessionState:
        """The first of ``wanted`` entered at or after position ``since``."""
        async with asyncio.timeout(STEP_TIMEOUT_S):
            while True:
                for state in self.states[since:]:
                    if state in wanted:
                        return state
                self._changed.clear()
                await self._changed.wait()

    async def terms_answered(self, since: int) -> SessionState:
        """After Accept: the greeting (or a failure), or TERMS again once the answer did not reach EGYM."""
        async with asyncio.timeout(STEP_TIMEOUT_S):
            while True:
                for state in self.states[since:]:
                    if state in (SessionState.PROFILE, SessionState.FAILED):
                        return state
                if self.last.state is SessionState.TERMS and not self.last.terms_sending:
                    return SessionState.TERMS
                self._changed.clear()
                await self._changed.wait()

    def close(self) -> None:
        self._unsubscribe()


API_KEY_ENV = "GYM_KIOSK_EGYM_API_KEY"  # the key never goes on the command line, where ps shows it
CLIENT_CREDENTIALS_ENV = DEFAULT_CLIENT_CREDENTIALS_ENV  # standalone: "client_id:client_secret", likewise


def config_for(args: argparse.Namespace) -> KioskConfig:
    """A kiosk config for the run: EGYM at ``--base-url`` (server or standalone flavour, or the hub at
    ``--hub-url``) and the database; no devices (sessions are played)."""
    data: dict[str, object] = {
        "readers": [{"protocol": "uid-lines", "port": "simulated"}],  # required by the loader; replaced below
        "storage": {"database": str(args.db)},
        "station": {"type": args.station},
    }
    if args.hub_url:
        data["hub"] = {"url": args.hub_url, "timeout_s": args.timeout_s}
        secrets = {"hub": os.environ.get(CREDENTIAL_ENV, "")}
    elif args.serial_number:
        data["egym"] = {"flavour": "standalone", "base_url": args.base_url, "serial_number": args.serial_number,
                        "machine_type": args.machine_type, "timeout_seconds": args.timeout_s}
        secrets = {"egym": os.environ.get(CLIENT_CREDENTIALS_ENV, "")}
    else:
        data["egym"] = {"base_url": args.base_url, "gym_id": args.gym_id, "machine_name": args.machine_name,
                        "timeout_seconds": args.timeout_s}
        secrets = {"egym": os.environ.get(API_KEY_ENV, "")}
    config = parse_config(data, secrets=secrets)
    return dataclasses.replace(config, readers=(), device=None)


async def play_session(flow: SessionFlow, outbox: ReportingOutbox, states: StateLog, number: int, card: bytes,
                       kind: str = "body") -> bool:
    """One member visit; True once a measurement was captured and the screen is back on attract."""
    outbox.session_number = number
    for _ in range(TAP_ATTEMPTS):
        mark = states.mark()
        flow.handle(CredentialPresented(CardCredential(card)))
        reached = await states.first_of(mark, SessionState.TERMS, SessionState.PROFILE, SessionState.FAILED)
        while reached is SessionState.TERMS:  # EGYM's machine API asks for its terms: the member accepts
            flow.accept_terms()  # again, when the answer did not reach EGYM
            reached = await states.terms_answered(mark)
        if reached is SessionState.PROFILE:
            break
        await states.first_of(mark, SessionState.ATTRACT)
        await asyncio.sleep(RETAP_PAUSE_S)  # the member's pause before the next tap, not a synchronisation
    else:
        return False
    mark = states.mark()
    flow.handle(record_for_session(kind, number))
    if await states.first_of(mark, SessionState.REVIEW, SessionState.FAILED) is SessionState.FAILED:
        await states.first_of(mark, SessionState.ATTRACT)
        return False
    mark = states.mark()
    flow.confirm()
    await states.first_of(mark, SessionState.DONE, SessionState.FAILED)
    flow.finish()  # the member taps "Done" (a refusal goes back by itself)
    await states.first_of(mark, SessionState.ATTRACT)
    return True


async def wait_until_drained(outbox: Outbox) -> None:
    changed = asyncio.Event()
    unsubscribe = outbox.subscribe(lambda _id, _status: changed.set())
    try:
        while (await outbox.stats()).unfinished:
            changed.clear()
            try:
                async with asyncio.timeout(DRAIN_RECHECK_S):
                    await changed.wait()
            except TimeoutError:
                pass
    finally:
        unsubscribe()


async def run(args: argparse.Namespace, plan: list[tuple[int, bytes]]) -> None:
    parts = await build_kiosk(
        config_for(args), database=Database(args.db), vault=CredentialVault(args.vault, args.vault_key),
        platform_options={"egym": {"retry": CLIENT_RETRY}} if not args.hub_url else None,
        outbox_type=ReportingOutbox, outbox_options={"retry": OUTBOX_RETRY}, timings=TIMINGS,
    )
    outbox = parts.outbox
    assert isinstance(outbox, ReportingOutbox)
    try:
        await parts.start(chores=False)
        _say("ready")
        states = StateLog(parts.flow)
        for number, card in plan:
            done = await play_session(parts.flow, outbox, states, number, card, STATION_KINDS[args.station])
            _say(f"session {number} {'done' if done else 'failed'}")
        states.close()
        await wait_until_drained(outbox)
        _say("drained")
    finally:
        await parts.aclose()


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m harness.chaos_worker", description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="EGYM (sandbox) address, for a kiosk that talks to EGYM itself")
    parser.add_argument("--gym-id", type=int)
    parser.add_argument("--machine-name")
    parser.add_argument("--serial-number", help="EGYM's standalone flavour: this machine's serial number")
    parser.add_argument("--machine-type", help="EGYM's standalone flavour: this machine's type")
    parser.add_argument("--hub-url", help="the hub's address, for a kiosk of a hub (instead of the EGYM options)")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--vault", type=Path, required=True, help="directory of encrypted re-authentication data")
    parser.add_argument("--vault-key", type=Path, required=True, help="the vault's key file (outside --vault)")
    parser.add_argument("--timeout-s", type=float, default=1.0, help="EGYM request timeout")
    parser.add_argument("--log-level", default="WARNING")
    parser.add_argument("--station", choices=("scale", "cardio"), default="scale", help="what the kiosk stands beside")
    args = parser.parse_args(argv)
    standalone = args.serial_number is not None or args.machine_type is not None
    if not args.hub_url and standalone and (args.base_url is None or not args.serial_number or not args.machine_type):
        parser.error("the standalone flavour needs --base-url, --serial-number and --machine-type")
    if not args.hub_url and not standalone and (args.base_url is None or args.gym_id is None or args.machine_name is None):
        parser.error("give --hub-url, or --base-url, --gym-id and --machine-name "
                     "(or --base-url, --serial-number and --machine-type for EGYM's standalone flavour)")
    return args


def read_plan(text: str) -> list[tuple[int, bytes]]:
    return [(int(number), bytes.fromhex(card)) for number, card in json.loads(text or "[]")]


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    install_logging(getattr(logging, args.log_level.upper(), logging.WARNING), sys.stderr)
    plan = read_plan(sys.stdin.read())
    asyncio.run(run(args, plan))
    return 0


if __name__ == "__main__":
    sys.exit(main())
