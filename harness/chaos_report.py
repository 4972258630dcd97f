"""What a chaos run found: the kiosk's captures read back, compared with EGYM's store, and the report."""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from harness.chaos_platforms import PlatformTally
from harness.chaos_worker import session_for_weight, session_of


@dataclass
class ChaosReport:
    """What a run found. ``ok`` only if nothing was lost, doubled or given to the wrong member."""

    sessions_planned: int
    egym_flavour: str = "server"  # which EGYM API the kiosk (or hub) talked to
    sessions: int = 0  # sessions with a captured measurement
    kills: int = 0
    hub_kills: int | None = None  # None: no hub in this run
    lost: int = 0
    duplicated: int = 0
    misattributed: int = 0
    stored: int = 0
    resends_absorbed: int = 0
    unfinished: int = 0
    elapsed_s: float = 0.0
    faults: Counter[str] = field(default_factory=Counter)
    requests_by_status: dict[str, int] = field(default_factory=dict)
    aborted: str = ""  # why the run stopped early, if it did
    platforms: list[PlatformTally] = field(default_factory=list)  # the linked platforms behind the hubs

    @property
    def ok(self) -> bool:
        return (self.lost == self.duplicated == self.misattributed == 0 and self.sessions == self.sessions_planned
                and not self.aborted and all(tally.ok for tally in self.platforms))

    def last_line(self) -> str:
        hub = "" if self.hub_kills is None else f" hub_kills={self.hub_kills}"
        return (f"lost={self.lost} duplicated={self.duplicated} misattributed={self.misattributed} "
                f"sessions={self.sessions} kills={self.kills}{hub}")

    def print(self, out: TextIO) -> None:
        standalone = self.egym_flavour == "standalone"
        flavour, store = ("standalone (machine API)", " (standalone store)") if standalone else ("server", "")
        rows = [
            ("EGYM flavour", flavour),
            ("sessions planned / captured", f"{self.sessions_planned} / {self.sessions}"),
            ("worker processes killed (SIGKILL)", str(self.kills)),
            *((("hub processes killed (SIGKILL)", str(self.hub_kills)),) if self.hub_kills is not None else ()),
            ("measurements stored at EGYM sandbox", f"{self.stored}{store}"),
            ("re-sends EGYM recognised as duplicates", str(self.resends_absorbed)),
            ("deliveries still unfinished", str(self.unfinished)),
            ("faults injected", str(sum(self.faults.values()))),
            *((f"  {name}", str(count)) for name, count in sorted(self.faults.items())),
            ("API replies by status", ", ".join(f"{s}: {n}" for s, n in self.requests_by_status.items())),
            ("elapsed", f"{self.elapsed_s:.1f} s"),
            *((("stopped early", self.aborted),) if self.aborted else ()),
        ]
        width = max(len(name) for name, _ in rows)
        for name, value in rows:
            print(f"{name:<{width}}  {value}", file=out)
        for tally in self.platforms:
            print(tally.line(), file=out)
        print(self.last_line(), file=out)


def captured_by_kiosk(db_path: Path, platform: str = "egym") -> dict[str, tuple[int, str | None, str]]:
    """The kiosk's captures: unique id -> (session number, user id at ``platform``, delivery state), read-only."""
    if not db_path.exists():
        return {}
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT m.unique_id, m.values_json, a.account_id, d.state FROM measurements m"
            " JOIN deliveries d USING (unique_id) LEFT JOIN member_accounts a ON a.member_key = m.member_key"
            " AND a.platform = ?", (platform,)
        ).fetchall()
    except sqlite3.OperationalError:  # the first worker died before creating the schema
        return {}
    finally:
        connection.close()
    return {uid: (session_of(json.loads(values)), user, state) for uid, values, user, state in rows}


def compare(
    captured: dict[str, tuple[int, str | None, str]], stored: list[dict], owner_of_session: dict[int, str],
) -> tuple[int, int, int]:
    """(lost, duplicated, misattributed) between the kiosk's captures and what EGYM holds."""
    held = Counter(record["uniqueMeasurementId"] for record in stored)
    lost = sum(1 for unique_id in captured if unique_id not in held)
    session_of_id = {unique_id: session for unique_id, (session, _user, _state) in captured.items()}
    sessions_at_egym = Counter(session_for_weight(record["data"]["WEIGHT_KG"]) if "WEIGHT_KG" in record["data"]
                               else session_of_id.get(record["uniqueMeasurementId"]) for record in stored)
    duplicated = sum(n - 1 for n in held.values() if n > 1) + sum(n - 1 for n in sessions_at_egym.values() if n > 1)
    user_at_egym = {record["uniqueMeasurementId"]: record["userId"] for record in stored}
    misattributed = 0
    for unique_id, (session, user_id, _state) in captured.items():
        expected = owner_of_session.get(session)
        if user_id != expected or (unique_id in user_at_egym and user_at_egym[unique_id] != expected):
            misattributed += 1
    misattributed += sum(1 for unique_id in user_at_egym if unique_id not in captured)  # EGYM has what we never captured
    return lost, duplicated, misattributed
