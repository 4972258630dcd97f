"""Queued measurements slow down on X-RateLimit-Remaining before EGYM's limit is hit.

The sandbox runs a real token bucket on the real clock; these tests count its 429s.
"""
from __future__ import annotations

import asyncio
import dataclasses
from typing import AsyncIterator, Callable

import httpx
import pytest

from hardware import fields
from hardware.events import CardCredential
from kiosk.cloud.egym import CallRetry, EgymClient, EgymSettings
from kiosk.cloud.egym.sandbox import (
    DEMO_API_KEY,
    DEMO_GYM_ID,
    DEMO_MACHINE_NAME,
    DEMO_MEMBERS,
    SandboxState,
    create_app,
)
from kiosk.models import Measurement

WORKERS = 4  # the outbox's default concurrency


@pytest.fixture
def state() -> SandboxState:
    return SandboxState(api_keys={DEMO_API_KEY: DEMO_GYM_ID})


@pytest.fixture
async def connect(state: SandboxState) -> AsyncIterator[Callable[..., EgymClient]]:
    clients: list[EgymClient] = []

    def make(**changes: object) -> EgymClient:
        settings = dataclasses.replace(
            EgymSettings(base_url="http://egym-sandbox.local", gym_id=DEMO_GYM_ID, machine_name=DEMO_MACHINE_NAME,
                         api_key=DEMO_API_KEY),
            **changes,
        )
        # No retries of its own: every 429 the sandbox sends surfaces here.
        client = EgymClient(settings, retry=CallRetry(max_attempts=1), transport=httpx.ASGITransport(app=create_app(state)))
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.aclose()


def weighing(number: int) -> Measurement:
    return Measurement("body", {fields.WEIGHT_KG: 60.0 + number / 10})


async def drain(
    client: EgymClient, tokens: list[str], count: int, delivered: list[str], halfway: asyncio.Event | None = None
) -> None:
    """``WORKERS`` tasks submitting ``count`` measurements, as the outbox does; 429s are left to the sandbox's count.

    ``halfway`` is set once half of them are delivered."""
    numbers = iter(range(count))

    async def worker() -> None:
        for number in numbers:
            measurement = weighing(number)
            try:
                await client.submit_measurement(measurement, tokens[number % len(tokens)])
            except Exception:  # counted by the sandbox; the test looks at its numbers
                continue
            delivered.append(measurement.unique_id)
            if halfway is not None and len(delivered) >= count // 2:
                halfway.set()

    try:
        await asyncio.gather(*(worker() for _ in range(WORKERS)))
    finally:
        if halfway is not None:
            halfway.set()


def refused_share(state: SandboxState) -> float:
    replies = state.stats()["requestsByStatus"]
    return replies.get("429", 0) / sum(replies.values())


async def test_a_drain_at_the_partner_limit_is_almost_never_refused(connect, state: SandboxState) -> None:
    client = connect()
    token = (await client.login(CardCredential(DEMO_MEMBERS[0].uid))).access_token
    state.faults.rate_limit(per_second=100, burst=10)
    delivered: list[str] = []

    await drain(client, [token], 200, delivered)

    assert len(state.measurements()) == len(delivered)
    assert refused_share(state) < 0.01
    assert len(delivered) >= 0.99 * 200


async def test_a_member_can_log_in_while_the_queue_drains_at_the_limit(connect, state: SandboxState) -> None:
    client = connect()
    token = (await client.login(CardCredential(DEMO_MEMBERS[0].uid))).access_token
    state.faults.rate_limit(per_second=100, burst=10)
    delivered: list[str] = []
    halfway = asyncio.Event()
    draining = asyncio.create_task(drain(client, [token], 300, delivered, halfway))
    await halfway.wait()  # well into the drain, with the bucket held near empty

    member_token = (await client.login(CardCredential(DEMO_MEMBERS[1].uid))).access_token
    profile = await client.fetch_profile(member_token)
    await draining

    assert profile.user_id == DEMO_MEMBERS[1].user_id
    assert refused_share(state) < 0.01


async def test_with_a_bucket_per_token_each_member_is_paced_on_their_own(connect, state: SandboxState) -> None:
    client = connect(rate_limit_scope="token")
    tokens = [(await client.login(CardCredential(member.uid))).access_token for member in DEMO_MEMBERS[:2]]
    state.faults.rate_limit(per_second=50, burst=5, scope="credential")
    delivered: list[str] = []

    await drain(client, tokens, 200, delivered)

    assert refused_share(state) < 0.01
    owners = {record["userId"] for record in state.measurements()}
    assert owners == {DEMO_MEMBERS[0].user_id, DEMO_MEMBERS[1].user_id}


async def test_two_kiosks_sharing_the_api_key_pace_on_one_budget(connect, state: SandboxState) -> None:
    kiosks = [connect(), connect()]  # two kiosk PCs in one gym, one EGYM API key
    tokens = [(await kiosk.login(CardCredential(DEMO_MEMBERS[n].uid))).access_token for n, kiosk in enumerate(kiosks)]
    state.faults.rate_limit(per_second=100, burst=10)
    delivered: list[str] = []

    await asyncio.gather(*(drain(kiosk, [token], 150, delivered) for kiosk, token in zip(kiosks, tokens)))

    assert refused_share(state) < 0.01
    assert len(state.measurements()) == len(delivered) >= 0.99 * 300
