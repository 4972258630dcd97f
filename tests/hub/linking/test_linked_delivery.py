"""Delivering to a platform members link (enduco) through the hub: with the member's linked tokens, only
the kinds it takes, "unlinked" for a member who has not connected it, "needs reconnecting" when its refresh fails."""
from __future__ import annotations

import time

import sqlalchemy as sa
from garmin_fit_sdk import Decoder, Stream

from hardware import fields
from hardware.events import CardCredential
from hub.store.schema import linked_accounts
from kiosk.cloud.hub.wire import Intake, intake_to_json
from kiosk.models import Measurement
from tests.hub.linking.conftest import MEMBER, LinkingSite
from tests.hub.linking.test_linking_http import approve

WORKOUT = {fields.DURATION_S: 1200.0, fields.DISTANCE_M: 9000.0, fields.HEART_RATE_BPM: 131.0}


def send(site: LinkingSite, unique_id: str, kind: str = "cardio", values: dict | None = None) -> dict:
    measurement = Measurement(kind, dict(values or WORKOUT), unique_id=unique_id, timestamp_ms=int(time.time() * 1000))
    reply = site.http.post("/api/v1/measurements", headers=site.kiosk, json=intake_to_json(
        Intake(measurement=measurement, session=site.session, credential=CardCredential(MEMBER.uid))))
    assert reply.status_code == 202, reply.text
    return reply.json()


def settled(site: LinkingSite, unique_id: str, destination: str = "enduco") -> dict:
    after = -1
    for _ in range(20):
        document = site.http.get(f"/api/v1/measurements/{unique_id}", params={"wait": 20, "after": after},
                                 headers=site.kiosk).json()
        state = document["destinations"][destination]
        if state["state"] not in ("pending", "retrying", "checking"):
            return state
        after = document["version"]
    raise AssertionError(f"{unique_id} never settled at {destination}")


def test_a_linked_member_s_workout_reaches_enduco_with_their_tokens(linking_site: LinkingSite) -> None:
    approve(linking_site, linking_site.start_link()["url"])
    send(linking_site, "w-linked")
    assert settled(linking_site, "w-linked")["state"] == "delivered"
    [upload] = linking_site.provider.uploads
    assert upload["token"] in linking_site.provider.access  # the member's own access token
    messages, errors = Decoder(Stream.from_byte_array(bytearray(upload["fit"]))).read()
    assert errors == [] and messages["session_mesgs"][0]["total_distance"] == 9000.0


def test_a_member_who_has_not_connected_enduco_is_told_to(linking_site: LinkingSite) -> None:
    send(linking_site, "w-unlinked")
    state = settled(linking_site, "w-unlinked")
    assert state["state"] == "unlinked" and "not connected" in state["detail"]
    assert linking_site.provider.uploads == []


def test_a_body_result_is_never_queued_for_enduco(linking_site: LinkingSite) -> None:
    accepted = send(linking_site, "b-1", kind="body", values={fields.WEIGHT_KG: 70.0})
    assert set(accepted["destinations"]) == {"egym"}


def test_a_refresh_enduco_refuses_marks_the_link_for_reconnecting(linking_site: LinkingSite) -> None:
    approve(linking_site, linking_site.start_link()["url"])
    with linking_site.hub.engine.begin() as connection:  # the access token lapsed and enduco forgot the refresh token
        linking_site.provider.refresh.clear()
        connection.execute(sa.update(linked_accounts).values(expires_ms=0))
    sealed = linking_site.hub.context.sealer
    with linking_site.hub.engine.begin() as connection:
        tokens = sealed.open(connection.execute(sa.select(linked_accounts.c.tokens)).scalar_one())
        tokens["expires_at_ms"] = 0
        connection.execute(sa.update(linked_accounts).values(tokens=sealed.seal(tokens)))
    send(linking_site, "w-stale")
    state = settled(linking_site, "w-stale")
    assert state["state"] == "unlinked" and "reconnect" in state["detail"]
    linked = linking_site.http.post("/api/v1/links/linked", headers=linking_site.kiosk,
                                    json={"session": linking_site.session}).json()
    assert linked == {"platforms": {"enduco": "needs-reconnect"}}


def test_the_kiosk_reads_a_linked_member_s_plan_and_zones_through_the_hub(linking_site: LinkingSite) -> None:
    """plans_read and user_read: the kiosk never holds the enduco token; the hub reads them for it."""
    ask = lambda: linking_site.http.post("/api/v1/links/today", headers=linking_site.kiosk,  # noqa: E731
                                         json={"session": linking_site.session})
    assert ask().json() == {"training": None}  # not linked yet
    approve(linking_site, linking_site.start_link()["url"])
    training = ask().json()["training"]
    assert training["platform"] == "enduco" and training["plan"] == {"title": "Endurance ride", "minutes": 45}
    assert [zone["max_bpm"] for zone in training["zones"]] == [115, 135, 150, 165, 185]
    linking_site.provider.plan = None
    assert ask().json()["training"]["plan"] is None
