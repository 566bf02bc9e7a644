"""The public strategies of fasttrack_rules.testing generate what they promise."""

from __future__ import annotations

import datetime as dt

from hypothesis import given

from fasttrack_rules import Calendar, Case, FasttrackError, assess
from fasttrack_rules.testing import calendars, cases, covered_dates, invalid_json_cases, json_cases

D = dt.date


@given(covered_dates(D(1990, 1, 1), D(2200, 1, 1)))
def test_covered_dates_stay_inside(day: D) -> None:
    assert D(2000, 1, 1) <= day <= D(2100, 12, 31)


@given(calendars(), covered_dates(D(2015, 1, 1), D(2030, 12, 31)))
def test_calendars_are_calendars(cal: Calendar, day: D) -> None:
    assert cal.kind in ("bank", "municipal")
    assert not cal.is_open(day) or day.weekday() < 5


@given(cases(complete=True))
def test_complete_cases_have_every_deciding_fact(pair: tuple[Case, D]) -> None:
    case, as_of = pair
    assert case.request is not None
    assert case.sick_person is not None
    assert case.over_8_weeks is not None or case.expected_recovery is not None
    assess(case, as_of=as_of)


@given(json_cases())
def test_json_cases_are_valid(obj: dict[str, object]) -> None:
    from fasttrack_rules import assess_json

    try:
        assess_json(obj)
    except FasttrackError as error:  # pragma: no cover - would be a bug in the strategy
        raise AssertionError(error) from error


@given(invalid_json_cases(routes=("employer",)))
def test_invalid_cases_per_route(obj: object) -> None:
    from fasttrack_rules import assess_json

    outcome: object
    try:
        outcome = assess_json(obj)
    except FasttrackError as error:
        outcome = error
    assert isinstance(outcome, (dict, FasttrackError))
