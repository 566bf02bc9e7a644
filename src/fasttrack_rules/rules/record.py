"""The record of one assessment: the case as every step reads it, and what the steps
record about it, in order (reasons with the citations of the deadline they judge,
missing facts, a municipality's own deadlines).
"""

from __future__ import annotations

import datetime as _dt

from fasttrack_rules.calendars import danish_bank_days
from fasttrack_rules.facts import Case
from fasttrack_rules.law import Citation, provision
from fasttrack_rules.reasons import CATALOGUE, CitedReason, cite_reason
from fasttrack_rules.results import Deadline
from fasttrack_rules.rules.calendar_setup import municipal_calendar

__all__ = ["AssessmentRecord"]


class AssessmentRecord:
    """What every step of an assessment reads, and what the steps report.

    Reads: the case, the day of evaluation, its interpretation, the bank and municipal
    calendars, the route (who asked, if anyone) and the day that dates each kind of
    reason. Reports: reason codes in order (with the citations of the deadline they
    judge, where they judge one), the names of missing facts, and a municipality's own
    deadlines (policy, not law).

    Raises:
        CalendarRangeError: a municipal calendar adjustment outside the coverage.
        InvalidValueError: a municipal calendar adjustment that changes nothing.
    """

    __slots__ = (
        "as_of",
        "bank",
        "case",
        "event_days",
        "interpretation",
        "missing",
        "municipal",
        "policy_deadlines",
        "reasons",
        "route",
    )

    def __init__(self, case: Case, as_of: _dt.date) -> None:
        self.case = case
        self.as_of = as_of
        self.interpretation = case.interpretation
        self.bank = danish_bank_days()
        self.municipal = municipal_calendar(case.calendar)
        request = case.request
        self.route = None if request is None else request.by
        self.reasons: list[tuple[str, tuple[Citation, ...]]] = []
        self.missing: list[str] = []
        self.policy_deadlines: dict[str, Deadline] = {}
        # The day that dates each kind of reason: a later event falls back on an
        # earlier one when it is unknown (the letter cannot precede the request).
        first = case.first_day_of_absence
        request_day = first if request is None else request.date
        letter = case.letter_sent or request_day
        self.event_days: dict[str, _dt.date] = {
            "first_day_of_absence": first,
            "request": request_day,
            "letter": letter,
            "form": letter if case.consent is None else case.consent.date,
        }

    def add_reason(self, code: str, *first: Citation) -> None:
        """Record reason ``code``; ``first`` are the citations of the deadline it judges,
        cited before the reason's own provisions."""
        self.reasons.append((code, first))

    def has_reason(self, code: str) -> bool:
        """Whether reason ``code`` has been recorded."""
        return any(recorded == code for recorded, _ in self.reasons)

    def cite(self, name: str, event: str) -> Citation:
        """Provision ``name`` as in force on the day of ``event``."""
        return provision(name, self.event_days[event])

    def cited_reasons(self) -> tuple[CitedReason, ...]:
        """The reasons in the order first given, each code once, with its citations."""
        out: dict[str, CitedReason] = {}
        event_days, first_day = self.event_days, self.case.first_day_of_absence
        for code, first in self.reasons:
            if code not in out:
                # "deadline" and "none" reasons cite undated sources of their own.
                out[code] = cite_reason(code, event_days.get(CATALOGUE[code].event, first_day), first)
        return tuple(out.values())

    def missing_facts(self) -> tuple[str, ...]:
        """The names of the missing facts, each once, sorted."""
        return tuple(sorted(set(self.missing)))
