"""Full sessions with DEBUG logging, failures included: no secret or personal value reaches a log."""
from __future__ import annotations

import asyncio
import io
import json
import logging
import re
import time
from pathlib import Path

import httpx
import pytest

from hardware import fields
from hardware.events import CardCredential, CredentialPresented, MeasurementRecord, WalletCredential, WalletPlatform
from hardware.uid import UID_STYLES, render_uid
from kiosk import logsafety
from kiosk.autoplay import SnapshotWaiter, in_state
from kiosk.cloud.egym import EgymClient, EgymIntegration
from kiosk.cloud.egym.client import network_transport
from kiosk.demo import demo_config
from kiosk.logfile import install_file_logging, log_files, remove_file_logging
from kiosk.models import Measurement
from kiosk.outbox.outbox import Outbox
from kiosk.outbox.retry import RetryPolicy
from kiosk.outbox.status import DeliveryState
from kiosk.sandbox import DEMO_API_KEY, DEMO_MEMBERS, SandboxState, serve_loopback
from kiosk.session.flow import FlowTimings, SessionFlow
from kiosk.session.state import SessionState
from kiosk.storage import Database

TIMINGS = FlowTimings(done_s=0.05, failed_s=0.05, review_s=30, submit_timeout_s=5)
MEASUREMENTS = "/api/v1/measurements"
TOKEN = "/api/v1/oauth/token"


class TokenRecorder(httpx.AsyncBaseTransport):
    """The real network transport, noting every token the server hands out."""

    def __init__(self) -> None:
        self._inner = network_transport(None)
        self.tokens: set[str] = set()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        if request.url.path == TOKEN:
            body = await response.aread()
            try:
                reply = json.loads(body)
            except ValueError:
                reply = {}
            if isinstance(reply, dict):
                self.tokens.update(str(reply[key]) for key in ("accessToken", "refreshToken") if reply.get(key))
            return httpx.Response(response.status_code, headers=response.headers, content=body, request=request)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


@pytest.fixture
def debug_logging(tmp_path: Path):
    """DEBUG logging to stderr (a buffer standing in for it) and to the kiosk's log file."""
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    stderr = io.StringIO()
    logsafety.install(logging.DEBUG, stderr)
    log_dir = tmp_path / "logs"
    install_file_logging(log_dir)
    try:
        yield stderr, log_dir
    finally:
        remove_file_logging(log_dir)
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)


async def _wait_drained(outbox: Outbox) -> None:
    changed = asyncio.Event()
    unsubscribe = outbox.subscribe(lambda _id, _status: changed.set())
    try:
        async with asyncio.timeout(30):
            while (await outbox.stats()).unfinished:
                changed.clear()
                await changed.wait()
    finally:
        unsubscribe()


def _forbidden_values(tokens: set[str]) -> dict[str, str]:
    card_member = next(m for m in DEMO_MEMBERS if m.rfid_format == "MIFARE")
    wallet_member = next(m for m in DEMO_MEMBERS if m.wallet_payload and m is not card_member)
    forbidden = {"API key": DEMO_API_KEY}
    forbidden.update({f"token #{n}": token for n, token in enumerate(sorted(tokens))})
    for who, member in (("card member", card_member), ("wallet member", wallet_member)):
        forbidden.update({f"{who}: card UID ({style})": render_uid(member.uid, style) for style in UID_STYLES})
        forbidden[f"{who}: card UID (lower-case hex)"] = member.uid.hex()
        forbidden[f"{who}: RFID sent to EGYM"] = member.rfid
        forbidden[f"{who}: first name"] = member.first_name
        forbidden[f"{who}: last name"] = member.last_name
    forbidden["wallet payload"] = wallet_member.wallet_payload
    return forbidden


def _leaks(text: str, forbidden: dict[str, str]) -> list[str]:
    found = []
    for what, value in forbidden.items():
        pattern = rf"(?<![0-9A-Za-z]){re.escape(value)}(?![0-9A-Za-z])" if value.isalpha() or value.isdigit() else re.escape(value)
        if re.search(pattern, text):
            found.append(what)
    return found


async def test_debug_logs_of_sessions_with_failures_hold_no_secret_or_personal_value(debug_logging, tmp_path: Path) -> None:
    stderr, log_dir = debug_logging
    card_member = next(m for m in DEMO_MEMBERS if m.rfid_format == "MIFARE")
    wallet_member = next(m for m in DEMO_MEMBERS if m.wallet_payload and m is not card_member)
    card = CardCredential(card_member.uid)
    wallet = WalletCredential(wallet_member.wallet_payload, WalletPlatform(wallet_member.wallet_platform))
    state = SandboxState()
    sandbox = serve_loopback(state)
    config = demo_config(sandbox.base_url, database=tmp_path / "kiosk.sqlite3")
    recorder = TokenRecorder()
    client = EgymClient(config.egym, transport=recorder)
    egym = EgymIntegration(client, config.egym)
    database = Database(config.storage.database)
    outbox = Outbox(database, [egym], retry=RetryPolicy(confirm_wait_s=0, base_s=0.05, cap_s=0.2))
    flow = SessionFlow(egym, outbox, timings=TIMINGS)
    waiter = SnapshotWaiter(flow)
    try:
        await outbox.start()

        # The login is refused (401): the member sees the failure screen.
        state.faults.fail_next(401, path_prefix=TOKEN)
        flow.handle(CredentialPresented(card))
        failed = await waiter.until(in_state(SessionState.FAILED, SessionState.PROFILE), 20, "the refused login")
        assert failed.state is SessionState.FAILED
        await waiter.until(in_state(SessionState.ATTRACT), 20, "the attract screen")

        # A full session whose submission meets a 401 (token renewed) and a dropped connection.
        state.faults.fail_next(401, path_prefix=MEASUREMENTS)
        state.faults.drop_next(1, path_prefix=MEASUREMENTS)
        flow.handle(CredentialPresented(card))
        await waiter.until(in_state(SessionState.PROFILE), 20, "the greeting")
        flow.handle(MeasurementRecord("body", {fields.WEIGHT_KG: 71.3, fields.BODY_FAT_PERCENT: 18.2}, model="test"))
        await waiter.until(in_state(SessionState.REVIEW), 20, "the review screen")
        flow.confirm()
        await waiter.until(in_state(SessionState.DONE, SessionState.FAILED), 20, "the submission")
        await waiter.until(in_state(SessionState.ATTRACT), 20, "the attract screen")

        # A wallet pass session whose submission is cut off after EGYM stored it.
        state.faults.drop_next(1, after_processing=True, path_prefix=MEASUREMENTS)
        flow.handle(CredentialPresented(wallet))
        await waiter.until(in_state(SessionState.PROFILE), 20, "the wallet greeting")
        flow.handle(MeasurementRecord("body", {fields.WEIGHT_KG: 64.0}, model="test"))
        await waiter.until(in_state(SessionState.REVIEW), 20, "the review screen")
        flow.confirm()
        await waiter.until(in_state(SessionState.DONE, SessionState.FAILED), 20, "the submission")

        # EGYM refuses a reading with fieldErrors (400): its timestamp is an hour in the future.
        session = await egym.login(card)
        await egym.fetch_profile(session)
        future = Measurement("body", {fields.WEIGHT_KG: 70.0}, timestamp_ms=int(time.time() * 1000) + 3_600_000)
        await outbox.capture(future, session, "label")
        refused = await outbox.deliver_now(future.unique_id, 10)
        assert [status.state for status in refused] == [DeliveryState.REJECTED]

        await _wait_drained(outbox)
        assert len(state.measurements()) == 2
    finally:
        waiter.close()
        await flow.aclose()
        await outbox.aclose()
        await client.aclose()
        database.close()
        sandbox.stop()

    for handler in logging.getLogger().handlers:
        handler.flush()
    written = {"stderr": stderr.getvalue()}
    written.update({path.name: path.read_text(encoding="utf-8") for path in log_files(log_dir)})
    assert "EGYM" in written["stderr"] and "kiosk.log" in written  # both sinks really received the DEBUG log
    assert "DEBUG" in written["kiosk.log"]
    assert len(recorder.tokens) >= 6  # logins, renewals and refreshes happened
    forbidden = _forbidden_values(recorder.tokens)
    leaks = {sink: _leaks(text, forbidden) for sink, text in written.items()}
    assert leaks == {sink: [] for sink in written}
