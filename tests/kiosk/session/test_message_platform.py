"""A message names the platform it is about: the one whose login failed, the destination that refused
the result or holds it back; the screen fills in that platform's name."""
from __future__ import annotations

from pathlib import Path
from typing import AsyncIterator

import pytest

from hardware.events import CardCredential, CredentialPresented
from harness.autoplay import SnapshotWaiter, in_state
from kiosk.cloud.errors import Transient
from kiosk.cloud.identity_chain import IdentityChain
from kiosk.message_codes import MessageCode
from kiosk.outbox.outbox import Outbox
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.session.flow import SessionFlow
from kiosk.session.messages import queued_at, queued_reason, refusal, refused_at
from kiosk.session.state import SessionState
from kiosk.storage import Database
from tests.kiosk.cloud.test_identity_chain import Provider

CARD = CardCredential(bytes.fromhex("04A1B2C3"))


@pytest.fixture
async def outbox(tmp_path: Path) -> AsyncIterator[Outbox]:
    database = Database(tmp_path / "kiosk.sqlite3")
    box = Outbox(database, [])
    yield box
    await box.aclose()
    database.close()


async def test_a_failed_login_names_the_platform_that_failed(outbox: Outbox) -> None:
    chain = IdentityChain([Provider("egym"), Provider("perfectgym", failure=Transient("perfectgym", "offline"))])
    flow = SessionFlow(chain, outbox)
    waiter = SnapshotWaiter(flow)

    flow.handle(CredentialPresented(CARD))
    failed = await waiter.until(in_state(SessionState.FAILED), 5, "the failure")

    assert (failed.message, failed.message_platform) == (MessageCode.OFFLINE, "perfectgym")
    waiter.close()
    await flow.aclose()


async def test_a_card_no_platform_knows_is_about_the_platform_asked_first(outbox: Outbox) -> None:
    flow = SessionFlow(IdentityChain([Provider("egym"), Provider("perfectgym")]), outbox)
    waiter = SnapshotWaiter(flow)

    flow.handle(CredentialPresented(CARD))
    failed = await waiter.until(in_state(SessionState.FAILED), 5, "the failure")

    assert (failed.message, failed.message_platform) == (MessageCode.CARD_NOT_REGISTERED, "egym")
    assert flow.platform == "egym"
    waiter.close()
    await flow.aclose()


def test_a_refusal_and_a_wait_are_about_the_destination_that_said_so() -> None:
    sent = DeliveryStatus("egym", DeliveryState.SENT)
    refused = DeliveryStatus("perfectgym", DeliveryState.REJECTED, "rejected")
    offline = DeliveryStatus("enduco", DeliveryState.PENDING, MessageCode.OFFLINE.value)

    assert (refusal([sent, refused]), refused_at([sent, refused])) == (MessageCode.REJECTED, "perfectgym")
    assert (queued_reason([sent, offline]), queued_at([sent, offline])) == (MessageCode.OFFLINE, "enduco")
    assert (refused_at([sent]), queued_at([sent])) == ("", "")
