"""``gym-kiosk chaos``: member sessions under random faults and SIGKILLs; nothing may be lost or doubled.

The sandbox runs in this process on loopback with faults switched on at random
(5xx, 429 with and without Retry-After, slow replies and timeouts, connections
cut before and after the request took effect, garbage replies, every access token
expired at once). A kiosk process (:mod:`harness.chaos_worker`) plays the sessions
and is killed with SIGKILL at random moments, then restarted on the same database,
until every session has been captured and the outbox has drained. Finally what
the kiosk captured (its database: unique id -> user id, session marker) is
compared with what the sandbox holds. The last line printed is always
``lost=L duplicated=D misattributed=M sessions=S kills=K`` (plus ``hub_kills=H`` with a hub).

With ``--hubs N`` the kiosk talks to a hub instead (:mod:`harness.chaos_hub`): N hub
processes on one store (SQLite, or PostgreSQL with ``--hub-store``, which N > 1 needs),
reached through a link that cuts connections, and killed ``--hub-kills`` times; the run
then also waits for the hubs to finish their deliveries to the sandbox.

With ``--egym-flavour standalone`` (hubless kiosks only) the kiosk talks to EGYM's standalone
(machine) API, which the sandbox serves under ``/standalone`` with the same faults; "every access
token expired" makes the standalone side forget every access token (it then answers 401), and the
comparison is against the standalone store.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import queue
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Callable, Iterator, Sequence, TextIO

from harness.chaos_hub import CHAOS_GYM, FaultyLink, HubFleet
from harness.chaos_platforms import LinkedPlatforms
from harness.chaos_report import ChaosReport, captured_by_kiosk, compare
from harness.chaos_worker import API_KEY_ENV, CLIENT_CREDENTIALS_ENV
from kiosk.cloud.hub.settings import CREDENTIAL_ENV
from kiosk.cloud.egym.sandbox import (
    DEMO_API_KEY,
    DEMO_GYM_ID,
    DEMO_MACHINE_NAME,
    DEMO_MEMBERS,
    EgymSandbox,
    SandboxState,
)
from kiosk.cloud.egym.sandbox.app import STANDALONE_PREFIX
from kiosk.cloud.egym.sandbox.standalone import (
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    DEMO_MACHINE_TYPE,
    DEMO_SERIAL_NUMBER,
)
from kiosk.sandbox import serve_loopback

MEASUREMENTS = "/api/v1/measurements"
TOKEN = "/api/v1/oauth/token"
PROFILE = "/api/v1/gyms"
STANDALONE_WITH_HUB = ("--egym-flavour standalone is for kiosks without a hub (use --hubs 0): "
                       "EGYM's standalone (machine) API is what a hubless kiosk talks to directly")
STANDALONE_PROFILE = "/api/v1/users"  # the standalone flavour's profile call (faults match without /standalone)
FLAVOURS = ("server", "standalone")
MAX_QUEUED_FAULTS = 4  # one-shot faults waiting for a request; more would starve every session
DRAIN_KILL_WINDOW_S = 0.3  # a kill after the last session lands this far into the drain at most
KILL_DELAY_S = 0.06  # a kill after a capture lands this far after it at most
# Killed clients and timeouts make the in-process server log failed handlers; that is the point here.
SERVER_LOGGERS = ("kiosk.sandbox", "kiosk.cloud.egym.sandbox", "uvicorn")


@contextlib.contextmanager
def _quiet_server() -> Iterator[None]:
    loggers = [logging.getLogger(name) for name in SERVER_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


class ChaosError(RuntimeError):
    """The run could not be carried out (a worker misbehaved or the time ran out)."""


class WorkerProcess:
    """One :mod:`harness.chaos_worker` process and its stdout lines."""

    def __init__(self, process: subprocess.Popen[str], workdir: Path) -> None:
        self.process = process
        self.workdir = workdir
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, name="chaos-worker-stdout", daemon=True).start()

    @classmethod
    def start(
        cls, base_url: str, workdir: Path, plan: Sequence[tuple[int, bytes]], timeout_s: float = 1.0,
        log_level: str = "WARNING", hub_credential: str | None = None, egym_flavour: str = "server",
        station: str = "scale",
    ) -> "WorkerProcess":
        """Start a worker on ``workdir``'s database and vault, playing ``plan`` (session, card UID).

        With ``hub_credential`` the worker is a kiosk of the hub at ``base_url``; else it talks to the EGYM
        sandbox there, through its ``egym_flavour`` API. Secrets go in the environment, never on the command line.
        """
        workdir.mkdir(parents=True, exist_ok=True)
        if hub_credential is not None:
            target, secret = ["--hub-url", base_url], {CREDENTIAL_ENV: hub_credential}
        elif egym_flavour == "standalone":
            target = ["--base-url", base_url + STANDALONE_PREFIX, "--serial-number", DEMO_SERIAL_NUMBER,
                      "--machine-type", DEMO_MACHINE_TYPE]
            secret = {CLIENT_CREDENTIALS_ENV: f"{DEMO_CLIENT_ID}:{DEMO_CLIENT_SECRET}"}
        else:
            target = ["--base-url", base_url, "--gym-id", str(DEMO_GYM_ID), "--machine-name", DEMO_MACHINE_NAME]
            secret = {API_KEY_ENV: DEMO_API_KEY}
        command = [
            sys.executable, "-m", "harness.chaos_worker", *target, "--db", str(workdir / "kiosk.sqlite3"),
            "--vault", str(workdir / "vault"), "--vault-key", str(workdir / "vault.key"),
            "--timeout-s", str(timeout_s), "--log-level", log_level, "--station", station,
        ]
        with open(workdir / "worker.log", "a", encoding="utf-8") as log_file:
            process = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log_file, text=True,
                env={**os.environ, **secret, "PYTHONUNBUFFERED": "1"},
            )
        assert process.stdin is not None
        process.stdin.write(json.dumps([[number, card.hex()] for number, card in plan]))
        process.stdin.close()
        return cls(process, workdir)

    @property
    def db_path(self) -> Path:
        return self.workdir / "kiosk.sqlite3"

    @property
    def vault_dir(self) -> Path:
        return self.workdir / "vault"

    @property
    def key_path(self) -> Path:
        return self.workdir / "vault.key"

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.strip())
        self._lines.put(None)

    def next_line(self, timeout_s: float) -> str | None:
        """The next line, or None once the process closed its output."""
        try:
            return self._lines.get(timeout=max(0.0, timeout_s))
        except queue.Empty:
            raise ChaosError(f"the kiosk worker said nothing for {timeout_s:.0f} s") from None

    def wait_for(self, predicate: Callable[[str], bool], timeout_s: float) -> str:
        """Read lines until one matches ``predicate``; ChaosError if the worker ends or stays silent."""
        deadline = time.monotonic() + timeout_s
        while True:
            line = self.next_line(deadline - time.monotonic())
            if line is None:
                raise ChaosError(f"the kiosk worker ended (exit {self.process.wait()}); see {self.workdir / 'worker.log'}")
            if predicate(line):
                return line

    def kill(self) -> None:
        """SIGKILL: no clean-up of any kind runs in the worker."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def wait_exit(self, timeout_s: float) -> int:
        return self.process.wait(timeout=timeout_s)


class FaultInjector:
    """Switches a random sandbox fault on every few tens of milliseconds, from a thread.

    ``profile_path`` is the profile call of the flavour under test (faults match paths without
    ``/standalone``); ``expire_tokens`` is how that flavour's access tokens all stop working at once.
    """

    def __init__(
        self, state: SandboxState, rng: random.Random, interval_s: tuple[float, float] = (0.03, 0.15), *,
        profile_path: str = PROFILE, expire_tokens: Callable[[], None] | None = None,
    ) -> None:
        self._state = state
        self._rng = rng
        self._interval_s = interval_s
        self._profile_path = profile_path
        self._expire_tokens = expire_tokens or state.expire_tokens
        self._stop = threading.Event()
        self.counts: Counter[str] = Counter()
        self._thread = threading.Thread(target=self._run, name="chaos-faults", daemon=True)

    def __enter__(self) -> "FaultInjector":
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()
        self._state.faults.clear()

    def _run(self) -> None:
        while not self._stop.wait(self._rng.uniform(*self._interval_s)):
            self.inject_one()

    def inject_one(self) -> None:
        faults, rng = self._state.faults, self._rng
        snapshot = faults.snapshot()
        queued = sum(len(snapshot[name]) for name in ("failNext", "dropNext", "garbageNext"))
        choice = rng.choice(("5xx", "429", "429-retry-after", "latency", "drop-before", "drop-after",
                             "garbage", "expire-tokens"))
        if queued >= MAX_QUEUED_FAULTS and choice not in ("latency", "expire-tokens"):
            return
        path = rng.choice((MEASUREMENTS, MEASUREMENTS, TOKEN, self._profile_path))
        if choice == "5xx":
            faults.fail_next(rng.choice((500, 502, 503)), rng.randint(1, 2), path_prefix=path)
        elif choice == "429":
            faults.fail_next(429, 1, path_prefix=path)
        elif choice == "429-retry-after":
            faults.fail_next(429, 1, retry_after=rng.choice((0.1, 0.3)), path_prefix=path)
        elif choice == "latency":  # 1.5 s is past the worker's 1 s timeout, but EGYM still stores it
            choice = f"latency {(ms := rng.choice((0, 0, 30, 200, 1500)))} ms"
            faults.latency(ms, path_prefix=MEASUREMENTS)
        elif choice == "drop-before":
            faults.drop_next(1, after_processing=False, path_prefix=path)
        elif choice == "drop-after":
            faults.drop_next(1, after_processing=True, path_prefix=path)
        elif choice == "garbage":
            faults.garbage_next(1, rng.choice(("html", "json")), path_prefix=path)
        else:
            self._expire_tokens()
        self.counts[choice] += 1


def _cards_and_owners() -> tuple[list[bytes], dict[bytes, str]]:
    members = [m for m in DEMO_MEMBERS if m.rfid_format == "MIFARE"]
    return [m.uid for m in members], {m.uid: m.user_id for m in members}


def run_chaos(
    sessions: int, kills: int, seed: int | None = None, workdir: Path | None = None, time_limit_s: float = 900.0,
    out: TextIO | None = None, *, hubs: int = 0, hub_store: str | None = None, hub_kills: int = 0,
    egym_flavour: str = "server", station: str = "scale",
) -> ChaosReport:
    """Play ``sessions`` sessions with ``kills`` SIGKILLs under random faults; print (to stdout) and return the report.

    ``hubs`` > 0 puts that many hub processes (on ``hub_store``, default SQLite) between kiosk and EGYM,
    killed ``hub_kills`` times. ``egym_flavour`` "standalone" has the kiosk talk to EGYM's machine API
    (only without hubs) and compares with what the sandbox's standalone side stored. With hubs, enduco,
    LFopen and Boditrax are on too (:mod:`harness.chaos_platforms`); ``station`` "cardio" plays workouts
    (for EGYM, enduco and LFopen) rather than scale results (for EGYM and Boditrax).
    """
    if egym_flavour not in FLAVOURS:
        raise ValueError(f"egym_flavour must be one of {', '.join(FLAVOURS)}")
    standalone = egym_flavour == "standalone"
    if standalone and hubs:
        raise ValueError(STANDALONE_WITH_HUB)
    rng = random.Random(seed)
    cards, owners = _cards_and_owners()
    plan = [(number, cards[(number - 1) % len(cards)]) for number in range(1, sessions + 1)]
    owner_of_session = {number: owners[card] for number, card in plan}
    kill_after_capture = sorted(rng.sample(range(1, sessions + 1), min(kills, sessions)))
    drain_kills = kills - len(kill_after_capture)
    hub_kill_after_capture = sorted(rng.sample(range(1, sessions + 1), min(hub_kills, sessions)))
    report = ChaosReport(sessions, egym_flavour, hub_kills=0 if hubs else None)
    started = time.monotonic()
    deadline = started + time_limit_s
    state = EgymSandbox(token_ttl_s=60.0)
    with (tempfile.TemporaryDirectory(prefix="gym-kiosk-chaos-") as scratch, _quiet_server(),
          serve_loopback(state) as sandbox, contextlib.ExitStack() as hub_side):
        home = workdir or Path(scratch)
        db_path = home / "kiosk.sqlite3"
        kiosk_url, credential, fleet, link, platforms = sandbox.base_url, None, None, None, None
        kind = "cardio" if station == "cardio" else "body"
        if hubs:
            platforms = hub_side.enter_context(LinkedPlatforms(random.Random(rng.random()), [owners[c] for c in cards]))
            fleet = HubFleet(home / "hub", sandbox.base_url, count=hubs, store_url=hub_store,
                             platform_tables=platforms.gym_tables(), environment=platforms.environment())
            hub_side.callback(fleet.stop)
            fleet.start_all()
            platforms.link_every_member(fleet.engine, fleet.folder / "hub.key", CHAOS_GYM)
            platforms.start_faults()
            credential = fleet.enrol_kiosk("chaos-kiosk", kind)
            link = hub_side.enter_context(FaultyLink(fleet.ports, random.Random(rng.random())))
            kiosk_url = link.url

        def on_capture(captures: int) -> None:
            while fleet is not None and hub_kill_after_capture and captures >= hub_kill_after_capture[0]:
                hub_kill_after_capture.pop(0)
                fleet.kill_one(rng)

        profile_path, expire_tokens = ((STANDALONE_PROFILE, state.standalone.expire_tokens) if standalone
                                       else (PROFILE, state.expire_tokens))
        with FaultInjector(state, random.Random(rng.random()), profile_path=profile_path,
                           expire_tokens=expire_tokens) as injector:
            while True:
                captured_sessions = {session for session, _, _ in captured_by_kiosk(db_path, "hub" if hubs else "egym").values()}
                remaining = [(n, card) for n, card in plan if n not in captured_sessions]
                worker = WorkerProcess.start(kiosk_url, home, remaining, hub_credential=credential,
                                             egym_flavour=egym_flavour, station=station)
                try:
                    ending = _follow(worker, remaining, len(captured_sessions), kill_after_capture,
                                     drain_kills > 0 and not kill_after_capture, rng, deadline, on_capture)
                except ChaosError as error:  # still compare: whatever did not arrive counts as lost
                    report.aborted = str(error)
                    break
                if ending == "drained":
                    if not _replay_failed(remaining, db_path, hubs, deadline):
                        break
                    continue  # sessions whose every tap failed (a hub was down): those members come back
                report.kills += 1
                drain_kills -= ending == "killed in drain"
            if fleet is not None:
                for _ in hub_kill_after_capture:  # kill points past the sessions captured: kill while the hubs drain
                    fleet.kill_one(rng)
                report.unfinished += fleet.wait_drained(deadline)
                report.hub_kills = fleet.kills
            if platforms is not None:
                platforms.stop_faults()
            report.faults = injector.counts + (link.counts if link is not None else Counter()) + \
                (platforms.counts if platforms is not None else Counter())
        captured = captured_by_kiosk(db_path, "hub" if hubs else "egym")
        if platforms is not None and fleet is not None:
            report.platforms = platforms.tallies(kind, captured, owner_of_session, fleet.engine)
        stored = [dict(record) for record in list(state.standalone.measurements)] if standalone else state.measurements()
        stats = state.stats()
    report.lost, report.duplicated, report.misattributed = compare(captured, stored, owner_of_session)
    report.sessions = len({session for session, _, _ in captured.values()})
    report.stored = len(stored)
    report.resends_absorbed = state.standalone.duplicates if standalone else stats["duplicates"]
    report.requests_by_status = stats["requestsByStatus"]  # both flavours' replies: the sandbox counts every API path
    report.unfinished += sum(1 for _, _, delivery in captured.values() if delivery in ("pending", "sending", "needs-reauth"))
    report.elapsed_s = time.monotonic() - started
    report.print(out or sys.stdout)
    return report


def _replay_failed(played: list[tuple[int, bytes]], db_path: Path, hubs: int, deadline: float) -> bool:
    """Whether a drained worker left sessions uncaptured that another worker should play (with a hub only)."""
    if not hubs or time.monotonic() >= deadline:
        return False
    captured = {session for session, _, _ in captured_by_kiosk(db_path, "hub").values()}
    return any(number not in captured for number, _ in played)


def _follow(
    worker: WorkerProcess, plan: list[tuple[int, bytes]], captured_so_far: int, kill_after_capture: list[int],
    kill_in_drain: bool, rng: random.Random, deadline: float, on_capture: Callable[[int], None] = lambda n: None,
) -> str:
    """Follow the worker until it has drained or was killed by us; says which ("drained", "killed ...")."""
    captures, sessions_reported = captured_so_far, 0
    try:
        while True:
            line = worker.next_line(deadline - time.monotonic())
            if line is None:
                code = worker.process.wait()
                raise ChaosError(f"the kiosk worker ended without draining (exit {code}); see {worker.workdir / 'worker.log'}")
            if line.startswith("captured "):
                captures += 1
                on_capture(captures)
                if kill_after_capture and captures >= kill_after_capture[0]:
                    kill_after_capture.pop(0)
                    time.sleep(rng.uniform(0.0, KILL_DELAY_S))  # land anywhere in what follows the capture
                    worker.kill()
                    return "killed after a capture"
            elif line.startswith("session "):
                sessions_reported += 1
            if line == "ready" and not plan and kill_after_capture:
                # Kill points past the last capture (the previous worker captured the rest in the moment
                # before its kill landed): this worker is killed while it recovers the queue instead.
                kill_after_capture.pop(0)
                worker.kill()
                return "killed after a capture"
            all_played = (line == "ready" and not plan) or (line.startswith("session ") and sessions_reported == len(plan))
            if kill_in_drain and all_played:
                time.sleep(rng.uniform(0.0, DRAIN_KILL_WINDOW_S))
                if worker.process.poll() is None:
                    worker.kill()
                    return "killed in drain"
            if line == "drained":
                worker.wait_exit(timeout_s=max(1.0, deadline - time.monotonic()))
                return "drained"
    except BaseException:
        if worker.process.poll() is None:
            worker.kill()
        raise


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gym-kiosk chaos", description="Member sessions under random faults and SIGKILLs.")
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--time-limit", type=float, default=900.0, metavar="SECONDS")
    parser.add_argument("--hubs", type=int, default=0, help="hub processes between kiosk and EGYM (0: none)")
    parser.add_argument("--hub-store", default=None, metavar="URL",
                        help="the hubs' shared store, postgresql+psycopg://... (default: SQLite, one hub)")
    parser.add_argument("--hub-kills", type=int, default=0, help="SIGKILLs of hub processes")
    parser.add_argument("--egym-flavour", choices=FLAVOURS, default="server",
                        help="EGYM's API the kiosk talks to: server, or standalone (the machine API; needs --hubs 0)")
    parser.add_argument("--station", choices=("scale", "cardio"), default="scale",
                        help="scale results (EGYM, and Boditrax behind a hub) or cardio workouts (EGYM, and enduco "
                             "and LFopen behind a hub)")
    args = parser.parse_args(argv)
    if args.sessions < 1 or args.kills < 0 or args.hubs < 0 or args.hub_kills < 0:
        parser.error("--sessions must be at least 1; --kills, --hubs and --hub-kills at least 0")
    if args.hubs > 1 and not args.hub_store:
        parser.error("--hubs above 1 needs --hub-store postgresql+psycopg://... (SQLite serves one hub process)")
    if args.hub_kills and not args.hubs:
        parser.error("--hub-kills needs --hubs")
    if args.egym_flavour == "standalone" and args.hubs:
        parser.error(STANDALONE_WITH_HUB)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    hub = f", {args.hubs} hub(s), {args.hub_kills} hub kills" if args.hubs else ""
    print(f"gym-kiosk chaos: {args.sessions} sessions, {args.kills} kills{hub}, EGYM {args.egym_flavour} flavour, "
          f"seed {seed}")
    report = run_chaos(args.sessions, args.kills, seed, time_limit_s=args.time_limit, hubs=args.hubs,
                       hub_store=args.hub_store, hub_kills=args.hub_kills, egym_flavour=args.egym_flavour,
                       station=args.station)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
