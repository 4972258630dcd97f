"""The delivery schedule: exponential backoff with full jitter, capped, and never past a destination's age limit."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.cloud.base import DeliveryPolicy
from kiosk.cloud.egym import EgymIntegration
from kiosk.outbox.schedule import DAY_S, LAST_TRY_LEAD_S, DeliverySchedule

EGYM_MAX_AGE_S = EgymIntegration.delivery_policy.max_age_s
NO_LIMIT = DeliveryPolicy().max_age_s  # a platform that publishes no age limit


@settings(max_examples=100, deadline=None)
@given(
    failures=st.integers(min_value=1, max_value=500),
    rand=st.floats(min_value=0, max_value=1, exclude_max=True),
    base=st.floats(min_value=0.001, max_value=60),
    cap_factor=st.floats(min_value=1, max_value=1000),
)
def test_every_wait_lies_between_zero_and_the_capped_exponential_ceiling(failures, rand, base, cap_factor) -> None:
    policy = DeliverySchedule(base_s=base, cap_s=base * cap_factor, rand=lambda: rand)

    wait = policy.backoff_s(failures)

    assert 0 <= wait <= min(policy.cap_s, base * 2 ** (failures - 1)) + 1e-9


def test_the_ceiling_doubles_with_each_failure_until_the_cap() -> None:
    at_ceiling = DeliverySchedule(base_s=1, cap_s=30, rand=lambda: 1.0)

    waits = [at_ceiling.backoff_s(failures) for failures in range(1, 9)]

    assert waits == [1, 2, 4, 8, 16, 30, 30, 30]


def test_jitter_spreads_waits_over_the_whole_range() -> None:
    draws = iter([0.0, 0.25, 0.5, 0.99])
    policy = DeliverySchedule(base_s=4, cap_s=100, rand=lambda: next(draws))

    waits = [policy.backoff_s(3) for _ in range(4)]  # ceiling 16 s

    assert waits == sorted(waits) and waits[0] == 0 and 15 < waits[-1] < 16


def test_egym_refuses_measurements_older_than_a_week_by_default_and_others_have_no_limit() -> None:
    assert EGYM_MAX_AGE_S == 7 * DAY_S
    assert NO_LIMIT is None
    assert DeliveryPolicy(max_age_s=3 * DAY_S).max_age_s == 3 * DAY_S


@pytest.mark.parametrize(
    ("settings_", "message"),
    [
        ({"base_s": -1}, "base_s must be a finite number"),
        ({"cap_s": float("inf")}, "cap_s must be a finite number"),
        ({"base_s": 10, "cap_s": 5}, "cap_s .* must not be below base_s"),
        ({"max_retry_after_s": float("nan")}, "max_retry_after_s must be a finite number"),
    ],
)
def test_nonsense_settings_are_refused_with_the_setting_named(settings_, message) -> None:
    with pytest.raises(ValueError, match=message):
        DeliverySchedule(**settings_)


@pytest.mark.parametrize("age", [0, -1, float("nan"), float("inf")])
def test_a_nonsense_age_limit_is_refused_with_the_setting_named(age: float) -> None:
    with pytest.raises(ValueError, match=r"max_age_s must be a positive number"):
        DeliveryPolicy(max_age_s=age)


@pytest.mark.parametrize("retry_after", [0.0, 30.0, 899.0, 900.0, 99_999_999.0, float("inf")])
def test_a_servers_retry_after_is_honoured_up_to_the_ceiling(retry_after: float) -> None:
    policy = DeliverySchedule(rand=lambda: 1.0)

    assert policy.rate_limit_wait_s(retry_after, failed_attempts=1) == min(retry_after, 900.0)
    assert policy.rate_limit_wait_s(None, failed_attempts=3) == policy.backoff_s(3)


@settings(max_examples=200, deadline=None)
@given(
    age_s=st.floats(min_value=0, max_value=8 * DAY_S),
    delay_s=st.floats(min_value=0, max_value=10 * DAY_S),
)
def test_no_retry_is_scheduled_after_the_age_limit_and_none_before_now(age_s: float, delay_s: float) -> None:
    policy = DeliverySchedule()
    now = 1_800_000_000.0
    timestamp_ms = int((now - age_s) * 1000)
    expires_at = timestamp_ms / 1000 + 7 * DAY_S

    at = policy.next_attempt_at(timestamp_ms, now, delay_s, EGYM_MAX_AGE_S)

    assert at <= now + delay_s
    if now < expires_at:
        assert now <= at <= expires_at
    if now < expires_at - LAST_TRY_LEAD_S:
        assert at <= expires_at - LAST_TRY_LEAD_S  # with time to spare for the last try
    assert policy.next_attempt_at(timestamp_ms, now, delay_s, NO_LIMIT) == now + delay_s
