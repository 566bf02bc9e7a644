"""The two calendars of the specification, built through checked factories.

The default calendars are built once per process and shared; an adjusted municipal
calendar is built anew on each call (a few microseconds: it keeps only its differences).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

from fasttrack_rules.calendars.calendar import Calendar
from fasttrack_rules.calendars.coverage import CalendarKind, _checked

_DEFAULT_CALENDARS: dict[CalendarKind, Calendar] = {}


def _default(kind: CalendarKind) -> Calendar:
    cal = _DEFAULT_CALENDARS.get(kind)
    if cal is None:
        # Whichever thread publishes first, every caller gets that one calendar.
        cal = _DEFAULT_CALENDARS.setdefault(kind, Calendar(kind))
    return cal


def danish_bank_days() -> Calendar:
    """The bank-day calendar (§ 2, nr. 1, of the orders on follow-up from 2015).

    Every day except Saturdays, Sundays, helligdage, 24 December, 31 December,
    Grundlovsdag 5 June and the Friday after Kristi himmelfartsdag (a bank day before
    2009: interpretation ``bank_days_before_2015``).

    >>> from datetime import date
    >>> danish_bank_days().is_open(date(2025, 5, 30))  # Friday after Ascension
    False
    >>> danish_bank_days().is_open(date(2008, 5, 2))  # the banks were open on it then
    True
    """
    return _default("bank")


def municipal_working_days(
    *, extra_closed: Iterable[_dt.date] = (), open_on: Iterable[_dt.date] = ()
) -> Calendar:
    """The default municipal working-day calendar, adjustable per municipality.

    Default: Monday-Friday except helligdage, 5 June, 24 December and 31 December.

    Args:
        extra_closed: the municipality's own closing days, each a weekday that the
            default calendar has open (e.g. the Friday after Kristi himmelfartsdag).
        open_on: default closing days on which the municipality is open after all,
            each a weekday that the default calendar has closed.

    Raises:
        InvalidTypeError: ``extra_closed`` or ``open_on`` is not an iterable, or an
            entry is not a ``date``.
        InvalidValueError: ``extra_closed`` or ``open_on`` is a single date or a string,
            an ``extra_closed`` day is already closed, or an ``open_on`` day is not a
            default closing day.
        CalendarRangeError: an entry is outside 2000-2100.

    >>> from datetime import date
    >>> cal = municipal_working_days(extra_closed=[date(2025, 5, 30)])
    >>> cal.id, cal.is_open(date(2025, 5, 30))
    ('dk-municipal+closed:2025-05-30', False)
    """
    closed = _checked("extra_closed", extra_closed)
    opened = _checked("open_on", open_on)
    if not (closed or opened):
        return _default("municipal")
    return Calendar("municipal", tuple(closed), tuple(opened))
