"""The LFopen emulation validates requests as LFopen would, over real HTTP: query-string auth, XML by default,
the postcardio body, the results list's date parameters."""
from __future__ import annotations

import httpx
import pytest

from kiosk.cloud.lfopen.client import LfopenClient
from tests.kiosk.cloud.lfopen.conftest import link

GOOD = {"name": "Rowing", "datePerformed": "2025-12-05T10:20:00.000+00:00", "preferredUnit": "M",
        "time": 20.0, "calories": 150, "distance": 4.0}


async def post(sandbox, token: str, body: object, content_type: str = "application/json") -> httpx.Response:
    async with httpx.AsyncClient(base_url=f"{sandbox.base_url}/web/") as http:
        content = body if isinstance(body, bytes) else httpx.Request("POST", "/", json=body).content
        return await http.post("api2/workoutresults/postcardio", params={"access_token": token}, content=content,
                               headers={"Content-Type": content_type})


async def test_a_bearer_header_is_not_lfopens_scheme(client: LfopenClient, sandbox) -> None:
    session = await link(client)
    async with httpx.AsyncClient() as http:
        answer = await http.get(f"{sandbox.base_url}/web/api2/user", headers={"Authorization": f"Bearer {session.access_token}"})
    assert answer.status_code == 401 and answer.json()["error"] == "invalid_token"


async def test_the_profile_is_xml_unless_json_is_asked_for(client: LfopenClient, sandbox) -> None:
    session = await link(client)
    async with httpx.AsyncClient() as http:
        answer = await http.get(f"{sandbox.base_url}/web/api2/user", params={"access_token": session.access_token})
    assert answer.headers["content-type"].startswith("application/xml") and answer.text.startswith("<LFUser")


@pytest.mark.parametrize(("change", "word"), [
    ({"name": "Sleeping"}, "name"),
    ({"datePerformed": "2025-12-05 10:20"}, "datePerformed"),
    ({"preferredUnit": "X"}, "preferredUnit"),
    ({"time": 0}, "time"),
    ({"calories": -1}, "calories"),
    ({"distance": "far"}, "distance"),
])
async def test_postcardio_refuses_a_bad_body_and_stores_nothing(client, sandbox, change: dict, word: str) -> None:
    session = await link(client)
    answer = await post(sandbox, session.access_token, {**GOOD, **change})
    assert answer.status_code == 400 and word in answer.json()["error_description"]
    assert sandbox.state.workouts == []


async def test_postcardio_wants_json(client, sandbox) -> None:
    session = await link(client)
    assert (await post(sandbox, session.access_token, b"name=Rowing", "text/plain")).status_code == 415
    assert (await post(sandbox, session.access_token, GOOD)).status_code == 200
    assert [w.body for w in sandbox.state.workouts] == [GOOD]


async def test_the_results_list_wants_us_style_dates(client, sandbox) -> None:
    session = await link(client)
    async with httpx.AsyncClient() as http:
        answer = await http.get(f"{sandbox.base_url}/web/api2/workoutresults/get_manualcardio_results",
                                params={"access_token": session.access_token, "fromDate": "2025-12-05",
                                        "toDate": "2025-12-06", "timezone": "GMT-0"})
    assert answer.status_code == 400
