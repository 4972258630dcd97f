"""Measurements reach the EGYM sandbox exactly once, through failures, limits and retries."""
from __future__ import annotations

import dataclasses
import time
from typing import AsyncIterator, Callable

import httpx
import pytest

from hardware import fields
from hardware.events import CardCredential
from kiosk.cloud.egym import CallRetry, EgymClient, EgymSettings, RefusedLocally
from kiosk.cloud.egym.sandbox import (
    DEMO_API_KEY,
    DEMO_GYM_ID,
    DEMO_MACHINE_NAME,
    DEMO_MEMBERS,
    SandboxState,
    create_app,
)
from kiosk.cloud.errors import AuthExpired, BadReply, PermissionDenied, RateLimited, Rejected, Transient
from kiosk.models import Measurement

MEMBER = DEMO_MEMBERS[0]
EIGHT_DAYS_MS = 8 * 24 * 3600 * 1000


class RecordedWaits:
    """The client's retry waits, passed on as zero-length sleeps so tests stay fast."""

    def __init__(self) -> None:
        self.seconds: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.seconds.append(seconds)


@pytest.fixture
def state() -> SandboxState:
    return SandboxState(api_keys={DEMO_API_KEY: DEMO_GYM_ID})


@pytest.fixture
def waits() -> RecordedWaits:
    return RecordedWaits()


@pytest.fixture
async def connect(state: SandboxState, waits: RecordedWaits) -> AsyncIterator[Callable[..., EgymClient]]:
    clients: list[EgymClient] = []

    def make(retry: CallRetry = CallRetry(max_attempts=3, base_delay_s=0.5, max_retry_after_s=30), **changes: object) -> EgymClient:
        settings = dataclasses.replace(
            EgymSettings(base_url="http://egym-sandbox.local", gym_id=DEMO_GYM_ID, machine_name=DEMO_MACHINE_NAME, api_key=DEMO_API_KEY),
            **changes,
        )
        client = EgymClient(settings, retry=retry, transport=httpx.ASGITransport(app=create_app(state)), sleep=waits)
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.aclose()


@pytest.fixture
async def client(connect: Callable[..., EgymClient]) -> EgymClient:
    return connect()


@pytest.fixture
async def token(client: EgymClient) -> str:
    return (await client.login(CardCredential(MEMBER.uid))).access_token


def scale_reading(**values: float) -> Measurement:
    return Measurement("body", values or {fields.WEIGHT_KG: 72.5, fields.BODY_FAT_PERCENT: 18.2, fields.MUSCLE_SCORE: 4.0})


async def test_a_body_measurement_is_stored_under_egym_metric_names(client: EgymClient, token: str, state: SandboxState) -> None:
    reading = scale_reading()
    await client.submit_measurement(reading, token)
    [stored] = state.measurements("body")
    assert stored["data"] == {"WEIGHT_KG": 72.5, "BODY_FAT_PERCENTS": 18.2}  # muscle score has no EGYM metric
    assert (stored["uniqueMeasurementId"], stored["timestamp"]) == (reading.unique_id, reading.timestamp_ms)
    assert (stored["userId"], stored["machineName"], stored["gymId"]) == (MEMBER.user_id, DEMO_MACHINE_NAME, DEMO_GYM_ID)


async def test_cardio_and_flexibility_go_to_their_own_endpoints(connect, state: SandboxState) -> None:
    client = connect(metric_map={"body": {}, "cardio": {fields.HEART_RATE_BPM: "HEART_RATE_BPM"}, "flexibility": {fields.REACH_CM: "TOTAL_SCORE"}})
    token = (await client.login(CardCredential(MEMBER.uid))).access_token
    await client.submit_measurement(Measurement("cardio", {fields.HEART_RATE_BPM: 128.0, fields.DISTANCE_M: 2400.0}), token)
    await client.submit_measurement(Measurement("flexibility", {fields.REACH_CM: 31.0}), token)
    assert [m["data"] for m in state.measurements("cardio")] == [{"HEART_RATE_BPM": 128.0}]
    assert [m["data"] for m in state.measurements("flexibility")] == [{"TOTAL_SCORE": 31.0}]


async def test_sending_the_same_measurement_twice_stores_it_once(client: EgymClient, token: str, state: SandboxState) -> None:
    reading = scale_reading()
    await client.submit_measurement(reading, token)
    await client.submit_measurement(reading, token)
    assert len(state.measurements()) == 1
    assert state.stats()["duplicates"] == 1


async def test_a_reply_lost_after_storing_is_retried_and_stored_once(
    client: EgymClient, token: str, state: SandboxState
) -> None:
    state.faults.drop_next(after_processing=True, path_prefix="/api/v1/measurements")
    await client.submit_measurement(scale_reading(), token)
    assert len(state.measurements()) == 1
    assert state.stats()["duplicates"] == 1


async def test_an_unexpected_200_body_is_not_taken_as_stored(client: EgymClient, token: str, state: SandboxState) -> None:
    state.faults.garbage_next(kind="json", path_prefix="/api/v1/measurements")  # answered 200, nothing stored
    await client.submit_measurement(scale_reading(), token)  # retried until EGYM really answers 204
    assert len(state.measurements()) == 1


async def test_a_measurement_with_nothing_egym_knows_is_refused_without_a_request(
    client: EgymClient, token: str, state: SandboxState
) -> None:
    before = state.stats()["requestsByStatus"]
    with pytest.raises(ValueError, match="finite number"):  # a value that is not a number never gets this far
        scale_reading(**{fields.MUSCLE_SCORE: 4.0, fields.WEIGHT_KG: float("nan")})
    with pytest.raises(RefusedLocally, match=r"egym\.metrics\.body"):
        await client.submit_measurement(scale_reading(**{fields.MUSCLE_SCORE: 4.0}), token)
    assert state.stats()["requestsByStatus"] == before
    assert state.measurements() == []


async def test_an_old_measurement_comes_back_with_field_errors(client: EgymClient, token: str, state: SandboxState) -> None:
    stale = dataclasses.replace(scale_reading(), timestamp_ms=int(time.time() * 1000) - EIGHT_DAYS_MS)
    with pytest.raises(Rejected) as error:
        await client.submit_measurement(stale, token)
    assert error.value.status == 400
    assert [f.name for f in error.value.field_errors] == ["timestamp"]
    assert state.stats()["requestsByStatus"].get("400") == 1  # a rejection is final: no retry


async def test_server_errors_are_retried_with_growing_waits(
    client: EgymClient, token: str, state: SandboxState, waits: RecordedWaits
) -> None:
    state.faults.fail_next(503, count=2, path_prefix="/api/v1/measurements")
    await client.submit_measurement(scale_reading(), token)
    assert len(state.measurements()) == 1
    assert len(waits.seconds) == 2
    assert 0.25 <= waits.seconds[0] <= 0.5 <= waits.seconds[1] <= 1.0


async def test_server_errors_beyond_the_attempt_budget_surface_as_transient(
    client: EgymClient, token: str, state: SandboxState
) -> None:
    state.faults.fail_next(502, count=3, path_prefix="/api/v1/measurements")
    with pytest.raises(Transient) as error:
        await client.submit_measurement(scale_reading(), token)
    assert error.value.retryable and error.value.status == 502
    assert state.measurements() == []


async def test_retries_can_be_switched_off(connect, state: SandboxState) -> None:
    client = connect(retry=CallRetry(max_attempts=1))
    token = (await client.login(CardCredential(MEMBER.uid))).access_token
    state.faults.fail_next(500, path_prefix="/api/v1/measurements")
    with pytest.raises(Transient):
        await client.submit_measurement(scale_reading(), token)
    assert state.stats()["requestsByStatus"].get("500") == 1


async def test_a_rate_limit_with_retry_after_is_waited_out(
    client: EgymClient, token: str, state: SandboxState, waits: RecordedWaits
) -> None:
    state.faults.fail_next(429, retry_after=3, path_prefix="/api/v1/measurements")
    await client.submit_measurement(scale_reading(), token)
    assert waits.seconds == [3.0]
    assert len(state.measurements()) == 1


async def test_a_rate_limit_without_retry_after_backs_off(
    client: EgymClient, token: str, state: SandboxState, waits: RecordedWaits
) -> None:
    state.faults.fail_next(429, path_prefix="/api/v1/measurements")
    await client.submit_measurement(scale_reading(), token)
    assert len(waits.seconds) == 1 and 0.25 <= waits.seconds[0] <= 0.5
    assert len(state.measurements()) == 1


async def test_a_long_retry_after_is_left_to_the_outbox(
    client: EgymClient, token: str, state: SandboxState, waits: RecordedWaits
) -> None:
    state.faults.fail_next(429, retry_after=120, path_prefix="/api/v1/measurements")
    with pytest.raises(RateLimited) as error:
        await client.submit_measurement(scale_reading(), token)
    assert error.value.retry_after == 120.0
    assert waits.seconds == []


@pytest.mark.parametrize("kind", ["html", "json"])
async def test_unreadable_profile_replies_are_retried(
    client: EgymClient, token: str, state: SandboxState, kind: str
) -> None:
    state.faults.garbage_next(kind=kind, path_prefix="/api/v1/gyms")
    assert (await client.fetch_profile(token)).user_id == MEMBER.user_id


@pytest.mark.parametrize(("kind", "error_type", "words"), [("html", Transient, "server error"), ("json", BadReply, "invalid JSON")])
async def test_unreadable_replies_are_described_not_quoted(
    connect, state: SandboxState, kind: str, error_type: type, words: str
) -> None:
    client = connect(retry=CallRetry(max_attempts=1))
    token = (await client.login(CardCredential(MEMBER.uid))).access_token
    state.faults.garbage_next(kind=kind, path_prefix="/api/v1/gyms")
    with pytest.raises(error_type, match=words) as error:
        await client.fetch_profile(token)
    assert "<html" not in str(error.value) and "accessToken" not in str(error.value)


async def test_an_unknown_access_token_is_reported_as_expired(client: EgymClient) -> None:
    with pytest.raises(AuthExpired, match="access token was not accepted") as error:
        await client.submit_measurement(scale_reading(), "not-a-token-4711")
    assert "not-a-token-4711" not in str(error.value)


async def test_a_profile_for_another_gym_is_a_setup_problem(connect, state: SandboxState) -> None:
    client = connect(gym_id=DEMO_GYM_ID + 1)  # the API key belongs to the demo gym
    token = (await client.login(CardCredential(MEMBER.uid))).access_token
    with pytest.raises(PermissionDenied, match="registration") as error:
        await client.fetch_profile(token)
    assert error.value.status == 404


async def test_forbidden_measurement_is_final(client: EgymClient, token: str, state: SandboxState) -> None:
    state.faults.fail_next(403, path_prefix="/api/v1/measurements")
    with pytest.raises(PermissionDenied) as error:
        await client.submit_measurement(scale_reading(), token)
    assert not error.value.retryable
    assert state.stats()["requestsByStatus"].get("403") == 1
