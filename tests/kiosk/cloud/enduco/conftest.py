"""enduco's emulation served on loopback, settings pointing at it, and a client; the phone's approval by hand."""
from __future__ import annotations

import re
from typing import AsyncIterator, Iterator

import httpx
import pytest

from kiosk.cloud.enduco.client import EnducoClient
from kiosk.cloud.enduco.sandbox.emulation import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, EnducoSandbox
from kiosk.cloud.enduco.settings import EnducoSettings
from kiosk.sandbox import RunningSandbox, serve_loopback

REDIRECT_URI = "https://hub.example/link/callback"


@pytest.fixture
def enduco() -> Iterator[RunningSandbox]:
    with serve_loopback(EnducoSandbox()) as server:
        yield server


@pytest.fixture
def settings(enduco: RunningSandbox) -> EnducoSettings:
    return EnducoSettings(base_url=enduco.base_url, client_id=DEMO_CLIENT_ID, client_secret=DEMO_CLIENT_SECRET)


@pytest.fixture
async def client(settings: EnducoSettings) -> AsyncIterator[EnducoClient]:
    made = EnducoClient(settings)
    yield made
    await made.aclose()


async def code_from_phone(authorize_url: str, answer: str = "yes") -> dict[str, str]:
    """The member's phone at enduco's authorize page: the query enduco redirects back with."""
    async with httpx.AsyncClient(follow_redirects=False) as phone:
        page = await phone.get(authorize_url)
        assert page.status_code == 200, page.text
        action = re.search(r"action='([^']+)'", page.text).group(1)
        back = await phone.post(str(page.url).split("/oauth2/")[0] + action, data={"answer": answer})
    assert back.status_code == 303
    return dict(httpx.URL(back.headers["location"]).params)
