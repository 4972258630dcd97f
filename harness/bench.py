"""``gym-kiosk bench``: the figures an installer can check on kiosk hardware.

It starts the EGYM sandbox in a process of its own (so it competes for the CPU the
way a remote server would not, equally for every measurement below) and prints:

* tap-to-profile latency (p50, p99) of the full kiosk - credential event to the
  greeting shown by the view-model, and to the first frame swapped after it (the
  greeting on screen) - against the floor of a bare httpx client making the same
  two requests (login, user details) on a kept-alive connection;
* the longest stall of the Qt event loop during full member sessions;
* cold start of a kiosk process to an interactive attract screen;
* resident memory of that process against a bare QML window, at start and after a few member
  sessions (steady state: every screen built, every library a session needs loaded).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import subprocess
import sys
import tempfile
import textwrap
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import httpx

from hardware.events import CardCredential, CredentialPresented
from kiosk.cloud.transport import network_transport
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME, DEMO_MEMBERS

FRAME_MS = 16.0
FRAME_TARGET_MS = 16.7  # one frame at 60 Hz: tap-to-frame may take the floor plus this


@dataclass(frozen=True)
class Row:
    metric: str
    value: str
    target: str
    ok: bool | None


@contextmanager
def sandbox_process() -> Iterator[str]:
    """The sandbox on a free loopback port in a child process; yields its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-u", "-m", "kiosk.sandbox", "--port", "0"],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:
            match = re.search(r"listening on (http://\S+)", line)
            if match:
                yield match.group(1)
                return
        raise RuntimeError("the sandbox process did not start")
    finally:
        process.terminate()
        process.wait(timeout=10)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def mifare_members() -> list:
    return [m for m in DEMO_MEMBERS if m.rfid_format == "MIFARE"]


async def floor_latencies(base_url: str, samples: int) -> list[float]:
    """Login + user details with a bare kept-alive httpx client, in milliseconds."""
    members = mifare_members()
    result: list[float] = []
    # The same transport settings as the kiosk's client, so the difference is the kiosk's own work.
    async with httpx.AsyncClient(base_url=base_url, transport=network_transport(None)) as client:
        for i in range(samples + 10):
            member = members[i % len(members)]
            start = time.perf_counter()
            token = await client.post(
                "/api/v1/oauth/token", headers={"x-api-key": DEMO_API_KEY},
                json={"grantType": "RFID", "rfid": member.rfid, "rfidFormat": "MIFARE", "machineName": DEMO_MACHINE_NAME},
            )
            token.raise_for_status()
            profile = await client.get(
                f"/api/v1/gyms/{DEMO_GYM_ID}/users", headers={"Authorization": f"Bearer {token.json()['accessToken']}"}
            )
            profile.raise_for_status()
            if i >= 10:  # the first few warm the connection and the server up
                result.append((time.perf_counter() - start) * 1000)
    return result


def bench_config_text(base_url: str, database: Path) -> str:
    return textwrap.dedent(f"""
        [station]
        type = "scale"
        name = "Benchmark"

        [egym]
        base_url = "{base_url}"
        gym_id = {DEMO_GYM_ID}
        machine_name = "{DEMO_MACHINE_NAME}"

        [[readers]]
        protocol = "uid-lines"
        port = "simulated"

        [device]
        protocol = "tanita"
        port = "simulated"

        [storage]
        database = "{database}"

        [simulation]
        cards = {json.dumps([m.uid.hex().upper() for m in mifare_members()])}
    """)


async def kiosk_measurements(base_url: str, samples: int, workdir: Path) -> tuple[list[float], list[float], float, float]:
    """Tap-to-profile samples (ms) to the view-model and to the frame that shows the greeting (the window's
    ``frameSwapped``), the longest event-loop stall (ms) in a full kiosk, and the most CPU time (ms) its
    own thread spent within one stall."""
    from hardware.simulators.tanita_scale import TanitaTiming
    from harness.autoplay import Autoplay
    from kiosk.config.loader import parse_config
    from kiosk.session.state import SessionState
    from ui.app import start_kiosk
    from ui.qt_probes import QtLoopStallMeter
    import tomllib

    data = tomllib.loads(bench_config_text(base_url, workdir / "bench.sqlite3"))
    config = parse_config(data, secrets={"egym": DEMO_API_KEY})
    kiosk = await start_kiosk(config, size=(1080, 1920), simulator_options={"tanita": {"timing": TanitaTiming(weight_interval_s=0.2, unstable_readings=6, analysis_s=1.0)}})
    try:
        latencies: list[float] = []
        frame_latencies: list[float] = []
        greeted, shown = asyncio.Event(), asyncio.Event()
        greeted_at: list[float] = []
        swapped_at: list[float] = []

        def on_screen() -> None:
            if kiosk.view_model.property("screen") == SessionState.PROFILE.value:
                greeted_at.append(time.perf_counter())
                greeted.set()

        def on_frame() -> None:  # the first frame swapped after the greeting reached the view-model shows it
            if greeted.is_set() and not shown.is_set():
                swapped_at.append(time.perf_counter())
                shown.set()

        kiosk.view_model.screenChanged.connect(on_screen)
        kiosk.window.frameSwapped.connect(on_frame)
        members = mifare_members()
        for i in range(samples + 10):
            greeted.clear()
            shown.clear()
            credential = CardCredential(members[i % len(members)].uid)
            start = time.perf_counter()
            kiosk.flow.handle(CredentialPresented(credential))
            await asyncio.wait_for(greeted.wait(), 10)
            await asyncio.wait_for(shown.wait(), 10)
            if i >= 10:
                latencies.append((greeted_at[-1] - start) * 1000)
                frame_latencies.append((swapped_at[-1] - start) * 1000)
            kiosk.flow.not_me()
            await asyncio.sleep(0.02)  # the attract screen's frame, so the next greeting starts from it

        meter = QtLoopStallMeter()
        await asyncio.sleep(0.2)  # let the ticker settle before the sessions start
        meter.reset()
        player = Autoplay(kiosk.flow, kiosk.devices.simulator("reader"), kiosk.devices.simulator("measuring"),
                          [m.uid for m in members], on_step=lambda _line: None, show_idle_warning=False)
        await player.run(3)
        return latencies, frame_latencies, meter.stop(), meter.longest_busy_ms
    finally:
        await kiosk.stop()


STEADY_SESSIONS = 3  # member sessions before the steady-state memory figure


def startup_and_memory(base_url: str, workdir: Path) -> tuple[float, int, int]:
    """Cold start (ms) of a kiosk process to its first rendered attract frame, its RSS then, and its RSS
    after :data:`STEADY_SESSIONS` member sessions (autoplay on its simulated reader and scale)."""
    config = workdir / "startup.toml"
    config.write_text(bench_config_text(base_url, workdir / "startup.sqlite3"))
    env = {**os.environ, "GYM_KIOSK_EGYM_API_KEY": DEMO_API_KEY, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-m", "gym_kiosk.cli", "--config", str(config), "--headless", "--report-startup",
         "--autoplay", str(STEADY_SESSIONS)],
        capture_output=True, text=True, env=env, timeout=300, check=True,
    ).stdout
    reports = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    startup = next(r for r in reports if "startup_ms" in r)
    steady = next(r for r in reports if "rss_after_sessions_bytes" in r)
    return startup["startup_ms"], startup["rss_bytes"], steady["rss_after_sessions_bytes"]


def bare_window_memory() -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "ui.bare_window"], capture_output=True, text=True, env=env, timeout=60,
                         check=True).stdout
    return json.loads(out.strip().splitlines()[-1])["rss_bytes"]


def print_table(rows: list[Row]) -> None:
    widths = [max(len(r.metric) for r in rows), max(len(r.value) for r in rows), max(len(r.target) for r in rows)]
    header = f"{'metric':<{widths[0]}}  {'measured':>{widths[1]}}  {'target':<{widths[2]}}  result"
    print(header)
    print("-" * len(header))
    for r in rows:
        verdict = "" if r.ok is None else ("PASS" if r.ok else "MISS")
        print(f"{r.metric:<{widths[0]}}  {r.value:>{widths[1]}}  {r.target:<{widths[2]}}  {verdict}")


def run_bench(args: argparse.Namespace) -> int:
    if getattr(args, "outbox", False):
        return run_outbox_bench(args)
    from ui.app import _choose_platform, run_qt

    _choose_platform(True)
    samples = args.sessions
    with tempfile.TemporaryDirectory(prefix="gym-kiosk-bench-") as tmp, sandbox_process() as base_url:
        workdir = Path(tmp)
        floor = asyncio.run(floor_latencies(base_url, samples))
        measured: dict[str, object] = {}

        async def in_kiosk() -> int:
            measured["latencies"], measured["frames"], measured["stall"], measured["busy"] = await kiosk_measurements(
                base_url, samples, workdir)
            return 0

        run_qt(in_kiosk)
        startup_ms, kiosk_rss, steady_rss = startup_and_memory(base_url, workdir)
    bare_rss = bare_window_memory()
    kiosk = measured["latencies"]
    floor_p50, floor_p99 = percentile(floor, 0.5), percentile(floor, 0.99)
    p50, p99 = percentile(kiosk, 0.5), percentile(kiosk, 0.99)
    frames = measured["frames"]
    frame_p50, frame_p99 = percentile(frames, 0.5), percentile(frames, 0.99)
    stall = float(measured["stall"])
    rows = [
        Row("floor: bare httpx login+profile p50", f"{floor_p50:.1f} ms", "", None),
        Row("floor: bare httpx login+profile p99", f"{floor_p99:.1f} ms", "", None),
        Row("tap-to-profile p50", f"{p50:.1f} ms", f"<= 1.1x floor + 16 = {1.1 * floor_p50 + FRAME_MS:.1f} ms", p50 <= 1.1 * floor_p50 + FRAME_MS),
        Row("tap-to-profile p99", f"{p99:.1f} ms", f"<= 1.1x floor + 16 = {1.1 * floor_p99 + FRAME_MS:.1f} ms", p99 <= 1.1 * floor_p99 + FRAME_MS),
        Row("tap-to-frame p50 (greeting on screen)", f"{frame_p50:.1f} ms", f"<= floor + 16.7 = {floor_p50 + FRAME_TARGET_MS:.1f} ms", frame_p50 <= floor_p50 + FRAME_TARGET_MS),
        Row("tap-to-frame p99 (greeting on screen)", f"{frame_p99:.1f} ms", f"<= floor + 16.7 = {floor_p99 + FRAME_TARGET_MS:.1f} ms", frame_p99 <= floor_p99 + FRAME_TARGET_MS),
        Row("longest event-loop stall (3 sessions)", f"{stall:.1f} ms", f"<= {FRAME_MS:.0f} ms", stall <= FRAME_MS),
        Row("longest stall of the kiosk's own work (thread CPU)", f"{float(measured['busy']):.1f} ms", f"<= {FRAME_MS:.0f} ms", float(measured["busy"]) <= FRAME_MS),
        Row("cold start to attract screen", f"{startup_ms:.0f} ms", "(reported)", None),
        Row("resident memory, kiosk at start", f"{kiosk_rss / 2**20:.0f} MiB", f"<= 1.5x bare = {1.5 * bare_rss / 2**20:.0f} MiB", kiosk_rss <= 1.5 * bare_rss),
        Row(f"resident memory, kiosk after {STEADY_SESSIONS} sessions", f"{steady_rss / 2**20:.0f} MiB", f"<= 1.5x bare = {1.5 * bare_rss / 2**20:.0f} MiB", steady_rss <= 1.5 * bare_rss),
        Row("resident memory, bare QML window", f"{bare_rss / 2**20:.0f} MiB", "", None),
    ]
    print(f"gym-kiosk bench: {samples} taps, sandbox in a separate process, Python {sys.version.split()[0]}")
    print_table(rows)
    return 0


# --- gym-kiosk bench --outbox ------------------------------------------------------

OUTBOX_CONCURRENCY = 4  # the kiosk's default, and the connection limit of network_transport
RATE_LIMIT_PER_S = 150.0  # for the API key and all its members' tokens together ("partner" scope)
RATE_LIMIT_BURST = 20
RATE_LIMITED_SHARE = 0.2  # the rate-limited run drains this share of --measurements
TAP_INTERVAL_S = 0.5  # a member taps a card this often during each drain (login + profile, same client)


@dataclass
class DrainResult:
    count: int
    seconds: float
    longest_stall_ms: float
    replies: dict[str, int]
    tap_ms: list[float] = field(default_factory=list)  # tap-to-profile of members arriving meanwhile
    failed_taps: int = 0

    @property
    def rate(self) -> float:
        return self.count / self.seconds


class LoopStallMeter:
    """A 1 ms ticker on the asyncio loop; the longest gap between ticks beyond 1 ms is a stall."""

    def __init__(self) -> None:
        self.longest_ms = 0.0
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> "LoopStallMeter":
        self._task = asyncio.get_running_loop().create_task(self._tick())
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._task is not None
        self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)

    async def _tick(self) -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(0.001)
            now = time.perf_counter()
            self.longest_ms = max(self.longest_ms, (now - last) * 1000 - 1.0)
            last = now


def _bench_config(base_url: str, database: Path):
    """The benchmark kiosk's config without devices: the outbox drain needs none (parts built by the composition)."""
    import dataclasses
    import tomllib

    from kiosk.config.loader import parse_config

    config = parse_config(tomllib.loads(bench_config_text(base_url, database)), secrets={"egym": DEMO_API_KEY})
    return dataclasses.replace(config, readers=(), device=None)


def _bench_measurement(number: int):
    from hardware import fields
    from kiosk.models import Measurement

    return Measurement("body", {fields.WEIGHT_KG: 60.0 + (number % 400) / 10, fields.BODY_FAT_PERCENT: 20.0})


async def _replies(client: httpx.AsyncClient) -> dict[str, int]:
    response = await client.get("/_sandbox/stats")
    response.raise_for_status()
    return response.json()["requestsByStatus"]


def _difference(after: dict[str, int], before: dict[str, int]) -> dict[str, int]:
    return {status: after[status] - before.get(status, 0) for status in after if after[status] - before.get(status, 0)}


async def drain_through_outbox(base_url: str, sessions: list, count: int, database_path: Path) -> DrainResult:
    """Capture ``count`` measurements (not timed), then time the outbox delivering all of them."""
    from kiosk.composition import build_kiosk
    from kiosk.outbox.schedule import DeliverySchedule
    from kiosk.outbox.status import DeliveryState
    from kiosk.runtime.heap import settle_after_start

    parts = await build_kiosk(_bench_config(base_url, database_path), outbox_options={
        "retry": DeliverySchedule(confirm_wait_s=0, base_s=0.05, cap_s=1.0), "concurrency": OUTBOX_CONCURRENCY})
    outbox = parts.outbox
    sent = 0
    all_sent = asyncio.Event()

    def on_status(_unique_id: str, status) -> None:
        nonlocal sent
        if status.state is DeliveryState.SENT:
            sent += 1
            if sent >= count:
                all_sent.set()

    outbox.subscribe(on_status)
    result = DrainResult(count, 0.0, 0.0, {})
    try:
        await asyncio.gather(*(outbox.capture(_bench_measurement(n), sessions[n % len(sessions)]) for n in range(count)))
        settle_after_start()  # as the kiosk does once it is up
        async with httpx.AsyncClient(base_url=base_url) as admin:
            before = await _replies(admin)
            async with LoopStallMeter() as stalls:
                started = time.perf_counter()
                await parts.start(chores=False)
                taps = asyncio.create_task(_members_tapping(parts.identity, all_sent, result))
                await asyncio.wait_for(all_sent.wait(), timeout=max(120.0, count / 10))
                result.seconds = time.perf_counter() - started
                await taps
            result.longest_stall_ms = stalls.longest_ms
            result.replies = _difference(await _replies(admin), before)
    finally:
        await parts.aclose()
    return result


async def _members_tapping(identity, done: asyncio.Event, result: DrainResult) -> None:
    """A member taps every ``TAP_INTERVAL_S`` until ``done``; times login plus profile on the kiosk's client."""
    from kiosk.cloud.errors import CloudError

    members = mifare_members()
    while not done.is_set():
        started = time.perf_counter()
        try:
            session = await identity.login(CardCredential(members[len(result.tap_ms) % len(members)].uid))
            await identity.fetch_profile(session)
        except CloudError:
            result.failed_taps += 1
        else:
            result.tap_ms.append((time.perf_counter() - started) * 1000)
        try:
            async with asyncio.timeout(TAP_INTERVAL_S):
                await done.wait()
        except TimeoutError:
            pass


async def drain_with_bare_client(base_url: str, tokens: list[str], count: int,
                                 concurrency: int = OUTBOX_CONCURRENCY) -> DrainResult:
    """The floor: the same POSTs from ``concurrency`` plain httpx tasks on the kiosk's transport."""
    from kiosk.cloud.egym.client import measurement_body
    from kiosk.cloud.egym.settings import EgymSettings

    settings = EgymSettings(base_url=base_url, gym_id=DEMO_GYM_ID, machine_name=DEMO_MACHINE_NAME, api_key=DEMO_API_KEY)
    bodies = [(measurement_body(_bench_measurement(n), settings), tokens[n % len(tokens)]) for n in range(count)]
    queue = iter(bodies)

    async def post_all(client: httpx.AsyncClient) -> None:
        for body, token in queue:
            response = await client.post("/api/v1/measurements/body", json=body, headers={"Authorization": f"Bearer {token}"})
            response.raise_for_status()

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    transport = network_transport(None) if concurrency == OUTBOX_CONCURRENCY else httpx.AsyncHTTPTransport(limits=limits)
    async with httpx.AsyncClient(base_url=base_url, transport=transport) as client:
        async with LoopStallMeter() as stalls:
            started = time.perf_counter()
            await asyncio.gather(*(post_all(client) for _ in range(concurrency)))
            seconds = time.perf_counter() - started
    return DrainResult(count, seconds, stalls.longest_ms, {})


async def member_sessions(base_url: str, workdir: Path) -> list:
    """Logged-in sessions of the MIFARE demo members, through a kiosk's identity providers."""
    from kiosk.composition import build_kiosk

    parts = await build_kiosk(_bench_config(base_url, workdir / "logins.sqlite3"))
    try:
        sessions = []
        for member in mifare_members():
            session = await parts.identity.login(CardCredential(member.uid))
            await parts.identity.fetch_profile(session)
            sessions.append(session)
    finally:
        await parts.aclose()
    return sessions


async def outbox_figures(base_url: str, measurements: int, workdir: Path) -> list[Row]:
    sessions = await member_sessions(base_url, workdir)
    floor = await drain_with_bare_client(base_url, [s.access_token for s in sessions], measurements)
    unlimited = await drain_through_outbox(base_url, sessions, measurements, workdir / "unlimited.sqlite3")
    async with httpx.AsyncClient(base_url=base_url) as admin:
        spec = {"rateLimit": {"perSecond": RATE_LIMIT_PER_S, "burst": RATE_LIMIT_BURST}}
        (await admin.put("/_sandbox/faults", json=spec)).raise_for_status()
        try:
            limited_count = max(1, int(measurements * RATE_LIMITED_SHARE))
            limited = await drain_through_outbox(base_url, sessions, limited_count, workdir / "limited.sqlite3")
        finally:
            (await admin.put("/_sandbox/faults", json={})).raise_for_status()
    allowed = RATE_LIMIT_PER_S
    answered = sum(limited.replies.values())
    share_429 = limited.replies.get("429", 0) / answered if answered else 0.0
    ratio = unlimited.rate / floor.rate
    achieved = limited.rate / allowed
    return [
        Row(f"floor: bare httpx, {OUTBOX_CONCURRENCY} concurrent POSTs", f"{floor.rate:.0f}/s", "", None),
        Row(f"outbox drain, {measurements} queued", f"{unlimited.rate:.0f}/s", f">= 0.8x floor = {0.8 * floor.rate:.0f}/s", ratio >= 0.8),
        Row("  ratio to floor", f"{ratio:.2f}x", ">= 0.80x", ratio >= 0.8),
        Row("  longest asyncio loop stall", f"{unlimited.longest_stall_ms:.1f} ms", f"<= {FRAME_MS:.0f} ms", unlimited.longest_stall_ms <= FRAME_MS),
        *_tap_rows(unlimited),
        Row(f"rate-limited drain, {limited_count} queued", f"{limited.rate:.0f}/s", f">= 0.9x allowed {allowed:.0f}/s", achieved >= 0.9),
        Row("  share answered 429", f"{100 * share_429:.2f} %", "< 1 %", share_429 < 0.01),
        Row("  longest asyncio loop stall", f"{limited.longest_stall_ms:.1f} ms", f"<= {FRAME_MS:.0f} ms", limited.longest_stall_ms <= FRAME_MS),
        *_tap_rows(limited),
    ]


def _tap_rows(drain: DrainResult) -> list[Row]:
    """Members tapping during a drain: their tap-to-profile p99, and taps that failed (a 429 on login)."""
    p99 = percentile(drain.tap_ms, 0.99) if drain.tap_ms else float("nan")
    return [
        Row(f"  member taps meanwhile: tap-to-profile p99 ({len(drain.tap_ms)} taps)", f"{p99:.1f} ms", "(reported)", None),
        Row("  member taps refused", str(drain.failed_taps), "0", drain.failed_taps == 0),
    ]


def run_outbox_bench(args: argparse.Namespace) -> int:
    import logging

    from kiosk.logsafety import install as install_logging

    if args.measurements < 1:
        print("--measurements must be at least 1", file=sys.stderr)
        return 2
    install_logging(logging.ERROR, sys.stderr)  # retries under the rate limit are expected, not news
    with tempfile.TemporaryDirectory(prefix="gym-kiosk-bench-") as tmp, sandbox_process() as base_url:
        rows = asyncio.run(outbox_figures(base_url, args.measurements, Path(tmp)))
    print(f"gym-kiosk bench --outbox: {args.measurements} measurements, sandbox in a separate process, "
          f"Python {sys.version.split()[0]}")
    print_table(rows)
    return 0
