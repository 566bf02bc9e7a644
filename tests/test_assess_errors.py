"""Bad input: a typed error naming the field, never a traceback from deep inside."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from scripts.make_vectors.data.error_cases import ERROR_CASES

from fasttrack_rules import (
    Answers,
    CalendarRangeError,
    CalendarSpec,
    Case,
    Consent,
    FasttrackError,
    FutureEventError,
    Interpretation,
    InvalidTypeError,
    InvalidValueError,
    Request,
    assess,
    assess_json,
    error_json,
)
from fasttrack_rules.protocol import assessment_json
from tests.cases import BASE, SICK, case

D = dt.date


@pytest.mark.parametrize(("changes", "code", "field"), ERROR_CASES)
def test_json_errors_name_the_field(changes: dict[str, Any], code: str, field: str) -> None:
    with pytest.raises(FasttrackError) as info:
        assess_json(case(**changes))
    assert (info.value.code, info.value.field) == (code, field)
    assert error_json(info.value) == {"error": {"code": code, "field": field, "message": info.value.message}}


def test_letter_and_consent_only_on_employer_route() -> None:
    with pytest.raises(InvalidValueError) as info:
        assess_json(case(SICK, letter_sent="2025-03-18"))
    assert info.value.field == "letter_sent"
    with pytest.raises(InvalidValueError) as info:
        assess_json(case(SICK, consent={"answer": "agrees", "date": "2025-03-19"}))
    assert info.value.field == "consent"


def test_not_an_object() -> None:
    values: list[object] = [[], "case", 3, None]
    for value in values:
        with pytest.raises(InvalidTypeError) as info:
            assess_json(value)
        assert info.value.field == "(case)"


def test_typed_api_errors() -> None:
    base = Case(first_day_of_absence=D(2025, 3, 3))
    with pytest.raises(InvalidTypeError) as info:
        assess(base, as_of=dt.datetime(2025, 3, 20))
    assert info.value.field == "as_of"
    with pytest.raises(FutureEventError):
        assess(base, as_of=D(2025, 3, 2))
    with pytest.raises(CalendarRangeError) as range_info:
        assess(Case(first_day_of_absence=D(1999, 12, 1)), as_of=D(2000, 1, 1))
    assert range_info.value.field == "first_day_of_absence"
    bad: list[tuple[Any, str]] = [
        (lambda: Case(first_day_of_absence="2025-03-03"), "first_day_of_absence"),  # type: ignore[arg-type]
        (lambda: Case(first_day_of_absence=dt.datetime(2025, 3, 3)), "first_day_of_absence"),
        (lambda: Case(first_day_of_absence=D(2025, 3, 3), over_8_weeks=1), "over_8_weeks"),  # type: ignore[arg-type]
        (lambda: Case(first_day_of_absence=D(2025, 3, 3), request=("employer", D(2025, 3, 3))), "request"),  # type: ignore[arg-type]
        (lambda: Case(first_day_of_absence=D(2025, 3, 3), id=5), "id"),  # type: ignore[arg-type]
        (lambda: Request(by="employer", date="2025-03-03"), "date"),  # type: ignore[arg-type]
        (lambda: Request(by="boss", date=D(2025, 3, 3)), "by"),  # type: ignore[arg-type]
        (lambda: Consent(answer="agrees", date=None), "date"),  # type: ignore[arg-type]
        (lambda: Answers(affected_functions=3), "affected_functions"),  # type: ignore[arg-type]
        (lambda: Interpretation(roll="back"), "roll"),  # type: ignore[arg-type]
        (lambda: CalendarSpec(extra_closed=[D(2025, 5, 30)]), "extra_closed"),  # type: ignore[arg-type]
        (lambda: CalendarSpec(extra_closed=("2025-05-30",)), "extra_closed[0]"),  # type: ignore[arg-type]
    ]
    for make, field in bad:
        with pytest.raises(FasttrackError) as err:
            make()
        assert err.value.field == field


def test_error_str_names_field_and_value() -> None:
    with pytest.raises(FasttrackError) as info:
        assess_json(case(BASE, as_of="2025-02-30"))
    assert str(info.value) == "as_of: is not a real calendar date (got '2025-02-30')"


@pytest.mark.parametrize("lang", ["fr", "", None, 1, "DA", "en "])
def test_an_unsupported_language_is_a_typed_error(lang: Any) -> None:
    from fasttrack_rules import CATALOGUE, assess
    from fasttrack_rules.protocol import case_from_json

    with pytest.raises(InvalidValueError) as info:
        assess_json(case(), lang=lang)
    assert (info.value.field, info.value.value) == ("lang", lang)
    the_case, as_of = case_from_json(case())
    result = assess(the_case, as_of=as_of)
    with pytest.raises(InvalidValueError):
        assessment_json(result, lang=lang)
    with pytest.raises(InvalidValueError):
        result.reasons[0].text(lang)
    with pytest.raises(InvalidValueError):
        next(iter(CATALOGUE.values())).text(lang)


def test_a_large_municipal_calendar_is_used_but_not_kept() -> None:
    from datetime import date, timedelta

    from fasttrack_rules import municipal_working_days
    from fasttrack_rules.rules import calendar_setup

    default = municipal_working_days()
    days = [date(2026, 1, 1) + timedelta(k) for k in range(200)]
    open_days = [d.isoformat() for d in days if default.is_open(d)]
    assert len(open_days) > calendar_setup.CACHED_ADJUSTMENTS
    before = calendar_setup._cached_municipal.cache_info()
    result = assess_json(case(calendar={"extra_closed": open_days}))
    assert "closed:2026-01-02" in str(result["versions"])
    after = calendar_setup._cached_municipal.cache_info()
    assert (after.hits, after.misses) == (before.hits, before.misses)
    assess_json(case(calendar={"extra_closed": open_days[:3]}))
    assert (
        calendar_setup._cached_municipal.cache_info().misses
        + calendar_setup._cached_municipal.cache_info().hits
        > (after.hits + after.misses)
    )


# Step 12 of the specification's error procedure: a deadline past 2100 names its start event.
_LATE_SICK = {
    "first_day_of_absence": "2100-11-01",
    "request": {"by": "sick_person", "date": "2100-12-25"},
    "as_of": "2100-12-25",
    "over_8_weeks": True,
    "interpretation": {"sick_person_window": "none"},
}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        # the jobcenter's own target: 2100-12-10 + 4 weeks = 2101-01-07
        (
            {
                "first_day_of_absence": "2100-10-01",
                "request": {"by": "jobcenter", "date": "2100-12-10"},
                "letter_sent": None,
                "consent": None,
                "municipal_target_weeks": 4,
                "as_of": "2100-12-31",
            },
            "request.date",
        ),
        # the form: 2 bank days after a letter of 2100-12-30 fall in 2101
        (
            {
                "first_day_of_absence": "2100-11-06",
                "request": {"by": "employer", "date": "2100-12-10"},
                "letter_sent": "2100-12-30",
                "consent": None,
                "as_of": "2100-12-31",
            },
            "letter_sent",
        ),
        # the consultation, request + 8 days = 2101-01-02, rolled forward: past the calendar
        ({**_LATE_SICK, "interpretation": {"sick_person_window": "none", "roll": "forward"}}, "request.date"),
        # no consultation in a standby case, but the meeting, request + 2 weeks (not capped
        # at week 8 under late_request = "request"), falls in 2101
        (
            {
                **_LATE_SICK,
                "standby": True,
                "interpretation": {"sick_person_window": "none", "late_request": "request"},
            },
            "request.date",
        ),
    ],
)
def test_a_deadline_past_the_coverage_names_its_start_event(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(FasttrackError) as info:
        assess_json(case(SICK if changes.get("request", {}).get("by") == "sick_person" else BASE, **changes))
    assert (info.value.code, info.value.field) == ("OUT_OF_RANGE", field)
    assert "2100-12-31" in info.value.message
