"""After start-up the kiosk's long-lived objects are exempt from full garbage collections."""
from __future__ import annotations

import gc
from typing import Iterator

import pytest

from kiosk.runtime.heap import settle_after_start


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()  # a kiosk started earlier in this test process froze its own start-up
    yield
    gc.unfreeze()


def test_objects_alive_at_start_up_are_no_longer_walked_by_full_collections(unfrozen: None) -> None:
    long_lived = [{"reading": n} for n in range(10_000)]
    tracked_before = len(gc.get_objects())

    settle_after_start()

    assert gc.get_freeze_count() >= len(long_lived)
    assert len(gc.get_objects()) < tracked_before - len(long_lived)  # what a full collection now walks
    assert long_lived[-1] == {"reading": 9_999}
