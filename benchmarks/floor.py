"""The floor: a deliberately minimal computation of the dates ``assess`` reports, with
plain integers and tuples, against which ``assess`` is timed.

Written from docs/specification.md alone, for the benchmark's cases: no request, an
employer's request with the employee's consent, a sick person's request; the 2025
rules, the default interpretations and calendars. It computes what a result's dates
are (each deadline's due day, status and, for meetings, the latest working day, and
the track) and nothing else: no reasons, citations, questions or version stamp. A case
outside that scope raises :class:`Unsupported` rather than get a wrong answer.

A day is a day number: its ordinal minus that of 1 January of the calendars' first
year, the index of the calendar tables. The facts come in as a tuple of ints
(:class:`Facts`) and the calendars as two plain lists each (:class:`DayTable`), so that
the floor itself is a few comparisons, additions and list lookups per deadline.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from fasttrack_rules import FIRST_YEAR, LAST_YEAR, Assessment, Calendar, Case, Interpretation

__all__ = ["ABSENT", "DayTable", "Facts", "Unsupported", "assessed", "day_table", "facts_of", "floor"]

BASE = dt.date(FIRST_YEAR, 1, 1).toordinal()
DAYS = dt.date(LAST_YEAR + 1, 1, 1).toordinal() - BASE
#: A day or fact that is not given.
ABSENT = -1
NO_REQUEST, EMPLOYER, SICK_PERSON = 0, 1, 2
NO_FORM, AGREES, REFUSES = 0, 1, 2
RULES_2025 = dt.date(2025, 1, 1)

#: One deadline: its name, due day, status and latest working day (``ABSENT`` when
#: there is none: not a meeting, or no due day).
Row = tuple[str, int, str, int]
#: The track, then the five deadlines in the order ``assess`` reports them.
Result = tuple[str, Row, Row, Row, Row, Row]


_WINDOW_NA: Row = ("request_window", ABSENT, "not_applicable", ABSENT)
_FORM_NA: Row = ("consent_form", ABSENT, "not_applicable", ABSENT)
_DOCTOR_NA: Row = ("doctor_consultation", ABSENT, "not_applicable", ABSENT)


class Unsupported(ValueError):
    """A case outside the floor's scope (see the module's docstring)."""


class DayTable(NamedTuple):
    """A calendar as two plain lists."""

    prefix: list[int]  # prefix[i]: the open days among the day numbers 0 .. i - 1
    opens: list[int]  # opens[k]: the day number of the open day that has k open days before it


class Facts(NamedTuple):
    """The facts the floor reads, as ints (days are day numbers, ``ABSENT`` if not given)."""

    first: int
    route: int  # NO_REQUEST, EMPLOYER or SICK_PERSON
    valid_subject: int  # 1 if the requester may ask for this sick person (an employer: an employee)
    condition: int  # 1 if the 8-week condition holds, 0 if not
    request: int
    letter: int
    form: int
    consent: int  # NO_FORM, AGREES or REFUSES
    doctor_requested: int
    doctor: int
    meeting: int
    as_of: int


def day_table(calendar: Calendar) -> DayTable:
    """The plain tables of ``calendar``, built from its public ``is_open``."""
    prefix, opens = [0], []
    for number in range(DAYS):
        if calendar.is_open(dt.date.fromordinal(BASE + number)):
            opens.append(number)
        prefix.append(len(opens))
    return DayTable(prefix, opens)


def _day(day: dt.date | None) -> int:
    return ABSENT if day is None else day.toordinal() - BASE


def _check_scope(case: Case) -> None:
    """Raise :class:`Unsupported` for what the floor does not compute."""
    if (
        case.recovered is not None
        or case.standby
        or case.municipal_target_weeks is not None
        or case.interpretation != Interpretation()
        or case.calendar.extra_closed
        or case.calendar.open_on
    ):
        raise Unsupported("recovery, standby, a policy target, interpretations and calendars")
    if case.request is None:
        return
    if case.request.by == "jobcenter" or case.request.date < max(case.first_day_of_absence, RULES_2025):
        raise Unsupported("a jobcenter's request, a request before the absence or before 2025")
    if case.over_8_weeks is None and case.expected_recovery is None:
        raise Unsupported("an unknown 8-week condition")
    if case.request.by == "employer" and (case.sick_person is None or case.letter_sent is None):
        raise Unsupported("an unknown subject or letter")


def facts_of(case: Case, as_of: dt.date) -> Facts:
    """The facts of ``case`` as the floor reads them (raises :class:`Unsupported`)."""
    _check_scope(case)
    first, request = case.first_day_of_absence, case.request
    condition = case.over_8_weeks
    if condition is None and case.expected_recovery is not None:
        condition = case.expected_recovery > first + dt.timedelta(days=56)
    route = NO_REQUEST if request is None else EMPLOYER if request.by == "employer" else SICK_PERSON
    consent = case.consent
    return Facts(
        first=_day(first),
        route=route,
        valid_subject=int(route != EMPLOYER or case.sick_person == "employee"),
        condition=int(bool(condition)),
        request=_day(None if request is None else request.date),
        letter=_day(case.letter_sent),
        form=_day(None if consent is None else consent.date),
        consent=NO_FORM if consent is None else AGREES if consent.answer == "agrees" else REFUSES,
        doctor_requested=_day(case.doctor_requested),
        doctor=_day(case.doctor_consultation),
        meeting=_day(case.first_meeting),
        as_of=_day(as_of),
    )


def floor(facts: Facts, bank: DayTable, municipal: DayTable) -> Result:
    """The track and every deadline of the case with ``facts`` (see the module's docstring)."""
    first, route, subject, condition, request, letter, form, consent, asked, doctor, meeting, as_of = facts
    week8 = first + 55  # the end of week 8 (SDL § 13 b, stk. 1)
    window, form_row, doctor_row, track = _WINDOW_NA, _FORM_NA, _DOCTOR_NA, "ordinary"
    if route != NO_REQUEST:
        window_due = first + 34  # the first 5 weeks (§ 7 c, stk. 1; § 7 e as guidance reads it)
        in_time = request <= window_due
        window = ("request_window", window_due, "met" if in_time else "missed", ABSENT)
        if in_time and condition and subject:
            track, doctor_due = "fast_track", request + 8  # § 9: 8 days after the request
            if route == EMPLOYER:
                form_due = bank.opens[bank.prefix[letter + 1] + 1]  # the 2nd bank day after the letter
                if consent == AGREES and form <= form_due:
                    form_row, doctor_due = ("consent_form", form_due, "met", ABSENT), form + 8  # § 5, stk. 2
                elif consent == REFUSES:
                    form_row, track = ("consent_form", form_due, "not_applicable", ABSENT), "ordinary"
                else:
                    raise Unsupported("a consent form pending or late")
            if track == "fast_track":
                if doctor != ABSENT and doctor <= doctor_due:
                    status = "met"
                elif doctor == ABSENT and as_of <= doctor_due:
                    status = "pending"
                else:  # passed: missed only if the municipality asked for the consultation
                    status = "missed" if asked != ABSENT else "undetermined"
                doctor_row = ("doctor_consultation", doctor_due, status, ABSENT)
    # § 13 b, stk. 2, and by the end of week 8 at the latest; else the week-8 rule
    due = min(request + 14, week8) if track == "fast_track" else week8
    prefix, opens = municipal
    return (
        track,
        window,
        form_row,
        doctor_row,
        ("first_meeting", due, _status(due, meeting, as_of), opens[prefix[due + 1] - 1]),
        ("ordinary_first_meeting", week8, _status(week8, meeting, as_of), opens[prefix[week8 + 1] - 1]),
    )


def _status(due: int, done: int, as_of: int) -> str:
    """The status of a duty due on ``due``, done on ``done`` (``ABSENT``: not done)."""
    if done != ABSENT:
        return "met" if done <= due else "missed"
    return "missed" if as_of > due else "pending"


def assessed(result: Assessment) -> Result:
    """What ``assess`` answered, in the floor's form."""
    rows = tuple(
        (name, _day(deadline.due), deadline.status, _day(deadline.latest_working_day))
        for name, deadline in result.deadlines.items()
    )
    if len(rows) != 5:
        raise Unsupported(f"deadlines {list(result.deadlines)}")
    return (result.track, rows[0], rows[1], rows[2], rows[3], rows[4])
