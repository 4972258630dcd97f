"""Boditrax linked through the login handlers the hub hosts, over HTTP: the phone's confirm sends it to
Boditrax's connect handler, Boditrax fetches the linked account from the hub's member-info endpoint, and the
hub then delivers body results with 30-minute member tokens it mints itself; the auth-code endpoint's
sign-in, refusals, unlinking, reconnecting, and the read-back after a lost reply."""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

import httpx

from hardware import fields
from tests.hub.linking.conftest import LinkingSite
from tests.hub.linking.test_linked_delivery import send, settled

BODY = {fields.WEIGHT_KG: 72.5, fields.BODY_FAT_PERCENT: 21.0}
PLATFORM = "boditrax"


def connect_on_phone(site: LinkingSite, decision: str = "connect") -> tuple[dict, httpx.Response]:
    """The kiosk starts a link; the phone opens its page, confirms, and answers Boditrax's connect page."""
    link = site.start_link(PLATFORM)
    with httpx.Client(follow_redirects=False, timeout=20) as phone:
        assert phone.get(link["url"]).status_code == 200
        to_boditrax = phone.post(link["url"])
        assert to_boditrax.status_code == 303
        target = urlsplit(to_boditrax.headers["location"])
        assert target.path == "/handlers/gymkiosk/connect" and set(dict(parse_qsl(target.query))) == {"code"}
        page = phone.get(to_boditrax.headers["location"])
        code = re.search(r'name="code" value="([^"]+)"', page.text).group(1)
        done = phone.post(to_boditrax.headers["location"], data={"code": code, "user": "dana.w", "decision": decision})
    return link, done


def test_connecting_on_the_phone_gives_boditrax_a_linked_account_and_the_kiosk_sees_it(boditrax_site: LinkingSite) -> None:
    link, done = connect_on_phone(boditrax_site)
    assert "Connected" in done.text
    assert boditrax_site.status(link["link"]) == "linked"
    [account] = boditrax_site.provider.linked.values()
    assert account.member.user_name == "dana.w" and account.kind == "gymkiosk" and len(account.secret) >= 32
    linked = boditrax_site.http.post("/api/v1/links/linked", headers=boditrax_site.kiosk,
                                     json={"session": boditrax_site.session})
    assert linked.json() == {"platforms": {PLATFORM: "linked"}}


def test_cancelling_at_boditrax_links_nothing(boditrax_site: LinkingSite) -> None:
    link, done = connect_on_phone(boditrax_site, decision="cancel")
    assert "Not connected" in done.text and boditrax_site.provider.linked == {}
    assert boditrax_site.status(link["link"]) == "confirmed"  # until it lapses, five minutes after it started


def test_the_member_info_endpoint_takes_each_code_once(boditrax_site: LinkingSite) -> None:
    link = boditrax_site.start_link(PLATFORM)
    with httpx.Client(follow_redirects=False, timeout=20) as phone:
        code = dict(parse_qsl(urlsplit(phone.post(link["url"]).headers["location"]).query))["code"]
    member_info = f"{boditrax_site.url}/handlers/boditrax/member"
    first = httpx.post(member_info, data={"code": code})
    assert first.status_code == 200 and first.json()["success"] is True
    assert set(first.json()["linkedaccount"]) == {"type", "username", "userid", "secret"}
    again = httpx.post(member_info, data={"code": code})
    assert again.status_code == 400 and again.json() == {
        "success": False, "error": "This sign-in has expired or was used. Start again at the kiosk."}
    assert httpx.post(f"{boditrax_site.url}/handlers/enduco/member", data={"code": code}).status_code == 404


def test_the_auth_code_endpoint_signs_in_with_the_link_and_its_code(boditrax_site: LinkingSite) -> None:
    link = boditrax_site.start_link(PLATFORM)
    endpoint = f"{boditrax_site.url}/handlers/boditrax/authcode"
    answer = httpx.post(endpoint, params={"action": "kiosk"}, data={"username": link["link"], "password": link["code"]})
    assert answer.status_code == 302
    location = urlsplit(answer.headers["location"])
    assert location.path == "/handlers/gymkiosk/kiosk"
    signed_in = httpx.get(answer.headers["location"])  # Boditrax's scanner follows it and asks the hub who it is
    assert "You are signed in" in signed_in.text and boditrax_site.status(link["link"]) == "linked"


def test_a_wrong_code_at_the_auth_code_endpoint_is_refused_and_ends_the_link(boditrax_site: LinkingSite) -> None:
    link = boditrax_site.start_link(PLATFORM)
    endpoint = f"{boditrax_site.url}/handlers/boditrax/authcode"
    wrong = "0000" if link["code"] != "0000" else "1111"
    refused = httpx.post(endpoint, params={"action": "connect"}, data={"username": link["link"], "password": wrong})
    assert refused.status_code == 401 and refused.json()["success"] is False
    assert "does not match" in refused.json()["error"]
    right = httpx.post(endpoint, params={"action": "connect"}, data={"username": link["link"], "password": link["code"]})
    assert right.status_code == 410  # one guess only: the member starts again at the kiosk
    odd = httpx.post(endpoint, params={"action": "site"}, data={"username": link["link"], "password": link["code"]})
    assert odd.status_code in (400, 410) and odd.json()["success"] is False


def test_a_linked_member_s_body_result_becomes_a_boditrax_reading(boditrax_site: LinkingSite) -> None:
    connect_on_phone(boditrax_site)
    send(boditrax_site, "b-bx-1", kind="body", values=BODY)
    assert settled(boditrax_site, "b-bx-1", PLATFORM)["state"] == "delivered"
    [reading] = boditrax_site.provider.readings
    assert reading.member.user_name == "dana.w"
    assert reading.body["measurements"] == {"Weight": 72.5, "FatPercent": 21.0}


def test_a_cardio_result_is_never_queued_for_boditrax(boditrax_site: LinkingSite) -> None:
    accepted = send(boditrax_site, "c-bx", kind="cardio", values={fields.DURATION_S: 600.0})
    assert PLATFORM not in accepted["destinations"]


def test_an_expired_member_token_is_minted_again_at_the_next_delivery(boditrax_site: LinkingSite) -> None:
    connect_on_phone(boditrax_site)
    send(boditrax_site, "b-bx-2", kind="body", values=BODY)
    assert settled(boditrax_site, "b-bx-2", PLATFORM)["state"] == "delivered"
    boditrax_site.provider.expire_tokens()
    send(boditrax_site, "b-bx-3", kind="body", values=BODY)
    assert settled(boditrax_site, "b-bx-3", PLATFORM)["state"] == "delivered"
    assert len(boditrax_site.provider.readings) == 2


def test_a_link_boditrax_dropped_needs_reconnecting(boditrax_site: LinkingSite) -> None:
    connect_on_phone(boditrax_site)
    boditrax_site.provider.linked.clear()
    send(boditrax_site, "b-bx-4", kind="body", values=BODY)
    state = settled(boditrax_site, "b-bx-4", PLATFORM)
    assert state["state"] == "unlinked" and "reconnect" in state["detail"]
    linked = boditrax_site.http.post("/api/v1/links/linked", headers=boditrax_site.kiosk,
                                     json={"session": boditrax_site.session}).json()
    assert linked == {"platforms": {PLATFORM: "needs-reconnect"}}


def test_unlinking_removes_the_linked_account_at_boditrax_too(boditrax_site: LinkingSite) -> None:
    connect_on_phone(boditrax_site)
    unlinked = boditrax_site.http.post("/api/v1/links/unlink", headers=boditrax_site.kiosk,
                                       json={"session": boditrax_site.session, "platform": PLATFORM})
    assert unlinked.json() == {"unlinked": True} and boditrax_site.provider.linked == {}
    send(boditrax_site, "b-bx-5", kind="body", values=BODY)
    assert settled(boditrax_site, "b-bx-5", PLATFORM)["state"] == "unlinked"


def test_a_reply_lost_after_boditrax_stored_the_reading_is_read_back_not_sent_twice(boditrax_site: LinkingSite) -> None:
    connect_on_phone(boditrax_site)
    send(boditrax_site, "b-bx-6", kind="body", values=BODY)  # registers the scan performer, mints a token
    assert settled(boditrax_site, "b-bx-6", PLATFORM)["state"] == "delivered"
    boditrax_site.provider.faults.drop_next(1, after_processing=True, path_prefix="/rest/v2.10/readings")
    send(boditrax_site, "b-bx-7", kind="body", values={fields.WEIGHT_KG: 72.0})
    assert settled(boditrax_site, "b-bx-7", PLATFORM)["state"] == "delivered"
    assert [r.body["measurements"] for r in boditrax_site.provider.readings] == [
        {"Weight": 72.5, "FatPercent": 21.0}, {"Weight": 72.0}]


def test_a_reply_lost_when_the_readings_cannot_be_read_is_left_to_a_trainer(boditrax_site: LinkingSite) -> None:
    connect_on_phone(boditrax_site)
    boditrax_site.provider.unreadable_readings = True
    boditrax_site.provider.faults.drop_next(1, after_processing=True, path_prefix="/rest/v2.10/readings")
    send(boditrax_site, "b-bx-8", kind="body", values=BODY)
    state = settled(boditrax_site, "b-bx-8", PLATFORM)
    assert state["state"] == "uncertain" and len(boditrax_site.provider.readings) == 1
