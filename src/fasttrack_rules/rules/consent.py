"""Consent on the employer's route, and the track (specification: consent; decision
procedure, steps 2.6-2.7): the form's deadline (SDL § 7 d; BEK § 4, stk. 1), the
municipality's discretion after a late form (§ 4, stk. 2), then whether the case is on
Fast track, on the ordinary track, or undetermined.
"""

from __future__ import annotations

import datetime as _dt

import attrs

from fasttrack_rules.calendars import Calendar
from fasttrack_rules.errors import CalendarRangeError
from fasttrack_rules.facts import Consent
from fasttrack_rules.law import parameter
from fasttrack_rules.periods import at_latest_bank_days_after
from fasttrack_rules.results import NOT_APPLICABLE, Deadline
from fasttrack_rules.rules.checks import past_coverage
from fasttrack_rules.rules.deadlines import cited_deadline
from fasttrack_rules.rules.record import AssessmentRecord
from fasttrack_rules.rules.request import RequestOutcome, Verdict
from fasttrack_rules.vocab import Status, Track

__all__ = ["ConsentOutcome", "consent_outcome", "decide_track", "form_due"]


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


def form_due(letter_sent: _dt.date, bank: Calendar) -> _dt.date:
    """The consent form's deadline: "senest 2 bankdage efter afsendelsen af brevet" (BEK
    § 4, stk. 1, nr. 1, 2015-2024; § 4, stk. 1, from 2025), the 2nd bank day strictly
    after the letter."""
    n = parameter("consent_form_bank_days", letter_sent).value
    return at_latest_bank_days_after(letter_sent, n, bank)


def consent_outcome(
    request_day: _dt.date,
    letter_sent: _dt.date | None,
    answer: Consent | None,
    municipality_continues: bool | None,
    as_of: _dt.date,
    bank: Calendar,
) -> ConsentOutcome:
    """Consent on the employer route (SDL § 7 d; the form's deadline, BEK § 4, stk. 1,
    and the municipality's discretion after a late form, § 4, stk. 2)."""
    if answer is not None and answer.answer == "refuses":
        due = None if letter_sent is None else form_due(letter_sent, bank)
        return ConsentOutcome(due, "not_applicable", False, ("FT-CONSENT-REFUSED",))
    if letter_sent is None:
        return _letter_unknown(request_day, answer, municipality_continues, as_of, bank)
    due = form_due(letter_sent, bank)
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


def _letter_unknown(
    request_day: _dt.date,
    answer: Consent | None,
    municipality_continues: bool | None,
    as_of: _dt.date,
    bank: Calendar,
) -> ConsentOutcome:
    """A missing letter date matters only when the answer depends on it: the letter is
    sent on or after the request, so a form returned by the 2nd bank day after the
    request is in time whatever the letter's date, and no form is late before then."""
    earliest_due = form_due(request_day, bank)  # no letter date can make it earlier
    if answer is not None and answer.date <= earliest_due:
        return ConsentOutcome(None, "met", True, ("FT-CONSENT-IN-TIME-ANY-LETTER",))
    if answer is None and as_of <= earliest_due:
        return ConsentOutcome(None, "pending", None, ("FT-CONSENT-PENDING",), ("consent",))
    if answer is not None and municipality_continues:
        # In time or late, Fast track goes on: the unknown letter date does not matter.
        return ConsentOutcome(None, "undetermined", True, ("FT-LETTER-UNKNOWN", "FT-MUNICIPALITY-CONTINUES"))
    missing: tuple[str, ...] = ("letter_sent",) if answer is not None else ("letter_sent", "consent")
    if municipality_continues is None:
        missing += ("municipality_continues",)
    return ConsentOutcome(None, "undetermined", None, ("FT-LETTER-UNKNOWN",), missing)


def decide_track(record: AssessmentRecord, request: RequestOutcome) -> tuple[Track, Deadline]:
    """Steps 2.6-2.7: the consent of an employer's request that is not invalid (an
    invalid request is no § 7 c request and has no consent step), then the track and the
    form's deadline.

    Raises:
        CalendarRangeError: the form's deadline falls after the coverage.
    """
    outcome = None
    if record.route == "employer" and request.applies is not False:
        outcome = _employer_consent(record)
    # A refusal, or a municipality that stops, decides the track whatever an unknown
    # subject or forecast: those are then neither reasons nor missing facts.
    _record_verdicts(record, request.deferred, decided=outcome is not None and outcome.fast_track is False)
    consent_form, applies = NOT_APPLICABLE["sick_person"], request.applies
    if outcome is not None:
        consent_form, applies = _record_consent(record, outcome, applies)
    if applies is None:
        record.add_reason("FT-TRACK-UNDETERMINED")
        return "undetermined", consent_form
    return "fast_track" if applies else "ordinary", consent_form


def _employer_consent(record: AssessmentRecord) -> ConsentOutcome:
    """The consent step; its deadline counts from the letter, or the request when the
    letter's date is unknown."""
    case = record.case
    assert case.request is not None  # an employer's request
    try:
        return consent_outcome(
            case.request.date,
            case.letter_sent,
            case.consent,
            case.municipality_continues,
            record.as_of,
            record.bank,
        )
    except CalendarRangeError:
        start = ("letter_sent", case.letter_sent) if case.letter_sent else ("request.date", case.request.date)
        raise past_coverage(*start) from None


def _record_verdicts(record: AssessmentRecord, verdicts: tuple[Verdict, ...], *, decided: bool) -> None:
    """Record the deferred verdicts of the request; an unknown one only while the track
    is not decided without it."""
    for verdict in verdicts:
        if verdict.holds is not None:
            record.add_reason(verdict.code)
        elif not decided:
            record.add_reason(verdict.code)
            record.missing.append(verdict.fact)


def _record_consent(
    record: AssessmentRecord, outcome: ConsentOutcome, applies: bool | None
) -> tuple[Deadline, bool | None]:
    """Record the consent step; the form's deadline and whether Fast track applies now."""
    for code in outcome.codes:
        record.add_reason(code)
    record.missing.extend(outcome.missing)
    deadline = cited_deadline(
        outcome.due, outcome.status, record.cite("consent_form_deadline", "letter"), "sick_person"
    )
    if outcome.fast_track is False:
        return deadline, False
    return deadline, None if outcome.fast_track is None or applies is None else True
