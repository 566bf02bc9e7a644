"""The consultation with the sick person's own doctor (specification: doctor; decision
procedure, step 3): the rule in force on its start event, its deadline, and whether the
duty depends on the municipality's request to book it.
"""

from __future__ import annotations

import datetime as _dt
from typing import Literal

import attrs

from fasttrack_rules.calendars import Calendar
from fasttrack_rules.errors import CalendarRangeError
from fasttrack_rules.law import BEK_2024_START, Citation, parameter, provision
from fasttrack_rules.periods import at_latest_bank_days_after, at_latest_days_after
from fasttrack_rules.results import NOT_APPLICABLE, UNDETERMINED, Deadline
from fasttrack_rules.rules.checks import COVERAGE_END, past_coverage
from fasttrack_rules.rules.deadlines import apply_roll, cited_deadline, deadline_status
from fasttrack_rules.rules.record import AssessmentRecord
from fasttrack_rules.vocab import RollPolicy, Status, Track

__all__ = [
    "DOCTOR_2014_CONDITIONAL",
    "DoctorRule",
    "doctor_deadline",
    "doctor_needs_letter",
    "doctor_status_code",
    "doctor_step",
]

#: Whether the 2015-2024 employer-route consultation duty (§ 4, stk. 1, nr. 2, of the
#: orders then in force) depends on a request from the municipality: it does not; it
#: follows from the employee's consent (unlike § 9 and, from 2025, § 5, stk. 2).
DOCTOR_2014_CONDITIONAL = False


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
    if route == "sick_person":
        days = parameter("doctor_days_after_request", request_day)
        due, rolled_codes = apply_roll(at_latest_days_after(request_day, days.value), policy, municipal)
        codes = ("FT-DOCTOR-RULE-SICK-PERSON", *rolled_codes)
        return DoctorRule(None, due, days.provision, request_day, codes)
    if form_returned is not None and form_returned >= BEK_2024_START:
        # Interpretation doctor_rule_transition: a form returned from 2025 on follows the
        # 2025 order, even after a letter of 2024.
        days = parameter("doctor_days_after_form", form_returned)
        due, rolled_codes = apply_roll(at_latest_days_after(form_returned, days.value), policy, municipal)
        # A transition: the letter was (or, unknown, may have been) sent under the old order.
        first_possible_letter = request_day if letter_sent is None else letter_sent
        transition = first_possible_letter < BEK_2024_START
        codes = ("FT-DOCTOR-RULE-2024", *rolled_codes)
        return DoctorRule(None, due, days.provision, form_returned, codes, transition)
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


_STATUS_CODES: dict[Status, str] = {
    "met": "FT-DOCTOR-MET",
    "missed": "FT-DOCTOR-MISSED",
    "pending": "FT-DOCTOR-PENDING",
    "lapsed": "FT-DOCTOR-LAPSED",
}


def doctor_status_code(status: Status, earliest: _dt.date | None, held: _dt.date | None) -> str:
    """The reason for a consultation's status; one held before the earliest day is
    missed as too early (interpretation ``doctor_too_early``)."""
    too_early = status == "missed" and earliest is not None and held is not None and held < earliest
    return "FT-DOCTOR-TOO-EARLY" if too_early else _STATUS_CODES[status]


def doctor_step(record: AssessmentRecord, track: Track) -> Deadline:
    """Step 3: the consultation deadline of the route, in the version in force on its
    start event; conditional on the municipality's request to book it.

    Raises:
        CalendarRangeError: the deadline falls after the coverage.
    """
    request, case = record.case.request, record.case
    if track not in ("fast_track", "undetermined") or request is None or request.by == "jobcenter":
        return NOT_APPLICABLE["sick_person"]
    if case.standby:
        record.add_reason("FT-DOCTOR-NOT-REQUIRED")
        return cited_deadline(None, "not_required", record.cite("standby", "request"), "sick_person")
    form = case.consent.date if case.consent is not None else None
    if request.by == "employer" and doctor_needs_letter(request.date, case.letter_sent, form):
        record.missing.append("letter_sent")  # the 2015-2024 window counts from the letter
        return UNDETERMINED["sick_person"]
    rule = _rule_inside_coverage(record, request.by, request.date, form)
    status = _consultation_status(record, rule)
    # The duty arises only on the municipality's request to book the consultation (§ 9;
    # § 5, stk. 2, from 2025): without that fact a passed deadline shows no breach.
    unasked = status == "missed" and rule.conditional and case.doctor_requested is None
    if unasked:
        record.missing.append("doctor_requested")
    if track == "undetermined":
        return UNDETERMINED["sick_person"]
    return _record_rule(record, rule, status, unasked)


def _rule_inside_coverage(
    record: AssessmentRecord,
    route: Literal["employer", "sick_person"],
    request_day: _dt.date,
    form: _dt.date | None,
) -> DoctorRule:
    """The route's rule; a deadline past the coverage names its start event: the form
    when it has been returned (employer), else the request."""
    try:
        rule = doctor_deadline(
            route=route,
            request_day=request_day,
            letter_sent=record.case.letter_sent,
            form_returned=form,
            policy=record.interpretation.roll,
            bank=record.bank,
            municipal=record.municipal,
        )
        past = rule.due is not None and rule.due > COVERAGE_END
    except CalendarRangeError:
        past = True
    if past:
        raise past_coverage(*(("consent.date", form) if form is not None else ("request.date", request_day)))
    return rule


def _consultation_status(record: AssessmentRecord, rule: DoctorRule) -> Status | None:
    """The consultation's status (never standby: a standby case has no consultation);
    None while the rule gives no due day."""
    if rule.due is None:
        return None
    case = record.case
    return deadline_status(
        rule.due,
        case.doctor_consultation,
        record.as_of,
        recovered=case.recovered,
        standby=False,
        earliest=rule.earliest,
    )


def _record_rule(
    record: AssessmentRecord, rule: DoctorRule, status: Status | None, unasked: bool
) -> Deadline:
    """Record the rule's reasons and the status's, cited first by the deadline's provision."""
    citation: Citation = provision(rule.provision, rule.start)
    transition = (record.cite("interpretation:doctor_rule_transition", "form"),) if rule.transition else ()
    for code in rule.codes:
        record.add_reason(code, *(transition if code == rule.codes[0] else ()))
    if rule.due is None or status is None:
        return cited_deadline(None, "pending", citation, "sick_person")
    if unasked:
        status = "undetermined"
        record.add_reason("FT-DOCTOR-REQUEST-UNKNOWN", citation)
    else:
        code = doctor_status_code(status, rule.earliest, record.case.doctor_consultation)
        record.add_reason(code, citation)
    return cited_deadline(rule.due, status, citation, "sick_person", earliest=rule.earliest)
