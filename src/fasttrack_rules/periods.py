"""Legal period arithmetic: one function per phrase of the law (specification: counting).

Day 1 of an absence is the first day of absence; "dage" are calendar days (BEK 2024
§ 2 nr. 2). Neither SDL nor the BEK moves a deadline that ends on a weekend or a
holiday: :func:`roll` with ``"none"`` (the default interpretation) keeps the date, and
``"forward"`` moves a closed day to the next open day of the given calendar.
"""

from __future__ import annotations

import datetime as _dt

from fasttrack_rules._validate import check_date, check_int
from fasttrack_rules.calendars import Calendar
from fasttrack_rules.errors import CalendarRangeError, InvalidTypeError, InvalidValueError
from fasttrack_rules.vocab import ROLL_POLICIES, RollPolicy

__all__ = [
    "ROLL_POLICIES",
    "RollPolicy",
    "at_latest_bank_days_after",
    "at_latest_days_after",
    "at_latest_weeks_after",
    "before_end_of_week",
    "last_day_of_first_weeks",
    "latest_working_day_on_or_before",
    "roll",
]

# Building a timedelta costs more than the addition itself; legal periods are short.
_DELTAS = tuple(_dt.timedelta(days=n) for n in range(1024))


def _check_calendar(calendar: object) -> Calendar:
    if not isinstance(calendar, Calendar):
        raise InvalidTypeError("calendar", calendar, f"expected a Calendar, got {type(calendar).__name__}")
    return calendar


def _plus(name: str, day: _dt.date, days: int) -> _dt.date:
    try:
        return day + (_DELTAS[days] if days < 1024 else _dt.timedelta(days=days))
    except OverflowError:
        raise CalendarRangeError(name, day, f"adding {days} days leaves the range of dates") from None


def _moved_on(
    day_name: str, day: _dt.date, count_name: str, count: int, *, minimum: int, unit: int, day_one: bool
) -> _dt.date:
    """``day`` moved on by ``count`` periods of ``unit`` days, after checking both
    arguments (``count`` at least ``minimum``). With ``day_one``, ``day`` is day 1 of the
    count, so the last day of the periods is one day earlier."""
    check_date(day_name, day)
    check_int(count_name, count, minimum=minimum)
    return _plus(day_name, day, unit * count - (1 if day_one else 0))


def last_day_of_first_weeks(first_day: _dt.date, weeks: int) -> _dt.date:
    """Last day of "de første N uger af fraværet" (SDL § 7 c, stk. 1): days 1 to 7N,
    so ``first_day + 7N - 1``.

    >>> from datetime import date
    >>> last_day_of_first_weeks(date(2025, 1, 8), 5)  # Wed -> Tue of week 5
    datetime.date(2025, 2, 11)

    Raises:
        InvalidTypeError: ``first_day`` is not a ``date`` or ``weeks`` not an ``int``.
        InvalidValueError: ``weeks`` is less than 1.
        CalendarRangeError: day 7N is past the last representable date.
    """
    return _moved_on("first_day", first_day, "weeks", weeks, minimum=1, unit=7, day_one=True)


def at_latest_weeks_after(event: _dt.date, weeks: int) -> _dt.date:
    """Deadline of "senest N uger efter" an event (SDL § 13 b, stk. 2): ``event + 7N``,
    the same weekday N weeks on.

    >>> from datetime import date
    >>> due = at_latest_weeks_after(date(2025, 3, 18), 2)
    >>> due, due.strftime("%A")  # 18 March 2025 is a Tuesday
    (datetime.date(2025, 4, 1), 'Tuesday')

    Raises:
        InvalidTypeError: ``event`` is not a ``date`` or ``weeks`` not an ``int``.
        InvalidValueError: ``weeks`` is less than 1.
        CalendarRangeError: ``event + 7N`` is past the last representable date.
    """
    return _moved_on("event", event, "weeks", weeks, minimum=1, unit=7, day_one=False)


def before_end_of_week(first_day: _dt.date, week: int) -> _dt.date:
    """Deadline of "senest inden udgangen af N. uge regnet fra første fraværsdag"
    (SDL § 13 b, stk. 1 and 3): the last day of week N, ``first_day + 7N - 1``.

    >>> from datetime import date
    >>> before_end_of_week(date(2025, 5, 1), 1), before_end_of_week(date(2025, 5, 1), 8)
    (datetime.date(2025, 5, 7), datetime.date(2025, 6, 25))

    Raises:
        InvalidTypeError: ``first_day`` is not a ``date`` or ``week`` not an ``int``.
        InvalidValueError: ``week`` is less than 1.
        CalendarRangeError: the last day of week N is past the last representable date.
    """
    return _moved_on("first_day", first_day, "week", week, minimum=1, unit=7, day_one=True)


def at_latest_days_after(event: _dt.date, days: int) -> _dt.date:
    """Deadline of "senest N dage efter" an event, in calendar days (BEK 2024 § 2
    nr. 2): ``event + N``.

    >>> from datetime import date
    >>> at_latest_days_after(date(2025, 3, 10), 8)
    datetime.date(2025, 3, 18)

    Raises:
        InvalidTypeError: ``event`` is not a ``date`` or ``days`` not an ``int``.
        InvalidValueError: ``days`` is negative.
        CalendarRangeError: ``event + N`` is past the last representable date.
    """
    return _moved_on("event", event, "days", days, minimum=0, unit=1, day_one=False)


def at_latest_bank_days_after(event: _dt.date, bank_days: int, calendar: Calendar) -> _dt.date:
    """Deadline of "senest N bankdage efter afsendelsen" (BEK 2024 § 4, stk. 1): the
    N-th bank day strictly after the event; the event's own day never counts.

    >>> from datetime import date
    >>> from fasttrack_rules.calendars import danish_bank_days
    >>> at_latest_bank_days_after(date(2025, 4, 16), 2, danish_bank_days())  # Easter
    datetime.date(2025, 4, 23)

    Raises:
        InvalidTypeError: ``event`` is not a ``date``, ``bank_days`` not an ``int`` or
            ``calendar`` not a :class:`~fasttrack_rules.Calendar`.
        InvalidValueError: ``bank_days`` is less than 1.
        CalendarRangeError: ``event`` or the deadline is outside the calendar's coverage.
    """
    check_date("event", event)
    check_int("bank_days", bank_days, minimum=1)
    return _check_calendar(calendar).add(event, bank_days)


def latest_working_day_on_or_before(day: _dt.date, calendar: Calendar) -> _dt.date:
    """The last open day of ``calendar`` on or before ``day``: the last day a meeting
    due on ``day`` can practically be held.

    >>> from datetime import date
    >>> from fasttrack_rules.calendars import municipal_working_days
    >>> latest_working_day_on_or_before(date(2025, 12, 25), municipal_working_days())
    datetime.date(2025, 12, 23)

    Raises:
        InvalidTypeError: ``day`` is not a ``date`` or ``calendar`` not a
            :class:`~fasttrack_rules.Calendar`.
        CalendarRangeError: ``day``, or the open day, is outside the calendar's coverage.
    """
    check_date("day", day)
    return _check_calendar(calendar).previous_open(day)


def roll(day: _dt.date, policy: RollPolicy, calendar: Calendar) -> _dt.date:
    """Apply a roll interpretation to a deadline counted in days or weeks.

    ``"none"`` (default): the deadline stays on its calendar date. ``"forward"``: a day
    on which ``calendar`` is closed moves to its next open day. Never use it on a
    bank-day deadline: those always end on a bank day.

    >>> from datetime import date
    >>> from fasttrack_rules.calendars import municipal_working_days
    >>> roll(date(2025, 12, 25), "forward", municipal_working_days())
    datetime.date(2025, 12, 29)

    Raises:
        InvalidTypeError: ``day`` is not a ``date`` or ``calendar`` not a
            :class:`~fasttrack_rules.Calendar`.
        InvalidValueError: ``policy`` is not one of :data:`ROLL_POLICIES`.
        CalendarRangeError: the next open day is outside the calendar's coverage.
    """
    check_date("day", day)
    _check_calendar(calendar)
    if type(policy) is str:
        if policy == "none":
            return day
        if policy == "forward":
            return calendar.next_open(day)
    raise InvalidValueError("roll", policy, f"expected one of {', '.join(ROLL_POLICIES)}")
