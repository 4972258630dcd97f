"""Delivering to Boditrax over real HTTP: a body result becomes a reading from the hub's scan performer,
tokens are minted and re-minted from the linked account, every error class means what it should, and
the ambiguous-failure rule reads the member's readings back."""
from __future__ import annotations

import time

import pytest

from hardware import fields
from kiosk.cloud.base import AfterAmbiguousFailure, LinkTokens
from kiosk.cloud.boditrax.client import BoditraxClient
from kiosk.cloud.boditrax.integration import POLICY, BoditraxDestination
from kiosk.cloud.boditrax.linking import BoditraxAccountLinks
from kiosk.cloud.errors import AuthExpired, BadReply, PermissionDenied, RateLimited, Rejected, Transient
from kiosk.models import Measurement
from tests.kiosk.cloud.boditrax.conftest import body_result, linked_session, settings_for

READINGS = "/rest/v2.10/readings"


async def test_a_body_result_is_added_as_a_reading_under_boditrax_s_metric_names(client: BoditraxClient,
                                                                                  sandbox) -> None:
    session = await linked_session(client, sandbox, member_index=1)
    result = body_result()
    await BoditraxDestination(client).submit(result, session)
    [reading] = sandbox.state.readings
    assert reading.member.user_name == "lukas.b"
    assert reading.body["measurements"] == {"Weight": 71.4, "FatPercent": 18.25, "Muscle": 32.1}  # no name: no impedance
    assert reading.body["scanperformer"] in sandbox.state.scanperformers
    assert reading.body["date"] == time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(result.timestamp_ms // 1000))
    assert session.access_token in sandbox.state.tokens  # minted from the linked account, kept for the next result


async def test_a_gym_s_own_field_names_replace_the_defaults(sandbox) -> None:
    renamed = BoditraxClient(settings_for(sandbox, fields={fields.WEIGHT_KG: "BodyWeight"}))
    try:
        session = await linked_session(renamed, sandbox)
        await BoditraxDestination(renamed).submit(body_result(values={fields.WEIGHT_KG: 80.0}), session)
    finally:
        await renamed.aclose()
    assert sandbox.state.readings[0].body["measurements"] == {"BodyWeight": 80.0}


async def test_an_expired_token_is_minted_again_without_the_member(client: BoditraxClient, sandbox) -> None:
    session = await linked_session(client, sandbox)
    destination = BoditraxDestination(client)
    await destination.submit(body_result("m-1"), session)
    first = session.access_token
    sandbox.state.expire_tokens()  # Boditrax's 30 minutes are up, though the session thinks otherwise
    await destination.submit(body_result("m-2"), session)
    assert session.access_token != first and len(sandbox.state.readings) == 2


async def test_a_link_boditrax_dropped_asks_the_member_to_reconnect(client: BoditraxClient, sandbox) -> None:
    session = await linked_session(client, sandbox)
    sandbox.state.linked.clear()
    with pytest.raises(AuthExpired, match="connects Boditrax again"):
        await BoditraxDestination(client).submit(body_result(), session)
    assert sandbox.state.readings == []


async def test_only_body_composition_is_for_boditrax(client: BoditraxClient, sandbox) -> None:
    session = await linked_session(client, sandbox)
    cardio = Measurement("cardio", {fields.DURATION_S: 600.0})
    assert not POLICY.takes("cardio") and POLICY.takes("body")
    with pytest.raises(Rejected, match="body-composition"):
        await BoditraxDestination(client).submit(cardio, session)
    with pytest.raises(Rejected, match="metric name"):
        await BoditraxDestination(client).submit(body_result(values={fields.IMPEDANCE_OHM: 500.0}), session)
    assert sandbox.state.readings == []


@pytest.mark.parametrize(("status", "error"), [(400, Rejected), (403, PermissionDenied), (429, RateLimited),
                                               (500, Transient), (503, Transient)])
async def test_every_error_class_of_adding_a_reading(client: BoditraxClient, sandbox, status: int, error: type) -> None:
    session = await linked_session(client, sandbox)
    await client.scanperformer()
    sandbox.state.faults.fail_next(1, status, READINGS)
    with pytest.raises(error) as raised:
        await BoditraxDestination(client).submit(body_result(), session)
    assert POLICY.meaning(raised.value).value in ("refused", "not-permitted", "slow-down", "unreachable")
    assert sandbox.state.readings == []


async def test_a_refused_token_is_minted_again_once(client: BoditraxClient, sandbox) -> None:
    session = await linked_session(client, sandbox)
    await client.scanperformer()
    sandbox.state.faults.fail_next(1, 401, READINGS)
    await BoditraxDestination(client).submit(body_result(), session)
    assert len(sandbox.state.readings) == 1


async def test_a_page_instead_of_json_is_a_bad_reply_and_nothing_is_stored(client: BoditraxClient, sandbox) -> None:
    session = await linked_session(client, sandbox)
    await client.scanperformer()
    sandbox.state.faults.garbage_next(1, READINGS)
    with pytest.raises(BadReply, match="not JSON"):
        await BoditraxDestination(client).submit(body_result(), session)
    assert sandbox.state.readings == []  # a proxy's page answered; the request never reached Boditrax


async def test_a_drop_after_boditrax_stored_the_reading_reads_it_back_as_delivered(client: BoditraxClient,
                                                                                   sandbox) -> None:
    session = await linked_session(client, sandbox)
    destination = BoditraxDestination(client)
    await client.scanperformer()
    result = body_result()
    sandbox.state.faults.drop_next(1, after_processing=True, path_prefix=READINGS)
    with pytest.raises(Transient) as cut:
        await destination.submit(result, session)
    assert cut.value.maybe_processed
    assert await destination.after_ambiguous_failure(result, session) is AfterAmbiguousFailure.DELIVERED
    assert len(sandbox.state.readings) == 1


async def test_a_drop_before_boditrax_stored_it_reads_back_as_not_delivered(client: BoditraxClient, sandbox) -> None:
    session = await linked_session(client, sandbox)
    destination = BoditraxDestination(client)
    await client.scanperformer()
    await destination.submit(body_result("earlier", {fields.WEIGHT_KG: 70.0}), session)  # another reading that day
    sandbox.state.faults.drop_next(1, path_prefix=READINGS)
    result = Measurement("body", {fields.WEIGHT_KG: 70.5}, unique_id="later",
                         timestamp_ms=body_result().timestamp_ms + 60_000)
    with pytest.raises(Transient):
        await destination.submit(result, session)
    assert await destination.after_ambiguous_failure(result, session) is AfterAmbiguousFailure.NOT_DELIVERED


async def test_another_reading_of_the_same_second_is_not_taken_for_this_one(client: BoditraxClient, sandbox) -> None:
    """A member who measures twice within a second: the read-back compares the values too."""
    session = await linked_session(client, sandbox)
    destination = BoditraxDestination(client)
    first = body_result("first", {fields.WEIGHT_KG: 70.0})
    await destination.submit(first, session)
    second = Measurement("body", {fields.WEIGHT_KG: 70.4}, unique_id="second", timestamp_ms=first.timestamp_ms + 300)
    assert await destination.after_ambiguous_failure(second, session) is AfterAmbiguousFailure.NOT_DELIVERED


@pytest.mark.parametrize("ids_only", [False, True])
async def test_a_restarted_hub_keeps_its_scan_performer_and_recognises_its_readings(sandbox, ids_only: bool) -> None:
    """The process that sent it died with the reply: the next one finds the performer by name, reads it back."""
    sandbox.state.ids_only = ids_only
    before = BoditraxClient(settings_for(sandbox))
    session = await linked_session(before, sandbox)
    result = body_result()
    try:
        await BoditraxDestination(before).submit(result, session)
    finally:
        await before.aclose()
    after = BoditraxClient(settings_for(sandbox))
    try:
        assert await BoditraxDestination(after).after_ambiguous_failure(result, session) is AfterAmbiguousFailure.DELIVERED
        assert len(sandbox.state.scanperformers) == 1
    finally:
        await after.aclose()


async def test_readings_listed_as_bare_ids_are_fetched_one_by_one(client: BoditraxClient, sandbox) -> None:
    sandbox.state.ids_only = True
    session = await linked_session(client, sandbox)
    destination = BoditraxDestination(client)
    result = body_result()
    await destination.submit(result, session)
    assert await destination.after_ambiguous_failure(result, session) is AfterAmbiguousFailure.DELIVERED


async def test_an_unreadable_readings_list_leaves_the_result_uncertain(client: BoditraxClient, sandbox) -> None:
    session = await linked_session(client, sandbox)
    sandbox.state.unreadable_readings = True
    assert await BoditraxDestination(client).after_ambiguous_failure(body_result(), session) \
        is AfterAmbiguousFailure.UNCERTAIN


async def test_unlinking_removes_the_linked_account_at_boditrax(client: BoditraxClient, sandbox) -> None:
    session = await linked_session(client, sandbox)
    links = BoditraxAccountLinks(client)
    await links.revoke(LinkTokens("", session.refresh_token))
    assert sandbox.state.linked == {}
    await links.revoke(LinkTokens("", session.refresh_token))  # gone already: nothing to do, no error
