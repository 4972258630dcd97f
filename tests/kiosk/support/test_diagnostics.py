"""The support bundle: after a fully logged session against the sandbox it holds no secret and no member data."""
from __future__ import annotations

import asyncio
import json
import logging
import re
import sqlite3
import stat
import unicodedata
import zipfile
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pytest

from hardware import fields
from hardware.events import CardCredential
from hardware.uid import UID_STYLES, render_uid
from kiosk.cloud.egym import EgymClient, EgymIntegration
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_MEMBERS, EgymSandbox
from kiosk.cloud.egym.settings import DEFAULT_API_KEY_ENV
from kiosk.config.loader import DeviceConfig
from kiosk.config.loader import load_config
from kiosk.logsafety import MASK, forget_secret, register_secret, scrub
from kiosk.models import Measurement
from kiosk.outbox.outbox import Outbox
from kiosk.outbox.status import DeliveryState
from kiosk.runtime.devices import DEVICE_COUNTERS, DeviceHub
from kiosk.runtime.logfile import install_file_logging, log_path, remove_file_logging
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_MEMBERS, SandboxState
from kiosk.sandbox import RunningSandbox, serve_loopback
from kiosk.storage import MIGRATIONS, Database
from kiosk.support.check import CheckResult
from kiosk.support.commands import diagnostics_main
from kiosk.support.diagnostics import Redactor, build_bundle
from tests.kiosk.support import write_site

log = logging.getLogger("tests.kiosk.support.kiosk_session")


@dataclass
class Leaks:
    """Everything that must never reach a support bundle, gathered while the scenario ran."""

    values: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    measurement_ids: list[str] = field(default_factory=list)


@pytest.fixture(autouse=True)
def no_key_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DEFAULT_API_KEY_ENV, raising=False)


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    with serve_loopback(EgymSandbox()) as running:
        yield running


@pytest.fixture
def log_dir(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> Iterator[Path]:
    directory = tmp_path / "data"
    caplog.set_level(logging.DEBUG)
    install_file_logging(directory)
    yield directory
    remove_file_logging(directory)


async def run_logged_sessions(config_path: Path) -> Leaks:
    """Two members tap, are greeted, weighed and delivered through the outbox; tokens are refreshed."""
    config = load_config(config_path)
    leaks = Leaks(values={config.egym.api_key})
    register_secret(config.egym.api_key)
    database = Database(config.storage.database)
    try:
        async with EgymClient(config.egym) as client:
            egym = EgymIntegration(client, config.egym)
            outbox = Outbox(database, [egym])
            await outbox.start()
            for member in DEMO_MEMBERS[:2]:
                renderings = [render_uid(member.uid, style) for style in UID_STYLES]
                register_secret(*renderings)
                session = await egym.login(CardCredential(member.uid, reader_id="door"))
                first_tokens = (session.access_token, session.refresh_token)
                register_secret(*first_tokens)
                profile = await egym.fetch_profile(session)
                personal = (profile.first_name, profile.last_name, profile.display_name, profile.user_id)
                register_secret(*personal)
                log.debug("card %s logged in %s %s (%s)", renderings[0], profile.first_name, profile.last_name, profile.user_id)
                log.debug("using Authorization: Bearer %s, refresh token %s", *first_tokens)
                measurement = Measurement("body", {fields.WEIGHT_KG: member.weight_kg}, device_model="MC-780")
                await outbox.capture(measurement, session, member_label=profile.display_name)
                statuses = await outbox.deliver_now(measurement.unique_id, timeout_s=10)
                assert [status.state for status in statuses] == [DeliveryState.SENT]
                log.info("measurement %s delivered for %s", measurement.unique_id, profile.display_name)
                await egym.reauthenticate(session)  # the refresh grant issues new tokens
                register_secret(session.access_token, session.refresh_token)
                issued = (*first_tokens, session.access_token, session.refresh_token)
                leaks.values.update(value for value in (*renderings, *issued, profile.user_id) if value)
                leaks.names.update((profile.first_name, profile.last_name))
                leaks.measurement_ids.append(measurement.unique_id)
                forget_secret(*renderings, *first_tokens, *personal, session.access_token, session.refresh_token)
            await outbox.aclose()
    finally:
        database.close()
        forget_secret(config.egym.api_key)
    return leaks


def write_unredacted_old_log(log_dir: Path, leaks: Leaks) -> None:
    """A rotated log from a build that did not redact, with the secrets in the shapes logs carry them."""
    member = DEMO_MEMBERS[0]
    uid_texts = " ".join(render_uid(member.uid, style) for style in UID_STYLES)
    tokens = sorted(value for value in leaks.values if len(value) > 40)
    lines = [
        f"DEBUG old: POST /api/v1/oauth/token headers={{'x-api-key': '{DEMO_API_KEY}'}}",
        f'DEBUG old: body {{"grantType": "RFID", "rfid": "{member.uid.hex().upper()}", "rfidFormat": "MIFARE"}}',
        f"DEBUG old: card read as {uid_texts}",
        f"DEBUG old: card {member.uid.hex(':').upper()} presented",
        f"DEBUG old: member Dana W. ({member.user_id}) greeted",
        *(f'DEBUG old: reply {{"accessToken": "{token}", "refreshToken": "{token}"}}' for token in tokens),
        *(f"DEBUG old: Authorization: Bearer {token}" for token in tokens),
        f"INFO old: measurement {leaks.measurement_ids[0]} stored",
    ]
    log_path(log_dir).with_name("kiosk.log.1").write_text("\n".join(lines) + "\n")


def bundle_texts(bundle: Path) -> dict[str, str]:
    with zipfile.ZipFile(bundle) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_bundle_after_a_logged_session_holds_no_secret_and_no_member_data(
    tmp_path: Path, sandbox: RunningSandbox, log_dir: Path
) -> None:
    config_path = write_site(tmp_path, sandbox.base_url)
    leaks = asyncio.run(run_logged_sessions(config_path))
    write_unredacted_old_log(log_dir, leaks)
    assert sum(len(value) > 40 for value in leaks.values) == 8  # access + refresh token, twice, per member
    # The sessions ended: no card number or user id is registered now (tokens are masked by their shape anyway).
    assert all(scrub(value) == value for value in leaks.values if len(value) <= 40)

    bundle = build_bundle(config_path, tmp_path / "support.zip", log_dir=log_dir, listen_s=0.2)

    texts = bundle_texts(bundle)
    assert {"README.txt", "versions.json", "checks.json", "devices.json", "outbox.json", "config.json",
            "logs/kiosk.log", "logs/kiosk.log.1"} <= set(texts)
    for name, text in texts.items():
        for value in leaks.values:
            assert value not in text, f"{name} leaks a secret or card number"
        for member_name in leaks.names:
            assert not re.search(rf"\b{re.escape(member_name)}\b", text), f"{name} leaks a member name"
    assert MASK in texts["logs/kiosk.log.1"] and MASK in texts["logs/kiosk.log"]
    assert all(unique_id in texts["logs/kiosk.log"] for unique_id in leaks.measurement_ids)  # ids stay traceable
    assert stat.S_IMODE(bundle.stat().st_mode) == 0o600


def test_no_file_of_the_bundle_holds_an_e_mail_birth_date_or_name(tmp_path: Path, log_dir: Path) -> None:
    """Config, check results, device counters and an old unredacted log all carry a member's data."""
    personal = "Zoë's scale, ask zoe.ng@example.org (born 1991-07-23)"
    config_path = write_site(tmp_path, "http://127.0.0.1:9")
    config_path.write_text(config_path.read_text().replace('name = "Test scale"', f'name = "{personal}"'))
    (tmp_path / "data").mkdir(exist_ok=True)
    with closing(Database(tmp_path / "data" / "kiosk.sqlite3")):
        pass  # the schema, as the kiosk leaves it
    with closing(sqlite3.connect(tmp_path / "data" / "kiosk.sqlite3")) as connection, connection:
        connection.execute(
            "INSERT INTO measurements (unique_id, kind, timestamp_ms, values_json, member_label, member_key, captured_at)"
            " VALUES ('538b671a075a41208da2a4177c233f86', 'body', 0, '{}', 'Zoë N.', '9b1d4c2e7a8f4d3b', 0)"
        )
        connection.execute(  # the member's EGYM account, linked to the kiosk's key for them
            "INSERT INTO member_accounts (platform, account_id, member_key) VALUES ('egym', '-6q1zt84mw2vd', '9b1d4c2e7a8f4d3b')"
        )
    counters = {"devices": [{"protocol": "uid-lines", "frames": 12, "last_error": f"card of {personal}"}]}
    (tmp_path / "data" / DEVICE_COUNTERS).write_text(json.dumps(counters))
    nfd_upper = unicodedata.normalize("NFD", "ZOË")
    log_path(log_dir).with_name("kiosk.log.1").write_text(
        f"2024-05-01 10:00:00,123 DEBUG old: greeted {nfd_upper} (-6q1zt84mw2vd), e-mail zoe.ng@example.org\n"
        "2024-05-01 10:00:01,456 DEBUG old: profile dateOfBirth 23.07.1991 / 07/23/1991\n"
    )
    checks = [CheckResult("EGYM cloud", False, f"refused for {personal}, born 23.07.1991")]

    texts = bundle_texts(build_bundle(config_path, tmp_path / "b.zip", log_dir=log_dir, checks=checks))

    for name, text in texts.items():
        folded = unicodedata.normalize("NFKD", text).casefold()
        for trace in ("zoe", "example.org", "1991", "6q1zt84mw2vd"):
            assert trace not in folded, f"{name} holds {trace!r}"
    assert json.loads(texts["config.json"])["config"]["station"]["type"] == "scale"
    assert json.loads(texts[DEVICE_COUNTERS])["devices"][0]["frames"] == 12
    assert "2024-05-01 10:00:00,123 DEBUG old: greeted" in texts["logs/kiosk.log.1"]  # timestamps stay



def test_a_database_not_upgraded_yet_still_has_its_member_names_and_ids_masked(tmp_path: Path, log_dir: Path) -> None:
    """Diagnostics may run before the new kiosk has started (and upgraded the database), e.g. when it fails to."""
    config_path = write_site(tmp_path, "http://127.0.0.1:9")
    (tmp_path / "data").mkdir(exist_ok=True)
    with closing(Database(tmp_path / "data" / "kiosk.sqlite3", migrations=MIGRATIONS[:2])):
        pass  # the schema of the release before member keys
    with closing(sqlite3.connect(tmp_path / "data" / "kiosk.sqlite3")) as connection, connection:
        connection.execute(
            "INSERT INTO measurements (unique_id, kind, timestamp_ms, values_json, member_label, user_id, captured_at)"
            " VALUES ('538b671a075a41208da2a4177c233f86', 'body', 0, '{}', 'Zoë N.', '-6q1zt84mw2vd', 0)"
        )
    log_path(log_dir).with_name("kiosk.log.1").write_text("DEBUG old: greeted Zoë N. (-6q1zt84mw2vd)\n")

    texts = bundle_texts(build_bundle(config_path, tmp_path / "b.zip", log_dir=log_dir))

    assert "Zoë" not in texts["logs/kiosk.log.1"] and "6q1zt84mw2vd" not in texts["logs/kiosk.log.1"]


def test_bundle_reports_config_versions_checks_and_outbox_counts(
    tmp_path: Path, sandbox: RunningSandbox, log_dir: Path
) -> None:
    config_path = write_site(tmp_path, sandbox.base_url)
    asyncio.run(run_logged_sessions(config_path))

    texts = bundle_texts(build_bundle(config_path, tmp_path, log_dir=log_dir, listen_s=0.2))

    config = json.loads(texts["config.json"])
    assert config["included"] and config["config"]["egym"]["api_key_file"] == "«removed»"
    assert config["config"]["egym"]["gym_id"] == 130 and config["config"]["device"]["protocol"] == "tanita"
    versions = json.loads(texts["versions.json"])
    assert {"python", "os", "qt", "PySide6-Essentials", "httpx", "nfcpy", "pyserial", "gym-kiosk"} <= set(versions)
    checks = json.loads(texts["checks.json"])
    assert [c["name"] for c in checks][-1] == "EGYM cloud" and all(c["ok"] for c in checks)
    outbox = json.loads(texts["outbox.json"])
    assert outbox["measurements"] == 2 and outbox["deliveries"] == {"egym": {"sent": 2}}
    assert "member_label" not in texts["outbox.json"]


def test_bundle_carries_the_running_kiosks_device_counters(tmp_path: Path, sandbox: RunningSandbox, log_dir: Path) -> None:
    config_path = write_site(tmp_path, sandbox.base_url)
    (tmp_path / "data").mkdir(exist_ok=True)
    hub = DeviceHub([DeviceConfig(role="reader", protocol="uid-lines", port=str(tmp_path / "no-such-port"))], lambda event: None)
    hub.write_counters(tmp_path / "data" / DEVICE_COUNTERS)  # what the kiosk saves every minute

    texts = bundle_texts(build_bundle(config_path, tmp_path, log_dir=log_dir, listen_s=0.2))

    devices = json.loads(texts[DEVICE_COUNTERS])["devices"]
    assert devices[0]["protocol"] == "uid-lines" and devices[0]["frames_rejected"] == 0


def test_unreadable_config_is_left_out_rather_than_copied(tmp_path: Path, log_dir: Path) -> None:
    config_path = tmp_path / "config.toml"
    config_path.write_text('[egym]\napi_key = "pasted-key-1234" = broken\n')
    texts = bundle_texts(build_bundle(config_path, tmp_path / "b.zip", log_dir=log_dir, listen_s=0.2))
    config = json.loads(texts["config.json"])
    assert not config["included"] and "not valid TOML" in config["reason"]
    assert all("pasted-key-1234" not in text for text in texts.values())


def test_diagnostics_command_writes_the_bundle(
    tmp_path: Path, log_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config_path = write_site(tmp_path, "http://127.0.0.1:9")
    out = tmp_path / "bundle.zip"
    args = ["--out", str(out), "--config", str(config_path), "--log-dir", str(log_dir), "--listen", "0.2"]
    assert diagnostics_main(args) == 0
    assert zipfile.is_zipfile(out) and f"written to {out}" in capsys.readouterr().out


def test_log_file_is_owner_only_redacted_and_installed_once(tmp_path: Path, log_dir: Path) -> None:
    register_secret("member-secret-123")
    try:
        logging.getLogger("tests.kiosk.support").warning("value %s", "member-secret-123")
    finally:
        forget_secret("member-secret-123")
    assert install_file_logging(log_dir) == log_path(log_dir)
    handlers = [h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None) == str(log_path(log_dir))]
    assert len(handlers) == 1
    handlers[0].flush()
    text = log_path(log_dir).read_text()
    assert f"value {MASK}" in text and "member-secret-123" not in text
    assert stat.S_IMODE(log_path(log_dir).stat().st_mode) == 0o600


@pytest.mark.parametrize(
    "text, kept",
    [
        ("measurement 3f2b8c1e-9a4d-4c1b-8e2f-0123456789ab stored", "3f2b8c1e-9a4d-4c1b-8e2f-0123456789ab"),
        ("measurement 538b671a075a41208da2a4177c233f86 stored", "538b671a075a41208da2a4177c233f86"),
        ("DEBUG old: Authorization: Bearer Zk3jQ0pLr8sVtWq2nXyA5bC7dE9fG1hJ", "Authorization: Bearer «redacted»"),
        ("module kiosk.outbox.outbox_delivery_worker_started", "outbox_delivery_worker_started"),
        ("2024-05-01 10:00:00,123 INFO took 12.5 ms", "2024-05-01 10:00:00,123"),
    ],
)
def test_redaction_keeps_what_support_needs(text: str, kept: str) -> None:
    assert kept in Redactor().redact(text)


@pytest.mark.parametrize(
    "text, secret",
    [
        ("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl seen", "eyJhbGciOiJIUzI1NiJ9"),
        ("refresh_token=Zk3jQ0pLr8sVtWq2nXyA5bC7dE9fG1hJ", "Zk3jQ0pLr8sVtWq2nXyA5bC7dE9fG1hJ"),
        ("card 04:6E:3A:12:5B:80:90 read", "04:6E:3A:12:5B:80:90"),
        ("uid 3379698596 presented", "3379698596"),
    ],
)
def test_redaction_masks_secret_shapes_nobody_registered(text: str, secret: str) -> None:
    assert secret not in Redactor().redact(text)
