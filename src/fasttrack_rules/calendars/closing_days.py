"""The weekday closing days of the two default calendars, and their tables, built once.

Helligdage come from the ``holidays`` package (Denmark, public category), imported on
first use; the extra closing days (24 and 31 December, 5 June, the Friday after Kristi
himmelfartsdag) are this library's own, each with its citation.

The helligdage and the default tables are built under one lock and published only when
complete, so calendars can be shared between threads from their first use.
"""

from __future__ import annotations

import datetime as _dt
import threading

import attrs

from fasttrack_rules.calendars.coverage import FIRST_YEAR, LAST_YEAR, CalendarKind
from fasttrack_rules.calendars.tables import _build, _Tables
from fasttrack_rules.law import FAST_TRACK_START, Citation, provision

_MUNICIPAL = provision("interpretation:municipal_calendar", FAST_TRACK_START)
_BANK_BEFORE_2015 = provision("interpretation:bank_days_before_2015", FAST_TRACK_START)
#: The first year in which the Friday after Kristi himmelfartsdag is a bank closing day
#: (specification, ``docs/specification.md#bank-days``).
ASCENSION_FRIDAY_FROM = 2009
#: The name of a municipality's own closing day.
_OWN_CLOSING_DAY = ("Kommunal lukkedag",)
#: The closing days of both calendars on a fixed date: (month, day of month, name).
_FIXED_CLOSING_DAYS = (
    (6, 5, "Grundlovsdag"),
    (12, 24, "Juleaftensdag"),
    (12, 31, "Nytårsaftensdag"),
)


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


# Every table built on first use is built under this lock and published complete. It is
# re-entrant: the default tables read the helligdage while holding it.
_LOCK = threading.RLock()
# Filled once, under _LOCK, before anyone is handed it; never changed afterwards.
_helligdage_cache: dict[_dt.date, str] = {}


def _helligdage() -> dict[_dt.date, str]:
    """Every Danish helligdag 2000-2100 (weekends included), by its Danish name.

    The ``holidays`` import happens here, on first use, so that importing this
    module stays cheap. Store bededag ends after 2023 in that package (abolished as a
    helligdag by bekendtgørelse nr. 270 af 7. marts 2023, § 1).
    """
    with _LOCK:
        if not _helligdage_cache:
            import holidays

            table = holidays.country_holidays(
                "DK", years=range(FIRST_YEAR, LAST_YEAR + 1), language="da", categories=("public",)
            )
            names = {day: str(name) for day, name in table.items()}  # complete before it is shared
            _helligdage_cache.update(names)
        return _helligdage_cache


def _closing_day_names(kind: CalendarKind) -> dict[_dt.date, list[str]]:
    """The name(s) of every closing day of the default calendar ``kind``, weekends included."""
    names: dict[_dt.date, list[str]] = {}
    for day, name in _helligdage().items():
        names.setdefault(day, []).append(name)
        if name == "Kristi himmelfartsdag" and kind == "bank" and day.year >= ASCENSION_FRIDAY_FROM:
            # The Friday after Kristi himmelfartsdag: a bank closing day from 2009 (§ 2, nr. 1
            # of the orders on follow-up from 2015).
            names.setdefault(day + _dt.timedelta(days=1), []).append("Fredag efter Kristi himmelfartsdag")
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        for month, dom, name in _FIXED_CLOSING_DAYS:
            names.setdefault(_dt.date(year, month, dom), []).append(name)
    return names


def _default_closures(kind: CalendarKind) -> dict[_dt.date, ClosedDay]:
    """The weekday closing days of a default calendar, 2000-2100."""
    closures = {}
    for day, day_names in _closing_day_names(kind).items():
        if day.weekday() < 5:
            source = _bank_citation(day) if kind == "bank" else _MUNICIPAL
            closures[day] = ClosedDay(day, tuple(day_names), (source,))
    return closures


# The tables of the two default calendars, each published complete in one step.
_TABLES: dict[CalendarKind, _Tables] = {}


def _publish(kind: CalendarKind) -> _Tables:
    tables = _TABLES[kind] = _build(_default_closures(kind))
    return tables


def _default_tables(kind: CalendarKind) -> _Tables:
    """The tables of the default calendar of ``kind``, built once per process."""
    tables = _TABLES.get(kind)
    if tables is None:
        with _LOCK:  # double-checked: a thread that waited here finds them built
            tables = _TABLES.get(kind) or _publish(kind)
    return tables
