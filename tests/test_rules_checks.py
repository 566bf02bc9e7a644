"""The checks across fields and the coverage, at their boundaries (the case's calendars:
test_rules_calendar_setup.py; the record: test_rules_record.py). Every expected value is
worked by hand from the specification (section named in the comment)."""

from __future__ import annotations

import datetime as dt

import pytest

from fasttrack_rules import (
    CalendarRangeError,
    Case,
    InvalidValueError,
    Request,
    municipal_working_days,
)
from fasttrack_rules.rules.checks import check_case, check_first_day_deadlines, past_coverage
from fasttrack_rules.rules.meeting import ordinary_due

D = dt.date
FIRST = D(2025, 3, 3)
MUNICIPAL = municipal_working_days()


@pytest.mark.parametrize("weeks", [1, 52])
def test_a_target_of_1_to_52_weeks_is_accepted(weeks: int) -> None:
    # Jobcenter initiative: a whole number of weeks from 1 to 52.
    check_case(Case(first_day_of_absence=FIRST, municipal_target_weeks=weeks), FIRST)


@pytest.mark.parametrize("weeks", [0, 53])
def test_a_target_outside_1_to_52_weeks_is_refused(weeks: int) -> None:
    with pytest.raises(InvalidValueError, match="must be from 1 to 52 weeks") as raised:
        check_case(Case(first_day_of_absence=FIRST, municipal_target_weeks=weeks), FIRST)
    assert raised.value.field == "municipal_target_weeks"


def test_forecasts_must_agree() -> None:
    # Interpretation forecasts_must_agree; Condition: first day + 56 = Mon 2025-04-28.
    check_case(Case(first_day_of_absence=FIRST, over_8_weeks=False, expected_recovery=D(2025, 4, 28)), FIRST)
    check_case(Case(first_day_of_absence=FIRST, over_8_weeks=True, expected_recovery=D(2025, 4, 29)), FIRST)
    with pytest.raises(InvalidValueError) as raised:
        check_case(
            Case(first_day_of_absence=FIRST, over_8_weeks=True, expected_recovery=D(2025, 4, 28)), FIRST
        )
    assert raised.value.field == "expected_recovery"


def test_the_recovery_forecast_lies_after_the_first_day() -> None:
    # Errors, cases, step 10: expected_recovery after the first day of absence.
    check_case(Case(first_day_of_absence=FIRST, expected_recovery=D(2025, 3, 4)), FIRST)
    with pytest.raises(InvalidValueError, match="must be after the first day of absence"):
        check_case(Case(first_day_of_absence=FIRST, expected_recovery=FIRST), FIRST)


def test_the_request_to_book_follows_the_request() -> None:
    # Errors, cases, step 10: doctor_requested not before the request.
    request = Request(by="sick_person", date=D(2025, 3, 18))
    check_case(
        Case(first_day_of_absence=FIRST, request=request, doctor_requested=D(2025, 3, 18)), D(2025, 3, 20)
    )
    with pytest.raises(InvalidValueError, match="is before the request"):
        check_case(
            Case(first_day_of_absence=FIRST, request=request, doctor_requested=D(2025, 3, 17)), D(2025, 3, 20)
        )


@pytest.mark.parametrize(
    ("first", "roll", "refused"),
    [
        (D(2100, 11, 6), "none", False),  # week 8 ends Fri 2100-12-31, the last covered day
        (D(2100, 11, 7), "none", True),  # week 8 ends 2101-01-01
        (D(2100, 11, 6), "forward", True),  # 31 December is closed: the roll leaves 2100
        (D(2100, 11, 5), "forward", False),  # Thu 2100-12-30 is a working day
    ],
)
def test_the_week_8_deadline_inside_the_coverage(first: D, roll: str, refused: bool) -> None:
    # Errors, cases, step 12.1 (vectors ER-COVERAGE-FIRSTDAY-LAST/-FIRST/-ROLL).
    def check() -> None:
        check_first_day_deadlines(first, ordinary_due(first), roll, MUNICIPAL)  # type: ignore[arg-type]

    if refused:
        with pytest.raises(CalendarRangeError) as raised:
            check()
        assert raised.value.field == "first_day_of_absence"
        assert raised.value.message == past_coverage("first_day_of_absence", first).message
    else:
        check()


def test_the_coverage_error_says_where_the_calendars_end() -> None:
    error = past_coverage("request.date", D(2100, 12, 24))
    assert (error.field, error.value) == ("request.date", D(2100, 12, 24))
    assert "2100-12-31" in error.message
