"""The chaos run on EGYM's standalone (machine) API: faults and SIGKILLs, nothing lost, doubled or misattributed.

The kiosk talks to the sandbox's ``/standalone`` side; the faults are the same switches as for the
server flavour, and "every token expired" has the sandbox forget its access tokens (it answers 401,
the kiosk logs in again).
"""
from __future__ import annotations

import io
import random

import pytest

from gym_kiosk.cli import main as cli_main
from harness.chaos import run_chaos


def _failed(replies: dict[str, int]) -> int:
    return sum(n for status, n in replies.items() if status == "dropped" or int(status) >= 400)


def test_sessions_on_the_standalone_flavour_survive_faults_and_kills() -> None:
    seed = random.SystemRandom().randrange(2**32)
    out = io.StringIO()
    report = run_chaos(sessions=40, kills=4, seed=seed, time_limit_s=55, out=out, egym_flavour="standalone")
    table = out.getvalue()
    assert report.aborted == "", f"seed {seed}:\n{table}"
    assert (report.lost, report.duplicated, report.misattributed) == (0, 0, 0), f"seed {seed}:\n{table}"
    assert report.sessions == 40 and report.kills == 4, f"seed {seed}:\n{table}"
    assert report.unfinished == 0, f"seed {seed}:\n{table}"
    assert report.stored == 40, f"seed {seed}:\n{table}"  # in the standalone store, once each
    assert sum(report.faults.values()) > 0, table  # the run was not accidentally fault-free
    assert _failed(report.requests_by_status) > 0, table  # ... and the faults hit the standalone paths
    assert "EGYM flavour" in table and "standalone (machine API)" in table
    assert table.splitlines()[-1] == "lost=0 duplicated=0 misattributed=0 sessions=40 kills=4"


def test_the_command_runs_the_standalone_flavour_and_refuses_it_with_a_hub(capsys) -> None:
    status = cli_main(["chaos", "--egym-flavour", "standalone", "--sessions", "4", "--kills", "1", "--seed", "11"])
    output = capsys.readouterr().out
    assert "EGYM standalone flavour" in output.splitlines()[0]
    assert output.strip().splitlines()[-1] == "lost=0 duplicated=0 misattributed=0 sessions=4 kills=1"
    assert status == 0
    with pytest.raises(SystemExit) as refused:
        cli_main(["chaos", "--egym-flavour", "standalone", "--hubs", "1"])
    assert refused.value.code == 2
    assert "for kiosks without a hub" in capsys.readouterr().err
    with pytest.raises(ValueError, match="without a hub"):
        run_chaos(sessions=1, kills=0, hubs=1, egym_flavour="standalone")
