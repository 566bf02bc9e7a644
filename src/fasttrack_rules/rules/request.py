"""The request (specification: request, condition, jobcenter initiative; decision
procedure, steps 2.1-2.5): whether Fast track is in force, the request window, the
subject of an employer's request and the 8-week condition; a jobcenter's own target.
"""

from __future__ import annotations

import datetime as _dt
from typing import Literal, NamedTuple

import attrs

from fasttrack_rules.calendars import Calendar
from fasttrack_rules.law import FAST_TRACK_START, parameter
from fasttrack_rules.periods import at_latest_weeks_after, last_day_of_first_weeks
from fasttrack_rules.results import NOT_APPLICABLE, Deadline
from fasttrack_rules.rules.checks import COVERAGE_END, past_coverage
from fasttrack_rules.rules.condition import eight_week_condition
from fasttrack_rules.rules.deadlines import apply_roll, cited_deadline, meeting_status
from fasttrack_rules.rules.record import AssessmentRecord
from fasttrack_rules.vocab import Duty, EmployerWindow, RollPolicy, SickPersonWindow

__all__ = [
    "RequestOutcome",
    "Verdict",
    "eight_week_condition",
    "employer_subject",
    "fast_track_in_force",
    "request_step",
    "request_window",
]


def fast_track_in_force(request_day: _dt.date) -> bool:
    """Fast track exists for requests made on or after 5 January 2015 (BEK nr. 1421 af
    16. december 2014, § 18)."""
    return request_day >= FAST_TRACK_START


def request_window(
    first_day: _dt.date,
    request_day: _dt.date,
    by: Literal["employer", "sick_person"],
    *,
    employer_window: EmployerWindow,
    sick_person_window: SickPersonWindow,
    policy: RollPolicy,
    municipal: Calendar,
) -> tuple[_dt.date | None, bool, tuple[str, ...]]:
    """SDL § 7 c, stk. 1 (employer) and § 7 e with the ``sick_person_window``
    interpretation: the last day of the window (None when there is none), whether the
    request falls inside it, and the reason codes."""
    weeks = parameter("request_window_weeks", request_day).value
    if by == "sick_person" and sick_person_window == "none":
        return None, True, ("FT-SICK-PERSON-NO-TIME-LIMIT",)
    if by == "employer" and employer_window == "five_weeks_after":
        unrolled = at_latest_weeks_after(first_day, weeks)  # first day + 35, the § 40-style count
    else:
        unrolled = last_day_of_first_weeks(first_day, weeks)  # days 1-35: first day + 34
    due, rolled_codes = apply_roll(unrolled, policy, municipal)
    in_time = request_day <= due
    if by == "employer":
        return due, in_time, ("FT-REQUEST-IN-TIME" if in_time else "FT-REQUEST-LATE", *rolled_codes)
    code = "FT-SICK-PERSON-REQUEST-IN-TIME" if in_time else "FT-SICK-PERSON-REQUEST-LATE"
    return due, in_time, (code, *rolled_codes)


def employer_subject(sick_person: str | None) -> tuple[bool | None, str]:
    """SDL § 7 c, stk. 1: an employer may ask only for an employee. Returns whether the
    subject fits (None: unknown) and the reason code (none when it fits)."""
    if sick_person is None:
        return None, "FT-SUBJECT-UNKNOWN"
    if sick_person == "employee":
        return True, ""
    return False, "FT-EMPLOYER-SUBJECT-NOT-EMPLOYEE"


class Verdict(NamedTuple):
    """One condition of a valid request: whether it holds (None: unknown), its reason
    code, and the fact that would decide it when unknown."""

    holds: bool | None
    code: str
    fact: str


@attrs.frozen
class RequestOutcome:
    """The request step: the window's deadline, whether Fast track applies so far (None:
    undetermined), and the verdicts of a request that is not invalid, not yet recorded:
    the consent step may still decide the track without them."""

    window: Deadline
    applies: bool | None
    deferred: tuple[Verdict, ...] = ()


def request_step(record: AssessmentRecord) -> RequestOutcome:
    """Steps 2.1-2.5 of the decision procedure: no request, a request before Fast track,
    a jobcenter's own initiative, a request before the absence, or the window and the
    verdicts of an employer's or sick person's request.

    Raises:
        CalendarRangeError: a municipality's own target falls after the coverage.
    """
    request = record.case.request
    window = NOT_APPLICABLE["employer" if record.route == "employer" else "sick_person"]
    if request is None:
        record.add_reason("FT-NO-REQUEST")
    elif not fast_track_in_force(request.date):
        record.add_reason("FT-NOT-IN-FORCE")
    elif request.by == "jobcenter":
        _jobcenter_initiative(record, request.date)
    elif request.date < record.case.first_day_of_absence:
        record.add_reason("FT-REQUEST-BEFORE-ABSENCE")
        name = "employer_request" if request.by == "employer" else "sick_person_request"
        window = cited_deadline(None, "missed", record.cite(name, "request"), window.duty_of)
    else:
        return _valid_request(record, request.by, request.date, window.duty_of)
    return RequestOutcome(window, False)


def _jobcenter_initiative(record: AssessmentRecord, request_day: _dt.date) -> None:
    """Not Fast track; a municipality's own target for the first meeting is policy."""
    record.add_reason("FT-JOBCENTER-INITIATIVE")
    weeks = record.case.municipal_target_weeks
    if weeks is None:
        return
    record.add_reason("FT-POLICY-TARGET")
    due = at_latest_weeks_after(request_day, weeks)
    if due > COVERAGE_END:
        raise past_coverage("request.date", request_day)
    citation = record.cite("interpretation:policy_target_weeks", "request")
    status = meeting_status(due, record.case, record.as_of)
    record.policy_deadlines["policy_first_meeting"] = cited_deadline(due, status, citation, "municipality")


def _valid_request(
    record: AssessmentRecord, by: Literal["employer", "sick_person"], day: _dt.date, duty: Duty
) -> RequestOutcome:
    """Window, subject and 8-week condition. An invalid request records why; a request
    that is not invalid defers its verdicts until consent has had its say."""
    window, in_time = _window(record, by, day, duty)
    verdicts = _verdicts(record, by)
    if not in_time or any(v.holds is False for v in verdicts):
        for verdict in verdicts:
            if verdict.holds is False:
                record.add_reason(verdict.code)
        return RequestOutcome(window, False)
    applies = None if any(v.holds is None for v in verdicts) else True
    return RequestOutcome(window, applies, tuple(v for v in verdicts if v.code))


def _window(
    record: AssessmentRecord, by: Literal["employer", "sick_person"], day: _dt.date, duty: Duty
) -> tuple[Deadline, bool]:
    """The request window's deadline and whether the request is in time; records its reasons."""
    interpretation = record.interpretation
    due, in_time, codes = request_window(
        record.case.first_day_of_absence,
        day,
        by,
        employer_window=interpretation.employer_window,
        sick_person_window=interpretation.sick_person_window,
        policy=interpretation.roll,
        municipal=record.municipal,
    )
    for code in codes:
        record.add_reason(code)
    if due is None:
        window = cited_deadline(None, "not_applicable", record.cite("sick_person_request", "request"), duty)
    else:
        # The sick person's window is the interpretation's, not the statute's (§ 7 e sets none).
        source = "employer_request" if by == "employer" else "interpretation:sick_person_window"
        window = cited_deadline(due, "met" if in_time else "missed", record.cite(source, "request"), duty)
    return window, in_time


def _verdicts(record: AssessmentRecord, by: Literal["employer", "sick_person"]) -> list[Verdict]:
    """The subject (employer's request only), then the 8-week condition."""
    case = record.case
    verdicts = []
    if by == "employer":
        verdicts.append(Verdict(*employer_subject(case.sick_person), "sick_person"))
    condition = eight_week_condition(case.first_day_of_absence, case.over_8_weeks, case.expected_recovery)
    verdicts.append(Verdict(*condition, "over_8_weeks"))
    return verdicts
