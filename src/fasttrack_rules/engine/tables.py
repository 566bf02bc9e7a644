"""The engine's tables: the law, the reasons and the two default calendars as plain
integers, strings and lists, and never changed.

The law's tables are generated data (:mod:`.compiled`, from the numbering of
:mod:`.numbering`; the tests compare the two) and the calendars' are the default tables
of :mod:`fasttrack_rules.calendars.defaults`, so that reading them imports neither attrs
nor the law. A day is its proleptic Gregorian ordinal (``date.toordinal()``). A citation
is a number: its index in :data:`CITATION_LAW` (and in the numbering). A provision's
citation on a day is found by bisecting the days on which it can change, and a reason's
by the same for its own provisions: every day between two changes cites the same
versions.
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_right
from itertools import compress
from typing import NamedTuple

from fasttrack_rules.calendars.coverage import FIRST_YEAR, LAST_YEAR, CalendarKind
from fasttrack_rules.calendars.defaults import default_tables
from fasttrack_rules.engine import compiled
from fasttrack_rules.engine.compiled import BEK_2024, CITATION_LAW, FAST_TRACK
from fasttrack_rules.reason_catalogue import REASON_ROWS

__all__ = [
    "BANK",
    "BEK_2024",
    "CITATION_LAW",
    "COVERAGE_END",
    "COVERAGE_START",
    "FAST_TRACK",
    "MUNICIPAL",
    "NOT_IN_FORCE",
    "REASONS",
    "DayTable",
    "cite",
    "parameter",
    "reason_segment",
]

#: The first and last covered day, and the days on which the rules changed.
COVERAGE_START = _dt.date(FIRST_YEAR, 1, 1).toordinal()
COVERAGE_END = _dt.date(LAST_YEAR, 12, 31).toordinal()
#: What :func:`cite` gives for a provision not in force on the day (the engine then
#: leaves the case to the step-by-step rules, which say why).
NOT_IN_FORCE = -1


class DayTable(NamedTuple):
    """A calendar by day number: ``prefix[d - base]`` open days before day ``d``, and the
    open days in order."""

    base: int
    prefix: list[int]
    open_days: list[int]


def _day_table(kind: CalendarKind) -> DayTable:
    tables = default_tables(kind)
    open_days = list(compress(range(COVERAGE_START, COVERAGE_START + len(tables.open)), tables.open))
    return DayTable(COVERAGE_START, tables.prefix, open_days)


#: The Danish bank days and the default municipal working days.
BANK = _day_table("bank")
MUNICIPAL = _day_table("municipal")

_PROVISIONS = compiled.PROVISIONS


def cite(name: str, day: int) -> int:
    """The number of provision ``name``'s citation for an event on ``day``, or
    :data:`NOT_IN_FORCE`."""
    days, numbers = _PROVISIONS[name]
    return numbers[bisect_right(days, day)]


# Each parameter's versions, an open end as the end of the coverage.
_PARAMETERS: dict[str, list[tuple[int, int, int, str]]] = {
    name: [(start, COVERAGE_END if end < 0 else end, value, source) for start, end, value, source in rows]
    for name, rows in compiled.PARAMETERS.items()
}


def parameter(name: str, day: int) -> tuple[int, str] | None:
    """The value of parameter ``name`` for a period starting on ``day``, with the
    provision that sets it (None: no version in force)."""
    for start, end, value, source in _PARAMETERS[name]:
        if start <= day <= end:
            return value, source
    return None


#: Each reason's event (the fact whose day dates its citations), the days on which its
#: own citations can change, and the numbers of those citations from each (the first:
#: before the first change; ``None``: one is not in force).
REASONS: dict[str, tuple[str, tuple[int, ...], tuple[tuple[int, ...] | None, ...]]] = {
    code: (event, *compiled.REASONS[code]) for code, _, event, _, _ in REASON_ROWS
}


def reason_segment(code: str, day: int) -> tuple[int, tuple[int, ...] | None]:
    """The first day of the stretch in which reason ``code``'s own citations are those of
    ``day`` (``day`` itself before the first change), and the numbers of those citations
    (``None``: one is not in force on ``day``)."""
    _, days, cited = REASONS[code]
    k = bisect_right(days, day)
    return (days[k - 1] if k else day), cited[k]
