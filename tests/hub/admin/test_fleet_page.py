"""The fleet page in a real browser (Debian's chromium via Playwright): login, the kiosks, revoke, enrolment codes."""
from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

from hub.store.kiosks import authenticate_kiosk, create_enrolment_code, record_heartbeat, revoke_kiosk
from hub.store.measurements import accept_measurement
from tests.hub.admin.conftest import ADMIN_PASSWORD, AdminSite

HEARTBEAT = {"version": "0.1.0", "devices": {"reader": "ok", "scale": "unplugged"}, "queue_depth": 3,
             "last_error": "EGYM answered 503 <b>not bold</b>"}


def enrol(site: AdminSite, machine: str, gym: str = "berlin-mitte", station: str = "body",
          heartbeat_age_s: float | None = None) -> str:
    """Enrol a kiosk over the API with a code made in the store; its heartbeat that old (sent now over the API
    when 0, else kept in the store with an older time). The kiosk's credential."""
    now_ms = int(time.time() * 1000)
    code = create_enrolment_code(site.engine, gym, machine, station, now_ms)
    enrolled = site.http.post("/api/v1/enrol", json={"code": code})
    assert enrolled.status_code == 201, enrolled.text
    credential = enrolled.json()["credential"]
    if heartbeat_age_s == 0:
        sent = site.http.post("/api/v1/heartbeat", json=HEARTBEAT, headers=bearer(credential))
        assert sent.status_code == 204, sent.text
    elif heartbeat_age_s is not None:
        record_heartbeat(site.engine, enrolled.json()["device_id"], HEARTBEAT, now_ms - int(heartbeat_age_s * 1000))
    return credential


def bearer(credential: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {credential}"}


def submit(page, button) -> None:
    """Click a form's button and wait until the page it leads to has loaded (its stylesheet too)."""
    with page.expect_navigation(wait_until="load"):
        button.click()


def sign_in(page, site: AdminSite, password: str = ADMIN_PASSWORD) -> None:
    page.goto(f"{site.url}/admin/")
    page.fill("#password", password)
    submit(page, page.get_by_role("button", name="Sign in"))


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    yield page
    context.close()


def test_a_wrong_password_is_refused_and_shows_no_fleet(admin_site: AdminSite, page) -> None:
    enrol(admin_site, "scale-1", heartbeat_age_s=0)
    sign_in(page, admin_site, password="not the password")
    assert page.locator("[role=alert]").inner_text() == "Wrong password."
    assert page.url.endswith("/admin/login")
    assert "scale-1" not in page.content()
    page.goto(f"{admin_site.url}/admin/")
    assert page.url.endswith("/admin/login"), "the fleet stays behind the login"


def test_signing_in_shows_an_enrolled_kiosk_with_its_heartbeat(admin_site: AdminSite, page) -> None:
    credential = enrol(admin_site, "scale-1", heartbeat_age_s=0)
    # A measurement for a destination this hub has no connection for waits in the hub's queue.
    device_id = authenticate_kiosk(admin_site.engine, credential).device_id
    accept_measurement(admin_site.engine, unique_id="m-waiting", device_id=device_id, gym="berlin-mitte",
                       body={"kind": "body", "timestamp_ms": int(time.time() * 1000), "values": {"weight_kg": 70.0}},
                       member="sealed", destinations=["lockers"], now_ms=int(time.time() * 1000))
    enrol(admin_site, "bike-2", station="cardio", heartbeat_age_s=3 * 3600)
    enrol(admin_site, "flex-3", gym="hamburg-altona", station="flexibility")
    sign_in(page, admin_site)
    assert page.url.endswith("/admin/")
    scale = page.locator("tr.kiosk", has_text="scale-1")
    assert re.fullmatch(r"\d+ s ago", scale.locator(".heartbeat").inner_text())
    text = scale.inner_text()
    for shown in ("berlin-mitte", "body", "online", "0.1.0", "reader: ok", "scale: unplugged", "on kiosk: 3",
                  "hub → lockers: 1"):
        assert shown in text, shown
    assert scale.locator(".last-error").inner_text() == "EGYM answered 503 <b>not bold</b>", "kiosk text stays plain text"
    bike = page.locator("tr.kiosk", has_text="bike-2")
    assert bike.locator(".heartbeat").inner_text() == "3 h ago" and "offline" in bike.inner_text()
    assert page.locator("tr.kiosk", has_text="flex-3").locator(".heartbeat").inner_text() == "never"
    assert "1 of 3 online" in page.locator("h1").inner_text()


def test_revoking_from_the_page_refuses_the_kiosks_next_call(admin_site: AdminSite, page) -> None:
    credential = enrol(admin_site, "scale-1", heartbeat_age_s=0)
    other = enrol(admin_site, "scale-2", heartbeat_age_s=0)
    sign_in(page, admin_site)
    submit(page, page.locator("tr.kiosk", has_text="scale-1").get_by_role("button", name="Revoke"))
    assert "Revoke scale-1?" in page.locator("h1").inner_text()
    assert heartbeat(admin_site, credential).status_code == 204, "asking is not revoking"
    submit(page, page.get_by_role("button", name="Revoke scale-1"))
    assert "Revoked scale-1 (berlin-mitte)" in page.locator("[role=status]").inner_text()
    assert page.locator("tr.kiosk", has_text="scale-1").locator(".badge").inner_text() == "revoked"
    assert page.locator("tr.kiosk", has_text="scale-1").get_by_role("button", name="Revoke").count() == 0
    refused = heartbeat(admin_site, credential)
    assert refused.status_code == 401 and refused.json()["error"]["code"] == "device_revoked"
    assert heartbeat(admin_site, other).status_code == 204


def test_a_kiosk_revoked_meanwhile_is_reported_as_already_revoked(admin_site: AdminSite, page) -> None:
    enrol(admin_site, "scale-1", heartbeat_age_s=0)
    sign_in(page, admin_site)
    submit(page, page.locator("tr.kiosk", has_text="scale-1").get_by_role("button", name="Revoke"))
    device_id = page.locator("input[name=device_id]").get_attribute("value")
    assert revoke_kiosk(admin_site.engine, device_id, int(time.time() * 1000))  # another admin, another process
    submit(page, page.get_by_role("button", name="Revoke scale-1"))
    assert page.locator("[role=status]").inner_text() == "scale-1 (berlin-mitte) was already revoked."


def heartbeat(site: AdminSite, credential: str):
    return site.http.post("/api/v1/heartbeat", json=HEARTBEAT, headers=bearer(credential))


def test_a_post_without_the_csrf_token_is_refused(admin_site: AdminSite, page) -> None:
    credential = enrol(admin_site, "scale-1", heartbeat_age_s=0)
    sign_in(page, admin_site)
    device_id = page.locator("tr.kiosk", has_text="scale-1").get_attribute("data-device")
    for form in ({"device_id": device_id, "confirm": "yes"},
                 {"device_id": device_id, "confirm": "yes", "csrf_token": "forged"}):
        answer = page.request.post(f"{admin_site.url}/admin/revoke", form=form, max_redirects=0)
        assert answer.status == 403 and "This form has expired" in answer.text()
    answer = page.request.post(f"{admin_site.url}/admin/enrolment-codes",
                               form={"gym": "berlin-mitte", "machine": "scale-9", "station": "body"}, max_redirects=0)
    assert answer.status == 403 and not re.search(r"\b\d{8}\b", answer.text())
    assert heartbeat(admin_site, credential).status_code == 204, "still enrolled"


def test_an_enrolment_code_made_on_the_page_enrols_a_kiosk(admin_site: AdminSite, page) -> None:
    sign_in(page, admin_site)
    page.select_option("#gym", "hamburg-altona")
    page.fill("#machine", "scale-7")
    page.select_option("#station", "cardio")
    submit(page, page.get_by_role("button", name="Create code"))
    code = page.locator("#enrolment-code").inner_text()
    assert re.fullmatch(r"\d{8}", code)
    assert re.fullmatch(r"\d\d:\d\d UTC \(in 15 min\)", page.locator("#enrolment-expiry").inner_text())
    assert code not in page.url
    assert all(code not in cookie["value"] for cookie in page.context.cookies())
    enrolled = admin_site.http.post("/api/v1/enrol", json={"code": code})
    assert enrolled.status_code == 201
    assert {k: enrolled.json()[k] for k in ("gym", "machine", "station")} == \
        {"gym": "hamburg-altona", "machine": "scale-7", "station": "cardio"}


def test_a_bad_enrolment_form_says_what_to_fix_and_keeps_the_values(admin_site: AdminSite, page) -> None:
    sign_in(page, admin_site)
    page.fill("#machine", "   ")
    page.evaluate("document.querySelector('#machine').removeAttribute('required')")
    submit(page, page.get_by_role("button", name="Create code"))
    assert page.locator("[role=alert]").inner_text() == "Machine name is required."
    assert page.locator("#enrolment-code").count() == 0


def test_the_session_cookie_is_http_only_and_same_site_strict(admin_site: AdminSite, page) -> None:
    sign_in(page, admin_site)
    (cookie,) = page.context.cookies()
    assert (cookie["name"], cookie["httpOnly"], cookie["sameSite"], cookie["path"]) == ("gym_hub_admin", True, "Strict", "/admin")
    submit(page, page.get_by_role("button", name="Sign out"))
    assert page.url.endswith("/admin/login")
    page.goto(f"{admin_site.url}/admin/")
    assert page.url.endswith("/admin/login")


@pytest.mark.parametrize("viewport", [(1280, 800), (390, 844)], ids=["desktop", "phone"])
def test_the_fleet_page_fits_desktop_and_phone_screens(admin_site: AdminSite, browser, viewport, tmp_path: Path) -> None:
    for machine, station, age in (("scale-1", "body", 0), ("bike-2", "cardio", 600), ("flex-3", "flexibility", None)):
        enrol(admin_site, machine, station=station, heartbeat_age_s=age)
    width, height = viewport
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    try:
        sign_in(page, admin_site)
        page.fill("#machine", "scale-4")
        submit(page, page.get_by_role("button", name="Create code"))
        folder = Path(os.environ.get("GYM_KIOSK_ADMIN_SCREENSHOTS", tmp_path))
        folder.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(folder / f"fleet-{width}x{height}.png"), full_page=True)
        assert page.evaluate("document.scrollingElement.scrollWidth") <= width, "nothing scrolls sideways"
        for button in page.get_by_role("button", name="Revoke").all():
            box = button.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
            assert box["height"] >= 40, "a button big enough for a thumb"
    finally:
        context.close()
