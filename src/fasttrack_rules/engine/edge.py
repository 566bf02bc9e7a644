"""The engine's edge on the typed side: :func:`assess`, a :class:`~fasttrack_rules.Case`
read into day numbers, and an outcome made into the frozen result types, once each.
Citations and cited reasons are the shared values of :mod:`fasttrack_rules.law` and
:mod:`fasttrack_rules.reasons`, looked up by number (:mod:`.numbering`).
"""

from __future__ import annotations

import datetime as _dt

import attrs

from fasttrack_rules._validate import check_date
from fasttrack_rules.calendars import danish_bank_days, municipal_working_days
from fasttrack_rules.engine.core import DeadlineRow, Facts, Outcome, run
from fasttrack_rules.engine.numbering import numbering
from fasttrack_rules.errors import InvalidTypeError
from fasttrack_rules.facts import Answers, Case
from fasttrack_rules.reasons import CitedReason, cite_reason
from fasttrack_rules.results import NOT_APPLICABLE, QUESTION_STATES, UNDETERMINED, Assessment, Deadline
from fasttrack_rules.rules import assess as assess_by_steps
from fasttrack_rules.rules.calendar_setup import version_stamp
from fasttrack_rules.vocab import QUESTIONS, _is_answer

__all__ = ["CITATIONS", "VERSIONS", "assess", "assess_by_steps", "assessment", "cited_reason", "facts_of"]

#: The law's citation of each number the engine gives.
CITATIONS = numbering().citations


def assess(case: Case, *, as_of: _dt.date) -> Assessment:
    """Assess one Fast track case on the day ``as_of``: the result of
    :func:`fasttrack_rules.rules.assess` (same arguments, result and errors), computed in
    one pass over day numbers where the engine takes the case.

    >>> from datetime import date
    >>> from fasttrack_rules import Case
    >>> result = assess(Case(first_day_of_absence=date(2025, 3, 3)), as_of=date(2025, 5, 2))
    >>> result.track, result.deadlines["first_meeting"].due, result.breaches
    ('ordinary', datetime.date(2025, 4, 27), ('first_meeting',))
    """
    if type(case) is not Case:
        if not isinstance(case, Case):
            raise InvalidTypeError("case", case, f"expected a Case, got {type(case).__name__}")
        return assess_by_steps(case, as_of=as_of)  # a subclass may change what the rules read
    check_date("as_of", as_of)
    outcome = run(facts_of(case, as_of))
    if outcome is None:
        return assess_by_steps(case, as_of=as_of)
    return assessment(outcome, case, as_of)


_fromordinal = _dt.date.fromordinal


def _answered(answers: Answers) -> tuple[bool, bool, bool]:
    return (
        _is_answer(answers.affected_functions),
        _is_answer(answers.affected_duration),
        _is_answer(answers.adaptation_tried),
    )


def _day(day: _dt.date | None) -> int | None:
    return None if day is None else day.toordinal()


def facts_of(case: Case, as_of: _dt.date) -> Facts:
    """The facts of a typed case as the engine reads them."""
    request, consent, interpretation = case.request, case.consent, case.interpretation
    employer, sick = _answered(case.answers_employer), _answered(case.answers_sick_person)
    return Facts(
        case.id,
        as_of.toordinal(),
        case.first_day_of_absence.toordinal(),
        case.sick_person,
        case.over_8_weeks,
        _day(case.expected_recovery),
        None if request is None else request.by,
        None if request is None else request.date.toordinal(),
        _day(case.letter_sent),
        None if consent is None else consent.answer,
        None if consent is None else consent.date.toordinal(),
        case.municipality_continues,
        ((employer[0], sick[0]), (employer[1], sick[1]), (employer[2], sick[2])),
        _day(case.doctor_requested),
        _day(case.doctor_consultation),
        _day(case.first_meeting),
        case.plan_agreed,
        _day(case.recovered),
        case.standby,
        case.municipal_target_weeks,
        interpretation.roll,
        interpretation.sick_person_window,
        interpretation.employer_window,
        interpretation.late_request,
        bool(case.calendar.extra_closed or case.calendar.open_on),
    )


# The frozen result types, filled slot by slot: the values come from the engine and need
# no checks, and this is several times cheaper than the keyword constructor.
_new = object.__new__
_DEADLINE_SLOTS = tuple(
    getattr(Deadline, name).__set__
    for name in ("due", "status", "citation", "duty_of", "is_law", "earliest", "latest_working_day")
)


def _deadline(row: DeadlineRow) -> Deadline:
    _, due, status, number, duty, earliest, latest = row
    if number < 0:
        if status == "not_applicable":
            return NOT_APPLICABLE[duty]  # type: ignore[index]
        return UNDETERMINED[duty]  # type: ignore[index]
    citation = CITATIONS[number]
    deadline = _new(Deadline)
    s_due, s_status, s_citation, s_duty, s_law, s_earliest, s_latest = _DEADLINE_SLOTS
    s_due(deadline, None if due is None else _fromordinal(due))
    s_status(deadline, status)
    s_citation(deadline, citation)
    s_duty(deadline, duty)
    s_law(deadline, citation.is_law)
    s_earliest(deadline, None if earliest is None else _fromordinal(earliest))
    s_latest(deadline, None if latest is None else _fromordinal(latest))
    return deadline


_CITED: dict[tuple[str, tuple[int, ...]], CitedReason] = {}
_CITED_SIZE = 4096  # codes x stretches x first citations: a few hundred in practice


def cited_reason(code: str, key: tuple[int, ...]) -> CitedReason:
    """Reason ``code`` as :func:`~fasttrack_rules.reasons.cite_reason` cites it, for the
    key the engine gives (the first day of its stretch, then the citations cited first)."""
    found = _CITED.get((code, key))
    if found is None:
        first = tuple(CITATIONS[n] for n in key[1:])
        found = cite_reason(code, _fromordinal(key[0]), first)
        if len(_CITED) >= _CITED_SIZE:
            _CITED.clear()
        _CITED[(code, key)] = found
    return found


#: The version stamp of a result on the default calendars.
VERSIONS = version_stamp(danish_bank_days(), municipal_working_days())


def assessment(out: Outcome, case: Case, as_of: _dt.date) -> Assessment:
    """The frozen result of the engine's outcome for ``case``."""
    deadlines = {name: _deadline(row) for name, row in out.named_deadlines()}
    states = out.questions
    questions = (
        None
        if states is None
        else {q: QUESTION_STATES[state] for q, state in zip(QUESTIONS, states, strict=True)}  # type: ignore[index]
    )
    request = case.request
    result = _new(Assessment)
    (s_id, s_as_of, s_track, s_route, s_deadlines, s_days, s_questions, s_from, s_obtain, s_plan, s_missing,
     s_breaches, s_reasons, s_interpretation, s_versions) = _ASSESSMENT_SLOTS  # fmt: skip
    s_id(result, case.id)
    s_as_of(result, as_of)
    s_track(result, out.track)
    s_route(result, None if request is None else request.by)
    s_deadlines(result, deadlines)
    s_days(result, out.days_earlier)
    s_questions(result, questions)
    s_from(result, out.required_from)
    s_obtain(result, out.to_obtain)
    s_plan(result, out.plan)
    s_missing(result, tuple(sorted(set(out.missing))))
    s_breaches(result, tuple(out.breaches()))
    s_reasons(result, tuple([cited_reason(code, key) for code, key in out.reasons]))
    s_interpretation(result, case.interpretation)
    s_versions(result, VERSIONS)
    return result


# One setter per field of Assessment, in the order of its fields (the order the
# unpacking in assessment() names them; tests/test_engine.py checks it).
_ASSESSMENT_SLOTS = tuple(getattr(Assessment, a.name).__set__ for a in attrs.fields(Assessment))
