"""Periods (specification: counting): each phrase against a day-by-day reference and its boundaries."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fasttrack_rules import (
    CalendarRangeError,
    FasttrackError,
    InvalidTypeError,
    InvalidValueError,
    at_latest_bank_days_after,
    at_latest_days_after,
    at_latest_weeks_after,
    before_end_of_week,
    danish_bank_days,
    last_day_of_first_weeks,
    latest_working_day_on_or_before,
    municipal_working_days,
    roll,
)
from tests import reference
from tests.strategies import inner_dates

D = dt.date
BANK = danish_bank_days()
MUNI = municipal_working_days()


def walk(start: D, days: int) -> D:
    """Count calendar days one at a time: the reference for every day/week phrase."""
    for _ in range(days):
        start += dt.timedelta(1)
    return start


def week_number(first_day: D, day: D) -> int:
    """Week of the absence that ``day`` lies in (day 1-7 = week 1)."""
    n, day_k = 1, first_day
    while day_k < day:
        day_k += dt.timedelta(1)
        if (day_k - first_day).days % 7 == 0:
            n += 1
    return n


def test_rules_md_period_examples() -> None:
    assert last_day_of_first_weeks(D(2025, 1, 8), 5) == D(2025, 2, 11)
    assert at_latest_weeks_after(D(2025, 3, 18), 2) == D(2025, 4, 1)
    assert before_end_of_week(D(2025, 5, 1), 8) == D(2025, 6, 25)
    assert at_latest_days_after(D(2025, 3, 10), 8) == D(2025, 3, 18)
    assert at_latest_bank_days_after(D(2025, 4, 16), 2, BANK) == D(2025, 4, 23)
    assert latest_working_day_on_or_before(D(2025, 12, 25), MUNI) == D(2025, 12, 23)
    assert roll(D(2025, 12, 25), "forward", MUNI) == D(2025, 12, 29)
    assert roll(D(2025, 12, 25), "none", MUNI) == D(2025, 12, 25)


def test_leap_year_boundaries() -> None:
    assert last_day_of_first_weeks(D(2024, 2, 1), 5) == D(2024, 3, 6)  # 29 Feb counts
    assert last_day_of_first_weeks(D(2025, 2, 1), 5) == D(2025, 3, 7)
    assert before_end_of_week(D(2023, 12, 1), 8) == D(2024, 1, 25)  # across a year end
    assert at_latest_weeks_after(D(2024, 2, 22), 2) == D(2024, 3, 7)


@given(inner_dates, st.integers(1, 60))
def test_week_phrases_match_reference(first_day: D, n: int) -> None:
    last = last_day_of_first_weeks(first_day, n)
    assert week_number(first_day, last) == n  # last compliant day is in week n
    assert week_number(first_day, last + dt.timedelta(1)) == n + 1  # first non-compliant
    assert before_end_of_week(first_day, n) == last
    assert at_latest_weeks_after(first_day, n) == walk(first_day, 7 * n)
    assert at_latest_weeks_after(first_day, n).weekday() == first_day.weekday()


@given(inner_dates, st.integers(0, 400))
def test_days_after_matches_reference(event: D, n: int) -> None:
    assert at_latest_days_after(event, n) == walk(event, n)


@given(inner_dates, st.integers(1, 30))
def test_bank_days_after_matches_reference(event: D, n: int) -> None:
    due = at_latest_bank_days_after(event, n, BANK)
    assert due == reference.add(reference.bank_open, event, n)
    assert due > event
    assert BANK.is_open(due)


@given(inner_dates)
def test_roll_and_latest_working_day(day: D) -> None:
    forward = roll(day, "forward", MUNI)
    assert forward == reference.next_open(reference.municipal_open, day)
    assert forward >= day
    latest = latest_working_day_on_or_before(day, MUNI)
    assert latest == reference.previous_open(reference.municipal_open, day)
    assert latest <= day
    assert roll(day, "none", MUNI) == day


@pytest.mark.parametrize(
    ("call", "error", "field"),
    [
        (lambda: last_day_of_first_weeks(dt.datetime(2025, 1, 1), 5), InvalidTypeError, "first_day"),
        (lambda: last_day_of_first_weeks(D(2025, 1, 1), 0), InvalidValueError, "weeks"),
        (lambda: at_latest_weeks_after(D(2025, 1, 1), 2.0), InvalidTypeError, "weeks"),  # type: ignore[arg-type]
        (lambda: at_latest_weeks_after("2025-01-01", 2), InvalidTypeError, "event"),  # type: ignore[arg-type]
        (lambda: before_end_of_week(D(2025, 1, 1), -1), InvalidValueError, "week"),
        (lambda: at_latest_days_after(D(2025, 1, 1), -1), InvalidValueError, "days"),
        (lambda: at_latest_days_after(D.max, 1), CalendarRangeError, "event"),
        (lambda: at_latest_bank_days_after(D(2025, 1, 1), 0, BANK), InvalidValueError, "bank_days"),
        (lambda: latest_working_day_on_or_before(None, MUNI), InvalidTypeError, "day"),  # type: ignore[arg-type]
        (lambda: roll(D(2025, 1, 1), "backward", MUNI), InvalidValueError, "roll"),  # type: ignore[arg-type]
        (lambda: roll(D(2025, 1, 1), None, MUNI), InvalidValueError, "roll"),  # type: ignore[arg-type]
        (lambda: roll(D(2025, 1, 1), "forward", "dk-municipal"), InvalidTypeError, "calendar"),  # type: ignore[arg-type]
        (lambda: at_latest_bank_days_after(D(2025, 1, 1), 2, None), InvalidTypeError, "calendar"),  # type: ignore[arg-type]
        (lambda: before_end_of_week(D(9999, 12, 30), 1), CalendarRangeError, "first_day"),
    ],
)
def test_errors_name_the_argument(call: object, error: type[FasttrackError], field: str) -> None:
    with pytest.raises(error) as info:
        call()  # type: ignore[operator]
    assert info.value.field == field
