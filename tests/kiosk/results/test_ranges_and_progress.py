"""Where a value sits in its published range, and how it moved since last time."""
from __future__ import annotations

import datetime

import pytest

from hardware import fields
from kiosk.cloud.member_services import PastResult
from kiosk.results.progress import changes, earlier, trends
from kiosk.results.ranges import Band, age_on, placement


@pytest.mark.parametrize(("bmi", "band"), [(18.4, Band.UNDER), (18.5, Band.HEALTHY), (24.9, Band.HEALTHY),
                                           (25.0, Band.OVER), (29.9, Band.OVER), (30.0, Band.OBESE)])
def test_bmi_follows_the_who_classification(bmi: float, band: Band) -> None:
    assert placement(fields.BMI, bmi, None, None).band is band
    assert placement(fields.BMI, bmi, None, None).source == "WHO"


@pytest.mark.parametrize(("percent", "gender", "age", "band"), [
    (20.9, "FEMALE", 30, Band.UNDER), (21.0, "FEMALE", 30, Band.HEALTHY), (33.0, "FEMALE", 30, Band.OVER),
    (39.0, "FEMALE", 30, Band.OBESE), (22.9, "FEMALE", 45, Band.UNDER), (36.0, "FEMALE", 70, Band.OVER),
    (7.9, "MALE", 25, Band.UNDER), (19.9, "MALE", 25, Band.HEALTHY), (25.0, "MALE", 39, Band.OBESE),
    (21.9, "MALE", 59, Band.HEALTHY), (29.9, "MALE", 60, Band.OVER),
])
def test_body_fat_follows_tanitas_ranges_by_gender_and_age(percent: float, gender: str, age: int, band: Band) -> None:
    found = placement(fields.BODY_FAT_PERCENT, percent, gender, age)
    assert found is not None and found.band is band and found.source == "Tanita"


@pytest.mark.parametrize(("gender", "age"), [("NON_BINARY", 30), (None, 30), ("FEMALE", 19), ("MALE", 80), ("FEMALE", None)])
def test_no_body_fat_range_is_invented_where_none_is_published(gender, age) -> None:
    assert placement(fields.BODY_FAT_PERCENT, 25.0, gender, age) is None


def test_visceral_fat_is_healthy_up_to_12_and_excess_from_13() -> None:
    assert placement(fields.VISCERAL_FAT_RATING, 12, None, None).band is Band.HEALTHY
    assert placement(fields.VISCERAL_FAT_RATING, 13, None, None).band is Band.OVER
    assert placement(fields.VISCERAL_FAT_RATING, 0, None, None) is None
    assert placement(fields.MUSCLE_MASS_KG, 50, "MALE", 30) is None, "no published range: none shown"


def test_age_counts_whole_years_and_the_birthday_itself() -> None:
    today = datetime.date(2026, 12, 4)
    assert age_on("1989-12-04", today) == 37
    assert age_on("1989-12-05", today) == 36
    assert age_on(None, today) is None and age_on("04.12.1989", today) is None


HISTORY = [PastResult(1_000, {fields.WEIGHT_KG: 82.0, fields.BODY_FAT_PERCENT: 25.0}),
           PastResult(2_000, {fields.WEIGHT_KG: 81.0}),
           PastResult(3_000, {fields.WEIGHT_KG: 80.0})]


def test_the_change_is_since_the_newest_earlier_result_that_has_the_value() -> None:
    found = changes({fields.WEIGHT_KG: 79.6, fields.BODY_FAT_PERCENT: 24.0, fields.BMI: 24.0}, earlier(HISTORY, 3_000))
    assert found[fields.WEIGHT_KG].delta == pytest.approx(-1.4) and found[fields.WEIGHT_KG].since_ms == 2_000
    assert found[fields.BODY_FAT_PERCENT].delta == pytest.approx(-1.0) and found[fields.BODY_FAT_PERCENT].since_ms == 1_000
    assert fields.BMI not in found, "nothing to compare with"


def test_trends_end_with_the_current_value_and_need_two_points() -> None:
    found = trends({fields.WEIGHT_KG: 79.6, fields.MUSCLE_MASS_KG: 60.0}, HISTORY)
    assert found == {fields.WEIGHT_KG: [82.0, 81.0, 80.0, 79.6]}
