"""The engine's tables: the law, the reasons and the two default calendars as plain
integers, strings and lists, built once from their sources (:mod:`fasttrack_rules.law`,
:mod:`fasttrack_rules.reasons`, :mod:`fasttrack_rules.calendars`) and never changed.

A day is its proleptic Gregorian ordinal (``date.toordinal()``). A citation is a
number: its index in :data:`CITATIONS`. A provision's citation on a day is found by
bisecting the days on which it can change, and a reason's by the same for its own
provisions: every day between two changes cites the same versions.
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_right
from itertools import compress
from typing import NamedTuple

from fasttrack_rules.calendars import (
    FIRST_YEAR,
    LAST_YEAR,
    Calendar,
    danish_bank_days,
    municipal_working_days,
)
from fasttrack_rules.errors import RuleNotInForceError
from fasttrack_rules.law import BEK_2024_START, FAST_TRACK_START, PARAMETERS, PROVISIONS, Citation, provision
from fasttrack_rules.law import provision_changes as _changes
from fasttrack_rules.reasons import _BREAKPOINTS, CATALOGUE

__all__ = [
    "BANK",
    "BEK_2024",
    "CITATIONS",
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
FAST_TRACK = FAST_TRACK_START.toordinal()
BEK_2024 = BEK_2024_START.toordinal()
#: What :func:`cite` gives for a provision not in force on the day (the engine then
#: leaves the case to the step-by-step rules, which say why).
NOT_IN_FORCE = -1


class DayTable(NamedTuple):
    """A calendar by day number: ``prefix[d - base]`` open days before day ``d``, and the
    open days in order."""

    base: int
    prefix: list[int]
    open_days: list[int]
    calendar: Calendar


def _day_table(calendar: Calendar) -> DayTable:
    tables = calendar._tables
    open_days = list(compress(range(COVERAGE_START, COVERAGE_START + len(tables.open)), tables.open))
    return DayTable(COVERAGE_START, tables.prefix, open_days, calendar)


#: The Danish bank days and the default municipal working days.
BANK = _day_table(danish_bank_days())
MUNICIPAL = _day_table(municipal_working_days())

#: Every citation the engine can give, by number.
CITATIONS: list[Citation] = []
_NUMBERS: dict[Citation, int] = {}


def _number(citation: Citation) -> int:
    number = _NUMBERS.get(citation)
    if number is None:
        number = _NUMBERS[citation] = len(CITATIONS)
        CITATIONS.append(citation)
    return number


def _provision_table(name: str) -> tuple[list[int], list[int]]:
    """The days on which provision ``name`` can change, and its citation's number from
    each (the first entry: before the first change)."""
    days = sorted(_changes(name))
    numbers = []
    for day in [max(days[0], _dt.date(1, 1, 2)) - _dt.timedelta(days=1), *days]:
        try:
            numbers.append(_number(provision(name, day)))
        except RuleNotInForceError:
            numbers.append(NOT_IN_FORCE)
    return [d.toordinal() for d in days], numbers


_PROVISIONS = {name: _provision_table(name) for name in PROVISIONS}


def cite(name: str, day: int) -> int:
    """The number of provision ``name``'s citation for an event on ``day``, or
    :data:`NOT_IN_FORCE`."""
    days, numbers = _PROVISIONS[name]
    return numbers[bisect_right(days, day)]


_PARAMETERS: dict[str, list[tuple[int, int, int, str]]] = {}
for _p in PARAMETERS:
    _PARAMETERS.setdefault(_p.name, []).append(
        (
            _p.valid_from.toordinal(),
            _p.valid_to.toordinal() if _p.valid_to else COVERAGE_END,
            _p.value,
            _p.provision,
        )
    )


def parameter(name: str, day: int) -> tuple[int, str] | None:
    """The value of parameter ``name`` for a period starting on ``day``, with the
    provision that sets it (None: no version in force)."""
    for start, end, value, source in _PARAMETERS[name]:
        if start <= day <= end:
            return value, source
    return None


#: Each reason's event (the fact whose day dates its citations) and the days on which
#: its own citations can change.
REASONS: dict[str, tuple[str, list[int]]] = {
    code: (reason.event, [d.toordinal() for d in _BREAKPOINTS[code]]) for code, reason in CATALOGUE.items()
}


def reason_segment(code: str, day: int) -> int:
    """The first day of the stretch in which reason ``code``'s own citations are those of
    ``day`` (``day`` itself before the first change)."""
    days = REASONS[code][1]
    k = bisect_right(days, day)
    return days[k - 1] if k else day
