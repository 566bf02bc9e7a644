"""Danish bank-day and municipal working-day calendars (specification: calendars).

The two default calendars (:func:`danish_bank_days`, and :func:`municipal_working_days`
without adjustments) answer from tables built once per process: a flag per day, a
prefix count of open days and the list of open days, so that ``is_open``, ``add``,
``count``, ``next_open`` and ``previous_open`` are each O(1). A municipality's adjusted
calendar keeps only its differences from the default calendar (the sorted days it
closes or opens, with running corrections) and answers from the shared tables and those
differences by binary search: O(log m) for m adjusted days, and a few hundred bytes per
calendar instead of a megabyte.

The tables are built under a lock and published only when complete, so calendars can be
shared between threads from their first use.

Helligdage come from the ``holidays`` package (Denmark, public category), imported on
first use; the extra closing days (24 and 31 December, 5 June, the Friday after Kristi
himmelfartsdag) are this library's own, each with its citation.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import threading
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterable
from itertools import accumulate, compress
from typing import Any, Literal, cast

import attrs

from fasttrack_rules._validate import bad_date, check_int
from fasttrack_rules.errors import CalendarRangeError, InvalidTypeError, InvalidValueError
from fasttrack_rules.law import FAST_TRACK_START, Citation, provision

__all__ = [
    "FIRST_YEAR",
    "HASH_CACHE_SIZE",
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
_KINDS: tuple[CalendarKind, ...] = ("bank", "municipal")

_MUNICIPAL = provision("interpretation:municipal_calendar", FAST_TRACK_START)
_BANK_BEFORE_2015 = provision("interpretation:bank_days_before_2015", FAST_TRACK_START)
#: The first year in which the Friday after Kristi himmelfartsdag is a bank closing day
#: (specification, ``docs/specification.md#bank-days``).
ASCENSION_FRIDAY_FROM = 2009
#: The name of a municipality's own closing day.
_OWN_CLOSING_DAY = ("Kommunal lukkedag",)


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


_HASH_HEADER = b"fasttrack-calendar-v1|%d|%d|" % (FIRST_YEAR, LAST_YEAR)


def _flags_hash(flags: bytes | bytearray) -> str:
    """First 16 hex digits of the SHA-256 of the header and a flag per covered day."""
    digest = hashlib.sha256(_HASH_HEADER)
    digest.update(flags)
    return digest.hexdigest()[:16]


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
    return _Tables(
        bytes(flags),
        prefix,
        dates,
        {year: tuple(days) for year, days in by_year.items()},
        _flags_hash(flags),
    )


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


#: The size of the caches that callers keep per calendar definition (``assess`` keeps
#: this many municipal calendars and version stamps). Calendars keep no tables per
#: definition any more: an adjusted calendar is a few hundred bytes, built in
#: microseconds, so this bounds the callers' memory, not the speed of a new calendar.
TABLE_CACHE_SIZE = 128
#: How many content hashes of adjusted calendars are remembered, each under a 16-byte
#: digest of its adjustments (about 200 bytes an entry, whatever the adjustments' size):
#: a batch that cycles through more distinct calendars hashes each again (about 25 µs).
HASH_CACHE_SIZE = 4096
_HASHES: OrderedDict[bytes, str] = OrderedDict()
_HASHES_LOCK = threading.Lock()


def _adjusted_hash(kind: str, flags: bytes, changed: tuple[int, ...]) -> str:
    """The content hash of the flags ``flags`` of default calendar ``kind`` with the days
    ``changed`` (indexes) flipped; the same value as a hash of a full table of them."""
    key = hashlib.blake2b(f"{kind}|{changed}".encode(), digest_size=16).digest()
    with _HASHES_LOCK:
        digest = _HASHES.get(key)
        if digest is not None:
            _HASHES.move_to_end(key)
            return digest
    adjusted = bytearray(flags)
    for i in changed:
        adjusted[i] ^= 1
    digest = _flags_hash(adjusted)
    with _HASHES_LOCK:
        _HASHES[key] = digest
        if len(_HASHES) > HASH_CACHE_SIZE:
            _HASHES.popitem(last=False)
    return digest


def _add_out_of_range(day: _dt.date, n: int) -> CalendarRangeError:
    return CalendarRangeError(
        "n", n, f"{day.isoformat()} {n:+d} open days is outside the calendar's coverage"
    )


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


def _out_of_range(name: str, value: object) -> CalendarRangeError:
    return CalendarRangeError(
        name, value, f"outside the calendar's coverage {FIRST_YEAR}-01-01..{LAST_YEAR}-12-31"
    )


def _check_kind(kind: object) -> CalendarKind:
    if type(kind) is not str:
        raise InvalidTypeError("kind", kind, f"expected a string, got {type(kind).__name__}")
    if kind not in _KINDS:
        raise InvalidValueError("kind", kind, f"expected one of {', '.join(_KINDS)}")
    return kind


def _no_days(days: object) -> bool:
    return type(days) is tuple and not days


@attrs.frozen(eq=False, repr=False)
class Calendar:
    """A calendar of open days, 2000-2100. Build one with :func:`danish_bank_days` or
    :func:`municipal_working_days`; do not construct it directly.

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
            cls = _Adjusted
        return object.__new__(cls)

    def __attrs_post_init__(self) -> None:
        self._share(_default_tables(_check_kind(self.kind)))

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
        i, j = _span(start, end)
        return self._prefix[j] - self._prefix[i]

    def next_open(self, day: _dt.date) -> _dt.date:
        """The first open day on or after ``day``.

        Raises:
            InvalidTypeError: ``day`` is not a ``date``.
            CalendarRangeError: ``day``, or the open day, is outside 2000-2100.
        """
        k = self._prefix[self._index("day", day)]
        if k >= len(self._dates):
            raise _out_of_range("day", day)
        return self._dates[k]

    def previous_open(self, day: _dt.date) -> _dt.date:
        """The last open day on or before ``day``.

        Raises:
            InvalidTypeError: ``day`` is not a ``date``.
            CalendarRangeError: ``day``, or the open day, is outside 2000-2100.
        """
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
        kind = _check_kind(self.kind)
        closed = _checked("extra_closed", _tuple("extra_closed", self.extra_closed))
        opened = _checked("open_on", _tuple("open_on", self.open_on))
        tables = _default_tables(kind)
        flags = tables.open
        for k, day in enumerate(closed):
            if not flags[day.toordinal() - _BASE]:
                raise InvalidValueError(
                    f"extra_closed[{k}]", day, "is already closed in the default calendar"
                )
        for k, day in enumerate(opened):
            if flags[day.toordinal() - _BASE] or day.weekday() >= 5:
                raise InvalidValueError(
                    f"open_on[{k}]", day, "is not a weekday closing day of the default calendar"
                )
        # One identity per set of days, whatever the order or repetition of the caller's list.
        closed, opened = sorted(set(closed)), sorted(set(opened))
        object.__setattr__(self, "extra_closed", tuple(closed))
        object.__setattr__(self, "open_on", tuple(opened))
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

    # The lookups check their arguments inline, as the default calendar's do.
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
        if type(day) is not _date:
            bad_date("day", day)
        i = day.toordinal() - _BASE
        if not 0 <= i < _N:
            raise _out_of_range("day", day)
        if type(n) is not int:
            check_int("n", n)
        # As _before and _nth, inlined: the open days before, then the k-th open day.
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
        k = self._before(self._index("day", day))
        if k >= self._total:
            raise _out_of_range("day", day)
        return self._nth(k)

    def previous_open(self, day: _dt.date) -> _dt.date:
        """The last open day on or before ``day``.

        Raises:
            InvalidTypeError: ``day`` is not a ``date``.
            CalendarRangeError: ``day``, or the open day, is outside 2000-2100.
        """
        k = self._before(self._index("day", day) + 1) - 1
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
        first, last = _dt.date(year, 1, 1), _dt.date(year, 12, 31)
        opened = self.open_on[bisect_left(self.open_on, first) : bisect_right(self.open_on, last)]
        own = self.extra_closed[bisect_left(self.extra_closed, first) : bisect_right(self.extra_closed, last)]
        days = [c for c in default if c.date not in opened]
        days += [ClosedDay(day, _OWN_CLOSING_DAY, (_MUNICIPAL,)) for day in own]
        return tuple(sorted(days, key=lambda c: c.date))


def _tuple(name: str, days: object) -> tuple[object, ...]:
    if type(days) is not tuple:
        raise InvalidTypeError(name, days, f"expected a tuple of dates, got {type(days).__name__}")
    return days


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
        # Whichever thread publishes first, every caller gets that one calendar.
        cal = _DEFAULT_CALENDARS.setdefault(kind, Calendar(kind))
    return cal


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
