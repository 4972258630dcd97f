"""The phone's side of linking in a real browser (Debian's chromium): the QR's page, confirm, the platform's
authorize page (enduco's emulation), back to the hub: "connected"; and the denial and the lapsed link. Screenshots in ``tmp_path``."""
from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from hub.store.schema import link_sessions
from tests.hub.linking.conftest import GYM_NAME, LinkingSite


def phone(browser):  # noqa: ANN001, ANN201 - Playwright's objects
    return browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)


def test_a_member_links_their_account_on_the_phone(linking_site: LinkingSite, browser, tmp_path: Path) -> None:
    link = linking_site.start_link()
    context = phone(browser)
    page = context.new_page()
    page.goto(link["url"])
    assert page.locator("#gym").inner_text() == GYM_NAME
    assert page.locator("#member").inner_text() == "D*** S."
    assert page.locator("#match-code").inner_text() == link["code"]
    page.screenshot(path=str(tmp_path / "link-confirm.png"), full_page=True)
    page.click("#confirm")
    page.wait_for_selector("#provider")
    page.click("#approve")
    page.wait_for_selector("#title")
    assert page.locator("#title").inner_text() == "enduco connected"
    page.screenshot(path=str(tmp_path / "link-connected.png"), full_page=True)
    context.close()
    assert linking_site.status(link["link"]) == "linked"


def test_a_member_who_denies_at_the_platform_is_told_nothing_was_connected(linking_site: LinkingSite, browser) -> None:
    link = linking_site.start_link()
    context = phone(browser)
    page = context.new_page()
    page.goto(link["url"])
    page.click("#confirm")
    page.wait_for_selector("#provider")
    page.click("#deny")
    page.wait_for_selector("#title")
    assert page.locator("#title").inner_text() == "Not connected"
    context.close()
    assert linking_site.status(link["link"]) == "denied"


def test_a_lapsed_link_says_so_and_offers_no_button(linking_site: LinkingSite, browser) -> None:
    link = linking_site.start_link()
    with linking_site.hub.engine.begin() as connection:
        connection.execute(sa.update(link_sessions).values(expires_ms=0))
    context = phone(browser)
    page = context.new_page()
    response = page.goto(link["url"])
    assert response is not None and response.status == 410
    assert page.locator("#title").inner_text() == "This link has expired"
    assert page.locator("#confirm").count() == 0
    context.close()
