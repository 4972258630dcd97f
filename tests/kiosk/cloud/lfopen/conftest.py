"""An LFopen emulation served over real HTTP on loopback, settings and a client pointing at it, and the
member's side of linking: opening the authorize page and pressing Allow or Deny, as a phone would."""
from __future__ import annotations

import html
import re
import secrets
from typing import AsyncIterator, Iterator
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from hardware.events import CardCredential
from kiosk.cloud.lfopen.client import LfopenClient
from kiosk.cloud.lfopen.linking import PLATFORM, s256_challenge
from kiosk.cloud.lfopen.sandbox import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_LF_MEMBERS, LfMember, LfopenSandbox
from kiosk.cloud.lfopen.settings import LfopenSettings
from kiosk.models import MemberSession
from kiosk.sandbox import serve_loopback
from kiosk.sandbox.server import RunningSandbox

REDIRECT_URI = "https://hub.example.com/link/lfopen/callback"
HIDDEN = re.compile(r'<input type="hidden" name="(\w+)" value="([^"]*)">')


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    with serve_loopback(LfopenSandbox()) as server:
        yield server


def settings_for(server: RunningSandbox, **changes: object) -> LfopenSettings:
    values: dict[str, object] = dict(base_url=f"{server.base_url}/web", client_id=DEMO_CLIENT_ID,
                                     client_secret=DEMO_CLIENT_SECRET, redirect_uri=REDIRECT_URI, activity="Rowing")
    values.update(changes)
    return LfopenSettings(**values)  # type: ignore[arg-type]


@pytest.fixture
async def client(sandbox: RunningSandbox) -> AsyncIterator[LfopenClient]:
    lfopen = LfopenClient(settings_for(sandbox))
    yield lfopen
    await lfopen.aclose()


async def decide(url: str, decision: str, member: LfMember = DEMO_LF_MEMBERS[0]) -> dict[str, str]:
    """Open the authorize page at ``url``, pick ``member``, press ``decision``; the callback's query."""
    async with httpx.AsyncClient() as phone:
        page = await phone.get(url)
        assert page.status_code == 200 and "Allow" in page.text and "Deny" in page.text
        form = {name: html.unescape(value) for name, value in HIDDEN.findall(page.text)}
        action = str(page.url.join(re.search(r'action="([^"]+)"', page.text).group(1)))  # type: ignore[union-attr]
        answer = await phone.post(action, data={**form, "user": member.user_name, "decision": decision})
    assert answer.is_redirect
    location = urlsplit(answer.headers["location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT_URI
    return dict(parse_qsl(location.query))


async def link(client: LfopenClient, member: LfMember = DEMO_LF_MEMBERS[0]) -> MemberSession:
    """The whole linking flow for ``member``, as the hub runs it; the session holding their tokens."""
    state, verifier = secrets.token_urlsafe(16), secrets.token_urlsafe(48)
    callback = await decide(client.authorize_url(state, s256_challenge(verifier), REDIRECT_URI), "approve", member)
    assert callback["state"] == state
    grant = await client.exchange_code(callback["code"], verifier, REDIRECT_URI)
    return MemberSession(platform=PLATFORM, credential=CardCredential(uid=b"\x04\x01\x02\x03"),
                         access_token=grant.access_token, expires_at_ms=grant.expires_at_ms,
                         refresh_token=grant.refresh_token)
