"""A standalone-EGYM kiosk's member services in the flow: terms, points, merged history, card linking.

The kiosk is built as in production (:func:`kiosk.composition.build_kiosk`) from the demo's
standalone config, against the sandbox's machine API over HTTP on loopback. Readings are handed
to the flow as the device hub would; no device is opened.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import AsyncIterator

import pytest

from hardware import fields
from hardware.events import CardCredential, CredentialPresented, MeasurementRecord, WalletCredential, WalletPlatform
from harness.autoplay import SnapshotWaiter, in_state
from harness.demo import demo_standalone_config
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS, EgymSandbox
from kiosk.cloud.egym.sandbox.faults import Faults
from kiosk.cloud.egym.sandbox.standalone import POINTS_PER_MEASUREMENT, StandaloneState
from kiosk.composition import KioskParts, build_kiosk
from kiosk.message_codes import MessageCode
from kiosk.sandbox import serve_loopback
from kiosk.session.flow import FlowTimings
from kiosk.session.state import CardLinkStep, SessionState
from tests.kiosk.cloud.egym.standalone.support import card_of

WAIT_S = 20.0  # an upper bound for loopback HTTP and SQLite; never a sleep
DANA, LUKAS, PRIYA = DEMO_MEMBERS[0], DEMO_MEMBERS[1], DEMO_MEMBERS[3]  # Priya has not accepted EGYM's terms yet
UNKNOWN_CARD = CardCredential(bytes.fromhex("55667788"))


@dataclass
class Station:
    parts: KioskParts
    sandbox: StandaloneState
    faults: Faults
    waiter: SnapshotWaiter

    def tap(self, credential: object) -> None:
        self.parts.flow.handle(CredentialPresented(credential))  # type: ignore[arg-type]

    def weigh(self, kg: float) -> None:
        self.parts.flow.handle(MeasurementRecord(kind="body", values={fields.WEIGHT_KG: kg, fields.BODY_FAT_PERCENT: 24.0},
                                                 model="MC-780"))

    async def until(self, state: SessionState, what: str = ""):  # noqa: ANN201 - the snapshot
        return await self.waiter.until(in_state(state), WAIT_S, what or state.value)


@pytest.fixture
async def station(tmp_path: Path) -> AsyncIterator[Station]:
    with serve_loopback(EgymSandbox()) as sandbox:
        config = demo_standalone_config(sandbox.base_url, database=tmp_path / "kiosk.sqlite3")
        parts = await build_kiosk(config, timings=FlowTimings(idle_s=120, review_s=60, result_idle_s=120))
        await parts.outbox.start()
        waiter = SnapshotWaiter(parts.flow)
        try:
            yield Station(parts, sandbox.state.standalone, sandbox.state.faults, waiter)
        finally:
            waiter.close()
            await parts.aclose()


def wallet_of(member) -> WalletCredential:  # noqa: ANN001 - a DemoMember
    return WalletCredential(member.wallet_payload, WalletPlatform(member.wallet_platform))


async def measure_and_save(station: Station, kg: float) -> None:
    station.weigh(kg)
    await station.until(SessionState.REVIEW)
    station.parts.flow.confirm()
    await station.until(SessionState.DONE)


async def test_a_member_who_accepts_the_terms_measures_and_the_result_reaches_egym(station: Station) -> None:
    station.tap(card_of(PRIYA))
    terms = await station.until(SessionState.TERMS)
    assert terms.terms[0].heading and terms.terms[0].text == "Terms and conditions (sandbox)"
    station.parts.flow.accept_terms()
    await station.until(SessionState.PROFILE, "the greeting after Accept")
    assert PRIYA.user_id not in station.sandbox.terms_pending
    await measure_and_save(station, 61.0)
    assert [m["userId"] for m in station.sandbox.measurements] == [PRIYA.user_id]


async def test_declining_the_terms_ends_the_visit_and_sends_nothing(station: Station) -> None:
    station.sandbox.terms_pending.add(LUKAS.user_id)
    station.tap(card_of(LUKAS))
    terms = await station.until(SessionState.TERMS)
    assert terms.terms[0].text == "Nutzungsbedingungen (Sandbox)"  # in the member's language (de_DE)
    station.weigh(80.0)  # finished while they read: theirs, so it must not reach anyone after a Decline
    station.parts.flow.decline_terms()
    failed = await station.until(SessionState.FAILED)
    assert failed.message is MessageCode.TERMS_DECLINED and failed.terms == ()
    await station.until(SessionState.ATTRACT)  # the polite message closes by itself
    station.tap(card_of(DANA))
    offered = await station.until(SessionState.PROFILE)
    assert offered.offered_result == {}  # not offered to the next member either
    assert station.sandbox.measurements == [] and LUKAS.user_id in station.sandbox.terms_pending


async def test_terms_egym_cannot_serve_stop_the_visit_with_a_reason(station: Station) -> None:
    station.sandbox.terms_pending.add(DANA.user_id)
    station.faults.fail_next(503, 10, path_prefix="/api/v1/resources/terms")  # more than the retries
    station.tap(card_of(DANA))
    failed = await station.until(SessionState.FAILED)
    assert failed.message is MessageCode.TERMS_UNAVAILABLE and failed.message_platform == "egym"
    assert station.sandbox.measurements == []


async def test_an_acceptance_that_does_not_arrive_can_be_sent_again(station: Station) -> None:
    station.tap(card_of(PRIYA))
    await station.until(SessionState.TERMS)
    station.faults.fail_next(503, 10, path_prefix="/api/v1/users/terms")
    station.parts.flow.accept_terms()
    refused = await station.waiter.until(lambda s: s.message is MessageCode.TERMS_NOT_SAVED, WAIT_S, "the message")
    assert refused.state is SessionState.TERMS and not refused.terms_sending
    station.faults.clear()
    station.parts.flow.accept_terms()
    await station.until(SessionState.PROFILE, "the greeting after the second Accept")
    assert PRIYA.user_id not in station.sandbox.terms_pending


async def test_the_done_screen_gets_todays_points_and_level_once_egym_has_the_result(station: Station) -> None:
    before = station.sandbox.points_today[DANA.user_id]
    station.tap(card_of(DANA))
    await station.until(SessionState.PROFILE)
    await measure_and_save(station, 70.0)
    done = await station.waiter.until(lambda s: s.standing is not None, WAIT_S, "points on the done screen")
    assert done.standing is not None
    assert (done.standing.points_today, done.standing.level, done.standing.points_to_next_level) == (
        before + POINTS_PER_MEASUREMENT, "3", 40)


async def test_a_gym_without_activity_levels_shows_points_only(station: Station) -> None:
    station.tap(card_of(DEMO_MEMBERS[2]))  # EGYM answers 403 to this member's activity level
    await station.until(SessionState.PROFILE)
    await measure_and_save(station, 66.0)
    done = await station.waiter.until(lambda s: s.standing is not None, WAIT_S, "points on the done screen")
    assert done.standing is not None and done.standing.level is None and done.standing.points_today


async def test_history_from_other_machines_is_merged_and_our_own_counted_once(station: Station) -> None:
    station.tap(card_of(DANA))
    greeted = await station.waiter.until(lambda s: len(s.history) == 7, WAIT_S, "EGYM's history on the greeting")
    assert all(fields.WEIGHT_KG in past.values for past in greeted.history)
    assert [p.timestamp_ms for p in greeted.history] == sorted(p.timestamp_ms for p in greeted.history)
    await measure_and_save(station, 69.5)
    station.parts.flow.finish()
    await station.until(SessionState.ATTRACT)
    station.tap(card_of(DANA))
    again = await station.waiter.until(lambda s: len(s.history) >= 8, WAIT_S, "the history with today's result")
    assert len(again.history) == 8  # at EGYM and on this kiosk, shown once
    assert again.history[-1].values[fields.WEIGHT_KG] == 69.5


async def test_a_wallet_member_links_a_new_card_after_confirming(station: Station) -> None:
    station.tap(wallet_of(DANA))
    greeted = await station.until(SessionState.PROFILE)
    assert greeted.can_link_card and greeted.card_link is None
    station.tap(UNKNOWN_CARD)  # not asked for yet: a card tap is another member, as always
    await station.until(SessionState.FAILED, "the unknown card's own visit")
    station.tap(wallet_of(DANA))
    await station.until(SessionState.PROFILE)
    flow = station.parts.flow
    flow.offer_card_link()
    assert flow.snapshot.card_link is CardLinkStep.CONFIRM
    flow.start_card_link()
    assert flow.snapshot.card_link is CardLinkStep.WAITING
    station.tap(UNKNOWN_CARD)
    linked = await station.waiter.until(lambda s: s.card_link is CardLinkStep.LINKED, WAIT_S, "the card linked")
    assert linked.state is SessionState.PROFILE  # still Dana's visit
    assert station.sandbox.tags[("55667788", "MIFARE")].user_id == DANA.user_id
    flow.close_card_link()
    assert flow.snapshot.card_link is None


async def test_another_members_card_is_refused_and_stays_theirs(station: Station) -> None:
    station.tap(wallet_of(DANA))
    await station.until(SessionState.PROFILE)
    flow = station.parts.flow
    flow.offer_card_link()
    flow.start_card_link()
    station.tap(card_of(LUKAS))
    refused = await station.waiter.until(lambda s: s.card_link is CardLinkStep.REFUSED, WAIT_S, "the refusal")
    assert refused.state is SessionState.PROFILE and refused.profile is not None
    owner = station.sandbox.tags[(LUKAS.rfid, LUKAS.rfid_format)]
    assert owner.user_id == LUKAS.user_id


async def test_a_card_member_is_not_offered_card_linking(station: Station) -> None:
    station.tap(card_of(DANA))
    greeted = await station.until(SessionState.PROFILE)
    assert not greeted.can_link_card
    station.parts.flow.offer_card_link()  # a touch in the wrong state changes nothing
    assert station.parts.flow.snapshot.card_link is None
