"""A gym whose cards are PerfectGym's: the hub's identity chain greets PerfectGym-only members and says why one is refused."""
from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from hub.composition import build_hub
from hub.config import parse_hub_config
from kiosk.cloud.errors import MembershipRefused
from kiosk.cloud.hub.errors import error_for
from kiosk.cloud.hub.wire import error_from_json, login_reply_from_json
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME
from kiosk.cloud.perfectgym.sandbox import (
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    DEMO_CLUB_ID,
    DEMO_PG_MEMBERS,
    PerfectGymSandbox,
)
from kiosk.sandbox import RunningSandbox, serve_loopback
from tests.kiosk.cloud.perfectgym.test_integration import REASONS
from tests.hub.running import GYM, HubUnderTest, bearer


@pytest.fixture
def hub(tmp_path: Path, sandbox: RunningSandbox) -> Iterator[HubUnderTest]:
    """A hub whose gym location asks EGYM first, then PerfectGym (registry order)."""
    with serve_loopback(PerfectGymSandbox()) as perfectgym, contextlib.ExitStack() as stack:
        config = parse_hub_config(
            {"hub": {"listen": "127.0.0.1:0"},
             "gyms": {GYM: {"egym": {"base_url": sandbox.base_url, "gym_id": DEMO_GYM_ID, "machine_name": DEMO_MACHINE_NAME},
                            "perfectgym": {"base_url": f"{perfectgym.base_url}/Api", "client_id": DEMO_CLIENT_ID,
                                           "club_id": DEMO_CLUB_ID}}}},
            source=tmp_path / "hub.toml", secrets={"egym": DEMO_API_KEY, "perfectgym": DEMO_CLIENT_SECRET})
        built = build_hub(config)
        running = built.start()
        stack.callback(built.close)
        stack.callback(running.stop)
        with httpx.Client(base_url=running.base_url, timeout=40) as http:
            yield HubUnderTest(built, running, sandbox, http)


def card_login(hub: HubUnderTest, kiosk: dict, card_number: str) -> httpx.Response:
    uid = card_number  # the wire carries the UID as hex
    return hub.http.post("/api/v1/login", headers=bearer(kiosk),
                         json={"credential": {"kind": "card", "technology": "MIFARE", "uid": uid}})


def test_a_perfectgym_only_card_logs_in_through_the_hub_and_is_greeted(hub: HubUnderTest) -> None:
    kiosk = hub.enrol()
    member = DEMO_PG_MEMBERS[0]
    reply = card_login(hub, kiosk, member.card_number)
    assert reply.status_code == 200, reply.text
    assert reply.json()["member"]["first_name"] == member.first_name
    assert DEMO_CLIENT_SECRET not in reply.text


@pytest.mark.parametrize("member", [m for m in DEMO_PG_MEMBERS if m.refusal_flag], ids=lambda m: m.refusal_flag)
def test_a_refused_members_reason_reaches_the_kiosk(hub: HubUnderTest, member) -> None:
    kiosk = hub.enrol()
    reply = card_login(hub, kiosk, member.card_number)
    assert reply.status_code == 403
    code, message = error_from_json(reply.json())
    refused = error_for(reply.status_code, code, message)
    assert isinstance(refused, MembershipRefused)
    assert refused.reason == REASONS[member.refusal_flag].value
    assert member.first_name not in reply.text and member.card_number not in reply.text


def test_where_the_gym_lets_refused_members_measure_the_reason_travels_with_the_greeting(tmp_path, sandbox) -> None:
    frozen = next(m for m in DEMO_PG_MEMBERS if m.refusal_flag == "memberIsFrozen")
    with serve_loopback(PerfectGymSandbox()) as perfectgym:
        config = parse_hub_config(
            {"hub": {"listen": "127.0.0.1:0"},
             "gyms": {GYM: {"perfectgym": {"base_url": f"{perfectgym.base_url}/Api", "client_id": DEMO_CLIENT_ID,
                                           "club_id": DEMO_CLUB_ID, "measure_when_refused": True}}}},
            source=tmp_path / "hub.toml", secrets={"perfectgym": DEMO_CLIENT_SECRET})
        built = build_hub(config)
        running = built.start()
        try:
            with httpx.Client(base_url=running.base_url, timeout=40) as http:
                under_test = HubUnderTest(built, running, sandbox, http)
                reply = card_login(under_test, under_test.enrol(), frozen.card_number)
        finally:
            running.stop()
            built.close()
    assert reply.status_code == 200, reply.text
    answer = login_reply_from_json(reply.json())
    assert (answer.member.first_name, answer.member.membership_refusal) == (frozen.first_name, "frozen")
    assert answer.linked_platforms == ("perfectgym",)
