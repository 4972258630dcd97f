"""The member's session from tap to saved result, against the EGYM sandbox and a real outbox.

Every test drives a :class:`SessionFlow` wired to the sandbox over in-process HTTP
(``httpx.ASGITransport``) and to an :class:`Outbox` on a SQLite file. Screen timers
run on a :class:`ManualScheduler`, so time only moves when a test says so; network
and storage work is awaited through snapshot and delivery events, never by sleeping.
"""
from __future__ import annotations

import asyncio
import dataclasses
import logging
import sqlite3
from pathlib import Path
from typing import AsyncIterator, Awaitable, Callable

import httpx
import pytest

from hardware import fields
from hardware.events import (
    CardCredential,
    CardTechnology,
    CredentialPresented,
    DeviceConnection,
    FrameRejected,
    LiveFigures,
    LiveWeight,
    MeasurementKind,
    MeasurementRecord,
    WalletCredential,
    WalletPlatform,
)
from kiosk.cloud.egym import CallRetry, EgymClient, EgymIntegration, EgymSettings
from kiosk.message_codes import MessageCode
from kiosk.outbox.outbox import Outbox
from kiosk.outbox.schedule import DeliverySchedule
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.cloud.egym.sandbox import (
    DEMO_API_KEY,
    DEMO_APPLE_PASS_TYPE_ID,
    DEMO_GOOGLE_COLLECTOR_ID,
    DEMO_GYM_ID,
    DEMO_MACHINE_NAME,
    DEMO_MEMBERS,
    DemoMember,
    SandboxState,
    create_app,
)
from kiosk.session.flow import FlowTimings, SessionFlow
from kiosk.results.history import store_history
from kiosk.session.state import SessionSnapshot, SessionState
from kiosk.session.timers import ManualScheduler
from kiosk.storage import Database

S = SessionState
WAIT_S = 10.0  # generous upper bound for in-process HTTP and SQLite; never a sleep
TIMINGS = FlowTimings()
DANA, LUKAS, SAM = DEMO_MEMBERS[0], DEMO_MEMBERS[1], DEMO_MEMBERS[2]
TOKEN_PATH = "/api/v1/oauth/token"
PROFILE_PATH = "/api/v1/gyms"
MEASUREMENT_PATH = "/api/v1/measurements"
SCALE_RESULT = {fields.WEIGHT_KG: 63.4, fields.BODY_FAT_PERCENT: 24.5, fields.BMI: 22.5}


def card_of(member: DemoMember, reader: str = "front") -> CredentialPresented:
    technology = CardTechnology.LEGIC if member.rfid_format == "LEGIC" else CardTechnology.MIFARE
    return CredentialPresented(CardCredential(member.uid, technology, reader_id=reader))


def scale_record(values: dict[str, float] = SCALE_RESULT) -> MeasurementRecord:
    return MeasurementRecord("body", dict(values), model="BC-418")


class TrafficLog:
    """Sits in front of the sandbox app and notes which requests arrived, finished or were abandoned."""

    def __init__(self, app, on_change: Callable[[], None]) -> None:
        self._app = app
        self._on_change = on_change
        self.arrived: list[str] = []
        self.finished: list[str] = []
        self.abandoned: list[str] = []

    async def __call__(self, scope, receive, send) -> None:
        path = scope.get("path", "")
        self.arrived.append(path)
        self._on_change()
        try:
            await self._app(scope, receive, send)
        except asyncio.CancelledError:
            self.abandoned.append(path)
            self._on_change()
            raise
        self.finished.append(path)
        self._on_change()


class Kiosk:
    """One kiosk under test: the flow, its parts, and everything they reported."""

    def __init__(
        self, sandbox: SandboxState, db_path: Path, settings: EgymSettings, timings: FlowTimings, kind: MeasurementKind
    ) -> None:
        self.sandbox = sandbox
        self.db_path = db_path
        self.scheduler = ManualScheduler()
        self._changed = asyncio.Event()
        self.traffic = TrafficLog(create_app(sandbox), self._changed.set)
        self.client = EgymClient(settings, retry=CallRetry(max_attempts=1), transport=httpx.ASGITransport(app=self.traffic))
        self.db = Database(db_path)
        retry = DeliverySchedule(base_s=0.05, cap_s=0.05, rand=lambda: 1.0)
        self.outbox = Outbox(self.db, [EgymIntegration(self.client, settings)], retry=retry)
        self.deliveries: list[tuple[str, DeliveryStatus]] = []
        self.outbox.subscribe(self._on_delivery)
        identity = EgymIntegration(self.client, settings)
        self.flow = SessionFlow(identity, self.outbox, kind=kind, timings=timings, scheduler=self.scheduler,
                                history=store_history(self.db, self.outbox))
        self.snapshots: list[SessionSnapshot] = []
        self.stored_when_reviewed: list[int] = []
        self.flow.subscribe(self._on_snapshot)
        self._seen = 0

    def _on_snapshot(self, snapshot: SessionSnapshot) -> None:
        if snapshot.state is S.REVIEW and (not self.snapshots or self.snapshots[-1].state is not S.REVIEW):
            self.stored_when_reviewed.append(self._stored_measurements())
        self.snapshots.append(snapshot)
        self._changed.set()

    def _on_delivery(self, unique_id: str, status: DeliveryStatus) -> None:
        self.deliveries.append((unique_id, status))
        self._changed.set()

    def _stored_measurements(self) -> int:
        """Read the SQLite file with a connection of our own, as a crash-restart would."""
        with sqlite3.connect(self.db_path) as reader:
            return reader.execute("SELECT COUNT(*) FROM measurements").fetchone()[0]

    async def _until(self, found: Callable[[], object], what: str) -> object:
        try:
            async with asyncio.timeout(WAIT_S):
                while not (result := found()):
                    self._changed.clear()
                    await self._changed.wait()
        except TimeoutError:
            raise AssertionError(f"timed out waiting for {what}; now {self.flow.snapshot}") from None
        return result

    async def until(self, state: SessionState, check: Callable[[SessionSnapshot], bool] = lambda s: True) -> SessionSnapshot:
        """The next snapshot (after the last one waited for) in ``state`` that passes ``check``."""

        def find() -> SessionSnapshot | None:
            for index in range(self._seen, len(self.snapshots)):
                snapshot = self.snapshots[index]
                if snapshot.state is state and check(snapshot):
                    self._seen = index + 1
                    return snapshot
            return None

        return await self._until(find, f"a {state.value} snapshot")  # type: ignore[return-value]

    async def delivery(self, state: DeliveryState, unique_id: str | None = None) -> tuple[str, DeliveryStatus]:
        """The first outbox status change to ``state`` (for ``unique_id`` if given)."""

        def find() -> tuple[str, DeliveryStatus] | None:
            return next(
                (item for item in self.deliveries if item[1].state is state and unique_id in (None, item[0])), None
            )

        return await self._until(find, f"a {state.value} delivery")  # type: ignore[return-value]

    async def final_delivery(self, unique_id: str) -> DeliveryStatus:
        """The status ``unique_id`` settles in (sent, rejected, discarded...)."""

        def find() -> DeliveryStatus | None:
            return next((status for uid, status in self.deliveries if uid == unique_id and status.state.final), None)

        return await self._until(find, "a final delivery state")  # type: ignore[return-value]

    async def request(self, path: str, outcome: str = "arrived") -> None:
        """Wait until a request to ``path`` has arrived at (or finished in, or been abandoned by) the sandbox."""
        await self._until(lambda: any(p.startswith(path) for p in getattr(self.traffic, outcome)), f"{outcome} {path}")

    def captured_ids(self) -> list[str]:
        return list(dict.fromkeys(unique_id for unique_id, _ in self.deliveries))

    async def tap_in(self, member: DemoMember = DANA) -> SessionSnapshot:
        self.flow.handle(card_of(member))
        await self.until(S.IDENTIFYING)
        return await self.until(S.PROFILE)

    async def measure(self, values: dict[str, float] = SCALE_RESULT) -> SessionSnapshot:
        """Step on, settle, and wait for the review screen."""
        self.flow.handle(LiveWeight(values.get(fields.WEIGHT_KG, 63.4) - 0.8, stable=False))
        await self.until(S.MEASURING)
        self.flow.handle(scale_record(values))
        return await self.until(S.REVIEW)

    async def close(self) -> None:
        await self.flow.aclose()
        await self.outbox.aclose()
        await self.client.aclose()
        self.db.close()


def demo_settings(**changes: object) -> EgymSettings:
    settings = EgymSettings(
        base_url="http://egym-sandbox.local",
        gym_id=DEMO_GYM_ID,
        machine_name=DEMO_MACHINE_NAME,
        api_key=DEMO_API_KEY,
        apple_pass_type_id=DEMO_APPLE_PASS_TYPE_ID,
        google_collector_id=DEMO_GOOGLE_COLLECTOR_ID,
    )
    return dataclasses.replace(settings, **changes)


KioskFactory = Callable[..., Awaitable[Kiosk]]


@pytest.fixture
async def make_kiosk(tmp_path: Path) -> AsyncIterator[KioskFactory]:
    made: list[Kiosk] = []

    async def make(timings: FlowTimings = TIMINGS, kind: MeasurementKind = "body", **settings: object) -> Kiosk:
        db_path = tmp_path / f"kiosk{len(made)}.sqlite"
        kiosk = Kiosk(SandboxState(), db_path, demo_settings(**settings), timings, kind)
        made.append(kiosk)
        await kiosk.outbox.start()
        return kiosk

    yield make
    for kiosk in made:
        await kiosk.close()


@pytest.fixture
async def kiosk(make_kiosk: KioskFactory) -> Kiosk:
    return await make_kiosk()


# --- the whole way through ------------------------------------------------------------


async def test_a_member_taps_weighs_and_the_result_is_saved_at_egym(kiosk: Kiosk) -> None:
    kiosk.flow.handle(card_of(DANA))
    assert kiosk.flow.snapshot.state is S.IDENTIFYING
    assert kiosk.flow.snapshot.profile is None

    greeting = await kiosk.until(S.PROFILE)
    assert greeting.profile is not None and greeting.profile.first_name == DANA.first_name

    kiosk.flow.handle(LiveWeight(61.2, stable=False))
    settling = await kiosk.until(S.MEASURING)
    assert (settling.live_weight_kg, settling.weight_stable) == (61.2, False)
    kiosk.flow.handle(LiveWeight(63.4, stable=True))
    settled = await kiosk.until(S.MEASURING, lambda s: s.weight_stable)
    assert settled.live_weight_kg == 63.4

    kiosk.flow.handle(scale_record())
    review = await kiosk.until(S.REVIEW)
    assert review.result == SCALE_RESULT
    assert review.profile == greeting.profile
    assert kiosk.stored_when_reviewed == [1], "the result must be on disk before the screen shows it"

    kiosk.scheduler.advance(TIMINGS.review_s)
    await kiosk.until(S.SUBMITTING)
    done = await kiosk.until(S.DONE)
    assert [s.state for s in done.submissions] == [DeliveryState.SENT]
    assert done.message is None
    [stored] = kiosk.sandbox.measurements("body")
    assert stored["userId"] == DANA.user_id
    assert stored["uniqueMeasurementId"] == kiosk.captured_ids()[0]

    kiosk.scheduler.advance(TIMINGS.result_idle_s)
    assert kiosk.flow.snapshot == SessionSnapshot()
    assert kiosk.flow.last_transitions == (
        (S.ATTRACT, S.IDENTIFYING),
        (S.IDENTIFYING, S.PROFILE),
        (S.PROFILE, S.MEASURING),
        (S.MEASURING, S.REVIEW),
        (S.REVIEW, S.SUBMITTING),
        (S.SUBMITTING, S.DONE),
        (S.DONE, S.ATTRACT),
    )


async def test_saving_on_the_review_screen_submits_at_once(kiosk: Kiosk) -> None:
    await kiosk.tap_in()
    await kiosk.measure()
    kiosk.flow.confirm()
    assert kiosk.flow.snapshot.state is S.SUBMITTING
    done = await kiosk.until(S.DONE)
    assert done.submissions[0].state is DeliveryState.SENT
    assert len(kiosk.sandbox.measurements()) == 1


async def test_a_cardio_station_shows_running_figures_and_keeps_its_own_kind(make_kiosk: KioskFactory) -> None:
    kiosk = await make_kiosk(kind="cardio")
    await kiosk.tap_in()
    kiosk.flow.handle(scale_record())  # a body record from elsewhere is not this station's
    kiosk.flow.handle(LiveFigures({fields.HEART_RATE_BPM: 0.0}))
    assert kiosk.flow.snapshot.state is S.PROFILE, "an idle console is not a workout"
    kiosk.flow.handle(LiveFigures({fields.HEART_RATE_BPM: 96.0, fields.POWER_W: 110.0}))
    running = await kiosk.until(S.MEASURING)
    assert running.live_values == {fields.HEART_RATE_BPM: 96.0, fields.POWER_W: 110.0}
    kiosk.flow.handle(LiveFigures({fields.HEART_RATE_BPM: 121.0}))
    updated = await kiosk.until(S.MEASURING, lambda s: s.live_values[fields.HEART_RATE_BPM] == 121.0)
    assert updated.live_values[fields.POWER_W] == 110.0
    kiosk.flow.handle(MeasurementRecord("cardio", {fields.HEART_RATE_BPM: 118.0, fields.DURATION_S: 600.0}))
    review = await kiosk.until(S.REVIEW)
    assert review.result == {fields.HEART_RATE_BPM: 118.0, fields.DURATION_S: 600.0}
    kiosk.flow.confirm()
    await kiosk.until(S.DONE)
    assert [m["kind"] for m in kiosk.sandbox.measurements()] == ["cardio"]


async def test_with_the_default_scheduler_the_screens_advance_on_the_event_loop(make_kiosk: KioskFactory) -> None:
    kiosk = await make_kiosk()
    flow = SessionFlow(EgymIntegration(kiosk.client, demo_settings()), kiosk.outbox, timings=FlowTimings(review_s=0))
    seen: list[SessionState] = []
    back = asyncio.Event()

    def follow(snapshot: SessionSnapshot) -> None:
        if seen and seen[-1] is snapshot.state:
            return  # the result's countdown ticking
        seen.append(snapshot.state)
        if snapshot.state is S.DONE:
            asyncio.get_running_loop().call_soon(flow.finish)  # the member taps "Done"
        if snapshot.state is S.ATTRACT:
            back.set()

    flow.subscribe(follow)
    try:
        flow.handle(card_of(DANA))
        flow.handle(scale_record())
        await asyncio.wait_for(back.wait(), WAIT_S)
    finally:
        await flow.aclose()
    assert seen == [S.IDENTIFYING, S.PROFILE, S.REVIEW, S.SUBMITTING, S.DONE, S.ATTRACT]
    assert [m["userId"] for m in kiosk.sandbox.measurements()] == [DANA.user_id]


# --- login failures ---------------------------------------------------------------------

LONG_WALLET_PASS = CredentialPresented(WalletCredential("P" * 65, WalletPlatform.APPLE, reader_id="front"))
UNKNOWN_CARD = CredentialPresented(CardCredential(bytes.fromhex("DEADBEEF01")))


@pytest.mark.parametrize(
    ("arrange", "tap", "settings", "code"),
    [
        pytest.param(None, UNKNOWN_CARD, {}, MessageCode.CARD_NOT_REGISTERED, id="not-registered"),
        pytest.param(lambda f: f.fail_next(403, path_prefix=TOKEN_PATH), card_of(DANA), {}, MessageCode.PERMISSION, id="forbidden"),
        pytest.param(lambda f: f.fail_next(429, path_prefix=TOKEN_PATH), card_of(DANA), {}, MessageCode.RATE_LIMITED, id="rate-limited"),
        pytest.param(lambda f: f.fail_next(503, path_prefix=TOKEN_PATH), card_of(DANA), {}, MessageCode.OFFLINE, id="server-down"),
        pytest.param(lambda f: f.drop_next(path_prefix=TOKEN_PATH), card_of(DANA), {}, MessageCode.OFFLINE, id="dropped"),
        pytest.param(lambda f: f.fail_next(503, path_prefix=PROFILE_PATH), card_of(DANA), {}, MessageCode.OFFLINE, id="profile-down"),
        pytest.param(lambda f: f.garbage_next(kind="json", path_prefix=TOKEN_PATH), card_of(DANA), {}, MessageCode.SERVER_REPLY, id="garbage"),
        pytest.param(None, card_of(DANA), {"api_key": "not-the-gym-key"}, MessageCode.AUTH, id="api-key-refused"),
        pytest.param(None, LONG_WALLET_PASS, {}, MessageCode.UNSUPPORTED_CARD, id="wallet-payload-too-long"),
    ],
)
async def test_a_failed_login_says_why_then_returns_to_the_start(make_kiosk, arrange, tap, settings, code) -> None:
    kiosk = await make_kiosk(**settings)
    if arrange:
        arrange(kiosk.sandbox.faults)
    kiosk.flow.handle(tap)
    failed = await kiosk.until(S.FAILED)
    assert failed.message is code
    assert failed.profile is None
    kiosk.scheduler.advance(TIMINGS.failed_s)
    assert kiosk.flow.snapshot == SessionSnapshot()
    assert kiosk.flow.last_transitions[-3:] == ((S.ATTRACT, S.IDENTIFYING), (S.IDENTIFYING, S.FAILED), (S.FAILED, S.ATTRACT))


async def test_a_login_that_takes_too_long_is_abandoned_as_offline(kiosk: Kiosk) -> None:
    kiosk.sandbox.faults.latency(120_000, path_prefix=TOKEN_PATH)
    kiosk.flow.handle(card_of(DANA))
    await kiosk.request(TOKEN_PATH)
    kiosk.scheduler.advance(TIMINGS.identify_timeout_s)
    failed = await kiosk.until(S.FAILED)
    assert failed.message is MessageCode.OFFLINE
    await kiosk.request(TOKEN_PATH, "abandoned")
    assert kiosk.sandbox.stats()["logins"] == 0


async def test_a_card_left_on_the_reader_after_a_failure_is_not_retried(kiosk: Kiosk) -> None:
    kiosk.flow.handle(UNKNOWN_CARD)
    await kiosk.until(S.FAILED)
    kiosk.flow.handle(UNKNOWN_CARD)
    assert kiosk.flow.snapshot.state is S.FAILED
    assert kiosk.traffic.arrived.count(TOKEN_PATH) == 1


# --- idle ----------------------------------------------------------------------------------


async def test_the_idle_warning_counts_down_and_still_here_keeps_the_session(kiosk: Kiosk) -> None:
    await kiosk.tap_in()
    kiosk.scheduler.advance(TIMINGS.idle_s - 1)
    assert not kiosk.flow.snapshot.idle_warning
    kiosk.scheduler.advance(1)
    warning = kiosk.flow.snapshot
    assert warning.idle_warning and warning.warning_seconds_left == 15
    kiosk.scheduler.advance(3)
    assert kiosk.flow.snapshot.warning_seconds_left == 12
    assert [s.warning_seconds_left for s in kiosk.snapshots if s.idle_warning] == [15, 14, 13, 12]

    kiosk.flow.still_here()
    kept = kiosk.flow.snapshot
    assert kept.state is S.PROFILE and not kept.idle_warning and kept.warning_seconds_left == 0
    assert kept.profile is not None
    kiosk.scheduler.advance(TIMINGS.idle_s - 1)
    assert not kiosk.flow.snapshot.idle_warning, "still-here restarts the full idle time"


async def test_a_touch_or_the_scale_moving_counts_as_being_there(kiosk: Kiosk) -> None:
    await kiosk.tap_in()
    kiosk.flow.handle(LiveWeight(70.0, stable=False))
    await kiosk.until(S.MEASURING)
    kiosk.scheduler.advance(TIMINGS.idle_s)
    assert kiosk.flow.snapshot.idle_warning
    kiosk.flow.touch()
    assert not kiosk.flow.snapshot.idle_warning

    kiosk.scheduler.advance(TIMINGS.idle_s - 1)
    kiosk.flow.handle(LiveWeight(71.5, stable=False))
    kiosk.scheduler.advance(2)
    assert not kiosk.flow.snapshot.idle_warning

    kiosk.scheduler.advance(TIMINGS.idle_s - 3)
    kiosk.flow.handle(LiveWeight(71.5, stable=False))  # the same reading repeated is not someone moving
    kiosk.scheduler.advance(3)
    assert kiosk.flow.snapshot.idle_warning


async def test_nobody_answering_the_warning_clears_every_trace_of_the_member(kiosk: Kiosk) -> None:
    await kiosk.tap_in()
    kiosk.flow.handle(DeviceConnection(False))
    kiosk.flow.handle(DeviceConnection(True))
    kiosk.flow.handle(LiveWeight(80.1, stable=True))
    await kiosk.until(S.MEASURING)
    kiosk.flow.handle(DeviceConnection(False))
    kiosk.scheduler.advance(TIMINGS.idle_s + TIMINGS.warning_s)
    assert kiosk.flow.snapshot == SessionSnapshot(device_connected=False)
    assert kiosk.flow.last_transitions[-1] == (S.MEASURING, S.ATTRACT)
    assert kiosk.scheduler.pending == 0, "no timer of the old session may fire later"
    assert kiosk.deliveries == []


# --- not me ----------------------------------------------------------------------------------


async def test_not_me_on_the_greeting_returns_to_the_start(kiosk: Kiosk) -> None:
    await kiosk.tap_in()
    kiosk.flow.not_me()
    assert kiosk.flow.snapshot == SessionSnapshot()
    assert kiosk.scheduler.pending == 0


async def test_not_me_while_measuring_returns_to_the_start(kiosk: Kiosk) -> None:
    await kiosk.tap_in()
    kiosk.flow.handle(LiveWeight(55.0, stable=False))
    await kiosk.until(S.MEASURING)
    kiosk.flow.not_me()
    assert kiosk.flow.snapshot == SessionSnapshot()
    assert kiosk.deliveries == []


async def test_not_me_on_the_review_screen_discards_the_result(kiosk: Kiosk) -> None:
    await kiosk.tap_in()
    await kiosk.measure()
    [unique_id] = kiosk.captured_ids()
    kiosk.flow.not_me()
    assert kiosk.flow.snapshot == SessionSnapshot()
    status = await kiosk.final_delivery(unique_id)
    assert status.state is DeliveryState.DISCARDED, "the outbox sent a result its member had not confirmed"
    assert status.reason == "not me"
    assert kiosk.sandbox.measurements() == []
    kiosk.scheduler.advance(TIMINGS.review_s)
    assert kiosk.flow.snapshot == SessionSnapshot(), "the review timer of the discarded result must not fire"


# --- another member taps -----------------------------------------------------------------


async def test_a_new_tap_while_logging_in_abandons_the_first_login(kiosk: Kiosk) -> None:
    kiosk.sandbox.faults.latency(120_000, path_prefix=TOKEN_PATH)
    kiosk.flow.handle(card_of(DANA))
    await kiosk.request(TOKEN_PATH)
    kiosk.sandbox.faults.latency(0)

    kiosk.flow.handle(card_of(LUKAS))
    greeting = await kiosk.until(S.PROFILE)
    assert greeting.profile is not None and greeting.profile.first_name == LUKAS.first_name
    await kiosk.request(TOKEN_PATH, "abandoned")
    assert kiosk.sandbox.stats()["logins"] == 1, "the first member's login request must be abandoned"
    await kiosk.flow.aclose()
    assert all(s.profile is None or s.profile.first_name != DANA.first_name for s in kiosk.snapshots)


async def test_a_new_tap_on_the_review_screen_still_delivers_the_first_result(kiosk: Kiosk) -> None:
    await kiosk.tap_in(DANA)
    await kiosk.measure()
    [first_id] = kiosk.captured_ids()

    kiosk.flow.handle(card_of(LUKAS))
    identifying = await kiosk.until(S.IDENTIFYING)
    assert identifying.result == {} and identifying.profile is None
    greeting = await kiosk.until(S.PROFILE)
    assert greeting.profile is not None and greeting.profile.first_name == LUKAS.first_name
    assert greeting.result == {}

    await kiosk.delivery(DeliveryState.SENT, first_id)
    assert [(m["uniqueMeasurementId"], m["userId"]) for m in kiosk.sandbox.measurements()] == [(first_id, DANA.user_id)]
    kiosk.scheduler.advance(TIMINGS.review_s)
    assert kiosk.flow.snapshot.state is S.PROFILE, "the first member's review timer must not touch the new session"


async def test_the_same_card_again_is_only_activity(kiosk: Kiosk) -> None:
    await kiosk.tap_in(DANA)
    kiosk.scheduler.advance(TIMINGS.idle_s - 1)
    kiosk.flow.handle(card_of(DANA, reader="side"))  # readers repeat while a card lies on them
    kiosk.scheduler.advance(2)
    snapshot = kiosk.flow.snapshot
    assert snapshot.state is S.PROFILE and not snapshot.idle_warning
    assert kiosk.sandbox.stats()["logins"] == 1
    assert S.IDENTIFYING not in [to for _, to in kiosk.flow.last_transitions[1:]]


# --- a result before the tap ----------------------------------------------------------------


async def test_a_result_measured_before_the_tap_goes_to_the_member_who_taps(kiosk: Kiosk) -> None:
    kiosk.flow.handle(scale_record())
    assert kiosk.flow.snapshot == SessionSnapshot(), "nobody is shown a result before tapping"
    kiosk.scheduler.advance(TIMINGS.unclaimed_record_s - 1)

    kiosk.flow.handle(card_of(SAM))
    offer = await kiosk.until(S.PROFILE, lambda s: bool(s.offered_result))
    assert offer.offered_result == SCALE_RESULT and not kiosk.captured_ids(), "only theirs once they say so"
    kiosk.flow.claim_workout()  # "This was my workout"
    review = await kiosk.until(S.REVIEW)
    assert review.result == SCALE_RESULT and review.profile is not None
    kiosk.flow.confirm()
    await kiosk.until(S.DONE)
    assert [m["userId"] for m in kiosk.sandbox.measurements()] == [SAM.user_id]


async def test_an_unclaimed_result_is_dropped_when_nobody_taps_in_time(kiosk: Kiosk, caplog) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.session")
    kiosk.flow.handle(scale_record({fields.WEIGHT_KG: 99.9}))
    kiosk.scheduler.advance(TIMINGS.unclaimed_record_s)
    assert "dropped" in caplog.text and "99.9" not in caplog.text

    await kiosk.tap_in(DANA)
    review = await kiosk.measure()
    assert review.result == SCALE_RESULT
    assert len(kiosk.captured_ids()) == 1


async def test_a_result_that_arrives_while_logging_in_is_kept_for_that_member(kiosk: Kiosk) -> None:
    kiosk.sandbox.faults.latency(120_000, path_prefix=TOKEN_PATH)
    kiosk.flow.handle(card_of(DANA))
    await kiosk.request(TOKEN_PATH)
    kiosk.flow.handle(scale_record())
    kiosk.scheduler.advance(TIMINGS.identify_timeout_s)
    await kiosk.until(S.FAILED)

    kiosk.sandbox.faults.latency(0)
    kiosk.flow.handle(card_of(LUKAS))
    await kiosk.until(S.PROFILE, lambda s: bool(s.offered_result))
    kiosk.flow.claim_workout()  # measured before Lukas tapped: his once he says so
    review = await kiosk.until(S.REVIEW)
    assert review.profile is not None and review.profile.first_name == LUKAS.first_name


# --- the device comes and goes ----------------------------------------------------------------


async def test_the_session_survives_the_scale_disconnecting_and_coming_back(kiosk: Kiosk) -> None:
    await kiosk.tap_in()
    kiosk.flow.handle(LiveWeight(63.0, stable=False))
    await kiosk.until(S.MEASURING)

    kiosk.flow.handle(DeviceConnection(False, port="/dev/ttyUSB0"))
    lost = kiosk.flow.snapshot
    assert lost.state is S.MEASURING and not lost.device_connected
    assert lost.message is MessageCode.DEVICE_DISCONNECTED and lost.profile is not None

    kiosk.flow.handle(DeviceConnection(True, port="/dev/ttyUSB0"))
    back = kiosk.flow.snapshot
    assert back.state is S.MEASURING and back.device_connected and back.message is None

    kiosk.flow.handle(scale_record())
    await kiosk.until(S.REVIEW)


# --- delivery outcomes ------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "code"), [(400, MessageCode.REJECTED), (403, MessageCode.PERMISSION)])
async def test_a_refused_result_ends_in_failed_then_the_start(kiosk: Kiosk, status: int, code: MessageCode) -> None:
    kiosk.sandbox.faults.fail_next(status, count=2, path_prefix=MEASUREMENT_PATH)
    await kiosk.tap_in()
    await kiosk.measure()
    kiosk.flow.confirm()
    failed = await kiosk.until(S.FAILED)
    assert failed.message is code
    assert [s.state for s in failed.submissions] == [DeliveryState.REJECTED]
    assert failed.result == SCALE_RESULT
    kiosk.scheduler.advance(TIMINGS.failed_s)
    assert kiosk.flow.snapshot == SessionSnapshot()


async def test_an_offline_result_is_queued_and_the_done_screen_follows_it_to_sent(kiosk: Kiosk) -> None:
    kiosk.sandbox.faults.fail_next(503, count=1000, path_prefix=MEASUREMENT_PATH)
    await kiosk.tap_in()
    await kiosk.measure()
    kiosk.flow.confirm()
    queued = await kiosk.until(S.DONE)
    assert [(s.state, s.reason) for s in queued.submissions] == [(DeliveryState.PENDING, "offline")]
    assert queued.message is MessageCode.OFFLINE

    kiosk.sandbox.faults.clear()
    sent = await kiosk.until(S.DONE, lambda s: s.submissions[0].state is DeliveryState.SENT)
    assert sent.message is None
    assert len(kiosk.sandbox.measurements()) == 1


# --- actions at the wrong moment ----------------------------------------------------------------


async def test_actions_in_the_wrong_state_are_ignored(kiosk: Kiosk, caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="kiosk.session")
    for action in (kiosk.flow.confirm, kiosk.flow.not_me, kiosk.flow.still_here, kiosk.flow.touch):
        action()
    kiosk.flow.handle(FrameRejected("checksum"))
    kiosk.flow.handle(LiveWeight(float("nan"), stable=True))
    assert kiosk.snapshots == []
    assert "confirm ignored" in caplog.text

    await kiosk.tap_in()
    kiosk.flow.confirm()
    kiosk.flow.still_here()
    assert kiosk.flow.snapshot.state is S.PROFILE

    await kiosk.measure()
    kiosk.flow.still_here()
    kiosk.flow.confirm()
    kiosk.flow.confirm()  # a double tap on "Save" submits once
    await kiosk.until(S.DONE)
    kiosk.flow.not_me()
    kiosk.flow.confirm()
    kiosk.flow.handle(scale_record())  # still on the scale: a repeat, not anyone's new result
    assert kiosk.flow.snapshot.state is S.DONE
    assert "ignoring a body record that arrived in done" in caplog.text
    assert len(kiosk.captured_ids()) == 1 and len(kiosk.sandbox.measurements()) == 1


# --- privacy -----------------------------------------------------------------------------------


async def test_the_session_log_names_no_one(kiosk: Kiosk, caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="kiosk.session")
    await kiosk.tap_in(DANA)
    await kiosk.measure()
    kiosk.flow.confirm()
    await kiosk.until(S.DONE)
    kiosk.flow.handle(card_of(LUKAS))
    await kiosk.until(S.PROFILE)
    kiosk.flow.not_me()
    kiosk.flow.handle(LONG_WALLET_PASS)
    await kiosk.until(S.FAILED)

    session_log = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("kiosk.session"))
    assert "session attract -> identifying" in session_log
    for member in (DANA, LUKAS):
        for secret in (member.first_name, member.last_name, member.uid.hex(), member.uid.hex().upper(), member.user_id):
            assert secret not in session_log
    assert "P" * 65 not in session_log


def test_timings_must_be_seconds() -> None:
    with pytest.raises(ValueError, match="idle_s"):
        FlowTimings(idle_s=-1)
    with pytest.raises(ValueError, match="review_s"):
        FlowTimings(review_s=float("nan"))
