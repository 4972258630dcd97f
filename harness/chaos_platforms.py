"""The platforms members link, behind the chaos run's hubs: enduco, LFopen and Boditrax.

With ``--hubs`` every chaos run turns them on beside EGYM. Their emulations run in the chaos
process; every chaos member has their account linked at each (seeded in the hub's store and in
the emulation, as after a QR link), faults are injected into all three while the run goes on,
and at the end each platform's store is compared with the kiosk's captures: a result is *lost*
when the platform does not hold it and the hub did not say "uncertain"; *duplicated* when the
platform holds one session's result twice; *misattributed* when it holds it for another member.
"Uncertain" results (the reply was lost and the platform has no read-back: enduco) are counted
and explained: whether the platform holds them after all. Only the kinds a platform takes reach
it: body results Boditrax, cardio workouts enduco and LFopen (``--station cardio``).
"""
from __future__ import annotations

import random
import secrets
import threading
import time
from collections import Counter
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from garmin_fit_sdk import Decoder, Stream

from harness.chaos_worker import session_for_minutes, session_for_weight
from hub.linking.service import key_of
from hub.store.links import save_linked_account
from hub.store.schema import deliveries
from hub.store.sealing import Sealer
from kiosk.cloud.boditrax.sandbox import DEMO_BX_MEMBERS, DEMO_HANDLER, BoditraxSandbox, LinkedAccount
from kiosk.cloud.boditrax.sandbox import DEMO_CLIENT_ID as BODITRAX_ID
from kiosk.cloud.boditrax.sandbox import DEMO_CLIENT_SECRET as BODITRAX_SECRET
from kiosk.cloud.enduco.sandbox.emulation import DEMO_CLIENT_ID as ENDUCO_ID
from kiosk.cloud.enduco.sandbox.emulation import DEMO_CLIENT_SECRET as ENDUCO_SECRET
from kiosk.cloud.enduco.sandbox.emulation import EnducoSandbox
from kiosk.cloud.lfopen.sandbox import DEMO_CLIENT_ID as LFOPEN_ID
from kiosk.cloud.lfopen.sandbox import DEMO_CLIENT_SECRET as LFOPEN_SECRET
from kiosk.cloud.lfopen.sandbox import DEMO_LF_MEMBERS, LfopenSandbox
from kiosk.cloud.lfopen.sandbox.oauth import Grant
from kiosk.sandbox import serve_loopback

SECRET_ENVS = {"enduco": "GYM_KIOSK_CHAOS_ENDUCO_SECRET", "lfopen": "GYM_KIOSK_CHAOS_LFOPEN_SECRET",
               "boditrax": "GYM_KIOSK_CHAOS_BODITRAX_SECRET"}
KINDS = {"enduco": "cardio", "lfopen": "cardio", "boditrax": "body"}
MAX_QUEUED_FAULTS = 3  # per platform: enough to keep every delivery path busy without starving it


@dataclass
class PlatformTally:
    """One platform's comparison with the kiosk's captures."""

    platform: str
    expected: int = 0  # captured results of the kind it takes
    stored: int = 0
    lost: int = 0
    duplicated: int = 0
    misattributed: int = 0
    uncertain: int = 0  # the hub could not tell and left it to a trainer
    uncertain_there: int = 0  # of those, how many the platform holds after all

    @property
    def ok(self) -> bool:
        return self.lost == self.duplicated == self.misattributed == 0

    def line(self) -> str:
        return (f"{self.platform}: expected={self.expected} stored={self.stored} lost={self.lost} "
                f"duplicated={self.duplicated} misattributed={self.misattributed} uncertain={self.uncertain} "
                f"(of which stored after all: {self.uncertain_there})")


class LinkedPlatforms:
    """The three emulations on loopback, their tables for the hubs' config, seeding, faults and tallies."""

    def __init__(self, rng: random.Random, owners: list[str], interval_s: tuple[float, float] = (0.05, 0.25)) -> None:
        self.enduco, self.lfopen, self.boditrax = EnducoSandbox(), LfopenSandbox(), BoditraxSandbox()
        self._rng, self._interval_s = rng, interval_s
        self._owners = owners  # EGYM user ids of the chaos members, in card order
        self._stack = ExitStack()
        self._urls: dict[str, str] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._inject, name="chaos-platform-faults", daemon=True)
        self.counts: Counter[str] = Counter()

    def __enter__(self) -> "LinkedPlatforms":
        for name, emulation in (("enduco", self.enduco), ("lfopen", self.lfopen), ("boditrax", self.boditrax)):
            self._urls[name] = self._stack.enter_context(serve_loopback(emulation)).base_url
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop_faults()
        self._stack.close()

    def gym_tables(self) -> dict[str, dict[str, Any]]:
        """The hubs' ``[gyms.NAME.<platform>]`` tables; secrets come from the environment (:meth:`environment`)."""
        return {
            "enduco": {"base_url": self._urls["enduco"], "client_id": ENDUCO_ID, "timeout_seconds": 1.0,
                       "client_secret_env": SECRET_ENVS["enduco"]},
            "lfopen": {"base_url": f"{self._urls['lfopen']}/web", "client_id": LFOPEN_ID, "timeout_seconds": 1.0,
                       "client_secret_env": SECRET_ENVS["lfopen"]},
            "boditrax": {"base_url": self._urls["boditrax"], "client_id": BODITRAX_ID, "timeout_seconds": 1.0,
                         "client_secret_env": SECRET_ENVS["boditrax"]},
        }

    @staticmethod
    def environment() -> dict[str, str]:
        return {SECRET_ENVS["enduco"]: ENDUCO_SECRET, SECRET_ENVS["lfopen"]: LFOPEN_SECRET,
                SECRET_ENVS["boditrax"]: BODITRAX_SECRET}

    def link_every_member(self, engine: sa.Engine, key_file: Path, gym: str) -> None:
        """Each chaos member has linked all three accounts (what a QR link would have stored at both ends)."""
        sealer, now_ms = Sealer.from_key_file(key_file), int(time.time() * 1000)
        for index, user_id in enumerate(self._owners):
            issued = self.enduco.issue(owner=user_id)
            lf_member = DEMO_LF_MEMBERS[index]
            lf_access, lf_refresh = f"{secrets.token_hex(16)}|chaos", f"{secrets.token_hex(16)}|chaos"
            self.lfopen.access_tokens[lf_access] = Grant(lf_member, time.time() + 3600, refresh_token=lf_refresh)
            self.lfopen.refresh_tokens[lf_refresh] = Grant(lf_member, time.time() + 86400)
            username, secret = f"gk-{secrets.token_hex(12)}", secrets.token_urlsafe(32)
            self.boditrax.linked[username] = LinkedAccount(DEMO_BX_MEMBERS[index], DEMO_HANDLER, username, secret)
            tokens = {
                "enduco": {"access_token": issued["access_token"], "refresh_token": issued["refresh_token"],
                           "expires_at_ms": now_ms + issued["expires_in"] * 1000},
                "lfopen": {"access_token": lf_access, "refresh_token": lf_refresh, "expires_at_ms": now_ms + 3_600_000},
                "boditrax": {"access_token": "", "refresh_token": f"{username}:{secret}", "expires_at_ms": None},
            }
            for platform, sealed in tokens.items():
                save_linked_account(engine, gym=gym, member_hash=key_of("egym", user_id), platform=platform,
                                    tokens=sealer.seal(sealed), expires_ms=sealed["expires_at_ms"], now_ms=now_ms)

    def start_faults(self) -> None:
        self._thread.start()

    def stop_faults(self) -> None:
        if self._thread.is_alive():
            self._stop.set()
            self._thread.join()
        self.lfopen.faults.clear()
        self.boditrax.faults.clear()
        self.enduco.fail_next.clear()
        self.enduco.drop_after_upload = 0

    def _inject(self) -> None:
        while not self._stop.wait(self._rng.uniform(*self._interval_s)):
            platform = self._rng.choice(("enduco", "lfopen", "boditrax"))
            choice = self._rng.choice(("5xx", "429", "drop-before", "drop-after", "garbage", "expire-tokens"))
            done = {"enduco": self._enduco_fault, "lfopen": self._shared_fault, "boditrax": self._shared_fault}[
                platform](platform, choice)
            if done:
                self.counts[f"{platform} {done}"] += 1

    def _enduco_fault(self, _platform: str, choice: str) -> str:
        enduco = self.enduco
        with enduco.lock:
            if choice in ("5xx", "429", "garbage") and len(enduco.fail_next) < MAX_QUEUED_FAULTS:
                enduco.fail_next.append(429 if choice == "429" else self._rng.choice((500, 502, 503)))
                return "429" if choice == "429" else "5xx"
            if choice in ("drop-after", "drop-before") and enduco.drop_after_upload == 0:
                enduco.drop_after_upload = 1  # enduco's emulation cuts only after storing: the ambiguous case
                return "drop-after"
            if choice == "expire-tokens":
                for token in enduco.access:
                    enduco.access[token] = 0.0
                return "expire-tokens"
        return ""

    def _shared_fault(self, platform: str, choice: str) -> str:
        emulation = self.lfopen if platform == "lfopen" else self.boditrax
        faults = emulation.faults
        if choice != "expire-tokens" and len(faults.shots) >= MAX_QUEUED_FAULTS:
            return ""
        if choice == "5xx":
            faults.fail_next(1, self._rng.choice((500, 502, 503)))
        elif choice == "429":
            faults.fail_next(1, 429)
        elif choice in ("drop-before", "drop-after"):
            faults.drop_next(1, after_processing=choice == "drop-after")
        elif choice == "garbage":
            faults.garbage_next(1)
        elif platform == "boditrax":
            self.boditrax.expire_tokens()
        else:
            for grant in self.lfopen.access_tokens.values():
                grant.expires_at = 0.0
        return choice

    def tallies(self, kind: str, captured: dict[str, tuple[int, str | None, str]], owner_of_session: dict[int, str],
                engine: sa.Engine) -> list[PlatformTally]:
        """The store of each platform taking ``kind`` against the kiosk's captures (unique id -> session, user, state)."""
        with engine.connect() as connection:
            uncertain = {(row.unique_id, row.destination) for row in connection.execute(
                sa.select(deliveries.c.unique_id, deliveries.c.destination).where(deliveries.c.state == "uncertain"))}
        lf_owner = {m: self._owners[i] for i, m in enumerate(DEMO_LF_MEMBERS[:len(self._owners)])}
        bx_owner = {m: self._owners[i] for i, m in enumerate(DEMO_BX_MEMBERS[:len(self._owners)])}
        held = {
            "enduco": [(_fit_session(upload["fit"]), upload["owner"]) for upload in list(self.enduco.uploads)],
            "lfopen": [(session_for_minutes(w.body["time"]), lf_owner.get(w.member, "")) for w in list(self.lfopen.workouts)],
            "boditrax": [(session_for_weight(r.body["measurements"]["Weight"]), bx_owner.get(r.member, ""))
                         for r in list(self.boditrax.readings)],
        }
        return [_tally(platform, held[platform], captured, owner_of_session, uncertain)
                for platform in held if KINDS[platform] == kind]


def _fit_session(fit: bytes) -> int:
    messages, _errors = Decoder(Stream.from_byte_array(bytearray(fit))).read()
    return session_for_minutes(messages["session_mesgs"][0]["total_elapsed_time"] / 60)


def _tally(platform: str, held: list[tuple[int, str]], captured: dict[str, tuple[int, str | None, str]],
           owner_of_session: dict[int, str], uncertain: set[tuple[str, str]]) -> PlatformTally:
    kind_sessions = {session: unique_id for unique_id, (session, _user, _state) in captured.items()}
    sessions_held = Counter(session for session, _owner in held)
    tally = PlatformTally(platform, stored=len(held))
    expected = set(kind_sessions)  # every chaos member linked the platform: each captured result belongs there
    tally.expected = len(expected)
    for session in expected:
        there = sessions_held[session] > 0
        if (kind_sessions[session], platform) in uncertain:
            tally.uncertain += 1
            tally.uncertain_there += there
        elif not there:
            tally.lost += 1
    tally.duplicated = sum(n - 1 for n in sessions_held.values() if n > 1)
    tally.misattributed = sum(1 for session, owner in held
                              if session not in expected or owner != owner_of_session.get(session))
    return tally
