"""The decision logic: ``assess`` takes the facts of one case and the date of evaluation,
and gives the track, every deadline, what is missing and why. It composes one module per
step of the specification's decision procedure; each holds small pure rule functions
(plain facts in, an outcome and its reason codes out) and the step that applies them to
the case and records the reasons, which cite the law through the reason catalogue.
Nothing here reads the clock.

- :mod:`~fasttrack_rules.rules.checks`: the checks across fields, and the coverage.
- :mod:`~fasttrack_rules.rules.calendar_setup`: the case's calendars and version stamp.
- :mod:`~fasttrack_rules.rules.record`: what the steps read and record.
- :mod:`~fasttrack_rules.rules.deadlines`: status, roll and citation of every deadline.
- :mod:`~fasttrack_rules.rules.condition`: the 8-week condition.
- :mod:`~fasttrack_rules.rules.request`: the request window, its subject and condition.
- :mod:`~fasttrack_rules.rules.consent`: the consent form, then the track.
- :mod:`~fasttrack_rules.rules.doctor`: the consultation with the sick person's doctor.
- :mod:`~fasttrack_rules.rules.meeting`: the first meeting, Fast track and ordinary.
- :mod:`~fasttrack_rules.rules.questions`: the three questions.
- :mod:`~fasttrack_rules.rules.plan`: the plan for the return to work.

Unknown facts are passed as ``None`` and come back as ``None`` ("undetermined") with the
names of the facts that would decide them.
"""

from __future__ import annotations

import datetime as _dt

from fasttrack_rules._validate import check_date
from fasttrack_rules.errors import InvalidTypeError
from fasttrack_rules.facts import Case
from fasttrack_rules.results import Assessment, Deadline
from fasttrack_rules.rules.calendar_setup import CACHED_ADJUSTMENTS, version_stamp
from fasttrack_rules.rules.checks import (
    MAX_TARGET_WEEKS,
    MIN_TARGET_WEEKS,
    check_case,
    check_first_day_deadlines,
)
from fasttrack_rules.rules.condition import eight_week_condition
from fasttrack_rules.rules.consent import ConsentOutcome, consent_outcome, decide_track, form_due
from fasttrack_rules.rules.deadlines import apply_roll, deadline_status
from fasttrack_rules.rules.doctor import DoctorRule, doctor_deadline, doctor_needs_letter, doctor_step
from fasttrack_rules.rules.meeting import meeting_due, meeting_step, ordinary_due
from fasttrack_rules.rules.plan import plan_step
from fasttrack_rules.rules.questions import QuestionsStep, question_states, questions_step
from fasttrack_rules.rules.record import AssessmentRecord
from fasttrack_rules.rules.request import employer_subject, fast_track_in_force, request_step, request_window
from fasttrack_rules.vocab import PlanStatus, Track

__all__ = [
    "CACHED_ADJUSTMENTS",
    "MAX_TARGET_WEEKS",
    "MIN_TARGET_WEEKS",
    "ConsentOutcome",
    "DoctorRule",
    "apply_roll",
    "assess",
    "check_case",
    "consent_outcome",
    "deadline_status",
    "doctor_deadline",
    "doctor_needs_letter",
    "eight_week_condition",
    "employer_subject",
    "fast_track_in_force",
    "form_due",
    "meeting_due",
    "ordinary_due",
    "question_states",
    "request_window",
]


def assess(case: Case, *, as_of: _dt.date) -> Assessment:
    """Assess one Fast track case on the day ``as_of``.

    Args:
        case: the facts (see :class:`~fasttrack_rules.Case`).
        as_of: the date of evaluation. Deadlines after it that are not yet met are
            ``pending``; events after it are an error.

    Returns:
        An :class:`Assessment`: track, every deadline with its status and citation,
        what is missing, and the reasons.

    Raises:
        InvalidTypeError: ``as_of`` is not a ``date``.
        FutureEventError: an event is dated after ``as_of``.
        InvalidValueError: events in an impossible order or contradicting forecasts.
        CalendarRangeError: a date outside 2000-2100.

    >>> from datetime import date
    >>> from fasttrack_rules import Case, Request
    >>> case = Case(first_day_of_absence=date(2025, 3, 3), sick_person="unemployed", over_8_weeks=True,
    ...             request=Request(by="sick_person", date=date(2025, 3, 18)))
    >>> result = assess(case, as_of=date(2025, 3, 20))
    >>> result.track, result.deadlines["first_meeting"].due, result.deadlines["first_meeting"].status
    ('fast_track', datetime.date(2025, 4, 1), 'pending')
    """
    if not isinstance(case, Case):
        raise InvalidTypeError("case", case, f"expected a Case, got {type(case).__name__}")
    check_date("as_of", as_of)
    check_case(case, as_of)
    record = AssessmentRecord(case, as_of)
    week_8 = ordinary_due(case.first_day_of_absence)
    check_first_day_deadlines(case.first_day_of_absence, week_8, record.interpretation.roll, record.municipal)
    request = request_step(record)
    track, consent_form = decide_track(record, request)
    doctor = doctor_step(record, track)
    meeting, ordinary = meeting_step(record, track, week_8)
    deadlines = {
        "request_window": request.window,
        "consent_form": consent_form,
        "doctor_consultation": doctor,
        "first_meeting": meeting,
        "ordinary_first_meeting": ordinary,
        **record.policy_deadlines,  # a municipality's own target, last: policy, not law
    }
    questions = questions_step(record, track)
    return _assessment(record, track, deadlines, questions, plan_step(record, meeting))


def _assessment(
    record: AssessmentRecord,
    track: Track,
    deadlines: dict[str, Deadline],
    questions: QuestionsStep,
    plan: PlanStatus,
) -> Assessment:
    """The result of the steps, with the days Fast track gains and the breaches."""
    meeting, ordinary = deadlines["first_meeting"], deadlines["ordinary_first_meeting"]
    states, required_from, to_obtain = questions
    return Assessment(
        id=record.case.id,
        as_of=record.as_of,
        track=track,
        route=record.route,
        deadlines=deadlines,
        days_earlier=(ordinary.due - meeting.due).days
        if track == "fast_track" and ordinary.due is not None and meeting.due is not None
        else None,
        questions=states,
        questions_required_from=required_from,
        to_obtain=to_obtain,
        plan=plan,
        missing_facts=record.missing_facts(),
        breaches=_breaches(deadlines),
        reasons=record.cited_reasons(),
        interpretation=record.interpretation,
        versions=version_stamp(record.bank, record.municipal),
    )


def _breaches(deadlines: dict[str, Deadline]) -> tuple[str, ...]:
    """The municipality's deadlines in law that are missed. The ordinary deadline is
    reported for comparison; ``first_meeting`` carries the municipality's duty on
    whichever track applies."""
    return tuple(
        name
        for name, deadline in deadlines.items()
        if deadline.status == "missed"
        and deadline.is_law
        and deadline.duty_of == "municipality"
        and name != "ordinary_first_meeting"
    )
