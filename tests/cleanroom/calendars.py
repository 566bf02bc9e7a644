"""Bank and municipal calendars, computed from the specification's rules.

Clean-room: written from the oracle kit only (``specification.md#calendars``). Nothing here reads the
kit's calendar files: the helligdage follow from the Gregorian Easter date.
"""

import hashlib
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from functools import cache

FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2100, 12, 31)
HASH_PREFIX = b"fasttrack-calendar-v1|2000|2100|"
BANK_DAYS_DEFINED_FROM = date(2015, 1, 5)
LAST_STORE_BEDEDAG_YEAR = 2023
FRIDAY_AFTER_ASCENSION_CLOSED_FROM_YEAR = 2009
SATURDAY = 5


def easter_sunday(year: int) -> date:
    """Easter Sunday by the Gregorian computus (anonymous algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


@cache
def helligdage(year: int) -> frozenset[date]:
    """The public holidays (helligdage) of one year; Sundays are not listed."""
    e = easter_sunday(year)
    offsets = [-3, -2, 0, 1, 39, 49, 50]
    if year <= LAST_STORE_BEDEDAG_YEAR:
        offsets.append(26)
    days = {e + timedelta(days=n) for n in offsets}
    days |= {date(year, 1, 1), date(year, 12, 25), date(year, 12, 26)}
    return frozenset(days)


def _common_closing_days(year: int) -> set[date]:
    """Helligdage plus Grundlovsdag, 24 and 31 December: closed in both calendars."""
    return set(helligdage(year)) | {date(year, 6, 5), date(year, 12, 24), date(year, 12, 31)}


@cache
def bank_closing_days(year: int) -> frozenset[date]:
    """The bank calendar's closing days of one year besides Saturdays and Sundays."""
    days = _common_closing_days(year)
    if year >= FRIDAY_AFTER_ASCENSION_CLOSED_FROM_YEAR:
        days.add(easter_sunday(year) + timedelta(days=40))
    return frozenset(days)


@cache
def municipal_closing_days(year: int) -> frozenset[date]:
    """The default municipal calendar's closing days of one year (weekends aside)."""
    return frozenset(_common_closing_days(year))


def is_weekend(day: date) -> bool:
    """Saturday or Sunday."""
    return day.weekday() >= SATURDAY


class CalendarRangeError(ValueError):
    """A calendar was asked about a day outside 2000-2100: an error, never a guess."""

    def __init__(self, day: date) -> None:
        super().__init__(f"{day.isoformat()} lies outside the calendars (2000-01-01 to 2100-12-31)")
        self.day = day


def _covered(day: date) -> date:
    """``day`` itself, or ``CalendarRangeError`` when the calendars do not cover it."""
    if not in_range(day):
        raise CalendarRangeError(day)
    return day


def is_bank_day(day: date) -> bool:
    """A bank day: not a weekend and not a bank closing day."""
    return not is_weekend(_covered(day)) and day not in bank_closing_days(day.year)


def is_default_municipal_open(day: date) -> bool:
    """A working day of the default municipal calendar."""
    return not is_weekend(_covered(day)) and day not in municipal_closing_days(day.year)


def nth_bank_day_after(start: date, n: int) -> date:
    """The n-th bank day strictly after ``start`` (``start`` itself never counts)."""
    day = start
    counted = 0
    while counted < n:
        day += timedelta(days=1)
        if is_bank_day(day):
            counted += 1
    return day


def all_days() -> Iterable[date]:
    """Every day the calendars cover, in order."""
    day = FIRST_DAY
    while day <= LAST_DAY:
        yield day
        day += timedelta(days=1)


def in_range(day: date) -> bool:
    """Whether the calendars cover ``day``."""
    return FIRST_DAY <= day <= LAST_DAY


class MunicipalCalendar:
    """The default municipal calendar adjusted by a case's ``extra_closed`` and ``open_on``."""

    def __init__(self, extra_closed: Iterable[date] = (), open_on: Iterable[date] = ()) -> None:
        self.extra_closed = frozenset(extra_closed)
        self.open_on = frozenset(open_on)

    def is_open(self, day: date) -> bool:
        """Whether the municipality works on ``day``."""
        _covered(day)
        if day in self.extra_closed:
            return False
        if day in self.open_on:
            return True
        return is_default_municipal_open(day)

    def next_open_on_or_after(self, day: date) -> date:
        """The first working day on or after ``day``."""
        while not self.is_open(day):
            day += timedelta(days=1)
        return day

    def last_open_on_or_before(self, day: date) -> date:
        """The last working day on or before ``day``."""
        while not self.is_open(day):
            day -= timedelta(days=1)
        return day

    @property
    def calendar_id(self) -> str:
        """``dk-municipal``, or ``dk-municipal+`` followed by the adjustments."""
        if not self.extra_closed and not self.open_on:
            return "dk-municipal"
        parts = [f"closed:{d.isoformat()}" for d in sorted(self.extra_closed)]
        parts += [f"open:{d.isoformat()}" for d in sorted(self.open_on)]
        return "dk-municipal+" + ",".join(parts)

    def content_hash(self) -> str:
        """The calendar's content hash (``specification.md#content-hash``)."""
        if not self.extra_closed and not self.open_on:
            return default_municipal_hash()
        return content_hash(self.is_open)


def content_hash(is_open: Callable[[date], bool]) -> str:
    """SHA-256 over the prefix and one byte per day (1 open, 0 closed); first 16 hex digits."""
    body = bytes(1 if is_open(day) else 0 for day in all_days())
    return hashlib.sha256(HASH_PREFIX + body).hexdigest()[:16]


@cache
def bank_hash() -> str:
    """Content hash of the bank calendar."""
    return content_hash(is_bank_day)


@cache
def default_municipal_hash() -> str:
    """Content hash of the default municipal calendar."""
    return content_hash(is_default_municipal_open)
