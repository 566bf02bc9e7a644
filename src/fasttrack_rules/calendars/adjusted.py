"""A default calendar with a municipality's adjustments, kept as its differences only.

An adjusted calendar shares the default calendar's tables and keeps the sorted days on
which it differs, with running corrections: it answers by binary search, O(log m) for m
adjusted days, in a few hundred bytes instead of a megabyte of tables of its own.
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_left, bisect_right
from itertools import accumulate

from fasttrack_rules._validate import check_int
from fasttrack_rules.calendars.calendar import Calendar
from fasttrack_rules.calendars.closing_days import _MUNICIPAL, _OWN_CLOSING_DAY, ClosedDay
from fasttrack_rules.calendars.coverage import (
    _BASE,
    _add_out_of_range,
    _check_kind,
    _checked,
    _date,
    _day_index,
    _out_of_range,
    _span,
    _tuple,
)
from fasttrack_rules.calendars.defaults import default_tables
from fasttrack_rules.calendars.tables import _adjusted_hash, _Tables
from fasttrack_rules.errors import InvalidValueError


def _adjustments(
    kind: object, extra_closed: object, open_on: object
) -> tuple[_Tables, tuple[_dt.date, ...], tuple[_dt.date, ...]]:
    """The default tables of ``kind`` and the adjustments, checked, sorted and without
    repeats: one identity per set of days, whatever the order or repetition of the
    caller's list.

    Raises:
        InvalidTypeError: ``kind`` is not a string, an adjustment not a tuple, or an
            entry not a ``date``.
        InvalidValueError: ``kind`` is not a calendar kind, an ``extra_closed`` day is
            already closed, or an ``open_on`` day is not a weekday closing day.
        CalendarRangeError: an entry is outside the coverage.
    """
    checked_kind = _check_kind(kind)
    closed = _checked("extra_closed", _tuple("extra_closed", extra_closed))
    opened = _checked("open_on", _tuple("open_on", open_on))
    tables = default_tables(checked_kind)
    flags = tables.open
    for k, day in enumerate(closed):
        if not flags[day.toordinal() - _BASE]:
            raise InvalidValueError(f"extra_closed[{k}]", day, "is already closed in the default calendar")
    for k, day in enumerate(opened):
        if flags[day.toordinal() - _BASE] or day.weekday() >= 5:
            raise InvalidValueError(
                f"open_on[{k}]", day, "is not a weekday closing day of the default calendar"
            )
    return tables, tuple(sorted(set(closed))), tuple(sorted(set(opened)))


def _in_year(days: tuple[_dt.date, ...], year: int) -> tuple[_dt.date, ...]:
    """The days of the sorted ``days`` that fall in ``year``."""
    return days[bisect_left(days, _dt.date(year, 1, 1)) : bisect_right(days, _dt.date(year, 12, 31))]


class _Adjusted(Calendar):
    """A default calendar with a municipality's adjustments, answered from the default
    calendar's tables and the sorted days that differ from it.

    ``_at``: the indexes (ordinal - first covered ordinal) of the days that differ, in
    order; ``_cum[t]``: the open days gained by the first t of them (+1 an opened day,
    -1 a closed one); ``_rank[t]``: the open days before day ``_at[t]``. The open days
    before index x are then ``prefix[x] + _cum[bisect_left(_at, x)]``, and the k-th open
    day is either a changed day or the default calendar's open day number ``k - _cum[t]``.
    """

    __slots__ = ("_at", "_cum", "_hash", "_rank", "_total")
    _at: tuple[int, ...]
    _cum: tuple[int, ...]
    _rank: tuple[int, ...]
    _total: int
    _hash: str | None

    def __attrs_post_init__(self) -> None:
        tables, closed, opened = _adjustments(self.kind, self.extra_closed, self.open_on)
        object.__setattr__(self, "extra_closed", closed)
        object.__setattr__(self, "open_on", opened)
        self._share(tables)
        changes = sorted(
            [(day.toordinal() - _BASE, -1) for day in closed]
            + [(day.toordinal() - _BASE, 1) for day in opened]
        )
        at = tuple(i for i, _ in changes)
        cum = tuple(accumulate((step for _, step in changes), initial=0))
        object.__setattr__(self, "_at", at)
        object.__setattr__(self, "_cum", cum)
        object.__setattr__(self, "_rank", tuple(tables.prefix[i] + cum[t] for t, i in enumerate(at)))
        object.__setattr__(self, "_total", len(tables.dates) + cum[-1])
        object.__setattr__(self, "_hash", None)

    @property
    def content_hash(self) -> str:
        """First 16 hex digits of the SHA-256 of the open/closed flag of every covered
        day, computed on first use."""
        digest = self._hash
        if digest is None:
            digest = _adjusted_hash(self.kind, self._open, self._at)
            object.__setattr__(self, "_hash", digest)  # the same value whichever thread sets it
        return digest

    def _before(self, x: int) -> int:
        """The open days in [first covered day, first covered day + x)."""
        return self._prefix[x] + self._cum[bisect_left(self._at, x)]

    def _nth(self, k: int) -> _dt.date:
        """The k-th open day, counted from 0 (0 <= k < ``_total``)."""
        t = bisect_right(self._rank, k)  # the changed days at or before the answer
        cum = self._cum
        if t and self._rank[t - 1] == k and cum[t] > cum[t - 1]:
            return _date.fromordinal(_BASE + self._at[t - 1])  # an opened day
        return self._dates[k - cum[t]]

    def is_open(self, day: _dt.date) -> bool:
        """Whether ``day`` is an open day of this calendar.

        Raises:
            InvalidTypeError: ``day`` is not a ``date`` (a ``datetime`` included).
            CalendarRangeError: ``day`` is outside 2000-2100.
        """
        i = _day_index("day", day)
        at = self._at
        t = bisect_left(at, i)
        if t < len(at) and at[t] == i:
            return self._cum[t + 1] > self._cum[t]  # a changed day: open if it was opened
        return self._open[i] == 1

    def add(self, day: _dt.date, n: int) -> _dt.date:
        """The n-th open day strictly after ``day`` (n > 0), strictly before it (n < 0),
        or ``day`` itself (n == 0). ``day`` need not be open.

        Raises:
            InvalidTypeError: ``day`` is not a ``date``, or ``n`` is not an ``int``.
            CalendarRangeError: ``day`` or the result is outside 2000-2100.
        """
        i = _day_index("day", day)
        if type(n) is not int:
            check_int("n", n)
        # As _before and _nth, inlined (a hot path): the open days before, then the k-th.
        at, cum = self._at, self._cum
        if n > 0:
            k = self._prefix[i + 1] + cum[bisect_left(at, i + 1)] + n - 1
        elif n < 0:
            k = self._prefix[i] + cum[bisect_left(at, i)] + n
        else:
            return day
        if not 0 <= k < self._total:
            raise _add_out_of_range(day, n)
        rank = self._rank
        t = bisect_right(rank, k)
        if t and rank[t - 1] == k and cum[t] > cum[t - 1]:
            return _date.fromordinal(_BASE + at[t - 1])
        return self._dates[k - cum[t]]

    def count(self, start: _dt.date, end: _dt.date) -> int:
        """Number of open days in the half-open range [start, end).

        Raises:
            InvalidTypeError: ``start`` or ``end`` is not a ``date``.
            InvalidValueError: ``start > end``.
            CalendarRangeError: either end is outside the coverage.
        """
        i, j = _span(start, end)
        return self._before(j) - self._before(i)

    def next_open(self, day: _dt.date) -> _dt.date:
        """The first open day on or after ``day``.

        Raises:
            InvalidTypeError: ``day`` is not a ``date``.
            CalendarRangeError: ``day``, or the open day, is outside 2000-2100.
        """
        k = self._before(_day_index("day", day))
        if k >= self._total:
            raise _out_of_range("day", day)
        return self._nth(k)

    def previous_open(self, day: _dt.date) -> _dt.date:
        """The last open day on or before ``day``.

        Raises:
            InvalidTypeError: ``day`` is not a ``date``.
            CalendarRangeError: ``day``, or the open day, is outside 2000-2100.
        """
        k = self._before(_day_index("day", day) + 1) - 1
        if k < 0:
            raise _out_of_range("day", day)
        return self._nth(k)

    def closed_days(self, year: int) -> tuple[ClosedDay, ...]:
        """The weekdays of ``year`` on which this calendar is closed, in date order,
        each with its Danish name and its source (a municipality's own closing day is
        named ``Kommunal lukkedag``).

        Raises:
            InvalidTypeError: ``year`` is not an ``int``.
            CalendarRangeError: ``year`` is outside 2000-2100.
        """
        default = super().closed_days(year)  # checks the year
        opened = _in_year(self.open_on, year)
        days = [c for c in default if c.date not in opened]
        days += [ClosedDay(day, _OWN_CLOSING_DAY, (_MUNICIPAL,)) for day in _in_year(self.extra_closed, year)]
        return tuple(sorted(days, key=lambda c: c.date))
