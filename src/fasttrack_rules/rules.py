"""One small pure function per legal rule (specification: request, consent, questions,
doctor, meeting).

Each function takes plain facts and returns its outcome plus the reason codes that
decided it; none reads the clock or any state. ``assessment.assess`` composes them.
Unknown facts are passed as ``None`` and come back as ``None`` ("undetermined") with
the names of the facts that would decide them.
"""

from __future__ import annotations

import datetime as _dt
from typing import Literal

import attrs

from fasttrack_rules.calendars import Calendar
from fasttrack_rules.facts import Answers, Consent
from fasttrack_rules.law import BEK_2024_START, FAST_TRACK_START, parameter
from fasttrack_rules.periods import (
    at_latest_bank_days_after,
    at_latest_days_after,
    at_latest_weeks_after,
    before_end_of_week,
    last_day_of_first_weeks,
    roll,
)
from fasttrack_rules.vocab import QUESTIONS, Answerer, EmployerWindow, RollPolicy, SickPersonWindow, Status

__all__ = [
    "ConsentOutcome",
    "DoctorRule",
    "Status",
    "consent",
    "deadline_status",
    "doctor_deadline",
    "doctor_needs_letter",
    "eight_week_condition",
    "employer_subject",
    "meeting_due",
    "ordinary_due",
    "question_states",
    "request_window",
    "rolled",
]


def rolled(raw: _dt.date, policy: RollPolicy, municipal: Calendar, codes: list[str]) -> _dt.date:
    """Apply the ``roll`` interpretation to a day/week deadline, noting a move in ``codes``."""
    if policy == "none":  # the default: the calendar date stands
        return raw
    due = roll(raw, policy, municipal)
    if due != raw:
        codes.append("FT-DEADLINE-ROLLED-FORWARD")
    return due


def request_window(
    first_day: _dt.date,
    request_day: _dt.date,
    by: Literal["employer", "sick_person"],
    *,
    employer_window: EmployerWindow,
    sick_person_window: SickPersonWindow,
    policy: RollPolicy,
    municipal: Calendar,
) -> tuple[_dt.date | None, bool, list[str]]:
    """SDL § 7 c, stk. 1 (employer) and § 7 e with the ``sick_person_window``
    interpretation: the last day of the window (None when there is none), whether the
    request falls inside it, and the reason codes."""
    weeks = parameter("request_window_weeks", request_day).value
    codes: list[str] = []
    if by == "sick_person" and sick_person_window == "none":
        return None, True, ["FT-SICK-PERSON-NO-TIME-LIMIT"]
    if by == "employer" and employer_window == "five_weeks_after":
        raw = at_latest_weeks_after(first_day, weeks)  # first day + 35, the § 40-style count
    else:
        raw = last_day_of_first_weeks(first_day, weeks)  # days 1-35: first day + 34
    due = rolled(raw, policy, municipal, codes)
    in_time = request_day <= due
    if by == "employer":
        codes.insert(0, "FT-REQUEST-IN-TIME" if in_time else "FT-REQUEST-LATE")
    else:
        codes.insert(0, "FT-SICK-PERSON-REQUEST-IN-TIME" if in_time else "FT-SICK-PERSON-REQUEST-LATE")
    return due, in_time, codes


def employer_subject(sick_person: str | None) -> tuple[bool | None, str]:
    """SDL § 7 c, stk. 1: an employer may ask only for an employee."""
    if sick_person is None:
        return None, "FT-SUBJECT-UNKNOWN"
    if sick_person == "employee":
        return True, ""
    return False, "FT-EMPLOYER-SUBJECT-NOT-EMPLOYEE"


def eight_week_condition(
    first_day: _dt.date, over_8_weeks: bool | None, expected_recovery: _dt.date | None
) -> tuple[bool | None, str]:
    """The 8-week condition (SDL § 7 c, stk. 1; § 7 e): a forecast, yes/no, or from the
    expected first day fit for work, which must lie after first day + 56."""
    if over_8_weeks is None and expected_recovery is not None:
        weeks = parameter("recovery_condition_weeks", FAST_TRACK_START).value
        over_8_weeks = expected_recovery > at_latest_days_after(first_day, 7 * weeks)
    if over_8_weeks is None:
        return None, "FT-CONDITION-UNKNOWN"
    return over_8_weeks, "FT-CONDITION-MET" if over_8_weeks else "FT-CONDITION-NOT-MET"


@attrs.frozen
class ConsentOutcome:
    """The consent step of an employer's request: the form's deadline and status,
    whether Fast track goes on (None: undetermined), the reason codes, and the facts
    whose absence leaves it undetermined."""

    due: _dt.date | None
    status: Status
    fast_track: bool | None
    codes: tuple[str, ...]
    missing: tuple[str, ...] = ()


def consent(
    request_day: _dt.date,
    letter_sent: _dt.date | None,
    answer: Consent | None,
    municipality_continues: bool | None,
    as_of: _dt.date,
    bank: Calendar,
) -> ConsentOutcome:
    """Consent on the employer route (SDL § 7 d; the form's deadline, BEK § 4, stk. 1,
    and the municipality's discretion after a late form, § 4, stk. 2).

    A missing letter date matters only when the answer depends on it: the letter is
    sent on or after the request, so a form returned by the 2nd bank day after the
    request is in time whatever the letter's date, and no form is late before then.
    """
    if answer is not None and answer.answer == "refuses":
        due = None if letter_sent is None else _form_due(letter_sent, bank)
        return ConsentOutcome(due, "not_applicable", False, ("FT-CONSENT-REFUSED",))
    if letter_sent is None:
        earliest_due = _form_due(request_day, bank)  # no letter date can make it earlier
        if answer is not None and answer.date <= earliest_due:
            return ConsentOutcome(None, "met", True, ("FT-CONSENT-IN-TIME-ANY-LETTER",))
        if answer is None and as_of <= earliest_due:
            return ConsentOutcome(None, "pending", None, ("FT-CONSENT-PENDING",), ("consent",))
        if answer is not None and municipality_continues:
            # In time or late, Fast track goes on: the unknown letter date does not matter.
            return ConsentOutcome(
                None, "undetermined", True, ("FT-LETTER-UNKNOWN", "FT-MUNICIPALITY-CONTINUES")
            )
        missing: tuple[str, ...] = ("letter_sent",) if answer is not None else ("letter_sent", "consent")
        if municipality_continues is None:
            missing += ("municipality_continues",)
        return ConsentOutcome(None, "undetermined", None, ("FT-LETTER-UNKNOWN",), missing)
    due = _form_due(letter_sent, bank)
    if answer is not None and answer.date <= due:
        return ConsentOutcome(due, "met", True, ("FT-CONSENT-IN-TIME",))
    if answer is None and as_of <= due:
        return ConsentOutcome(due, "pending", None, ("FT-CONSENT-PENDING",), ("consent",))
    late = "FT-CONSENT-LATE" if answer is not None else "FT-CONSENT-MISSING"
    if municipality_continues is None:
        return ConsentOutcome(
            due, "missed", None, (late, "FT-MUNICIPALITY-DECISION-UNKNOWN"), ("municipality_continues",)
        )
    if municipality_continues:
        return ConsentOutcome(due, "missed", True, (late, "FT-MUNICIPALITY-CONTINUES"))
    return ConsentOutcome(due, "missed", False, (late, "FT-MUNICIPALITY-STOPS"))


def _form_due(letter_sent: _dt.date, bank: Calendar) -> _dt.date:
    n = parameter("consent_form_bank_days", letter_sent).value
    return at_latest_bank_days_after(letter_sent, n, bank)


def ordinary_due(first_day: _dt.date) -> _dt.date:
    """End of week 8 counted from the first day of absence, before any roll: the first
    follow-up of SDL § 13 b, stk. 1 and 3, and of § 13 of the Act before 2015."""
    return before_end_of_week(first_day, _ORDINARY_WEEK)


_ORDINARY_WEEK = 8  # the same 8th week in every version (specification: meeting)


def meeting_due(
    request_day: _dt.date, ordinary: _dt.date, late_request: Literal["earliest", "request"]
) -> tuple[_dt.date, list[str]]:
    """SDL § 13 b, stk. 2: request + 2 weeks; under ``late_request = "earliest"`` never
    later than the end of week 8. Returns the unrolled date and the reason codes."""
    due = at_latest_weeks_after(request_day, parameter("fast_track_meeting_weeks", request_day).value)
    if late_request == "earliest" and ordinary < due:
        return ordinary, ["FT-MEETING-DUE-FAST-TRACK", "FT-MEETING-CAPPED-AT-WEEK-8"]
    return due, ["FT-MEETING-DUE-FAST-TRACK"]


def deadline_status(
    due: _dt.date,
    held: _dt.date | None,
    as_of: _dt.date,
    *,
    recovered: _dt.date | None,
    standby: bool,
    earliest: _dt.date | None = None,
) -> Status:
    """Status of a duty due on ``due`` and done on ``held`` (None: not done by ``as_of``).

    ``not_required`` in a standby case (SDL § 13 b, stk. 5); ``lapsed`` when the sick
    person recovered on or before the due day and before it was done (SDL § 8, stk. 1);
    ``met`` when done within [earliest, due]; ``missed`` when done outside it or not
    done by a due day before ``as_of``; else ``pending``.
    """
    if standby:
        return "not_required"
    if recovered is not None and recovered <= due and (held is None or held >= recovered):
        return "lapsed"
    if held is not None:
        return "met" if held <= due and (earliest is None or held >= earliest) else "missed"
    return "missed" if as_of > due else "pending"


def doctor_needs_letter(
    request_day: _dt.date, letter_sent: _dt.date | None, form_returned: _dt.date | None
) -> bool:
    """Whether the employer-route doctor deadline cannot be computed for want of the
    letter's date: the 2015-2024 window counts from the letter, and it applies to a
    letter sent before 2025 (never before the request) unless the form was returned
    from 2025 on (interpretation ``doctor_rule_transition``)."""
    return (
        letter_sent is None
        and request_day < BEK_2024_START
        and (form_returned is None or form_returned < BEK_2024_START)
    )


@attrs.frozen
class DoctorRule:
    """The consultation deadline of one case: its window, the provision and the day
    whose version applies, the reason codes, whether a transition between orders was
    decided by interpretation, and whether the duty arises only on the municipality's
    request to book the consultation."""

    earliest: _dt.date | None
    due: _dt.date | None
    provision: str
    start: _dt.date
    codes: tuple[str, ...]
    transition: bool = False
    conditional: bool = True


def doctor_deadline(
    *,
    route: Literal["employer", "sick_person"],
    request_day: _dt.date,
    letter_sent: _dt.date | None,
    form_returned: _dt.date | None,
    policy: RollPolicy,
    bank: Calendar,
    municipal: Calendar,
) -> DoctorRule:
    """The doctor's consultation deadline, in the rule version in force on its start
    event. On the employer route the caller first checks :func:`doctor_needs_letter`."""
    codes: list[str] = []
    if route == "sick_person":
        p = parameter("doctor_days_after_request", request_day)
        due = rolled(at_latest_days_after(request_day, p.value), policy, municipal, codes)
        return DoctorRule(None, due, p.provision, request_day, ("FT-DOCTOR-RULE-SICK-PERSON", *codes))
    if form_returned is not None and form_returned >= BEK_2024_START:
        # Interpretation doctor_rule_transition: a form returned from 2025 on follows the
        # 2025 order, even after a letter of 2024.
        p = parameter("doctor_days_after_form", form_returned)
        due = rolled(at_latest_days_after(form_returned, p.value), policy, municipal, codes)
        # A transition: the letter was (or, unknown, may have been) sent under the old order.
        first_possible_letter = request_day if letter_sent is None else letter_sent
        transition = first_possible_letter < BEK_2024_START
        return DoctorRule(None, due, p.provision, form_returned, ("FT-DOCTOR-RULE-2024", *codes), transition)
    if letter_sent is not None and letter_sent < BEK_2024_START:
        first = parameter("doctor_earliest_bank_day_after_letter", letter_sent)
        last = parameter("doctor_latest_bank_day_after_letter", letter_sent)
        return DoctorRule(
            at_latest_bank_days_after(letter_sent, first.value, bank),
            at_latest_bank_days_after(letter_sent, last.value, bank),
            last.provision,
            letter_sent,
            ("FT-DOCTOR-RULE-2014",),
            conditional=DOCTOR_2014_CONDITIONAL,
        )
    start = letter_sent or request_day
    return DoctorRule(
        None, None, "doctor_employer_route", max(start, BEK_2024_START), ("FT-DOCTOR-AWAITS-FORM",)
    )


#: Whether the 2015-2024 employer-route consultation duty (§ 4, stk. 1, nr. 2, of the
#: orders then in force) depends on a request from the municipality: it does not; it
#: follows from the employee's consent (unlike § 9 and, from 2025, § 5, stk. 2).
DOCTOR_2014_CONDITIONAL = False


def question_states(
    employer: Answers, sick_person: Answers, route: Literal["employer", "sick_person"]
) -> tuple[dict[str, tuple[Answerer, bool]], tuple[str, ...]]:
    """The three questions (BEK 2024 § 3, stk. 1, nr. 1-3): per question who answered
    and whether an answer is still outstanding, plus the questions the caseworker must
    obtain before the meeting. On the employer route an answer from either party
    counts (§ 3, stk. 2); on the § 7 e route the sick person must answer (§ 7)."""
    states: dict[str, tuple[Answerer, bool]] = {}
    outstanding: list[str] = []
    for q in QUESTIONS:
        by_employer, by_sick = employer.answered(q), sick_person.answered(q)
        who: Answerer = (
            ("both" if by_sick else "employer") if by_employer else ("sick_person" if by_sick else "nobody")
        )
        missing = not by_sick if route == "sick_person" else who == "nobody"
        states[q] = (who, missing)
        if missing:
            outstanding.append(q)
    return states, tuple(outstanding)
