"""Password guessing on the admin login: five wrong tries lock an address out, each lockout longer."""
from __future__ import annotations

from hub.admin.throttle import FIRST_LOCK_S, MAX_FAILURES, MAX_LOCK_S, LoginThrottle


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_five_wrong_passwords_lock_that_address_only() -> None:
    clock = Clock()
    throttle = LoginThrottle(clock)
    for _ in range(MAX_FAILURES - 1):
        throttle.failed("198.51.100.7")
    assert throttle.wait_seconds("198.51.100.7") == 0
    throttle.failed("198.51.100.7")
    assert throttle.wait_seconds("198.51.100.7") == FIRST_LOCK_S
    assert throttle.wait_seconds("198.51.100.8") == 0


def test_each_lockout_doubles_up_to_the_cap_and_a_right_password_clears_it() -> None:
    clock = Clock()
    throttle = LoginThrottle(clock)
    waits = []
    for _ in range(8):
        for _ in range(MAX_FAILURES):
            throttle.failed("a")
        waits.append(throttle.wait_seconds("a"))
        clock.now += waits[-1]
    assert waits == [30.0, 60.0, 120.0, 240.0, 480.0, MAX_LOCK_S, MAX_LOCK_S, MAX_LOCK_S]
    throttle.succeeded("a")
    throttle.failed("a")
    assert throttle.wait_seconds("a") == 0
