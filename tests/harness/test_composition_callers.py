"""The chaos worker and the benchmark build their kiosk with :func:`kiosk.composition.build_kiosk`, and it works."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import kiosk.composition
from harness import bench, chaos_worker
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME, DEMO_MEMBERS, EgymSandbox
from kiosk.sandbox import serve_loopback


def spying_on(monkeypatch: pytest.MonkeyPatch, module: object) -> list[object]:
    """Record every config ``module``'s ``build_kiosk`` is called with, and build as usual."""
    built: list[object] = []
    real = kiosk.composition.build_kiosk

    async def spy(config, **options):
        built.append(config)
        return await real(config, **options)

    monkeypatch.setattr(module, "build_kiosk", spy)
    return built


async def test_the_chaos_worker_plays_a_session_on_a_composed_kiosk(tmp_path: Path, monkeypatch, capsys) -> None:
    built = spying_on(monkeypatch, chaos_worker)
    monkeypatch.setenv(chaos_worker.API_KEY_ENV, DEMO_API_KEY)
    state = EgymSandbox()
    with serve_loopback(state) as sandbox:
        args = chaos_worker.parse_args([
            "--base-url", sandbox.base_url, "--gym-id", str(DEMO_GYM_ID), "--machine-name", DEMO_MACHINE_NAME,
            "--db", str(tmp_path / "chaos.sqlite3"), "--vault", str(tmp_path / "vault"),
            "--vault-key", str(tmp_path / "vault.key"), "--timeout-s", "5",
        ])
        await chaos_worker.run(args, chaos_worker.read_plan(json.dumps([[1, DEMO_MEMBERS[0].uid.hex()]])))

    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "ready" and lines[-2:] == ["session 1 done", "drained"]
    assert len(built) == 1 and built[0].readers == () and built[0].device is None  # sessions are played, no devices
    assert [record["userId"] for record in state.measurements()] == [DEMO_MEMBERS[0].user_id]


async def test_the_benchmark_drains_an_outbox_of_a_composed_kiosk(tmp_path: Path, monkeypatch) -> None:
    built = spying_on(monkeypatch, kiosk.composition)  # the benchmark imports it where it builds
    with serve_loopback(EgymSandbox()) as sandbox:
        sessions = await bench.member_sessions(sandbox.base_url, tmp_path)
        result = await bench.drain_through_outbox(sandbox.base_url, sessions, 5, tmp_path / "drain.sqlite3")
    assert result.replies["204"] == 5 and result.failed_taps == 0  # every measurement stored, taps answered
    assert len(built) == 2 and all(config.readers == () for config in built)  # the logins' kiosk, the drain's
