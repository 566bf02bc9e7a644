"""The weekday closing days of the two default calendars, with their names and sources.

The days and their names come from :mod:`.defaults` (the shipped helligdage and the
library's own closing days); this module adds the source of each, a citation of the law
by the day's date, and keeps them by year for ``Calendar.closed_days``. They are built
on first use, once, under the lock of the default tables: a calendar that is only
counted on never builds them.
"""

from __future__ import annotations

import datetime as _dt

import attrs

from fasttrack_rules.calendars.coverage import CalendarKind
from fasttrack_rules.calendars.defaults import _LOCK, _closing_day_names
from fasttrack_rules.law import FAST_TRACK_START, Citation, provision

_MUNICIPAL = provision("interpretation:municipal_calendar", FAST_TRACK_START)
_BANK_BEFORE_2015 = provision("interpretation:bank_days_before_2015", FAST_TRACK_START)
#: The name of a municipality's own closing day.
_OWN_CLOSING_DAY = ("Kommunal lukkedag",)


@attrs.frozen
class ClosedDay:
    """A weekday on which a calendar is closed, with its Danish name(s) and source(s).

    A day can carry two names (Grundlovsdag on 2. pinsedag, as in 2028).
    """

    date: _dt.date
    names: tuple[str, ...]
    citations: tuple[Citation, ...]

    @property
    def name(self) -> str:
        """The Danish name(s), joined with " / "."""
        return " / ".join(self.names)


def _bank_citation(day: _dt.date) -> Citation:
    # From 5 January 2015 the definition of bank days in § 2, nr. 1 of the order then
    # in force; before, no order defined bank days (interpretation bank_days_before_2015).
    if day < FAST_TRACK_START:
        return _BANK_BEFORE_2015
    return provision("bank_day_definition", day)


def _default_closures(kind: CalendarKind) -> dict[_dt.date, ClosedDay]:
    """The weekday closing days of a default calendar, 2000-2100."""
    closures = {}
    for day, day_names in _closing_day_names(kind).items():
        if day.weekday() < 5:
            source = _bank_citation(day) if kind == "bank" else _MUNICIPAL
            closures[day] = ClosedDay(day, tuple(day_names), (source,))
    return closures


# The closing days of each default calendar by year, each published complete in one step.
_BY_YEAR: dict[CalendarKind, dict[int, tuple[ClosedDay, ...]]] = {}


def _publish(kind: CalendarKind) -> dict[int, tuple[ClosedDay, ...]]:
    closures = _default_closures(kind)
    by_year: dict[int, list[ClosedDay]] = {}
    for day in sorted(closures):
        by_year.setdefault(day.year, []).append(closures[day])
    published = _BY_YEAR[kind] = {year: tuple(days) for year, days in by_year.items()}
    return published


def _closed_days(kind: CalendarKind, year: int) -> tuple[ClosedDay, ...]:
    """The weekday closing days of the default calendar ``kind`` in ``year`` (checked by
    the caller), in date order; all years built once per process."""
    by_year = _BY_YEAR.get(kind)
    if by_year is None:
        with _LOCK:  # double-checked: a thread that waited here finds them built
            by_year = _BY_YEAR.get(kind) or _publish(kind)
    return by_year.get(year, ())
