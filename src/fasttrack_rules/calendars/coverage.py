"""The days every calendar covers, and the checks of the arguments that name them.

Every calendar covers 1 January :data:`FIRST_YEAR` to 31 December :data:`LAST_YEAR`.
Inside the package a day is its index in that range (its ordinal minus the ordinal of
the first covered day); the tables are indexed by it.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from typing import Literal, cast

from fasttrack_rules._validate import bad_date
from fasttrack_rules.errors import CalendarRangeError, InvalidTypeError, InvalidValueError

#: First year every calendar covers; before it a CalendarRangeError.
FIRST_YEAR = 2000
#: Last year every calendar covers; after it a CalendarRangeError.
LAST_YEAR = 2100

_date = _dt.date
_BASE = _dt.date(FIRST_YEAR, 1, 1).toordinal()
_END = _dt.date(LAST_YEAR + 1, 1, 1).toordinal()  # exclusive
_N = _END - _BASE

CalendarKind = Literal["bank", "municipal"]
_KINDS: tuple[CalendarKind, ...] = ("bank", "municipal")


def _out_of_range(name: str, value: object) -> CalendarRangeError:
    return CalendarRangeError(
        name, value, f"outside the calendar's coverage {FIRST_YEAR}-01-01..{LAST_YEAR}-12-31"
    )


def _add_out_of_range(day: _dt.date, n: int) -> CalendarRangeError:
    return CalendarRangeError(
        "n", n, f"{day.isoformat()} {n:+d} open days is outside the calendar's coverage"
    )


def _day_index(name: str, day: object) -> int:
    """The table index of ``day``, checked: a ``date`` inside the coverage."""
    if type(day) is not _date:
        bad_date(name, day)
    i = day.toordinal() - _BASE
    if not 0 <= i < _N:
        raise _out_of_range(name, day)
    return i


def _span(start: object, end: object) -> tuple[int, int]:
    """The table indexes of the half-open range [start, end), checked: both dates, inside
    the coverage (``end`` may be the day after it), in order."""
    if type(start) is not _date:
        bad_date("start", start)
    if type(end) is not _date:
        bad_date("end", end)
    i = start.toordinal() - _BASE
    j = end.toordinal() - _BASE
    if not 0 <= i < _N:
        raise _out_of_range("start", start)
    if not 0 <= j <= _N:
        raise _out_of_range("end", end)
    if i > j:
        raise InvalidValueError("end", end, f"end is before start ({start.isoformat()})")
    return i, j


def _check_kind(kind: object) -> CalendarKind:
    if type(kind) is not str:
        raise InvalidTypeError("kind", kind, f"expected a string, got {type(kind).__name__}")
    if kind not in _KINDS:
        raise InvalidValueError("kind", kind, f"expected one of {', '.join(_KINDS)}")
    return kind


def _no_days(days: object) -> bool:
    """Whether ``days`` is the empty tuple: a calendar without adjustments."""
    return type(days) is tuple and not days


def _tuple(name: str, days: object) -> tuple[object, ...]:
    """``days`` if it is a tuple (the type of a calendar's adjustments), else raise."""
    if type(days) is not tuple:
        raise InvalidTypeError(name, days, f"expected a tuple of dates, got {type(days).__name__}")
    return days


def _checked(name: str, days: Iterable[object]) -> list[_dt.date]:
    """The days in the caller's order, each a date inside the coverage; errors name the
    entry by its position in the caller's list."""
    if isinstance(days, (str, bytes, _dt.date)):
        raise InvalidValueError(name, days, "expected an iterable of dates")
    try:
        entries = iter(days)
    except TypeError:
        raise InvalidTypeError(
            name, days, f"expected an iterable of dates, got {type(days).__name__}"
        ) from None
    out = list(entries)
    for k, day in enumerate(out):
        if type(day) is not _date:
            bad_date(f"{name}[{k}]", day)
        if not _BASE <= day.toordinal() < _END:
            raise _out_of_range(f"{name}[{k}]", day)
    return cast("list[_dt.date]", out)  # every entry checked above
