"""Account linking over HTTP, as a kiosk and a phone use it: start, confirm, approve or deny, expire, unlink.

The phone is an httpx client following the pages by hand (the browser test walks the same path in
chromium). The platform is enduco's emulation.
"""
from __future__ import annotations

import re

import httpx
import sqlalchemy as sa

from hub.store.schema import link_sessions, linked_accounts
from tests.hub.linking.conftest import GYM_NAME, PLATFORM, LinkingSite


def approve(site: LinkingSite, url: str, answer: str = "yes") -> httpx.Response:
    """The phone: open the QR's page, confirm, answer at the provider, land on the hub's result page."""
    with httpx.Client(follow_redirects=False, timeout=20) as phone:
        page = phone.get(url)
        assert page.status_code == 200, page.text
        to_provider = phone.post(url)
        assert to_provider.status_code == 303
        authorize = phone.get(to_provider.headers["location"])
        action = re.search(r"action='([^']+)'", authorize.text).group(1)
        back = phone.post(authorize.url.join(action), data={"answer": answer})
        assert back.status_code == 303
        return phone.get(back.headers["location"])


async def approve_on_phone(url: str) -> str:
    """The same from async code (a kiosk's test): the result page's text."""
    async with httpx.AsyncClient(follow_redirects=False, timeout=20) as phone:
        assert (await phone.get(url)).status_code == 200
        to_provider = await phone.post(url)
        authorize = await phone.get(to_provider.headers["location"])
        action = re.search(r"action='([^']+)'", authorize.text).group(1)
        back = await phone.post(authorize.url.join(action), data={"answer": "yes"})
        return (await phone.get(back.headers["location"])).text


def test_the_page_shows_where_and_who_masked_and_the_kiosks_code_and_no_credential(linking_site: LinkingSite) -> None:
    link = linking_site.start_link()
    assert link["url"] == f"{linking_site.url}/link/{link['link']}" and re.fullmatch(r"\d{4}", link["code"])
    page = linking_site.http.get(link["url"])
    assert GYM_NAME in page.text and "D*** S." in page.text and link["code"] in page.text
    assert "Dana" not in page.text  # the name is masked
    assert page.headers["referrer-policy"] == "no-referrer" and "default-src 'none'" in page.headers["content-security-policy"]
    assert linking_site.status(link["link"]) == "waiting"


def test_approving_on_the_phone_links_the_account_and_the_kiosk_sees_it(linking_site: LinkingSite) -> None:
    link = linking_site.start_link()
    result = approve(linking_site, link["url"])
    assert result.status_code == 200 and "connected" in result.text
    assert linking_site.status(link["link"]) == "linked"
    linked = linking_site.http.post("/api/v1/links/linked", headers=linking_site.kiosk,
                                    json={"session": linking_site.session})
    assert linked.json() == {"platforms": {PLATFORM: "linked"}}  # every platform it may link, and its state
    with linking_site.hub.engine.connect() as connection:
        stored = connection.execute(sa.select(linked_accounts.c.tokens)).scalar_one()
    assert len(linking_site.provider.access) == 1
    assert next(iter(linking_site.provider.access)) not in stored  # sealed at rest


def test_a_link_works_once(linking_site: LinkingSite) -> None:
    link = linking_site.start_link()
    approve(linking_site, link["url"])
    again = linking_site.http.get(link["url"])
    assert again.status_code == 200 and "connected" in again.text and "Continue" not in again.text
    reused = linking_site.http.post(link["url"])
    assert reused.status_code == 410 and "expired" in reused.text


def test_denying_on_the_phone_links_nothing(linking_site: LinkingSite) -> None:
    link = linking_site.start_link()
    result = approve(linking_site, link["url"], answer="no")
    assert "Not connected" in result.text and "cancelled" in result.text
    assert linking_site.status(link["link"]) == "denied"
    with linking_site.hub.engine.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(linked_accounts)).scalar_one() == 0


def test_a_link_past_five_minutes_is_refused_on_the_phone(linking_site: LinkingSite) -> None:
    link = linking_site.start_link()
    with linking_site.hub.engine.begin() as connection:  # five minutes pass
        connection.execute(sa.update(link_sessions).values(expires_ms=0))
    page = linking_site.http.get(link["url"])
    assert page.status_code == 410 and "expired" in page.text
    assert linking_site.http.post(link["url"]).status_code == 410
    assert linking_site.status(link["link"]) == "expired"


def test_a_kiosk_can_have_only_a_few_links_open(linking_site: LinkingSite) -> None:
    for _ in range(3):
        linking_site.start_link()
    refused = linking_site.http.post("/api/v1/links", headers=linking_site.kiosk,
                                     json={"session": linking_site.session, "platform": PLATFORM, "member_name": "D"})
    assert refused.status_code == 429 and refused.json()["error"]["code"] == "too_many_links"


def test_unlinking_forgets_the_tokens_and_revokes_them_at_the_platform(linking_site: LinkingSite) -> None:
    link = linking_site.start_link()
    approve(linking_site, link["url"])
    token = next(iter(linking_site.provider.refresh))
    unlinked = linking_site.http.post("/api/v1/links/unlink", headers=linking_site.kiosk,
                                      json={"session": linking_site.session, "platform": PLATFORM})
    assert unlinked.json() == {"unlinked": True}
    assert token in linking_site.provider.revoked
    linked = linking_site.http.post("/api/v1/links/linked", headers=linking_site.kiosk,
                                    json={"session": linking_site.session})
    assert linked.json() == {"platforms": {PLATFORM: "not-linked"}}


def test_requests_a_kiosk_cannot_make(linking_site: LinkingSite) -> None:
    http, kiosk = linking_site.http, linking_site.kiosk
    unknown = http.post("/api/v1/links", headers=kiosk, json={"session": linking_site.session, "platform": "nowhere",
                                                              "member_name": "D"})
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "platform_not_linkable"
    no_session = http.post("/api/v1/links", headers=kiosk, json={"session": "s-nope", "platform": PLATFORM,
                                                                 "member_name": "D"})
    assert no_session.status_code == 401
    assert http.post("/api/v1/links", json={}).status_code == 401  # no device credential
    assert http.get("/api/v1/links/nope", headers=kiosk).status_code == 404
