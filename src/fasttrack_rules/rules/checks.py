"""The checks of a case that look at more than one field (specification: errors, cases,
steps 8-10 and 12): dates inside the calendars' coverage, no event after ``as_of``,
events in a possible order, facts that fit the route, forecasts that agree, a target in
range; and every deadline inside the coverage, named by the event it counts from.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from fasttrack_rules import inputs
from fasttrack_rules.calendars import FIRST_YEAR, LAST_YEAR, Calendar
from fasttrack_rules.errors import CalendarRangeError, FutureEventError, InvalidValueError
from fasttrack_rules.facts import Case
from fasttrack_rules.periods import latest_working_day_on_or_before
from fasttrack_rules.rules.condition import eight_week_condition
from fasttrack_rules.rules.deadlines import apply_roll
from fasttrack_rules.vocab import RollPolicy

__all__ = [
    "COVERAGE_END",
    "COVERAGE_START",
    "MAX_TARGET_WEEKS",
    "MIN_TARGET_WEEKS",
    "check_case",
    "check_first_day_deadlines",
    "past_coverage",
]

#: The first and last day of the calendars' coverage.
COVERAGE_START, COVERAGE_END = _dt.date(FIRST_YEAR, 1, 1), _dt.date(LAST_YEAR, 12, 31)

#: The range of ``municipal_target_weeks`` (specification: jobcenter initiative): a
#: municipality's own target for the first meeting, at most a year after the request.
MIN_TARGET_WEEKS, MAX_TARGET_WEEKS = inputs.field("municipal_target_weeks").bounds

# A first day of absence after this has its week-8 deadline near the end of the coverage:
# only then is it worth checking that every deadline counted from it can be computed.
_LATE_ORDINARY = _dt.date(LAST_YEAR, 12, 1)

_Events = list[tuple[str, _dt.date | None]]


def check_case(case: Case, as_of: _dt.date) -> None:
    """No event after ``as_of``; events in a possible order; dates inside the coverage.

    Raises:
        CalendarRangeError: ``as_of`` or a date of the case outside the coverage.
        FutureEventError: an event after ``as_of``.
        InvalidValueError: events in an impossible order, a fact that does not fit the
            route, forecasts that disagree, or ``municipal_target_weeks`` out of range.
    """
    for rule in inputs.CROSS_FIELD_RULES:
        check = _CHECKS.get(rule.name)
        if check is not None:
            check(case, as_of)


def _events(case: Case) -> _Events:
    """The events of a case, in the order of the specification."""
    request, consent = case.request, case.consent
    return [
        ("first_day_of_absence", case.first_day_of_absence),
        ("request.date", None if request is None else request.date),
        ("letter_sent", case.letter_sent),
        ("consent.date", None if consent is None else consent.date),
        ("doctor_requested", case.doctor_requested),
        ("doctor_consultation", case.doctor_consultation),
        ("first_meeting", case.first_meeting),
        ("recovered", case.recovered),
    ]


def _check_covered(case: Case, as_of: _dt.date) -> None:
    dates = [("as_of", as_of), *_events(case), ("expected_recovery", case.expected_recovery)]
    for name, day in dates:
        if day is not None and not COVERAGE_START <= day <= COVERAGE_END:
            raise CalendarRangeError(name, day, f"outside the covered years {FIRST_YEAR}-{LAST_YEAR}")


def _check_not_after(case: Case, as_of: _dt.date) -> None:
    for name, day in _events(case):
        if day is not None and day > as_of:
            raise FutureEventError(
                name, day, f"is after as_of ({as_of.isoformat()}): a case cannot know its future"
            )


def _check_after_first_day(case: Case, _: _dt.date) -> None:
    """The letter and the form follow the request, which may itself (invalidly) precede
    the absence; the consultation, the meeting and the recovery cannot."""
    first = case.first_day_of_absence
    for field, day in (
        ("doctor_consultation", case.doctor_consultation),
        ("first_meeting", case.first_meeting),
        ("recovered", case.recovered),
    ):
        if day is not None and day < first:
            raise InvalidValueError(field, day, f"is before the first day of absence ({first.isoformat()})")
    if case.expected_recovery is not None and case.expected_recovery <= first:
        raise InvalidValueError(
            "expected_recovery", case.expected_recovery, "must be after the first day of absence"
        )


def _check_employer_facts(case: Case, _: _dt.date) -> None:
    employer = case.request is not None and case.request.by == "employer"
    for field, value in (("letter_sent", case.letter_sent), ("consent", case.consent)):
        if value is not None and not employer:
            raise InvalidValueError(field, value, "applies only to an employer's request (SDL § 7 d)")


def _check_doctor_requested(case: Case, _: _dt.date) -> None:
    request, asked = case.request, case.doctor_requested
    if asked is None:
        return
    if request is None or request.by == "jobcenter":
        raise InvalidValueError(
            "doctor_requested", asked, "applies only to an employer's or a sick person's request"
        )
    if asked < request.date:
        raise InvalidValueError("doctor_requested", asked, "is before the request")


def _check_after_request(case: Case, _: _dt.date) -> None:
    """The letter follows the request, the form the letter (or the request)."""
    request = case.request
    if request is not None and case.letter_sent is not None and case.letter_sent < request.date:
        raise InvalidValueError("letter_sent", case.letter_sent, "is before the request")
    if case.consent is not None:
        start = case.letter_sent or request.date  # type: ignore[union-attr]  # employer checked before
        if case.consent.date < start:
            raise InvalidValueError("consent.date", case.consent.date, "is before the letter (or request)")


def _check_forecasts(case: Case, _: _dt.date) -> None:
    """Interpretation ``forecasts_must_agree``."""
    if case.over_8_weeks is not None and case.expected_recovery is not None:
        by_date, _code = eight_week_condition(case.first_day_of_absence, None, case.expected_recovery)
        if by_date != case.over_8_weeks:
            raise InvalidValueError(
                "expected_recovery", case.expected_recovery, "contradicts over_8_weeks; give one forecast"
            )


def _check_in_range(case: Case, _: _dt.date) -> None:
    weeks = case.municipal_target_weeks
    if weeks is not None and not MIN_TARGET_WEEKS <= weeks <= MAX_TARGET_WEEKS:
        raise InvalidValueError(
            "municipal_target_weeks", weeks, f"must be from {MIN_TARGET_WEEKS} to {MAX_TARGET_WEEKS} weeks"
        )


#: The check of each rule of steps 8-10, by the rule's name.
_CHECKS: dict[str, Callable[[Case, _dt.date], None]] = {
    "covered": _check_covered,
    "not_after_as_of": _check_not_after,
    "after_first_day": _check_after_first_day,
    "employer_facts": _check_employer_facts,
    "doctor_requested": _check_doctor_requested,
    "after_request": _check_after_request,
    "forecasts_agree": _check_forecasts,
    "in_range": _check_in_range,
}


def past_coverage(field: str, day: _dt.date) -> CalendarRangeError:
    """The error for a deadline counted from ``field`` that falls after the coverage."""
    return CalendarRangeError(
        field,
        day,
        f"a deadline counted from it falls after {LAST_YEAR}-12-31, the end of the calendars' coverage "
        f"{FIRST_YEAR}-01-01..{LAST_YEAR}-12-31",
    )


def check_first_day_deadlines(
    first_day: _dt.date, week_8: _dt.date, policy: RollPolicy, municipal: Calendar
) -> None:
    """The week-8 deadline ``week_8`` (the latest counted from the first day, before any
    roll) inside the coverage, rolled and with its latest working day; the request window
    ends before it.

    Raises:
        CalendarRangeError: it falls after the coverage (field ``first_day_of_absence``).
    """
    if week_8 <= _LATE_ORDINARY:
        return
    try:
        due, _ = apply_roll(week_8, policy, municipal)
        latest_working_day_on_or_before(min(due, COVERAGE_END), municipal)
    except CalendarRangeError:
        due = COVERAGE_END + _dt.timedelta(days=1)
    if due > COVERAGE_END:
        raise past_coverage("first_day_of_absence", first_day)
