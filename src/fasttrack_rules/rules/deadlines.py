"""What every dated duty shares (specification: decision procedure, "Status of a dated
duty"; interpretation ``roll``): its status on the day of evaluation, the ``roll``
interpretation applied to its due day, and a deadline that takes ``is_law`` from its
citation.
"""

from __future__ import annotations

import datetime as _dt

from fasttrack_rules.calendars import Calendar
from fasttrack_rules.facts import Case
from fasttrack_rules.law import Citation
from fasttrack_rules.periods import roll
from fasttrack_rules.results import Deadline
from fasttrack_rules.vocab import Duty, RollPolicy, Status

__all__ = ["apply_roll", "cited_deadline", "deadline_status", "meeting_status"]


def apply_roll(
    unrolled: _dt.date, policy: RollPolicy, municipal: Calendar
) -> tuple[_dt.date, tuple[str, ...]]:
    """Interpretation ``roll`` applied to a deadline counted in days or weeks: the due day,
    and ``FT-DEADLINE-ROLLED-FORWARD`` when it moved from ``unrolled``.

    Raises:
        CalendarRangeError: rolling passes the end of the municipal calendar.
    """
    if policy == "none":  # the default: the calendar date stands
        return unrolled, ()
    due = roll(unrolled, policy, municipal)
    return due, ("FT-DEADLINE-ROLLED-FORWARD",) if due != unrolled else ()


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


def meeting_status(due: _dt.date, case: Case, as_of: _dt.date) -> Status:
    """Status of a first meeting of ``case`` due on ``due``: held on ``first_meeting``,
    subject to the case's recovery and standby."""
    return deadline_status(due, case.first_meeting, as_of, recovered=case.recovered, standby=case.standby)


def cited_deadline(
    due: _dt.date | None,
    status: Status,
    citation: Citation,
    duty_of: Duty,
    *,
    earliest: _dt.date | None = None,
    latest_working_day: _dt.date | None = None,
) -> Deadline:
    """A deadline that cites ``citation``; its ``is_law`` follows from the citation's kind."""
    return Deadline(
        due=due,
        status=status,
        citation=citation,
        duty_of=duty_of,
        is_law=citation.is_law,
        earliest=earliest,
        latest_working_day=latest_working_day,
    )
