"""Danish bank-day and municipal working-day calendars (specification: calendars).

A :class:`Calendar` answers from tables built once per definition: a flag per day,
a prefix count of open days and the list of open days. ``is_open``, ``add``, ``count``,
``next_open`` and ``previous_open`` are each O(1) after that build. Two calendars built
from the same definition are equal and share one set of tables.

Helligdage come from the ``holidays`` package (Denmark, public category), imported on
first use; the extra closing days (24 and 31 December, 5 June, the Friday after Kristi
himmelfartsdag) are this library's own, each with its citation.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections.abc import Iterable
from functools import lru_cache
from itertools import accumulate, compress
from typing import Literal

import attrs

from fasttrack_rules._validate import bad_date, check_date, check_int
from fasttrack_rules.errors import CalendarRangeError, InvalidValueError
from fasttrack_rules.law import FAST_TRACK_START, Citation, provision

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "TABLE_CACHE_SIZE",
    "Calendar",
    "ClosedDay",
    "danish_bank_days",
    "municipal_working_days",
]

#: First and last year every calendar covers; outside them a CalendarRangeError.
FIRST_YEAR = 2000
LAST_YEAR = 2100

_date = _dt.date
_BASE = _dt.date(FIRST_YEAR, 1, 1).toordinal()
_END = _dt.date(LAST_YEAR + 1, 1, 1).toordinal()  # exclusive
_N = _END - _BASE

CalendarKind = Literal["bank", "municipal"]

_MUNICIPAL = provision("interpretation:municipal_calendar", FAST_TRACK_START)
_BANK_BEFORE_2015 = provision("interpretation:bank_days_before_2015", FAST_TRACK_START)
#: The first year in which the Friday after Kristi himmelfartsdag is a bank closing day
#: (specification, ``docs/specification.md#bank-days``).
ASCENSION_FRIDAY_FROM = 2009


def _bank_citation(day: _dt.date) -> Citation:
    # From 5 January 2015 the definition of bank days in § 2, nr. 1 of the order then
    # in force; before, no order defined bank days (interpretation bank_days_before_2015).
    if day < FAST_TRACK_START:
        return _BANK_BEFORE_2015
    return provision("bank_day_definition", day)


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


_helligdage_cache: dict[_dt.date, str] = {}


def _helligdage() -> dict[_dt.date, str]:
    """Every Danish helligdag 2000-2100 (weekends included), by its Danish name.

    The ``holidays`` import happens here, on first use, so that importing this
    module stays cheap. Store bededag ends after 2023 in that package (abolished as a
    helligdag by bekendtgørelse nr. 270 af 7. marts 2023, § 1).
    """
    if not _helligdage_cache:
        import holidays

        table = holidays.country_holidays(
            "DK", years=range(FIRST_YEAR, LAST_YEAR + 1), language="da", categories=("public",)
        )
        _helligdage_cache.update((day, str(name)) for day, name in table.items())
    return _helligdage_cache


def _default_closures(kind: CalendarKind) -> dict[_dt.date, ClosedDay]:
    """The weekday closing days of a default calendar, 2000-2100."""
    names: dict[_dt.date, list[str]] = {}
    for day, name in _helligdage().items():
        names.setdefault(day, []).append(name)
        if name == "Kristi himmelfartsdag" and kind == "bank" and day.year >= ASCENSION_FRIDAY_FROM:
            # The Friday after Kristi himmelfartsdag: a bank closing day from 2009 (§ 2, nr. 1
            # of the orders on follow-up from 2015).
            names.setdefault(day + _dt.timedelta(days=1), []).append("Fredag efter Kristi himmelfartsdag")
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        for month, dom, name in (
            (6, 5, "Grundlovsdag"),
            (12, 24, "Juleaftensdag"),
            (12, 31, "Nytårsaftensdag"),
        ):
            names.setdefault(_dt.date(year, month, dom), []).append(name)
    closures = {}
    for day, day_names in names.items():
        if day.weekday() < 5:
            source = _bank_citation(day) if kind == "bank" else _MUNICIPAL
            closures[day] = ClosedDay(day, tuple(day_names), (source,))
    return closures


@attrs.frozen(slots=True)
class _Tables:
    open: bytes  # 1 per open day, indexed by ordinal - _BASE
    prefix: list[int]  # prefix[i] = open days in [_BASE, _BASE + i)
    dates: list[_dt.date]  # the open days, in order
    closed: dict[int, tuple[ClosedDay, ...]]  # weekday closing days by year
    content_hash: str


def _build(closures: dict[_dt.date, ClosedDay]) -> _Tables:
    # Weekdays open, weekends closed: the week's pattern from the first day's weekday on
    # (date.fromordinal(1) is a Monday, so (ordinal - 1) % 7 is date.weekday()).
    week = bytes((_BASE - 1 + i) % 7 < 5 for i in range(7))
    flags = bytearray((week * (_N // 7 + 1))[:_N])
    for day in closures:
        flags[day.toordinal() - _BASE] = 0
    prefix = [0, *accumulate(flags)]
    dates = list(map(_dt.date.fromordinal, compress(range(_BASE, _END), flags)))
    by_year: dict[int, list[ClosedDay]] = {}
    for day in sorted(closures):
        by_year.setdefault(day.year, []).append(closures[day])
    digest = hashlib.sha256(b"fasttrack-calendar-v1|%d|%d|" % (FIRST_YEAR, LAST_YEAR) + bytes(flags))
    return _Tables(
        bytes(flags),
        prefix,
        dates,
        {year: tuple(days) for year, days in by_year.items()},
        digest.hexdigest()[:16],
    )


_Definition = tuple[CalendarKind, tuple[_dt.date, ...], tuple[_dt.date, ...]]
_DEFAULTS: dict[CalendarKind, dict[_dt.date, ClosedDay]] = {}

#: How many calendar definitions keep their tables (about 1 MB each). Denmark has 98
#: municipalities; a batch with more distinct calendars rebuilds tables (9 ms each)
#: instead of growing without bound.
TABLE_CACHE_SIZE = 128


@lru_cache(maxsize=TABLE_CACHE_SIZE)
def _tables_for(definition: _Definition) -> _Tables:
    kind, extra_closed, open_on = definition
    if kind not in _DEFAULTS:
        _DEFAULTS[kind] = _default_closures(kind)
    closures = dict(_DEFAULTS[kind])
    for day in open_on:
        del closures[day]
    for day in extra_closed:
        closures[day] = ClosedDay(day, ("Kommunal lukkedag",), (_MUNICIPAL,))
    return _build(closures)


def _add_out_of_range(day: _dt.date, n: int) -> CalendarRangeError:
    return CalendarRangeError(
        "n", n, f"{day.isoformat()} {n:+d} open days is outside the calendar's coverage"
    )


def _out_of_range(name: str, value: object) -> CalendarRangeError:
    return CalendarRangeError(
        name, value, f"outside the calendar's coverage {FIRST_YEAR}-01-01..{LAST_YEAR}-12-31"
    )


@attrs.frozen(eq=False)
class Calendar:
    """A calendar of open days, 2000-2100. Build one with :func:`danish_bank_days` or
    :func:`municipal_working_days`; do not construct it directly.

    Calendars compare equal when built from the same definition; they are hashable,
    immutable and safe to share between threads.
    """

    kind: CalendarKind
    extra_closed: tuple[_dt.date, ...] = ()
    open_on: tuple[_dt.date, ...] = ()
    _open: bytes = attrs.field(init=False, repr=False)
    _prefix: list[int] = attrs.field(init=False, repr=False)
    _dates: list[_dt.date] = attrs.field(init=False, repr=False)
    _tables: _Tables = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        tables = _tables_for((self.kind, self.extra_closed, self.open_on))
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
        day; it changes whenever any day's status changes (a ``holidays`` upgrade too)."""
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
    def _index(self, name: str, day: object) -> int:
        if type(day) is not _date:
            bad_date(name, day)
        i = day.toordinal() - _BASE
        if not 0 <= i < _N:
            raise _out_of_range(name, day)
        return i

    def is_open(self, day: _dt.date) -> bool:
        """Whether ``day`` is an open day of this calendar.

        Raises:
            InvalidTypeError: ``day`` is not a ``date`` (a ``datetime`` included).
            CalendarRangeError: ``day`` is outside 2000-2100.
        """
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
        return self._prefix[j] - self._prefix[i]

    def next_open(self, day: _dt.date) -> _dt.date:
        """The first open day on or after ``day``."""
        k = self._prefix[self._index("day", day)]
        if k >= len(self._dates):
            raise _out_of_range("day", day)
        return self._dates[k]

    def previous_open(self, day: _dt.date) -> _dt.date:
        """The last open day on or before ``day``."""
        k = self._prefix[self._index("day", day) + 1] - 1
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
        return self._tables.closed.get(year, ())


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


_DEFAULT_CALENDARS: dict[CalendarKind, Calendar] = {}


def _default(kind: CalendarKind) -> Calendar:
    cal = _DEFAULT_CALENDARS.get(kind)
    if cal is None:
        cal = _DEFAULT_CALENDARS[kind] = Calendar(kind)
    return cal


def _checked(name: str, days: Iterable[_dt.date]) -> list[_dt.date]:
    """The days in the caller's order, each a date inside the coverage; errors name the
    entry by its position in the caller's list."""
    if isinstance(days, (str, bytes, _dt.date)):
        raise InvalidValueError(name, days, "expected an iterable of dates")
    out = list(days)
    for k, day in enumerate(out):
        field = f"{name}[{k}]"
        check_date(field, day)
        if not _BASE <= day.toordinal() < _END:
            raise _out_of_range(field, day)
    return out


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
        InvalidTypeError: an entry is not a ``date``.
        InvalidValueError: an ``extra_closed`` day is already closed, or an ``open_on``
            day is not a default closing day.
        CalendarRangeError: an entry is outside 2000-2100.

    >>> from datetime import date
    >>> cal = municipal_working_days(extra_closed=[date(2025, 5, 30)])
    >>> cal.id, cal.is_open(date(2025, 5, 30))
    ('dk-municipal+closed:2025-05-30', False)
    """
    closed = _checked("extra_closed", extra_closed)
    opened = _checked("open_on", open_on)
    default = _default("municipal")
    if not (closed or opened):
        return default
    for k, day in enumerate(closed):
        if not default.is_open(day):
            raise InvalidValueError(f"extra_closed[{k}]", day, "is already closed in the default calendar")
    for k, day in enumerate(opened):
        if default.is_open(day) or day.weekday() >= 5:
            raise InvalidValueError(
                f"open_on[{k}]", day, "is not a weekday closing day of the default calendar"
            )
    # One identity per set of days, whatever the order or repetition of the caller's list.
    return Calendar("municipal", tuple(sorted(set(closed))), tuple(sorted(set(opened))))
