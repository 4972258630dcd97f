"""Under random cloud faults and SIGKILLs, every captured measurement reaches EGYM once, for its member."""
from __future__ import annotations

import io
import random

from gym_kiosk.cli import main as cli_main
from harness.chaos import compare, run_chaos


def test_a_hundred_sessions_with_faults_and_kills_lose_and_double_nothing() -> None:
    seed = random.SystemRandom().randrange(2**32)
    out = io.StringIO()
    report = run_chaos(sessions=100, kills=5, seed=seed, time_limit_s=150, out=out)
    table = out.getvalue()
    assert report.aborted == "", f"seed {seed}:\n{table}"
    assert (report.lost, report.duplicated, report.misattributed) == (0, 0, 0), f"seed {seed}:\n{table}"
    assert report.sessions == 100 and report.kills == 5, f"seed {seed}:\n{table}"
    assert report.unfinished == 0
    assert sum(report.faults.values()) > 0  # the run was not accidentally fault-free
    assert table.splitlines()[-1] == "lost=0 duplicated=0 misattributed=0 sessions=100 kills=5"


def test_the_command_ends_with_the_summary_line_and_succeeds(capsys) -> None:
    status = cli_main(["chaos", "--sessions", "6", "--kills", "2", "--seed", "7"])
    last_line = capsys.readouterr().out.strip().splitlines()[-1]
    assert last_line == "lost=0 duplicated=0 misattributed=0 sessions=6 kills=2"
    assert status == 0


def _record(unique_id: str, user_id: str, session: int) -> dict:
    return {"uniqueMeasurementId": unique_id, "userId": user_id, "data": {"WEIGHT_KG": round(50 + session * 0.01, 2)}}


def test_the_comparison_counts_what_went_missing_twice_or_to_the_wrong_member() -> None:
    owners = {1: "anna", 2: "ben", 3: "cleo", 4: "dan"}
    captured = {
        "a": (1, "anna", "sent"),
        "b": (2, "ben", "sent"),
        "c": (3, "cleo", "pending"),  # never arrived
        "d": (4, "dan", "sent"),
    }
    stored = [
        _record("a", "anna", 1),
        _record("b", "anna", 2),  # given to the wrong member
        _record("d", "dan", 4),
        _record("d2", "dan", 4),  # the same session arrived under a second id
    ]
    lost, duplicated, misattributed = compare(captured, stored, owners)
    assert lost == 1
    assert duplicated == 1
    assert misattributed == 2  # "b" at the wrong member, "d2" never captured by the kiosk


def test_a_clean_run_compares_as_clean() -> None:
    owners = {1: "anna", 2: "ben"}
    captured = {"a": (1, "anna", "sent"), "b": (2, "ben", "sent")}
    stored = [_record("a", "anna", 1), _record("b", "ben", 2)]
    assert compare(captured, stored, owners) == (0, 0, 0)
