"""The trainer PIN is stored only as a salted argon2id hash, and guessing it is slowed down
by lockouts that double each time and survive a restart."""
from __future__ import annotations

import os

import pytest
from argon2 import Type, extract_parameters

from kiosk.trainer.pin import (
    PinLock, PinOutcome, PinSetupError, check_pin_format, hash_pin, read_pin_file, write_pin_file,
)
from tests.kiosk.trainer.conftest import CHEAP_HASHER
from tests.kiosk.trainer.support import TRAINER_PIN

WRONG = "000000"


async def guess_wrong(lock: PinLock, times: int) -> list[PinOutcome]:
    return [(await lock.check(WRONG)).outcome for _ in range(times)]


def test_the_pin_file_holds_a_salted_memory_hard_hash_readable_by_its_owner_only(tmp_path) -> None:
    path = tmp_path / "trainer-pin"
    write_pin_file(path, TRAINER_PIN)  # production cost

    stored = path.read_text()
    assert TRAINER_PIN not in stored
    parameters = extract_parameters(stored.strip())
    assert parameters.type is Type.ID and parameters.memory_cost >= 64 * 1024 and parameters.salt_len >= 16
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert read_pin_file(path) == stored.strip()
    assert hash_pin(TRAINER_PIN, CHEAP_HASHER) != hash_pin(TRAINER_PIN, CHEAP_HASHER)  # a fresh salt each time


@pytest.mark.parametrize("pin", ["123", "12ab56", "1234567890123", "", "١٢٣٤"])
def test_a_pin_is_four_to_twelve_plain_digits(pin: str) -> None:
    with pytest.raises(ValueError, match="4 to 12 digits"):
        check_pin_format(pin)


def test_a_pin_file_that_others_can_read_or_that_is_not_argon2id_is_refused_with_the_fix(tmp_path) -> None:
    path = tmp_path / "trainer-pin"
    with pytest.raises(PinSetupError, match="set-pin"):
        read_pin_file(path)
    write_pin_file(path, TRAINER_PIN, CHEAP_HASHER)
    path.chmod(0o644)
    with pytest.raises(PinSetupError, match="chmod 600"):
        read_pin_file(path)
    path.write_text("$2b$12$notanargonhashatall\n")
    path.chmod(0o600)
    with pytest.raises(PinSetupError, match="argon2id"):
        read_pin_file(path)


async def test_the_right_pin_is_accepted_and_a_wrong_one_counts_down(db, clock, pin_hash) -> None:
    lock = PinLock(db, pin_hash, clock=clock)
    await lock.load()

    wrong = await lock.check(WRONG)
    assert (wrong.outcome, wrong.attempts_left) == (PinOutcome.WRONG, 4)
    right = await lock.check(TRAINER_PIN)
    assert right.outcome is PinOutcome.ACCEPTED
    assert lock.attempts_left == 5  # a right PIN forgives earlier mistakes


async def test_five_wrong_pins_lock_entry_for_a_growing_time(db, clock, pin_hash) -> None:
    lock = PinLock(db, pin_hash, clock=clock)
    await lock.load()

    assert await guess_wrong(lock, 5) == [PinOutcome.WRONG] * 4 + [PinOutcome.LOCKED_NOW]
    assert lock.locked_for_s() == 30
    refused = await lock.check(TRAINER_PIN)  # even the right PIN is not checked while locked
    assert (refused.outcome, refused.locked_for_s) == (PinOutcome.LOCKED, 30)

    clock.advance(30)
    assert lock.attempts_left == 5
    assert await guess_wrong(lock, 5) == [PinOutcome.WRONG] * 4 + [PinOutcome.LOCKED_NOW]
    assert lock.locked_for_s() == 60  # the second lockout lasts twice as long

    clock.advance(60)
    await guess_wrong(lock, 5)
    assert lock.locked_for_s() == 120

    clock.advance(120)
    assert (await lock.check(TRAINER_PIN)).outcome is PinOutcome.ACCEPTED
    await guess_wrong(lock, 5)
    assert lock.locked_for_s() == 30  # the right PIN started the doubling over


async def test_lockouts_stop_growing_at_an_hour(db, clock, pin_hash) -> None:
    lock = PinLock(db, pin_hash, clock=clock)
    await lock.load()
    for _ in range(9):
        await guess_wrong(lock, 5)
        clock.advance(lock.locked_for_s())
    await guess_wrong(lock, 5)
    assert lock.locked_for_s() == 3600


async def test_a_restart_does_not_reset_the_count_or_the_lock(db, clock, pin_hash) -> None:
    first = PinLock(db, pin_hash, clock=clock)
    await first.load()
    await guess_wrong(first, 3)

    after_restart = PinLock(db, pin_hash, clock=clock)
    await after_restart.load()
    assert after_restart.attempts_left == 2
    await guess_wrong(after_restart, 2)

    clock.advance(10)
    again = PinLock(db, pin_hash, clock=clock)
    await again.load()
    assert again.locked_for_s() == 20
    assert (await again.check(TRAINER_PIN)).outcome is PinOutcome.LOCKED


async def test_a_clock_set_backwards_does_not_stretch_a_lock(db, clock, pin_hash) -> None:
    lock = PinLock(db, pin_hash, clock=clock)
    await lock.load()
    await guess_wrong(lock, 5)

    clock.advance(-86_400)  # the kiosk's clock was corrected by a day
    assert lock.locked_for_s() == 30


async def test_without_a_pin_hash_pin_entry_is_unavailable_and_nothing_is_counted(db, clock) -> None:
    lock = PinLock(db, None, clock=clock)
    await lock.load()
    assert not lock.available
    assert (await lock.check(TRAINER_PIN)).outcome is PinOutcome.UNAVAILABLE
    assert lock.attempts_left == 5


def test_nothing_secret_in_the_repr(db, pin_hash) -> None:
    assert pin_hash not in repr(PinLock(db, pin_hash))
