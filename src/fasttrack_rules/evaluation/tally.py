"""Counting as the histories are read: each case assessed with the rules as of its own
days, then added to the counts of its group and of the whole period. Nothing of a case
is kept but counts, except the benefit periods that the effect's bootstrap draws from
(two bytes a case, in an ``array``).

**The day of assessment.** A case is assessed as of its last known day: the latest of
its own dates (its events, its recovery or ``benefit_end``), and, for a case still
open, the end of the period (``--to``) if that is later. Nothing reads the clock: the
same history and options give the same report on any day.
"""

from __future__ import annotations

import datetime as _dt
from array import array
from collections import Counter

import attrs

from fasttrack_rules.engine import assess
from fasttrack_rules.errors import FasttrackError
from fasttrack_rules.evaluation.history import NO_EMPLOYER, History
from fasttrack_rules.results import Assessment

__all__ = ["EffectTally", "EmployerTally", "GroupTally", "as_of", "group_of", "quarter_of"]

#: The days of the ordinary deadline's 8 weeks: a case lasting longer is a long absence.
EIGHT_WEEKS_DAYS = 56


def quarter_of(day: _dt.date) -> str:
    """The quarter of ``day``, as ``2025-Q1``."""
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def group_of(history: History, by: str) -> str:
    """The group of a history by ``month`` or ``quarter`` of its first day, or ``employer``."""
    first = history.case.first_day_of_absence
    if by == "month":
        return f"{first.year}-{first.month:02d}"
    if by == "quarter":
        return quarter_of(first)
    return history.employer.id if history.employer is not None else NO_EMPLOYER


def as_of(history: History, period_end: _dt.date) -> _dt.date:
    """The day a case is assessed on (see the module's docstring)."""
    return _latest(history, period_end)[1]


def _latest(history: History, period_end: _dt.date) -> tuple[str, _dt.date]:
    """The field of the history's latest day (``to``: the period's end) and the day."""
    case = history.case
    days = [
        ("case.first_day_of_absence", case.first_day_of_absence),
        ("case.letter_sent", case.letter_sent),
        ("case.doctor_requested", case.doctor_requested),
        ("case.doctor_consultation", case.doctor_consultation),
        ("case.first_meeting", case.first_meeting),
        ("case.recovered", case.recovered),
        ("benefit_end", history.benefit_end),
        ("case.request.date", None if case.request is None else case.request.date),
        ("case.consent.date", None if case.consent is None else case.consent.date),
    ]
    if history.end is None:
        days.append(("to", period_end))
    return max(((name, day) for name, day in days if day is not None), key=lambda item: item[1])


def duration(history: History) -> int | None:
    """The benefit period in days, first day to the end (None: still open)."""
    end = history.end
    return None if end is None else (end - history.case.first_day_of_absence).days


@attrs.define
class GroupTally:
    """The counts of one group of cases (or of the whole period)."""

    cases: int = 0
    expected_long: int = 0
    requests: Counter[str] = attrs.field(factory=Counter)
    requested_long: Counter[str] = attrs.field(factory=Counter)
    outside_window: int = 0
    consent: Counter[str] = attrs.field(factory=Counter)
    meetings: Counter[tuple[str, str]] = attrs.field(factory=Counter)
    request_to_meeting: Counter[int] = attrs.field(factory=Counter)
    breaches: Counter[str] = attrs.field(factory=Counter)

    def add(self, history: History, result: Assessment) -> None:
        """Count one case and its assessment."""
        case = history.case
        self.cases += 1
        self.expected_long += case.over_8_weeks is True
        if case.request is not None:
            self.requests[case.request.by] += 1
            if case.over_8_weeks is True:
                self.requested_long[case.request.by] += 1
            self.outside_window += result.deadlines["request_window"].status == "missed"
        self._add_consent(history, result)
        meeting = result.deadlines["first_meeting"].status
        if result.track in ("fast_track", "ordinary") and meeting in ("met", "missed"):
            self.meetings[result.track, meeting] += 1
        if result.track == "fast_track" and case.request is not None and case.first_meeting is not None:
            self.request_to_meeting[(case.first_meeting - case.request.date).days] += 1
        for name in result.breaches:
            self.breaches[f"{name} ({result.track})"] += 1

    def _add_consent(self, history: History, result: Assessment) -> None:
        case = history.case
        if case.consent is not None and case.consent.answer == "refuses":
            self.consent["refused"] += 1
        form = result.deadlines["consent_form"].status
        if form in ("met", "missed"):
            self.consent["due"] += 1
            self.consent["in_time" if form == "met" else "late"] += 1
            if form == "missed" and case.municipality_continues is True:
                self.consent["continued"] += 1


@attrs.define
class EmployerTally:
    """The counts of one employer: its cases, long absences, requests and requests in time."""

    cases: int = 0
    long_absences: int = 0
    requests: int = 0
    in_time: int = 0

    def add(self, history: History, result: Assessment) -> None:
        """Count one case of the employer."""
        self.cases += 1
        days = duration(history)
        self.long_absences += history.case.over_8_weeks is True or (
            days is not None and days > EIGHT_WEEKS_DAYS
        )
        request = history.case.request
        if request is not None and request.by == "employer":
            self.requests += 1
            self.in_time += result.deadlines["request_window"].status == "met"


@attrs.define
class EffectTally:
    """What the effect rests on: the benefit periods of the ended cases expected to last
    over 8 weeks, by track (kept for the bootstrap) and by stratum (sick person and the
    quarter of the first day, as counts); the days from the first meeting to the
    ordinary week-8 date, by track; and the cases still open."""

    periods: dict[str, array[int]] = attrs.field(
        factory=lambda: {"fast_track": array("H"), "ordinary": array("H")}
    )
    strata: dict[str, dict[str, Counter[int]]] = attrs.field(factory=dict)
    before_week_8: dict[str, Counter[int]] = attrs.field(
        factory=lambda: {"fast_track": Counter(), "ordinary": Counter()}
    )
    open_cases: int = 0

    def add(self, history: History, result: Assessment) -> None:
        """Count one case."""
        case, track = history.case, result.track
        if track not in ("fast_track", "ordinary"):
            return
        week_8 = result.deadlines["ordinary_first_meeting"].due
        if case.first_meeting is not None and week_8 is not None:
            self.before_week_8[track][(week_8 - case.first_meeting).days] += 1
        if case.over_8_weeks is not True:
            return
        days = duration(history)
        if days is None:
            self.open_cases += 1
            return
        self.periods[track].append(min(days, 0xFFFF))
        stratum = f"{case.sick_person or 'unknown'} {quarter_of(case.first_day_of_absence)}"
        self.strata.setdefault(stratum, {"fast_track": Counter(), "ordinary": Counter()})[track][days] += 1


def assessed(history: History, period_end: _dt.date) -> Assessment:
    """The assessment of a history as of its own last day (:func:`as_of`).

    Raises:
        FasttrackError: the rules refuse the case (an event before the first day, say);
            the error names the field as ``case.FIELD``.
    """
    field, day = _latest(history, period_end)
    try:
        return assess(history.case, as_of=day)
    except FasttrackError as e:
        if e.field == "as_of":  # the day of assessment is the history's latest: name it
            raise type(e)(field, day.isoformat(), e.message) from None
        raise type(e)(f"case.{e.field}", e.value, e.message) from None
