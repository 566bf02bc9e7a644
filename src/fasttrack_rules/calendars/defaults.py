"""The closing days of the two default calendars and their tables, as plain data.

The helligdage are shipped data (:mod:`.helligdage`, generated from the ``holidays``
package, so that no run imports it); the other closing days are this library's own
rules: 24 and 31 December and 5 June in both calendars, and the Friday after Kristi
himmelfartsdag in the bank calendar from 2009 (specification,
``docs/specification.md#calendars``).

This module imports neither attrs nor the law: :func:`default_tables` gives a default
calendar's flag per day, prefix counts and content hash as plain ``bytes``, ``list`` and
``str``, for code that needs no :class:`~.calendar.Calendar`. The names' citations
(:class:`~.closing_days.ClosedDay`) are added by :mod:`.closing_days`, on first use.

The helligdage and the default tables are built under one lock and published only when
complete, so they can be shared between threads from their first use.
"""

from __future__ import annotations

import datetime as _dt
import threading

from fasttrack_rules.calendars.coverage import FIRST_YEAR, LAST_YEAR, CalendarKind, _check_kind
from fasttrack_rules.calendars.helligdage import HELLIGDAGE
from fasttrack_rules.calendars.tables import _build, _Tables

#: The first year in which the Friday after Kristi himmelfartsdag is a bank closing day
#: (specification, ``docs/specification.md#bank-days``).
ASCENSION_FRIDAY_FROM = 2009
#: The closing days of both calendars on a fixed date: (month, day of month, name).
_FIXED_CLOSING_DAYS = (
    (6, 5, "Grundlovsdag"),
    (12, 24, "Juleaftensdag"),
    (12, 31, "Nytårsaftensdag"),
)

# Every table built on first use is built under this lock and published complete. It is
# re-entrant: the default tables read the helligdage while holding it.
_LOCK = threading.RLock()
# Filled once, under _LOCK, before anyone is handed it; never changed afterwards.
_helligdage_cache: dict[_dt.date, str] = {}


def _helligdage() -> dict[_dt.date, str]:
    """Every Danish helligdag 2000-2100 (weekends included), by its Danish name.

    Read from the shipped table (:mod:`.helligdage`). Store bededag ends after 2023 in
    it (abolished as a helligdag by bekendtgørelse nr. 270 af 7. marts 2023, § 1).
    """
    with _LOCK:
        if not _helligdage_cache:
            names = {_dt.date.fromisoformat(day): name for day, name in HELLIGDAGE}  # complete before shared
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


# The tables of the two default calendars, each published complete in one step.
_TABLES: dict[CalendarKind, _Tables] = {}


def _publish(kind: CalendarKind) -> _Tables:
    tables = _TABLES[kind] = _build(_closing_day_names(kind))
    return tables


def default_tables(kind: CalendarKind) -> _Tables:
    """The tables of the default calendar ``kind``, built once per process and shared.

    ``open`` (``bytes``): 1 for an open day, 0 for a closed one, indexed by the days since
    1 January 2000; ``prefix`` (``list[int]``): ``prefix[i]`` open days before index i;
    ``content_hash`` (``str``): the calendar's content hash; ``dates``: the open days, in
    order, built on first use.

    >>> from datetime import date
    >>> bank = default_tables("bank")
    >>> i = date(2025, 5, 30).toordinal() - date(2000, 1, 1).toordinal()  # Friday after Ascension
    >>> bank.open[i], bank.open[i - 2]  # closed; the Wednesday before is open
    (0, 1)
    >>> bank.prefix[i + 1] - bank.prefix[i - 4]  # the open days of that week, Monday to Friday
    3
    >>> bank is default_tables("bank"), len(bank.content_hash)
    (True, 16)

    Raises:
        InvalidTypeError: ``kind`` is not a string.
        InvalidValueError: ``kind`` is neither ``"bank"`` nor ``"municipal"``.
    """
    checked = _check_kind(kind)
    tables = _TABLES.get(checked)
    if tables is None:
        with _LOCK:  # double-checked: a thread that waited here finds them built
            tables = _TABLES.get(checked) or _publish(checked)
    return tables
