"""Slow, obviously correct references, written from the specification alone
(docs/specification.md#calendars).

Nothing here imports the library's calendars: Easter is computed with the anonymous
Gregorian algorithm and the closing days are listed straight from the specification.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache

OpenFn = Callable[[dt.date], bool]


def easter(year: int) -> dt.date:
    """Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


@cache
def helligdage(year: int) -> dict[dt.date, str]:
    """The Danish helligdage of a year (specification: helligdage)."""
    e = easter(year)
    days = {
        dt.date(year, 1, 1): "Nytårsdag",
        e - dt.timedelta(3): "Skærtorsdag",
        e - dt.timedelta(2): "Langfredag",
        e: "Påskedag",
        e + dt.timedelta(1): "Anden påskedag",
        e + dt.timedelta(39): "Kristi himmelfartsdag",
        e + dt.timedelta(49): "Pinsedag",
        e + dt.timedelta(50): "Anden pinsedag",
        dt.date(year, 12, 25): "Juledag",
        dt.date(year, 12, 26): "Anden juledag",
    }
    if year <= 2023:  # BEK nr. 270/2023 § 1: Store bededag abolished as a helligdag from 2024
        days[e + dt.timedelta(26)] = "Store bededag"
    return days


def _common_closed(day: dt.date) -> bool:
    return (
        day.weekday() >= 5
        or day in helligdage(day.year)
        or (day.month, day.day) in ((6, 5), (12, 24), (12, 31))
    )


def bank_open(day: dt.date) -> bool:
    """Bank days (specification: bank days): the Friday after Kristi himmelfartsdag is
    closed from 2009 on only."""
    ascension_friday = easter(day.year) + dt.timedelta(40)
    return not (_common_closed(day) or (day.year >= 2009 and day == ascension_friday))


def municipal_open(day: dt.date) -> bool:
    """Default municipal working days (specification: municipal working days)."""
    return not _common_closed(day)


def add(is_open: OpenFn, day: dt.date, n: int) -> dt.date:
    """The n-th open day strictly after (n > 0) / before (n < 0) day, one day at a time."""
    step = dt.timedelta(1 if n > 0 else -1)
    left = abs(n)
    while left:
        day += step
        if is_open(day):
            left -= 1
    return day


def count(is_open: OpenFn, start: dt.date, end: dt.date) -> int:
    """Open days in [start, end), one day at a time."""
    return sum(is_open(start + dt.timedelta(i)) for i in range((end - start).days))


def next_open(is_open: OpenFn, day: dt.date) -> dt.date:
    while not is_open(day):
        day += dt.timedelta(1)
    return day


def previous_open(is_open: OpenFn, day: dt.date) -> dt.date:
    while not is_open(day):
        day -= dt.timedelta(1)
    return day
