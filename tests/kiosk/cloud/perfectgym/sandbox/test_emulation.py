"""The emulation's own behaviour over HTTP: header auth, paging links, switchable faults refused when unknown."""
from __future__ import annotations

import httpx

from kiosk.cloud.perfectgym.sandbox import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_PG_MEMBERS, PAGE_SIZE

HEADERS = {"X-Client-Id": DEMO_CLIENT_ID, "X-Client-Secret": DEMO_CLIENT_SECRET}


def test_a_wrong_secret_is_401_and_a_right_one_pages_with_next_links(sandbox) -> None:
    url = f"{sandbox.base_url}/Api/v2.2/odata/MemberCards"
    params = {"$filter": f"cardNumber eq '{DEMO_PG_MEMBERS[-1].card_number}'"}
    assert httpx.get(url, params=params, headers={**HEADERS, "X-Client-Secret": "nope"}).status_code == 401
    pages, next_url, found = 0, url, []
    while next_url:
        page = httpx.get(next_url, params=params if pages == 0 else None, headers=HEADERS).json()
        found += page["value"]
        next_url, pages = page.get("@odata.nextLink"), pages + 1
    assert pages == -(-len(DEMO_PG_MEMBERS) // PAGE_SIZE)
    assert [card["memberId"] for card in found] == [DEMO_PG_MEMBERS[-1].member_id]


def test_an_unknown_fault_is_refused_and_a_known_one_is_switched_on_and_off(sandbox) -> None:
    fault_url = f"{sandbox.base_url}/sandbox/fault"
    assert httpx.post(fault_url, json={"fault": "teapot"}).status_code == 400
    assert httpx.post(fault_url, json={"fault": "499:WrongArguments"}).status_code == 200
    validate = f"{sandbox.base_url}/Api/v2.2/AccessControl/ValidateMemberVisit"
    refused = httpx.post(validate, json={"memberId": 1001, "clubId": 7}, headers=HEADERS)
    assert refused.status_code == 499 and refused.json()["errors"][0]["code"] == "WrongArguments"
    assert httpx.post(fault_url, json={"fault": None}).status_code == 200
    assert httpx.post(validate, json={"memberId": 1001, "clubId": 7}, headers=HEADERS).json()["canEnter"] is True
