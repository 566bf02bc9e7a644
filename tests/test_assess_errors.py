"""Bad input: a typed error naming the field, never a traceback from deep inside."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

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
from tests.cases import BASE, SICK, case

D = dt.date

#: (changes to the base case, expected error code, expected field); also frozen as vectors.
ERROR_CASES: list[tuple[dict[str, Any], str, str]] = [
    ({"request": {"by": "employer", "date": "2025-03-21"}}, "EVENT_AFTER_AS_OF", "request.date"),
    ({"letter_sent": "2025-03-21"}, "EVENT_AFTER_AS_OF", "letter_sent"),
    ({"consent": {"answer": "agrees", "date": "2025-03-21"}}, "EVENT_AFTER_AS_OF", "consent.date"),
    ({"doctor_consultation": "2025-03-21"}, "EVENT_AFTER_AS_OF", "doctor_consultation"),
    ({"first_meeting": "2025-03-21"}, "EVENT_AFTER_AS_OF", "first_meeting"),
    ({"recovered": "2025-03-21"}, "EVENT_AFTER_AS_OF", "recovered"),
    ({"first_day_of_absence": "2025-03-21"}, "EVENT_AFTER_AS_OF", "first_day_of_absence"),
    ({"letter_sent": "2025-03-17"}, "INVALID_VALUE", "letter_sent"),
    ({"doctor_requested": "2025-03-21"}, "EVENT_AFTER_AS_OF", "doctor_requested"),
    ({"doctor_requested": "2025-03-17"}, "INVALID_VALUE", "doctor_requested"),  # before the request
    (
        {"request": None, "letter_sent": None, "consent": None, "doctor_requested": "2025-03-17"},
        "INVALID_VALUE",
        "doctor_requested",
    ),
    ({"doctor_requested": "2025-3-19"}, "INVALID_DATE", "doctor_requested"),
    ({"request": {"by": None, "date": "2025-03-18"}}, "MISSING_FIELD", "request.by"),
    ({"interpretation": {"roll": "sideways", "late_request": 1}}, "INVALID_VALUE", "interpretation.roll"),
    (
        {"interpretation": {"late_request": 1, "roll": "sideways"}},
        "INVALID_TYPE",
        "interpretation.late_request",
    ),
    ({"consent": {"answer": "agrees", "date": "2025-03-17"}}, "INVALID_VALUE", "consent.date"),
    ({"first_meeting": "2025-03-02"}, "INVALID_VALUE", "first_meeting"),
    ({"expected_recovery": "2025-03-03"}, "INVALID_VALUE", "expected_recovery"),
    ({"expected_recovery": "2025-04-01"}, "INVALID_VALUE", "expected_recovery"),  # contradicts true
    ({"as_of": "2101-01-01"}, "OUT_OF_RANGE", "as_of"),
    ({"expected_recovery": "2101-01-01", "over_8_weeks": None}, "OUT_OF_RANGE", "expected_recovery"),
    ({"municipal_target_weeks": 0}, "INVALID_VALUE", "municipal_target_weeks"),
    ({"calendar": {"extra_closed": ["2025-12-24"]}}, "INVALID_VALUE", "calendar.extra_closed[0]"),
    ({"calendar": {"open_on": ["2200-12-24"]}}, "OUT_OF_RANGE", "calendar.open_on[0]"),
    # the JSON protocol
    ({"colour": "red"}, "UNKNOWN_FIELD", "colour"),
    ({"request": {"by": "employer", "date": "2025-03-18", "via": "x"}}, "UNKNOWN_FIELD", "request.via"),
    ({"answers": {"boss": {}}}, "UNKNOWN_FIELD", "answers.boss"),
    ({"answers": {"employer": {"mood": "ok"}}}, "UNKNOWN_FIELD", "answers.employer.mood"),
    (
        {"answers": {"employer": {"affected_functions": 3}}},
        "INVALID_TYPE",
        "answers.employer.affected_functions",
    ),
    ({"interpretation": {"roll": "backward"}}, "INVALID_VALUE", "interpretation.roll"),
    ({"interpretation": {"rounding": "up"}}, "UNKNOWN_FIELD", "interpretation.rounding"),
    ({"as_of": None}, "MISSING_FIELD", "as_of"),
    ({"request": {"by": "employer"}}, "MISSING_FIELD", "request.date"),
    ({"as_of": "2025-02-30"}, "INVALID_DATE", "as_of"),
    ({"as_of": "20250320"}, "INVALID_DATE", "as_of"),
    ({"first_meeting": "2025-03-20T10:00"}, "INVALID_DATE", "first_meeting"),
    ({"as_of": 20250320}, "INVALID_TYPE", "as_of"),
    ({"over_8_weeks": "yes"}, "INVALID_TYPE", "over_8_weeks"),
    ({"over_8_weeks": 1}, "INVALID_TYPE", "over_8_weeks"),
    ({"standby": 0}, "INVALID_TYPE", "standby"),
    ({"sick_person": "boss"}, "INVALID_VALUE", "sick_person"),
    ({"sick_person": 7}, "INVALID_TYPE", "sick_person"),
    ({"request": {"by": "mayor", "date": "2025-03-18"}}, "INVALID_VALUE", "request.by"),
    ({"request": "2025-03-18"}, "INVALID_TYPE", "request"),
    ({"consent": {"answer": "maybe", "date": "2025-03-19"}}, "INVALID_VALUE", "consent.answer"),
    ({"calendar": {"extra_closed": "2025-05-30"}}, "INVALID_TYPE", "calendar.extra_closed"),
    ({"calendar": {"extra_closed": ["30/05/2025"]}}, "INVALID_DATE", "calendar.extra_closed[0]"),
    ({"id": 12}, "INVALID_TYPE", "id"),
    ({"municipal_target_weeks": 2.5}, "INVALID_TYPE", "municipal_target_weeks"),
    # an object-valued field given a value JSON reads as false is a type error, not "absent"
    ({"answers": False}, "INVALID_TYPE", "answers"),
    ({"request": 0}, "INVALID_TYPE", "request"),
    ({"consent": ""}, "INVALID_TYPE", "consent"),
    ({"interpretation": []}, "INVALID_TYPE", "interpretation"),
    ({"calendar": False}, "INVALID_TYPE", "calendar"),
    ({"answers": {"employer": False}}, "INVALID_TYPE", "answers.employer"),
    ({"answers": {"sick_person": []}}, "INVALID_TYPE", "answers.sick_person"),
    ({"municipal_target_weeks": True}, "INVALID_TYPE", "municipal_target_weeks"),
    ({"municipal_target_weeks": 53}, "INVALID_VALUE", "municipal_target_weeks"),
    ({"municipal_target_weeks": 10**6}, "INVALID_VALUE", "municipal_target_weeks"),
    ({"municipal_target_weeks": 4000.0}, "INVALID_VALUE", "municipal_target_weeks"),
]


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
        result.to_json(lang=lang)
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
