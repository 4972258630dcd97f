"""Boditrax's emulation served over real HTTP on loopback, settings and a client pointing at it, and a member
whose linked account Boditrax already holds (as after the hub's login handler answered it)."""
from __future__ import annotations

import time
from typing import AsyncIterator, Iterator

import pytest

from hardware import fields
from hardware.events import CardCredential
from kiosk.cloud.boditrax.client import BoditraxClient
from kiosk.cloud.boditrax.linking import BoditraxAccountLinks
from kiosk.cloud.boditrax.sandbox import DEMO_BX_MEMBERS, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, BoditraxSandbox, LinkedAccount
from kiosk.cloud.boditrax.settings import BoditraxSettings
from kiosk.cloud.boditrax.tokens import PLATFORM
from kiosk.models import Measurement, MemberSession
from kiosk.sandbox import serve_loopback
from kiosk.sandbox.server import RunningSandbox

BODY = {fields.WEIGHT_KG: 71.4, fields.BODY_FAT_PERCENT: 18.25, fields.MUSCLE_MASS_KG: 32.1, fields.IMPEDANCE_OHM: 512.0}


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    with serve_loopback(BoditraxSandbox()) as server:
        yield server


def settings_for(server: RunningSandbox, **changes: object) -> BoditraxSettings:
    values: dict[str, object] = dict(base_url=server.base_url, client_id=DEMO_CLIENT_ID,
                                     client_secret=DEMO_CLIENT_SECRET)
    values.update(changes)
    return BoditraxSettings(**values)  # type: ignore[arg-type]


@pytest.fixture
async def client(sandbox: RunningSandbox) -> AsyncIterator[BoditraxClient]:
    boditrax = BoditraxClient(settings_for(sandbox))
    yield boditrax
    await boditrax.aclose()


async def linked_session(client: BoditraxClient, sandbox: RunningSandbox, member_index: int = 0) -> MemberSession:
    """A member session holding a linked account that Boditrax knows (what the login handler gave it)."""
    links = BoditraxAccountLinks(client)
    tokens = await links.exchange_code(code="c", code_verifier="v", redirect_uri="")
    account = links.member_info(tokens)["linkedaccount"]
    sandbox.state.linked[account["username"]] = LinkedAccount(DEMO_BX_MEMBERS[member_index], account["type"],
                                                              account["username"], account["secret"])
    return MemberSession(platform=PLATFORM, credential=CardCredential(uid=b"\x04\x01\x02\x03"),
                         access_token=tokens.access_token, expires_at_ms=0, refresh_token=tokens.refresh_token)


def body_result(unique_id: str = "m-1", values: dict | None = None) -> Measurement:
    return Measurement("body", dict(values or BODY), unique_id=unique_id, timestamp_ms=int(time.time()) * 1000 + 250)
