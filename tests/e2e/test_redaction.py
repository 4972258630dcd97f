"""Full sessions with DEBUG logging, failures included: no secret or personal value reaches a log.

Nor the trainer's CSV export, the database's error columns or the support bundle. The
members and EGYM's error text carry every shape personal data takes in practice: card
numbers in lower case, colon-separated and decimal, names in another case or Unicode
normalisation, a two-letter name, e-mail addresses, birth dates and a lower-case hex token.
"""
from __future__ import annotations

import asyncio
import csv
import dataclasses
import io
import json
import logging
import re
import sqlite3
import time
import unicodedata
import zipfile
from contextlib import closing
from pathlib import Path

import httpx
import pytest

from hardware import fields
from hardware.events import CardCredential, CredentialPresented, MeasurementRecord, WalletCredential, WalletPlatform
from hardware.uid import UID_STYLES, render_uid
from harness.autoplay import SnapshotWaiter, in_state
from harness.demo import demo_config
from kiosk import logsafety
from kiosk.cloud.egym import EgymClient, EgymIntegration
from kiosk.cloud.transport import network_transport
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_MEMBERS, DemoMember, EgymSandbox
from kiosk.models import Measurement
from kiosk.outbox.history import recent
from kiosk.outbox.outbox import Outbox
from kiosk.outbox.schedule import DeliverySchedule
from kiosk.outbox.status import DeliveryState
from kiosk.runtime.logfile import install_file_logging, log_files, remove_file_logging
from kiosk.sandbox import serve_loopback
from kiosk.session.flow import FlowTimings, SessionFlow
from kiosk.session.state import SessionState
from kiosk.storage import Database
from kiosk.support.diagnostics import build_bundle
from kiosk.trainer.export import write_csv
from tests.kiosk.support import write_site

TIMINGS = FlowTimings(failed_s=0.05, review_s=30, submit_timeout_s=5)
MEASUREMENTS = "/api/v1/measurements"
TOKEN = "/api/v1/oauth/token"

# A card member with an accented first name, a two-letter last name, an e-mail address and a
# card whose big-endian decimal needs zero padding; the wallet member is a demo member with an e-mail.
CARD_MEMBER = DemoMember(
    user_id="-6q1zt84mw2vd", encrypted_user_id=8120374659213370042, first_name="Zoë", last_name="Ng",
    gender="FEMALE", date_of_birth="1991-07-23", height_cm=165.0, weight_kg=59.0, locale="en_GB",
    unit_system="METRIC", training_goal="FITNESS", uid=bytes.fromhex("0B5E3A71"), email="zoe.ng@example.org",
)
WALLET_MEMBER = dataclasses.replace(
    next(m for m in DEMO_MEMBERS if m.wallet_payload and m.rfid_format == "MIFARE"), email="dana.w@example.com"
)
HEX_TOKEN = "9b1d5e0c7a3f48e2b6d1c0a9f8e7d6c5b4a39281"  # a session id in a server message: nobody registered it


def _german_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}.{month}.{year}"


def _us_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{month}/{day}/{year}"


def _personal_forms() -> dict[str, str]:
    """Each shape of personal data the server's error text below carries."""
    uid, nfd_first = CARD_MEMBER.uid, unicodedata.normalize("NFD", CARD_MEMBER.first_name)
    return {
        "card UID, lower-case hex": uid.hex(),
        "card UID, colon-separated": uid.hex(":").upper(),
        "card UID, reversed and dash-separated": uid[::-1].hex("-"),
        "card UID, decimal (little-endian)": render_uid(uid, "dec_le32"),
        "card UID, decimal (big-endian, padded)": render_uid(uid, "dec_be32_10"),
        "first name, NFD": nfd_first,
        "first name, NFD upper case": nfd_first.upper(),
        "two-letter last name": CARD_MEMBER.last_name,
        "last name, upper case": WALLET_MEMBER.last_name.upper(),
        "e-mail": CARD_MEMBER.email or "",
        "e-mail, other member": WALLET_MEMBER.email or "",
        "birth date, ISO": CARD_MEMBER.date_of_birth,
        "birth date, DD.MM.YYYY": _german_date(WALLET_MEMBER.date_of_birth),
        "birth date, MM/DD/YYYY": _us_date(CARD_MEMBER.date_of_birth),
        "lower-case hex token": HEX_TOKEN,
    }


def _server_error_text() -> dict[str, object]:
    """EGYM's ErrorDTO for the refused reading, each part within the 160 characters the kiosk keeps."""
    f = _personal_forms()
    return {
        "message": f"card {f['card UID, lower-case hex']} ({f['card UID, colon-separated']}, "
                   f"{f['card UID, reversed and dash-separated']}, {f['card UID, decimal (little-endian)']}, "
                   f"{f['card UID, decimal (big-endian, padded)']}) is linked to another member",
        "fieldErrors": [
            {"name": "member", "message": f"{f['first name, NFD']} {f['two-letter last name']} "
                                          f"({f['first name, NFD upper case']}), {f['e-mail']}, "
                                          f"born {f['birth date, ISO']}, also {f['birth date, MM/DD/YYYY']}"},
            {"name": "owner", "message": f"{f['last name, upper case']} <{f['e-mail, other member']}> "
                                         f"born {f['birth date, DD.MM.YYYY']}"},
            {"name": "session", "message": f"session {HEX_TOKEN} does not match"},
        ],
    }


class TokenRecorder(httpx.AsyncBaseTransport):
    """The real network transport, noting every token the server hands out.

    While ``error_text`` is set, an error reply to a measurement carries it as EGYM's
    ErrorDTO message and field errors instead of the sandbox's own text.
    """

    def __init__(self) -> None:
        self._inner = network_transport(None)
        self.tokens: set[str] = set()
        self.error_text: dict[str, object] | None = None
        self.injected = 0

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
        if request.url.path.startswith(MEASUREMENTS) and response.status_code >= 400 and self.error_text:
            reply = json.loads(await response.aread())
            reply.update(self.error_text)
            self.injected += 1
            headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
            return httpx.Response(response.status_code, headers=headers, json=reply, request=request)
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
    """Secrets and personal data: none may appear anywhere, in any case or normalisation."""
    forbidden = {"API key": DEMO_API_KEY}
    forbidden.update({f"token #{n}": token for n, token in enumerate(sorted(tokens))})
    for who, member in (("card member", CARD_MEMBER), ("wallet member", WALLET_MEMBER)):
        forbidden.update({f"{who}: card UID ({style})": render_uid(member.uid, style) for style in UID_STYLES})
        forbidden[f"{who}: card UID (colon-separated)"] = member.uid.hex(":")
        forbidden[f"{who}: RFID sent to EGYM"] = member.rfid
        forbidden[f"{who}: user id"] = member.user_id
        forbidden[f"{who}: e-mail"] = member.email or ""
        forbidden[f"{who}: birth date"] = member.date_of_birth
        forbidden[f"{who}: first name"] = member.first_name
        forbidden[f"{who}: last name"] = member.last_name
    forbidden["wallet payload"] = WALLET_MEMBER.wallet_payload or ""
    forbidden.update(_personal_forms())
    return forbidden


def _fold(text: str) -> str:
    """Case and Unicode normalisation set aside, so a name in another form still counts as a leak."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())


def _leaks(text: str, forbidden: dict[str, str]) -> list[str]:
    found = []
    folded = _fold(text)
    for what, value in forbidden.items():
        value = _fold(value)
        pattern = rf"(?<![^\W_]){re.escape(value)}(?![^\W_])" if value.isalnum() else re.escape(value)
        if re.search(pattern, folded):
            found.append(what)
    return found


def _export_texts(csv_path: Path, database: Path) -> dict[str, str]:
    """The trainer's CSV export and the delivery rows behind its reason columns.

    The export's "member" column is the label trainers pick results by (first name and
    initial), on purpose; every other cell is checked.
    """
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    member = rows[0].index("member")
    export = "\n".join(",".join(cell for i, cell in enumerate(row) if i != member) for row in rows)
    with closing(sqlite3.connect(database)) as connection:
        deliveries = connection.execute("SELECT last_error_reason, last_error_detail, field_errors FROM deliveries")
        stored = "\n".join(" ".join(str(cell) for cell in row) for row in deliveries)
    return {"CSV export": export, "deliveries table": stored}


def _bundle_texts(bundle: Path) -> dict[str, str]:
    with zipfile.ZipFile(bundle) as archive:
        return {f"bundle {name}": archive.read(name).decode("utf-8") for name in archive.namelist()}


async def test_debug_logs_exports_and_bundle_of_sessions_with_failures_hold_no_secret_or_personal_value(
    debug_logging, tmp_path: Path
) -> None:
    stderr, log_dir = debug_logging
    card = CardCredential(CARD_MEMBER.uid)
    wallet = WalletCredential(WALLET_MEMBER.wallet_payload, WalletPlatform(WALLET_MEMBER.wallet_platform))
    state = EgymSandbox(members=(CARD_MEMBER, WALLET_MEMBER, *DEMO_MEMBERS[1:]))
    sandbox = serve_loopback(state)
    config_path = write_site(tmp_path, sandbox.base_url)
    config = demo_config(sandbox.base_url, database=tmp_path / "data" / "kiosk.sqlite3")
    recorder = TokenRecorder()
    client = EgymClient(config.egym, transport=recorder)
    egym = EgymIntegration(client, config.egym)
    database = Database(config.storage.database)
    outbox = Outbox(database, [egym], retry=DeliverySchedule(confirm_wait_s=0, base_s=0.05, cap_s=0.2))
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
        flow.finish()  # the member taps "Done"
        await waiter.until(in_state(SessionState.ATTRACT), 20, "the attract screen")

        # A wallet pass session whose submission is cut off after EGYM stored it.
        state.faults.drop_next(1, after_processing=True, path_prefix=MEASUREMENTS)
        flow.handle(CredentialPresented(wallet))
        await waiter.until(in_state(SessionState.PROFILE), 20, "the wallet greeting")
        flow.handle(MeasurementRecord("body", {fields.WEIGHT_KG: 64.0}, model="test"))
        await waiter.until(in_state(SessionState.REVIEW), 20, "the review screen")
        flow.confirm()
        await waiter.until(in_state(SessionState.DONE, SessionState.FAILED), 20, "the submission")

        # EGYM refuses a reading (400): its timestamp is an hour in the future, and its error
        # text repeats the member's card number, names, e-mail, birth date and a session id.
        session = await egym.login(card)
        profile = await egym.fetch_profile(session)
        future = Measurement("body", {fields.WEIGHT_KG: 70.0}, timestamp_ms=int(time.time() * 1000) + 3_600_000)
        await outbox.capture(future, session, profile.display_name)
        recorder.error_text = _server_error_text()
        refused = await outbox.deliver_now(future.unique_id, 10)
        recorder.error_text = None
        assert [status.state for status in refused] == [DeliveryState.REJECTED] and recorder.injected == 1

        await _wait_drained(outbox)
        assert len(state.measurements()) == 2
        csv_path = write_csv(await recent(database, limit=100), tmp_path / "exports")
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
    written.update(_export_texts(csv_path, config.storage.database))
    written.update(_bundle_texts(build_bundle(config_path, tmp_path / "bundle.zip", log_dir=log_dir, checks=[])))
    # EGYM's error text itself reached the log, the export and the bundle: only the personal data is gone.
    for sink in ("stderr", "kiosk.log", "CSV export", "deliveries table", "bundle logs/kiosk.log"):
        assert "is linked to another member" in written[sink] and "does not match" in written[sink], sink
    forbidden = _forbidden_values(recorder.tokens)
    leaks = {sink: _leaks(text, forbidden) for sink, text in written.items()}
    assert leaks == {sink: [] for sink in written}
