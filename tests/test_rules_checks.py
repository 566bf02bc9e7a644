"""The checks across fields and the coverage, the case's calendars and version stamp,
and the record the steps keep, at their boundaries. Every expected value is worked by
hand from the specification (section named in the comment)."""

from __future__ import annotations

import datetime as dt

import pytest

from fasttrack_rules import (
    RULESET_VERSION,
    CalendarRangeError,
    CalendarSpec,
    Case,
    InvalidValueError,
    Request,
    __version__,
    danish_bank_days,
    municipal_working_days,
    provision,
)
from fasttrack_rules.rules.calendar_setup import municipal_calendar, version_stamp
from fasttrack_rules.rules.checks import check_case, check_first_day_deadlines, past_coverage
from fasttrack_rules.rules.meeting import ordinary_due
from fasttrack_rules.rules.record import AssessmentRecord

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


def test_calendar_adjustments_are_named_by_their_place() -> None:
    # Errors, cases, step 11: calendar.extra_closed[k], calendar.open_on[k].
    with pytest.raises(InvalidValueError) as raised:
        municipal_calendar(CalendarSpec(extra_closed=(D(2025, 5, 30), D(2025, 12, 25))))  # Juledag is closed
    assert raised.value.field == "calendar.extra_closed[1]"
    with pytest.raises(CalendarRangeError) as out_of_range:
        municipal_calendar(CalendarSpec(open_on=(D(2101, 1, 3),)))
    assert out_of_range.value.field == "calendar.open_on[0]"


def test_the_version_stamp_names_library_rules_and_calendars() -> None:
    # Content hash: every result names its calendars by id and content hash.
    municipal = municipal_calendar(CalendarSpec())
    stamp = version_stamp(danish_bank_days(), municipal)
    assert (stamp.library, stamp.ruleset, stamp.bank_calendar, stamp.municipal_calendar) == (
        __version__,
        RULESET_VERSION,
        "dk-bank",
        "dk-municipal",
    )
    assert stamp.municipal_calendar_hash == municipal.content_hash


def test_reasons_are_dated_by_their_event_falling_back_on_earlier_ones() -> None:
    # Citations: an unknown letter falls back on the request, an unknown form on the letter.
    request = Request(by="employer", date=D(2025, 3, 18))
    record = AssessmentRecord(Case(first_day_of_absence=FIRST, request=request), D(2025, 3, 20))
    assert record.event_days == {
        "first_day_of_absence": FIRST,
        "request": D(2025, 3, 18),
        "letter": D(2025, 3, 18),
        "form": D(2025, 3, 18),
    }
    assert record.cite("consent_form_deadline", "form") == provision("consent_form_deadline", D(2025, 3, 18))


def test_each_reason_once_and_each_missing_fact_once() -> None:
    # Decision procedure: each code once, its first occurrence counts.
    record = AssessmentRecord(Case(first_day_of_absence=FIRST), FIRST)
    citation = provision("standby", FIRST)
    record.add_reason("FT-NO-REQUEST")
    record.add_reason("FT-MEETING-PENDING", citation)
    record.add_reason("FT-NO-REQUEST")
    record.missing += ["plan_agreed", "consent", "plan_agreed"]
    assert [r.code for r in record.cited_reasons()] == ["FT-NO-REQUEST", "FT-MEETING-PENDING"]
    assert record.cited_reasons()[1].citations[0] == citation
    assert (record.has_reason("FT-MEETING-PENDING"), record.has_reason("FT-PLAN-PENDING")) == (True, False)
    assert record.missing_facts() == ("consent", "plan_agreed")
