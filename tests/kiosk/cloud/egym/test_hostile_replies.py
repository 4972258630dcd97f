"""Replies no real EGYM should send, over real HTTP from the loopback sandbox: odd text,
odd numeric headers, deep nesting and oversized bodies. None of them may lose a
measurement or escape as anything but a typed cloud error."""
from __future__ import annotations

import asyncio
import dataclasses
import logging
from pathlib import Path
from typing import AsyncIterator, Iterator

import httpx
import pytest

from hardware import fields
from hardware.events import CardCredential
from kiosk.cloud.egym import CallRetry, EgymClient, EgymIntegration, EgymSettings
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME, DEMO_MEMBERS, EgymSandbox
from kiosk.cloud.errors import BadReply, RateLimited
from kiosk.cloud.reply_body import MAX_REPLY_BYTES
from kiosk.models import Measurement
from kiosk.outbox import history
from kiosk.outbox.outbox import Outbox
from kiosk.outbox.schedule import DeliverySchedule
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.sandbox import RunningSandbox, serve_loopback
from kiosk.storage import Database

MEMBER = DEMO_MEMBERS[0]
NO_RETRIES = CallRetry(max_attempts=1)
WAIT_S = 10.0


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    with serve_loopback(EgymSandbox()) as running:
        yield running


@pytest.fixture
async def client(sandbox: RunningSandbox) -> AsyncIterator[EgymClient]:
    settings = EgymSettings(
        base_url=sandbox.base_url, gym_id=DEMO_GYM_ID, machine_name=DEMO_MACHINE_NAME, api_key=DEMO_API_KEY
    )
    async with EgymClient(settings, retry=NO_RETRIES) as egym:
        yield egym


def kiosk_log(caplog: pytest.LogCaptureFixture) -> str:
    """What the kiosk's own loggers wrote (httpcore's DEBUG trace of raw headers is not ours)."""
    return "\n".join(record.getMessage() for record in caplog.records if record.name.startswith("kiosk"))


def weighing() -> Measurement:
    return Measurement("body", {fields.WEIGHT_KG: 70.2})


# --- text ----------------------------------------------------------------------------


async def test_a_member_whose_name_has_an_unpaired_surrogate_gets_the_reading_stored_and_delivered(
    tmp_path: Path,
) -> None:
    odd = dataclasses.replace(MEMBER, first_name="Dana\ud83d", last_name="\udc00Whitfield")
    with serve_loopback(EgymSandbox(members=[odd])) as sandbox:
        settings = EgymSettings(
            base_url=sandbox.base_url, gym_id=DEMO_GYM_ID, machine_name=DEMO_MACHINE_NAME, api_key=DEMO_API_KEY
        )
        database = Database(tmp_path / "kiosk.sqlite3")
        async with EgymClient(settings, retry=NO_RETRIES) as egym:
            integration = EgymIntegration(egym, settings)
            outbox = Outbox(database, [integration], retry=DeliverySchedule(confirm_wait_s=60))
            await outbox.start()
            try:
                session = await integration.login(CardCredential(odd.uid))
                profile = await integration.fetch_profile(session)
                reading = weighing()

                await outbox.capture(reading, session, profile.display_name)
                statuses = await outbox.deliver_now(reading.unique_id, timeout_s=WAIT_S)
            finally:
                await outbox.aclose()
        stored = await history.item(database, reading.unique_id)
        database.close()
        assert statuses == (DeliveryStatus("egym", DeliveryState.SENT),)
        assert [record["uniqueMeasurementId"] for record in sandbox.state.measurements()] == [reading.unique_id]
    assert profile.first_name == "Dana\ufffd" and profile.display_name == "Dana\ufffd \ufffd."
    assert stored is not None and stored.member_label == "Dana\ufffd \ufffd."


# --- numeric headers -----------------------------------------------------------------


@pytest.mark.parametrize("header", ["X-RateLimit-Remaining", "Retry-After"])
@pytest.mark.parametrize("value", ["\u00b2", "\u0663", "1" * 5000])
async def test_an_odd_numeric_header_on_a_204_does_not_turn_the_stored_measurement_into_a_failure(
    sandbox: RunningSandbox, client: EgymClient, header: str, value: str, caplog: pytest.LogCaptureFixture
) -> None:
    grant = await client.login(CardCredential(MEMBER.uid))
    sandbox.state.faults.headers_next({header: value}, path_prefix="/api/v1/measurements")
    caplog.set_level(logging.DEBUG)

    await client.submit_measurement(weighing(), grant.access_token)

    assert len(sandbox.state.measurements()) == 1
    assert value not in kiosk_log(caplog)


@pytest.mark.parametrize("value", ["\u00b2", "\u0663", "1" * 5000, "-5", "3.5", "soon"])
async def test_a_429_with_an_odd_retry_after_is_a_rate_limit_without_a_wait(
    sandbox: RunningSandbox, client: EgymClient, value: str
) -> None:
    sandbox.state.faults.fail_next(429, headers={"Retry-After": value})

    with pytest.raises(RateLimited) as raised:
        await client.login(CardCredential(MEMBER.uid))

    assert raised.value.retry_after is None


async def test_a_malformed_rate_limit_header_is_reported_by_name_only(
    sandbox: RunningSandbox, client: EgymClient, caplog: pytest.LogCaptureFixture
) -> None:
    sandbox.state.faults.headers_next({"X-RateLimit-Remaining": "\u00b2\u00b3"})
    caplog.set_level(logging.DEBUG)

    await client.login(CardCredential(MEMBER.uid))

    assert "X-RateLimit-Remaining" in kiosk_log(caplog)
    assert "\u00b2\u00b3" not in kiosk_log(caplog)


# --- bodies --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["deep", "oversized"])
async def test_deeply_nested_or_oversized_replies_are_bad_replies(
    sandbox: RunningSandbox, client: EgymClient, kind: str
) -> None:
    sandbox.state.faults.garbage_next(kind=kind)

    with pytest.raises(BadReply):
        await client.login(CardCredential(MEMBER.uid))

    assert sandbox.state.stats()["logins"] == 0



class EndlessBody(httpx.AsyncByteStream):
    """A reply body that never ends; counts what the client read of it."""

    def __init__(self) -> None:
        self.sent = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunk = b'{"padding": "' + b"x" * 65_536
        while True:
            await asyncio.sleep(0)  # a network would let other tasks (and a timeout) run
            self.sent += len(chunk)
            yield chunk


async def test_a_reply_body_that_never_ends_is_cut_off_as_a_bad_reply() -> None:
    body = EndlessBody()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=body))
    settings = EgymSettings(base_url="https://egym.invalid", gym_id=DEMO_GYM_ID, machine_name=DEMO_MACHINE_NAME,
                            api_key=DEMO_API_KEY)
    async with EgymClient(settings, retry=NO_RETRIES, transport=transport) as egym:
        with pytest.raises(BadReply, match="too large"):
            await asyncio.wait_for(egym.login(CardCredential(MEMBER.uid)), WAIT_S)
    assert body.sent <= MAX_REPLY_BYTES + 2 * 65_536


async def test_a_reply_announcing_an_oversized_body_is_refused_before_reading_it() -> None:
    body = EndlessBody()
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, headers={"Content-Length": str(50 * MAX_REPLY_BYTES)}, stream=body)
    )
    settings = EgymSettings(base_url="https://egym.invalid", gym_id=DEMO_GYM_ID, machine_name=DEMO_MACHINE_NAME,
                            api_key=DEMO_API_KEY)
    async with EgymClient(settings, retry=NO_RETRIES, transport=transport) as egym:
        with pytest.raises(BadReply, match="too large"):
            await asyncio.wait_for(egym.login(CardCredential(MEMBER.uid)), WAIT_S)
    assert body.sent == 0
