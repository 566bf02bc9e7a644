"""The employer's decision aid (``fasttrack employer``): may I still ask for Fast track,
until when, what happens if I ask today, and what happens if I do not?

Every date comes from the rules: the case (an employee, the first day of absence and,
when known, the expected day of recovery) is assessed three times, as the explanations
do (:func:`fasttrack_rules.explain.content.window`), never counted here by hand:

* without a request, as of the day given: the ordinary first meeting (end of week 8);
* with the employer's request and NemRefusion's letter on that day: the last day to ask,
  whether the 8-week condition fails, and the day the consent form must be back;
* with, besides, the employee's consent on the form's last day, assessed as of that day:
  the consultation with the doctor and the first follow-up meeting at the latest.

Without an expected day of recovery the employer's own forecast is taken as given (an
employer asks because they expect more than 8 weeks).
"""

from __future__ import annotations

import datetime as _dt
from typing import Literal

import attrs

from fasttrack_rules._validate import check_date
from fasttrack_rules.calendars import municipal_working_days
from fasttrack_rules.facts import Case, Consent, Request
from fasttrack_rules.law import Citation
from fasttrack_rules.results import Assessment, Deadline

__all__ = ["EmployerAid", "Situation", "employer_aid"]

#: May the employer still ask? ``open``: yes; ``closed``: the time limit has passed;
#: ``not_over_8_weeks``: the expected recovery is not more than 8 weeks away;
#: ``not_in_force``: the day is before the Fast track rules applied (5 January 2015).
Situation = Literal["open", "closed", "not_over_8_weeks", "not_in_force"]


@attrs.frozen(kw_only=True)
class EmployerAid:
    """What the employer is told; every date from an assessment (None where it does not apply).

    Attributes:
        first_day: the first day of absence.
        as_of: the day the employer asks about ("today").
        expected_recovery: the expected first day fit for work, if given.
        situation: see :data:`Situation`.
        window: the time limit to ask (its last day and source; none before 2015).
        working_days_left: the municipality's working days from ``as_of`` to the last day
            to ask, both included (0 when the time limit has passed).
        consent_form: if they ask today: the day the employee's consent form must be back.
        doctor: if they ask today and the employee agrees: the consultation at the latest.
        first_meeting: likewise: the first follow-up meeting at the latest.
        ordinary_meeting: if they do not ask: the ordinary first meeting (end of week 8).
    """

    first_day: _dt.date
    as_of: _dt.date
    expected_recovery: _dt.date | None
    situation: Situation
    window: Deadline
    working_days_left: int
    consent_form: Deadline | None
    doctor: Deadline | None
    first_meeting: Deadline | None
    ordinary_meeting: Deadline

    @property
    def may_ask(self) -> bool:
        """Whether a request made on ``as_of`` would start Fast track."""
        return self.situation == "open"

    def citations(self) -> list[Citation]:
        """The sources of the dates told, in the order told."""
        told = (self.window, self.consent_form, self.doctor, self.first_meeting, self.ordinary_meeting)
        return [d.citation for d in told if d is not None and d.citation is not None]


def _assess(case: Case, as_of: _dt.date) -> Assessment:
    from fasttrack_rules.engine import assess

    return assess(case, as_of=as_of)


def _situation(asked: Assessment) -> Situation:
    if "FT-NOT-IN-FORCE" in asked.reason_codes:
        return "not_in_force"
    if "FT-CONDITION-NOT-MET" in asked.reason_codes:
        return "not_over_8_weeks"
    return "open" if asked.deadlines["request_window"].status == "met" else "closed"


def _working_days(as_of: _dt.date, last: _dt.date | None) -> int:
    """The municipality's working days from ``as_of`` to ``last``, both included."""
    assert last is not None  # the time limit is open on as_of
    return municipal_working_days().count(as_of, last + _dt.timedelta(days=1))


def employer_aid(
    first_day: _dt.date, as_of: _dt.date, *, expected_recovery: _dt.date | None = None
) -> EmployerAid:
    """The employer's decision aid for an employee whose absence began on ``first_day``,
    as of ``as_of`` (see the module's description for how each date is found).

    Raises:
        InvalidTypeError: a day is not a ``date`` (a ``datetime`` included).
        FutureEventError: ``first_day`` is after ``as_of`` (field ``first_day_of_absence``).
        InvalidValueError: ``expected_recovery`` is before ``first_day``.
        CalendarRangeError: a deadline would fall outside the calendars (2000-2100).
    """
    check_date("first_day", first_day)
    check_date("as_of", as_of)
    if expected_recovery is not None:
        check_date("expected_recovery", expected_recovery)
    forecast = None if expected_recovery is not None else True
    case = Case(
        first_day_of_absence=first_day,
        sick_person="employee",
        over_8_weeks=forecast,
        expected_recovery=expected_recovery,
    )
    ordinary = _assess(attrs.evolve(case, over_8_weeks=None), as_of).deadlines["ordinary_first_meeting"]
    asked_case = attrs.evolve(case, request=Request(by="employer", date=as_of), letter_sent=as_of)
    asked = _assess(asked_case, as_of)
    situation = _situation(asked)
    window = asked.deadlines["request_window"]
    consent, doctor, meeting = None, None, None
    if situation == "open":
        consent = asked.deadlines["consent_form"]
        form_day = consent.due
        assert form_day is not None  # the letter is sent on as_of, so the form has its day
        agreed = _assess(attrs.evolve(asked_case, consent=Consent(answer="agrees", date=form_day)), form_day)
        doctor, meeting = agreed.deadlines["doctor_consultation"], agreed.deadlines["first_meeting"]
    return EmployerAid(
        first_day=first_day,
        as_of=as_of,
        expected_recovery=expected_recovery,
        situation=situation,
        window=window,
        working_days_left=_working_days(as_of, window.due) if situation == "open" else 0,
        consent_form=consent,
        doctor=doctor,
        first_meeting=meeting,
        ordinary_meeting=ordinary,
    )
