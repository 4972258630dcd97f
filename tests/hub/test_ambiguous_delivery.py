"""The ambiguous failure at the hub: a delivery whose reply was lost is checked before it is sent again.

EGYM de-duplicates by the measurement's id, so it needs no rule of its own; here it stands in for a
platform that does, through a destination that reads the sandbox's stored results back over HTTP
(as LFopen's results list or Boditrax's readings by date would be read), or that cannot ask at all.
The reply is lost by the sandbox's own fault: the connection drops after the result was stored, or
before. EGYM's client makes one attempt, so the hub's worker sees the failure itself.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import httpx

from kiosk.cloud.base import AfterAmbiguousFailure, DeliveryPolicy
from kiosk.cloud.egym import CallRetry
from kiosk.cloud.egym.platform import EGYM
from kiosk.cloud.platform import Connection
from kiosk.models import Measurement, MemberSession
from tests.hub.running import bearer, running_hub
from tests.hub.test_delivery import QUICK_RETRIES, final_state, intake

ONE_TRY = {"egym": {"retry": CallRetry(max_attempts=1)}}
MEASUREMENTS = "/api/v1/measurements"


class ReadsBack:
    """EGYM's destination plus a rule: read the stored results back, or (``can_ask`` False) say it cannot."""

    def __init__(self, egym: Any, sandbox_url: str, *, can_ask: bool) -> None:
        self.name = egym.name
        self.delivery_policy: DeliveryPolicy = egym.delivery_policy
        self._egym, self._url, self._can_ask = egym, sandbox_url, can_ask
        self.asked = 0

    async def submit(self, measurement: Measurement, session: MemberSession) -> None:
        await self._egym.submit(measurement, session)

    async def after_ambiguous_failure(self, measurement: Measurement, session: MemberSession) -> AfterAmbiguousFailure:
        self.asked += 1
        if not self._can_ask:
            return AfterAmbiguousFailure.UNCERTAIN
        async with httpx.AsyncClient(base_url=self._url) as http:
            stored = (await http.get("/_sandbox/measurements")).json()
        found = any(record["uniqueMeasurementId"] == measurement.unique_id for record in stored)
        return AfterAmbiguousFailure.DELIVERED if found else AfterAmbiguousFailure.NOT_DELIVERED


def egym_with_rule(sandbox_url: str, *, can_ask: bool, made: list[ReadsBack]):  # noqa: ANN201 - a Platform
    def connect(settings: Any, **options: Any) -> Connection:
        connection = EGYM.connect(settings, **options)
        destination = ReadsBack(connection.destination, sandbox_url, can_ask=can_ask)
        made.append(destination)
        return dataclasses.replace(connection, destination=destination)

    return dataclasses.replace(EGYM, connect=connect)


def stored_ids(sandbox) -> list[str]:  # noqa: ANN001 - the running sandbox
    return [record["uniqueMeasurementId"] for record in sandbox.state.measurements()]


def test_a_result_stored_before_its_reply_was_lost_is_found_and_not_sent_again(tmp_path: Path, sandbox) -> None:
    made: list[ReadsBack] = []
    platform = egym_with_rule(sandbox.base_url, can_ask=True, made=made)
    sandbox.state.faults.drop_next(1, after_processing=True, path_prefix=MEASUREMENTS)
    with running_hub(tmp_path, sandbox, worker_options=QUICK_RETRIES, platforms=[platform],
                     platform_options=ONE_TRY) as hub:
        kiosk = hub.enrol()
        intake(hub, kiosk, "m-lost-reply")
        state = final_state(hub, kiosk, "m-lost-reply")
    assert state["state"] == "delivered" and "found there after the reply was lost" in state["detail"]
    assert stored_ids(sandbox) == ["m-lost-reply"] and sandbox.state.stats()["duplicates"] == 0  # sent once
    assert made[0].asked == 1


def test_a_result_lost_before_it_was_stored_is_sent_again_once_the_check_says_so(tmp_path: Path, sandbox) -> None:
    made: list[ReadsBack] = []
    platform = egym_with_rule(sandbox.base_url, can_ask=True, made=made)
    sandbox.state.faults.drop_next(1, after_processing=False, path_prefix=MEASUREMENTS)
    with running_hub(tmp_path, sandbox, worker_options=QUICK_RETRIES, platforms=[platform],
                     platform_options=ONE_TRY) as hub:
        kiosk = hub.enrol()
        intake(hub, kiosk, "m-not-there")
        state = final_state(hub, kiosk, "m-not-there")
    assert state["state"] == "delivered"
    assert stored_ids(sandbox) == ["m-not-there"] and sandbox.state.stats()["duplicates"] == 0
    assert made[0].asked == 1


def test_a_platform_that_cannot_be_asked_leaves_it_uncertain_until_a_trainer_resends(tmp_path: Path, sandbox) -> None:
    made: list[ReadsBack] = []
    platform = egym_with_rule(sandbox.base_url, can_ask=False, made=made)
    sandbox.state.faults.drop_next(1, after_processing=True, path_prefix=MEASUREMENTS)
    with running_hub(tmp_path, sandbox, worker_options=QUICK_RETRIES, platforms=[platform],
                     platform_options=ONE_TRY) as hub:
        kiosk = hub.enrol()
        intake(hub, kiosk, "m-unsure")
        state = final_state(hub, kiosk, "m-unsure", states=("delivered", "failed", "uncertain"))
        assert state["state"] == "uncertain" and "resend or discard" in state["detail"]
        assert stored_ids(sandbox) == ["m-unsure"]  # it did arrive; the hub did not send it blindly again
        resent = hub.http.post("/api/v1/measurements/m-unsure/resend", json={"destination": "egym"},
                               headers=bearer(kiosk))
        assert resent.status_code == 202 and resent.json()["destinations"]["egym"]["state"] == "pending", resent.text
        assert final_state(hub, kiosk, "m-unsure")["state"] == "delivered"
    assert sandbox.state.stats()["duplicates"] == 1  # the trainer's resend: EGYM kept it once
