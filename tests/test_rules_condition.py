"""The 8-week condition at its boundaries (specification: condition): a forecast given
as ``over_8_weeks``, or from ``expected_recovery``, which must be later than first day + 56."""

from __future__ import annotations

import datetime as dt

import pytest

from fasttrack_rules.rules.condition import eight_week_condition

D = dt.date


def test_the_condition_needs_recovery_after_day_57() -> None:
    # Condition: holds when the first day fit for work is later than first day + 56.
    # First day Mon 2025-03-03: + 56 = Mon 2025-04-28.
    assert eight_week_condition(D(2025, 3, 3), None, D(2025, 4, 28)) == (False, "FT-CONDITION-NOT-MET")
    assert eight_week_condition(D(2025, 3, 3), None, D(2025, 4, 29)) == (True, "FT-CONDITION-MET")
    assert eight_week_condition(D(2025, 3, 3), True, None) == (True, "FT-CONDITION-MET")
    assert eight_week_condition(D(2025, 3, 3), False, None) == (False, "FT-CONDITION-NOT-MET")
    assert eight_week_condition(D(2025, 3, 3), None, None) == (None, "FT-CONDITION-UNKNOWN")


@pytest.mark.parametrize(
    ("first", "day_56"),
    [
        (D(2024, 1, 10), D(2024, 3, 6)),  # 29 February counts: 21 + 29 + 6 days
        (D(2023, 1, 10), D(2023, 3, 7)),  # no 29 February
        (D(2025, 12, 1), D(2026, 1, 26)),  # across the year
        (D(2010, 1, 1), D(2010, 2, 26)),  # before Fast track the forecast is counted the same way
    ],
)
def test_the_last_day_that_does_not_meet_it(first: dt.date, day_56: dt.date) -> None:
    assert eight_week_condition(first, None, day_56) == (False, "FT-CONDITION-NOT-MET")
    assert eight_week_condition(first, None, day_56 + dt.timedelta(1)) == (True, "FT-CONDITION-MET")


def test_recovery_during_the_absence_does_not_meet_it() -> None:
    assert eight_week_condition(D(2025, 3, 3), None, D(2025, 3, 4)) == (False, "FT-CONDITION-NOT-MET")


def test_the_forecast_given_as_yes_or_no_is_read_first() -> None:
    # Both given must agree (checked with the case); the function reads over_8_weeks.
    assert eight_week_condition(D(2025, 3, 3), True, D(2025, 4, 29)) == (True, "FT-CONDITION-MET")
    assert eight_week_condition(D(2025, 3, 3), False, D(2025, 4, 28)) == (False, "FT-CONDITION-NOT-MET")
