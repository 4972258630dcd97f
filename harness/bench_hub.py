"""``gym-kiosk bench --hub``: the hub's figures, each beside the bare reference it is measured against.

Everything runs in one go, against one EGYM sandbox in a process of its own; each hub is
the ``gym-kiosk hub`` command in its own process, as in production:

* tap-to-profile through the hub (kiosk → hub → EGYM) against the same tap made directly
  by the kiosk's EGYM client; target: at most 3 ms more at p50;
* intake on one hub process (SQLite) against a bare Starlette endpoint doing the same
  durable single-row insert (:mod:`harness.bench_bare`); target: at least 0.8×;
* fan-out drain of accepted measurements to EGYM by one hub process against a bare
  httpx client posting the same measurements with as many requests in flight; at least 0.8×;
* two hub processes draining one PostgreSQL store: their rate, and that EGYM received
  every measurement exactly once.
"""
from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

from harness.bench import Row, drain_with_bare_client, mifare_members, percentile, print_table, sandbox_process
from harness.chaos_hub import CHAOS_GYM, HubFleet, free_port
from harness.postgres import postgres_bin, start_postgres
from hardware.events import CardCredential
from hub.members import member_document
from hub.store.kiosks import authenticate_kiosk
from hub.store.measurements import accept_measurement
from hub.store.sealing import Sealer
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME
from kiosk.cloud.hub.wire import credential_to_json, measurement_to_json
from kiosk.composition import connect_platforms
from kiosk.config.loader import parse_config
from kiosk.models import Measurement

HUB_DELIVERY_CONCURRENCY = 32  # the hub's delivery worker's requests in flight (hub.delivery.DeliveryWorker)
INTAKE_CLIENTS = 16
READY_TIMEOUT_S = 30.0


def _measurement(number: int) -> Measurement:
    return Measurement(kind="body", values={"weight_kg": round(60 + (number % 4000) * 0.01, 2)},
                       unique_id=uuid.uuid4().hex)


def _kiosk_config(tables: dict, secrets: dict):
    base = {"readers": [{"protocol": "uid-lines", "port": "simulated"}], "storage": {"database": "/nonexistent/db"}}
    return parse_config({**base, **tables}, secrets=secrets)


async def _tap_latencies(identity, samples: int) -> list[float]:
    members = mifare_members()
    result: list[float] = []
    for i in range(samples + 10):
        started = time.perf_counter()
        session = await identity.login(CardCredential(members[i % len(members)].uid))
        await identity.fetch_profile(session)
        if i >= 10:  # the first few warm connections and servers up
            result.append((time.perf_counter() - started) * 1000)
    return result


async def tap_rows(egym_url: str, hub_url: str, credential: str, samples: int) -> list[Row]:
    direct = connect_platforms(_kiosk_config(
        {"egym": {"base_url": egym_url, "gym_id": DEMO_GYM_ID, "machine_name": DEMO_MACHINE_NAME}},
        {"egym": DEMO_API_KEY}))["egym"]
    through = connect_platforms(_kiosk_config({"hub": {"url": hub_url}}, {"hub": credential}))["hub"]
    try:
        direct_ms = await _tap_latencies(direct.identity, samples)
        hub_ms = await _tap_latencies(through.identity, samples)
    finally:
        await direct.close()
        await through.close()
    d50, h50 = percentile(direct_ms, 0.5), percentile(hub_ms, 0.5)
    return [
        Row("tap-to-profile direct to EGYM p50 / p99", f"{d50:.1f} / {percentile(direct_ms, 0.99):.1f} ms", "", None),
        Row("tap-to-profile through the hub p50 / p99", f"{h50:.1f} / {percentile(hub_ms, 0.99):.1f} ms",
            f"p50 <= direct + 3 = {d50 + 3:.1f} ms", h50 <= d50 + 3),
    ]


def _intake_body(member: tuple[dict, str], number: int) -> dict:
    credential_json, handle = member
    measurement = _measurement(number)
    return {"uniqueMeasurementId": measurement.unique_id, "session": handle, "credential": credential_json,
            "measurement": measurement_to_json(measurement)}


async def _logged_in(url: str, headers: dict) -> list[tuple[dict, str]]:
    """Each MIFARE member's credential and hub session handle, as a kiosk holds them after the tap."""
    members = []
    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=30) as client:
        for member in mifare_members():
            credential_json = credential_to_json(CardCredential(member.uid))
            reply = await client.post("/api/v1/login", json={"credential": credential_json})
            reply.raise_for_status()
            members.append((credential_json, reply.json()["session"]))
    return members


async def _post_rate(url: str, path: str, headers: dict, count: int, members: list[tuple[dict, str]]) -> float:
    """Requests per second from ``INTAKE_CLIENTS`` concurrent clients posting ``count`` intakes."""
    bodies = iter([_intake_body(members[n % len(members)], n) for n in range(count)])
    limits = httpx.Limits(max_connections=INTAKE_CLIENTS, max_keepalive_connections=INTAKE_CLIENTS)
    async with httpx.AsyncClient(base_url=url, headers=headers, limits=limits, timeout=30) as client:
        async def post_all() -> None:
            for body in bodies:
                (await client.post(path, json=body)).raise_for_status()

        started = time.perf_counter()
        await asyncio.gather(*(post_all() for _ in range(INTAKE_CLIENTS)))
        return count / (time.perf_counter() - started)


def _bare_endpoint(store_url: str) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "harness.bench_bare", "--store", store_url, "--port", str(port)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line.startswith("ready "):
        process.kill()
        raise RuntimeError("the bare intake endpoint did not start")
    return process, f"http://127.0.0.1:{port}"


def intake_rows(hub_url: str, credential: str, folder: Path, count: int) -> list[Row]:
    headers = {"Authorization": f"Bearer {credential}"}
    members = asyncio.run(_logged_in(hub_url, headers))
    hub_rate = asyncio.run(_post_rate(hub_url, "/api/v1/measurements", headers, count, members))
    bare, bare_url = _bare_endpoint(f"sqlite:///{folder / 'bare.sqlite3'}")
    try:
        bare_rate = asyncio.run(_post_rate(bare_url, "/intake", {}, count, members))
    finally:
        bare.terminate()
        bare.wait(timeout=10)
    return [
        Row("intake, bare Starlette durable insert (SQLite)", f"{bare_rate:.0f} /s", "", None),
        Row("intake, one hub process (SQLite)", f"{hub_rate:.0f} /s", f">= 0.8x bare = {0.8 * bare_rate:.0f} /s",
            hub_rate >= 0.8 * bare_rate),
    ]


def _fill(fleet: HubFleet, device_id: str, count: int, sessions: list) -> None:
    """``count`` accepted measurements with a pending EGYM delivery each, written as the intake writes them
    for members logged in at EGYM (``sessions``), as after a tap."""
    sealer = Sealer.from_key_file(fleet.folder / "hub.key")
    sealed = [sealer.seal(member_document(session.credential, [session])) for session in sessions]
    now_ms = int(time.time() * 1000)
    for number in range(count):
        member = sealed[number % len(sealed)]
        measurement = _measurement(number)
        accept_measurement(fleet.engine, unique_id=measurement.unique_id, device_id=device_id, gym=CHAOS_GYM,
                           body=measurement_to_json(measurement), member=member, destinations=["egym"], now_ms=now_ms)


async def _sandbox_stats(egym_url: str) -> dict:
    async with httpx.AsyncClient(base_url=egym_url) as admin:
        response = await admin.get("/_sandbox/stats")
        response.raise_for_status()
        return response.json()


def drain_seconds(folder: Path, egym_url: str, count: int, *, hubs: int = 1,
                  store_url: str | None = None) -> tuple[float, int, int]:
    """Fill a store with ``count`` accepted measurements, start ``hubs`` processes, time them draining it.

    Returns (seconds, measurements EGYM newly holds, re-sends EGYM recognised as duplicates).
    """
    fleet = HubFleet(folder, egym_url, count=hubs, store_url=store_url, timeout_s=10.0, production=True)
    try:
        fleet.start_all()
        device = fleet.enrol_kiosk("bench-drain")
        fleet.stop_processes()
        _fill(fleet, authenticate_kiosk(fleet.engine, device).device_id, count, asyncio.run(_egym_sessions(egym_url)))
        before = asyncio.run(_sandbox_stats(egym_url))
        started = time.perf_counter()
        fleet.start_all()
        left = fleet.wait_drained(time.monotonic() + max(300.0, count / 10))
        seconds = time.perf_counter() - started
        if left:
            raise RuntimeError(f"{left} deliveries were still unfinished when the drain timed out")
        after = asyncio.run(_sandbox_stats(egym_url))
    finally:
        fleet.stop()
    stored = sum(after["measurements"].values()) - sum(before["measurements"].values())
    return seconds, stored, after["duplicates"] - before["duplicates"]


async def _egym_sessions(egym_url: str) -> list:
    """Each MIFARE member logged in at EGYM directly."""
    direct = connect_platforms(_kiosk_config(
        {"egym": {"base_url": egym_url, "gym_id": DEMO_GYM_ID, "machine_name": DEMO_MACHINE_NAME}},
        {"egym": DEMO_API_KEY}))["egym"]
    try:
        sessions = []
        for member in mifare_members():
            session = await direct.identity.login(CardCredential(member.uid))
            await direct.identity.fetch_profile(session)  # records the member's EGYM user id
            sessions.append(session)
        return sessions
    finally:
        await direct.close()


async def _bare_drain_rate(egym_url: str, count: int) -> float:
    tokens = [session.access_token for session in await _egym_sessions(egym_url)]
    result = await drain_with_bare_client(egym_url, tokens, count, concurrency=HUB_DELIVERY_CONCURRENCY)
    return count / result.seconds


def run_hub_bench(args: argparse.Namespace) -> int:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="gym-kiosk-bench-hub-") as tmp, sandbox_process() as egym_url:
        folder = Path(tmp)
        fleet = HubFleet(folder / "hub", egym_url, timeout_s=10.0, production=True)
        try:
            fleet.start_all()
            credential = fleet.enrol_kiosk("bench-kiosk")
            rows += asyncio.run(tap_rows(egym_url, fleet.urls[0], credential, args.sessions))
            rows += intake_rows(fleet.urls[0], credential, folder, args.intake)
        finally:
            fleet.stop()
        bare_rate = asyncio.run(_bare_drain_rate(egym_url, args.drain))
        seconds, stored, duplicates = drain_seconds(folder / "drain", egym_url, args.drain)
        hub_rate = args.drain / seconds
        rows += [
            Row(f"drain of {args.drain} to EGYM, bare httpx ({HUB_DELIVERY_CONCURRENCY} in flight)",
                f"{bare_rate:.0f} /s", "", None),
            Row(f"drain of {args.drain} to EGYM, one hub process", f"{hub_rate:.0f} /s",
                f">= 0.8x bare = {0.8 * bare_rate:.0f} /s", hub_rate >= 0.8 * bare_rate),
            Row("  EGYM holds each once (stored / re-sends)", f"{stored} / {duplicates}", f"{args.drain} / 0",
                stored == args.drain and duplicates == 0),
        ]
        rows += _postgres_rows(folder, egym_url, args)
    print(f"gym-kiosk bench --hub: {args.sessions} taps, {args.intake} intakes, {args.drain} drained; "
          f"sandbox and hubs in processes of their own, Python {sys.version.split()[0]}")
    print_table(rows)
    return 0


def _postgres_rows(folder: Path, egym_url: str, args: argparse.Namespace) -> list[Row]:
    store_url, server = args.hub_store, None
    if store_url is None:
        binaries = postgres_bin()
        if binaries is None:
            return [Row("two hubs on PostgreSQL", "not run", "install postgresql or give --hub-store", False)]
        server = start_postgres(binaries)
        store_url = server.url("postgres")
    try:
        seconds, stored, duplicates = drain_seconds(folder / "pg", egym_url, args.drain, hubs=2, store_url=store_url)
    finally:
        if server is not None:
            server.stop()
    return [
        Row(f"drain of {args.drain}, two hub processes on PostgreSQL", f"{args.drain / seconds:.0f} /s", "(reported)",
            None),
        Row("  EGYM holds each once (stored / re-sends)", f"{stored} / {duplicates}", f"{args.drain} / 0",
            stored == args.drain and duplicates == 0),
    ]
