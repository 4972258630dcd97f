"""The hub's part of ``gym-kiosk chaos``: hub processes to kill, and a faulty link from the kiosk to them.

With ``--hub``, sessions run kiosk → hub → EGYM sandbox. :class:`HubFleet` runs one hub
process (SQLite) or several sharing one PostgreSQL store, each from
:mod:`harness.chaos_hub_worker`, and restarts a process right after the run kills it.
:class:`FaultyLink` stands between the kiosk and the hubs: a TCP relay that spreads
connections over the hubs and now and then cuts one before it reaches a hub, or after
the hub answered but before the kiosk heard it, so the kiosk's retries and the hub's
idempotent intake are both exercised.
"""
from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

from hub.store.engine import migrate, open_engine
from hub.store.kiosks import create_enrolment_code
from hub.store.measurements import deliveries_by_state
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME
from kiosk.cloud.hub.client import enrol

CHAOS_GYM = "chaos-gym"
EGYM_KEY_ENV = "GYM_KIOSK_CHAOS_EGYM_API_KEY"  # the hub processes read EGYM's key from here, never argv
STARTUP_TIMEOUT_S = 30.0
UNFINISHED_STATES = ("pending", "retrying", "checking")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _toml(value: Any) -> str:
    return json.dumps(value)  # strings and numbers are written alike in TOML and JSON


class HubFleet:
    """``count`` hub processes on one store (``store_url``; None: SQLite in ``folder``), at fixed ports.

    They are :mod:`harness.chaos_hub_worker` processes (short retry timings), or with
    ``production`` the ``gym-kiosk hub`` command itself (the benchmark). ``platform_tables`` are
    further platforms of the gym (``[gyms.NAME.<platform>]``), whose secrets are in ``environment``.
    """

    def __init__(self, folder: Path, egym_url: str, *, count: int = 1, store_url: str | None = None,
                 timeout_s: float = 1.0, production: bool = False, platform_tables: dict[str, dict[str, Any]] | None = None,
                 environment: dict[str, str] | None = None) -> None:
        if count > 1 and store_url is None:
            raise ValueError("several hub processes need a shared PostgreSQL store (--hub-store)")
        self.folder = folder
        self.ports = [free_port() for _ in range(count)]
        self.store_url = store_url or f"sqlite:///{folder / 'hub.sqlite3'}"
        self.kills = 0
        self._program = ["gym_kiosk.cli", "hub"] if production else ["harness.chaos_hub_worker"]
        self._processes: list[subprocess.Popen[str] | None] = [None] * count
        self._environment = dict(environment or {})
        folder.mkdir(parents=True, exist_ok=True)
        for index, port in enumerate(self.ports):
            lines = [
                "[hub]", f"listen = {_toml(f'127.0.0.1:{port}')}", f"store = {_toml(self.store_url)}",
                f"key_file = {_toml(str(folder / 'hub.key'))}", "",
                f"[gyms.{CHAOS_GYM}.egym]", f"base_url = {_toml(egym_url)}", f"gym_id = {DEMO_GYM_ID}",
                f"machine_name = {_toml(DEMO_MACHINE_NAME)}", f"timeout_seconds = {timeout_s}",
                f"api_key_env = {_toml(EGYM_KEY_ENV)}",
            ]
            for platform, table in (platform_tables or {}).items():
                lines += ["", f"[gyms.{CHAOS_GYM}.{platform}]", *(f"{key} = {_toml(value)}" for key, value in table.items())]
            (folder / f"hub-{index}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        self.engine = open_engine(self.store_url)
        migrate(self.engine)

    def start_all(self) -> None:
        for index in range(len(self.ports)):
            self._start(index)
        for index in range(len(self.ports)):
            self._wait_ready(index)

    def _start(self, index: int) -> None:
        with open(self.folder / f"hub-{index}.log", "a", encoding="utf-8") as log:
            self._processes[index] = subprocess.Popen(
                [sys.executable, "-m", *self._program, "--config", str(self.folder / f"hub-{index}.toml")],
                stdout=subprocess.PIPE, stderr=log, text=True,
                env={**os.environ, **self._environment, EGYM_KEY_ENV: DEMO_API_KEY, "PYTHONUNBUFFERED": "1"})

    def _wait_ready(self, index: int) -> None:
        process = self._processes[index]
        assert process is not None and process.stdout is not None
        found = threading.Event()

        def read() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                if line.startswith("ready ") or line.startswith("hub listening on "):
                    found.set()
            found.set()

        threading.Thread(target=read, name=f"chaos-hub-{index}", daemon=True).start()
        if not found.wait(STARTUP_TIMEOUT_S) or process.poll() is not None:
            raise RuntimeError(f"hub process {index} did not start; see {self.folder / f'hub-{index}.log'}")

    def kill_one(self, rng: random.Random) -> None:
        """SIGKILL a random hub process, then start it again on the same store and port."""
        index = rng.randrange(len(self.ports))
        process = self._processes[index]
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.wait()
            self.kills += 1
        self._start(index)
        self._wait_ready(index)

    @property
    def urls(self) -> list[str]:
        return [f"http://127.0.0.1:{port}" for port in self.ports]

    def enrol_kiosk(self, machine: str, kind: str = "body") -> str:
        """A device credential for a chaos kiosk, through the hub's real enrolment exchange."""
        code = create_enrolment_code(self.engine, CHAOS_GYM, machine, kind, int(time.time() * 1000))
        reply = asyncio.run(enrol(f"http://127.0.0.1:{self.ports[0]}", code))
        return str(reply["credential"])

    def unfinished(self) -> int:
        """Deliveries the hubs still have to make (pending or retrying)."""
        return sum(n for (_destination, state), n in deliveries_by_state(self.engine).items()
                   if state in UNFINISHED_STATES)

    def wait_drained(self, deadline: float) -> int:
        """Wait until no delivery is left to make, or the deadline; the number still unfinished."""
        while (left := self.unfinished()) and time.monotonic() < deadline:
            time.sleep(0.2)
        return left

    def stop(self) -> None:
        """Stop every hub process (SIGTERM) and let go of the store."""
        self.stop_processes()
        self.engine.dispose()

    def stop_processes(self) -> None:
        """Stop every hub process (SIGTERM, their claims given back); the store stays open."""
        for process in self._processes:
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


class FaultyLink:
    """A TCP relay on loopback from kiosks to the hubs (round robin) that cuts some connections on purpose."""

    def __init__(self, upstream_ports: list[int], rng: random.Random, cut_chance: float = 0.2) -> None:
        self._upstream = upstream_ports
        self._rng = rng
        self._cut_chance = cut_chance
        self._next = 0
        self.counts: Counter[str] = Counter()
        self.port = free_port()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._stopped: asyncio.Event | None = None
        self._relays: set[asyncio.Task[None]] = set()
        self._thread = threading.Thread(target=self._run, name="chaos-link", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> "FaultyLink":
        self._thread.start()
        self._ready.wait(STARTUP_TIMEOUT_S)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._stopped is not None:
            self._loop.call_soon_threadsafe(self._stopped.set)
        self._thread.join()

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_until_complete(self._serve())
        self._loop.close()

    async def _serve(self) -> None:
        self._stopped = asyncio.Event()
        server = await asyncio.start_server(self._relay, "127.0.0.1", self.port)
        self._ready.set()
        async with server:
            await self._stopped.wait()
        for relay in self._relays:  # connections still open at the end (kept-alive): closed, not left dangling
            relay.cancel()
        await asyncio.gather(*self._relays, return_exceptions=True)

    async def _relay(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        relay = asyncio.current_task()
        assert relay is not None
        self._relays.add(relay)
        relay.add_done_callback(self._relays.discard)
        port = self._upstream[self._next % len(self._upstream)]
        self._next += 1
        try:
            if self._rng.random() < self._cut_chance / 2:
                self.counts["kiosk→hub cut before the hub"] += 1
                return
            try:
                hub_reader, hub_writer = await asyncio.open_connection("127.0.0.1", port)
            except OSError:  # the hub is down (killed, restarting): the kiosk sees its connection closed
                self.counts["kiosk→hub hub down"] += 1
                return
            try:
                await asyncio.gather(self._pipe(client_reader, hub_writer, may_cut=False),
                                     self._pipe(hub_reader, client_writer, may_cut=True))
            finally:
                hub_writer.close()
        finally:
            client_writer.close()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, *, may_cut: bool) -> None:
        """Copy one direction; ``may_cut``: any answer on it may be the one the kiosk never hears.

        The roll is per answer, not per connection: kiosks keep connections alive, so a run
        opens few of them, and a per-connection roll could leave a whole run without a cut.
        """
        try:
            while data := await reader.read(65536):
                if may_cut and self._rng.random() < self._cut_chance / 2:  # the hub answered; the kiosk never hears it
                    self.counts["kiosk→hub cut after the hub answered"] += 1
                    writer.close()
                    return
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            if writer.can_write_eof():
                try:
                    writer.write_eof()
                except (ConnectionError, OSError):
                    pass
