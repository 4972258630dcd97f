"""``gym-kiosk bench --hub`` in its quick mode: every figure is printed beside its reference, nothing is sent twice.

No timing is asserted here (speed targets are the bench's to report); what is checked is
that each row is measured and that the drains delivered every measurement exactly once.
"""
from __future__ import annotations

from gym_kiosk.cli import main as cli_main


def test_the_hub_bench_prints_each_figure_and_delivers_each_measurement_once(capsys) -> None:
    status = cli_main(["bench", "--hub", "--sessions", "5", "--intake", "40", "--drain", "60"])
    table = capsys.readouterr().out
    assert status == 0
    for metric in ("tap-to-profile direct to EGYM", "tap-to-profile through the hub",
                   "intake, bare Starlette durable insert", "intake, one hub process",
                   "drain of 60 to EGYM, bare httpx", "drain of 60 to EGYM, one hub process",
                   "drain of 60, two hub processes on PostgreSQL"):
        assert metric in table, table
    once = [line for line in table.splitlines() if "EGYM holds each once" in line]
    assert len(once) == 2 and all(line.split()[-1] == "PASS" and "60 / 0" in line for line in once), table
