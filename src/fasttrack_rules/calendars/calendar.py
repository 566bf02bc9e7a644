"""The :class:`Calendar` type: its definition, identity and the lookups of a default calendar.

A default calendar answers from the shared tables of its kind (:mod:`.defaults`), each
lookup O(1). A definition with adjustments is answered by the subclass in
:mod:`.adjusted`, which :class:`Calendar` chooses on construction.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import attrs

from fasttrack_rules._validate import bad_date, check_int
from fasttrack_rules.calendars.closing_days import ClosedDay, _closed_days
from fasttrack_rules.calendars.coverage import (
    _BASE,
    _N,
    FIRST_YEAR,
    LAST_YEAR,
    CalendarKind,
    _add_out_of_range,
    _check_kind,
    _date,
    _day_index,
    _no_days,
    _out_of_range,
    _span,
)
from fasttrack_rules.calendars.defaults import default_tables
from fasttrack_rules.calendars.tables import _Tables


@attrs.frozen(eq=False, repr=False)
class Calendar:
    """A calendar of open days, 2000-2100.

    Build one with :func:`danish_bank_days` or :func:`municipal_working_days`, or
    directly as ``Calendar(kind, extra_closed=(), open_on=())``, which checks and
    normalises its arguments the same way:

    - ``kind`` is ``"bank"`` or ``"municipal"``;
    - ``extra_closed`` and ``open_on`` are tuples of dates inside the coverage; each
      ``extra_closed`` day is open in the default calendar of ``kind`` and each
      ``open_on`` day is a weekday closing day of it;
    - the adjusted days are kept sorted and without repeats, so calendars built from the
      same days in any order, or with repeats, are equal, with equal ``hash()``, ``id``
      and ``content_hash``.

    Any other argument raises :class:`~fasttrack_rules.InvalidTypeError` or
    :class:`~fasttrack_rules.InvalidValueError` (a day outside the coverage
    :class:`~fasttrack_rules.CalendarRangeError`) naming it, e.g. ``kind`` or
    ``extra_closed[2]``.

    Calendars compare equal when built from the same definition; they are hashable,
    immutable and safe to share between threads.
    """

    kind: CalendarKind
    extra_closed: tuple[_dt.date, ...] = ()
    open_on: tuple[_dt.date, ...] = ()
    _open: bytes = attrs.field(init=False)
    _prefix: list[int] = attrs.field(init=False)
    _dates: list[_dt.date] = attrs.field(init=False)
    _tables: _Tables = attrs.field(init=False)

    def __new__(
        cls,
        kind: CalendarKind,
        extra_closed: tuple[_dt.date, ...] = (),
        open_on: tuple[_dt.date, ...] = (),
    ) -> Calendar:
        # A definition with adjustments gets the class that answers from its differences
        # (it also checks them); the default calendars answer from their own tables.
        if cls is Calendar and not (_no_days(extra_closed) and _no_days(open_on)):
            from fasttrack_rules.calendars.adjusted import _Adjusted  # it subclasses this one

            cls = _Adjusted
        return object.__new__(cls)

    def __attrs_post_init__(self) -> None:
        self._share(default_tables(_check_kind(self.kind)))

    def _share(self, tables: _Tables) -> None:
        object.__setattr__(self, "_tables", tables)
        object.__setattr__(self, "_open", tables.open)
        object.__setattr__(self, "_prefix", tables.prefix)
        object.__setattr__(self, "_dates", tables.dates)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Calendar):
            return NotImplemented
        return (self.kind, self.extra_closed, self.open_on) == (
            other.kind,
            other.extra_closed,
            other.open_on,
        )

    def __hash__(self) -> int:
        return hash((self.kind, self.extra_closed, self.open_on))

    def __repr__(self) -> str:
        return f"Calendar(kind={self.kind!r}, extra_closed={self.extra_closed!r}, open_on={self.open_on!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled and copied by definition: the copy shares the process's tables.
        return (Calendar, (self.kind, self.extra_closed, self.open_on))

    # -- identity ---------------------------------------------------------------------
    @property
    def id(self) -> str:
        """Stable identifier of the definition, e.g. ``dk-bank``, ``dk-municipal``, or
        ``dk-municipal+closed:2025-05-30`` for an adjusted municipal calendar."""
        ident = f"dk-{self.kind}"
        if self.extra_closed:
            ident += "+closed:" + ",".join(d.isoformat() for d in self.extra_closed)
        if self.open_on:
            ident += "+open:" + ",".join(d.isoformat() for d in self.open_on)
        return ident

    @property
    def content_hash(self) -> str:
        """First 16 hex digits of the SHA-256 of the open/closed flag of every covered
        day; it changes whenever any day's status changes (helligdage regenerated from a
        newer ``holidays`` too)."""
        return self._tables.content_hash

    @property
    def first_year(self) -> int:
        """First covered year."""
        return FIRST_YEAR

    @property
    def last_year(self) -> int:
        """Last covered year."""
        return LAST_YEAR

    # -- lookups ----------------------------------------------------------------------
    def is_open(self, day: _dt.date) -> bool:
        """Whether ``day`` is an open day of this calendar.

        Raises:
            InvalidTypeError: ``day`` is not a ``date`` (a ``datetime`` included).
            CalendarRangeError: ``day`` is outside 2000-2100.
        """
        # Checks inlined, as in add: a lookup costs little more than a call.
        if type(day) is not _date:
            bad_date("day", day)
        i = day.toordinal() - _BASE
        if not 0 <= i < _N:
            raise _out_of_range("day", day)
        return self._open[i] == 1

    def add(self, day: _dt.date, n: int) -> _dt.date:
        """The n-th open day strictly after ``day`` (n > 0), strictly before it (n < 0),
        or ``day`` itself (n == 0). ``day`` need not be open.

        >>> from datetime import date
        >>> from fasttrack_rules import danish_bank_days
        >>> danish_bank_days().add(date(2025, 4, 16), 2)  # Easter lies between
        datetime.date(2025, 4, 23)

        Raises:
            InvalidTypeError: ``day`` is not a ``date``, or ``n`` is not an ``int``.
            CalendarRangeError: ``day`` or the result is outside 2000-2100.
        """
        # The hot path: checks inlined, one table lookup each (see docs/performance.md).
        if type(day) is not _date:
            bad_date("day", day)
        i = day.toordinal() - _BASE
        if not 0 <= i < _N:
            raise _out_of_range("day", day)
        if type(n) is not int:
            check_int("n", n)
        if n > 0:
            k = self._prefix[i + 1] + n - 1
        elif n < 0:
            k = self._prefix[i] + n
            if k < 0:
                raise _add_out_of_range(day, n)
        else:
            return day
        try:
            return self._dates[k]
        except IndexError:
            raise _add_out_of_range(day, n) from None

    def count(self, start: _dt.date, end: _dt.date) -> int:
        """Number of open days in the half-open range [start, end).

        ``end`` may be 2101-01-01 (the day after the coverage), so that a whole year
        can be counted.

        Raises:
            InvalidTypeError: ``start`` or ``end`` is not a ``date``.
            InvalidValueError: ``start > end``.
            CalendarRangeError: either end is outside the coverage.
        """
        i, j = _span(start, end)
        return self._prefix[j] - self._prefix[i]

    def next_open(self, day: _dt.date) -> _dt.date:
        """The first open day on or after ``day``.

        Raises:
            InvalidTypeError: ``day`` is not a ``date``.
            CalendarRangeError: ``day``, or the open day, is outside 2000-2100.
        """
        k = self._prefix[_day_index("day", day)]
        if k >= len(self._dates):
            raise _out_of_range("day", day)
        return self._dates[k]

    def previous_open(self, day: _dt.date) -> _dt.date:
        """The last open day on or before ``day``.

        Raises:
            InvalidTypeError: ``day`` is not a ``date``.
            CalendarRangeError: ``day``, or the open day, is outside 2000-2100.
        """
        k = self._prefix[_day_index("day", day) + 1] - 1
        if k < 0:
            raise _out_of_range("day", day)
        return self._dates[k]

    def closed_days(self, year: int) -> tuple[ClosedDay, ...]:
        """The weekdays of ``year`` on which this calendar is closed, in date order,
        each with its Danish name and its source.

        Raises:
            InvalidTypeError: ``year`` is not an ``int``.
            CalendarRangeError: ``year`` is outside 2000-2100.
        """
        check_int("year", year)
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise _out_of_range("year", year)
        return _closed_days(self.kind, year)
