"""A platform added from the test suite, the way a new one is added: its folder (tests/platforms/lockers)
and the registry line, here ``platforms=(EGYM, LOCKERS)``. Nothing else in the kiosk names it.

Both platforms run as sandbox emulations over real HTTP on loopback. A member who has an account at
both taps in; the result reaches both, and neither server ever sees the other's token or API key,
whichever platform logged the member in, also after every token has expired.
"""
from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path
from typing import Any, AsyncIterator

import pytest

from hardware import fields
from hardware.events import CardCredential, CredentialPresented, MeasurementRecord
from harness.autoplay import SnapshotWaiter, in_state
from kiosk.cloud.egym.platform import EGYM
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME, DEMO_MEMBERS, EgymSandbox
from kiosk.composition import KioskParts, build_kiosk
from kiosk.config.loader import parse_config
from kiosk.outbox.status import DeliveryState
from kiosk.sandbox import serve_loopback
from kiosk.session.state import SessionState
from tests.kiosk.outbox.gymbook import Recorder
from tests.kiosk.outbox.support import wait_for_state
from tests.platforms.lockers.platform import LOCKERS
from tests.platforms.lockers.sandbox import DEMO_API_KEY as LOCKERS_API_KEY, LockersSandbox

REGISTRY = (EGYM, LOCKERS)  # the registry line
DANA = DEMO_MEMBERS[0]  # EGYM knows her card, and so does Lockers


class RecordedEgym:
    """EGYM's emulation behind a recorder of every request and every token it hands out."""

    quiet_errors: tuple[type[BaseException], ...] = EgymSandbox.quiet_errors

    def __init__(self) -> None:
        self.state = EgymSandbox()
        self.recorder = Recorder(self.state.asgi_app())

    def asgi_app(self) -> Any:
        return self.recorder

    def describe(self, base_url: str) -> list[str]:
        return self.state.describe(base_url)


class Servers:
    def __init__(self, stack: ExitStack) -> None:
        self.egym = RecordedEgym()
        self.lockers = LockersSandbox(cards={DANA.uid.hex().upper(): "locker-1001"})
        self.egym_url = stack.enter_context(serve_loopback(self.egym)).base_url
        self.lockers_url = stack.enter_context(serve_loopback(self.lockers)).base_url


@pytest.fixture
def servers() -> Any:
    with ExitStack() as stack:
        yield Servers(stack)


async def kiosk(servers: Servers, tmp_path: Path, identity: list[str]) -> KioskParts:
    data = {
        "station": {"type": "scale", "identity": identity},
        "egym": {"base_url": servers.egym_url, "gym_id": DEMO_GYM_ID, "machine_name": DEMO_MACHINE_NAME},
        "lockers": {"base_url": servers.lockers_url},
        "readers": [{"protocol": "uid-lines", "port": "simulated"}],
        "storage": {"database": str(tmp_path / "data" / "kiosk.sqlite3")},
    }
    config = parse_config(data, source=tmp_path / "config.toml",
                          secrets={"egym": DEMO_API_KEY, "lockers": LOCKERS_API_KEY}, platforms=REGISTRY)
    parts = await build_kiosk(config, platforms=REGISTRY)
    await parts.start(chores=False)
    return parts


async def weigh(parts: KioskParts, kilograms: float) -> str:
    """Dana taps and steps on the scale; returns the result's id once both platforms hold it."""
    waiter = SnapshotWaiter(parts.flow)
    captured: list[str] = []
    unsubscribe = parts.outbox.subscribe(lambda unique_id, _status: captured.append(unique_id))
    try:
        # Straight to the dispatcher: the reader would count a second tap of the same card within
        # seconds as the card still lying there (the reader path has its own tests).
        parts.dispatcher(CredentialPresented(CardCredential(DANA.uid)))
        await waiter.until(in_state(SessionState.PROFILE), 10, "the greeting")
        parts.dispatcher(MeasurementRecord("body", {fields.WEIGHT_KG: kilograms}, model="test scale"))
        await waiter.until(in_state(SessionState.REVIEW), 10, "the result")
        parts.flow.confirm()
        for destination in ("egym", "lockers"):
            await wait_for_state(parts.outbox, captured[0], destination, DeliveryState.SENT)
        parts.flow.finish()  # the member taps Done
        await waiter.until(in_state(SessionState.ATTRACT), 10, "the attract screen again")
        return captured[0]
    finally:
        unsubscribe()
        waiter.close()


@pytest.mark.parametrize("identity", [["egym", "lockers"], ["lockers", "egym"]], ids=["egym-greets", "lockers-greets"])
async def test_a_result_reaches_both_platforms_and_neither_sees_the_others_token(
    servers: Servers, tmp_path: Path, identity: list[str],
) -> None:
    parts = await kiosk(servers, tmp_path, identity)
    try:
        first = await weigh(parts, 71.5)
        servers.lockers.expire_tokens()  # the next delivery to Lockers meets a 401 and logs in again
        second = await weigh(parts, 71.2)
    finally:
        await parts.aclose()

    assert [m["uniqueMeasurementId"] for m in servers.egym.state.measurements()] == [first, second]
    assert sorted(servers.lockers.measurements) == sorted([first, second])
    assert {m["member"] for m in servers.lockers.measurements.values()} == {"locker-1001"}

    egym_tokens = servers.egym.recorder.issued
    lockers_tokens = set(servers.lockers.tokens)
    assert egym_tokens and len(lockers_tokens) >= 2  # both issued tokens, Lockers again after expiry
    assert lockers_tokens & set(servers.lockers.shown_tokens)  # Lockers was shown its own tokens
    assert egym_tokens.isdisjoint(servers.lockers.shown_tokens), "Lockers received an EGYM token"
    assert DEMO_API_KEY not in servers.lockers.shown_tokens, "Lockers received EGYM's API key"
    assert servers.egym.recorder.saw_any_of(lockers_tokens | {LOCKERS_API_KEY}) == set(), "EGYM received a Lockers token"
