"""Calendars: golden file, dated examples, errors and properties
(docs/specification.md#calendars)."""

from __future__ import annotations

import datetime as dt
import pathlib
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fasttrack_rules import (
    Calendar,
    CalendarRangeError,
    FasttrackError,
    InvalidTypeError,
    InvalidValueError,
    danish_bank_days,
    municipal_working_days,
)
from tests import reference
from tests.strategies import inner_dates, offsets

D = dt.date
BANK = danish_bank_days()
MUNI = municipal_working_days()
GOLDEN = pathlib.Path(__file__).parent / "golden" / "danish_closing_days.tsv"


def test_golden_file_matches_library() -> None:
    # Regenerate with scripts/make_golden.py only after reviewing a deliberate change.
    from scripts.make_golden import render

    assert render() == GOLDEN.read_text(encoding="utf-8")


def test_golden_file_matches_independent_reference() -> None:
    helligdage = {day: name for year in range(2000, 2101) for day, name in reference.helligdage(year).items()}
    for line in GOLDEN.read_text(encoding="utf-8").splitlines()[1:]:
        day_s, _weekday, kind, names = line.split("\t")
        day = D.fromisoformat(day_s)
        if kind.startswith("helligdag"):
            assert names.split(" / ")[0] == helligdage.pop(day)
        else:
            assert not reference.bank_open(day)
    assert helligdage == {}


@pytest.mark.parametrize(
    ("calendar", "is_open"), [(BANK, reference.bank_open), (MUNI, reference.municipal_open)]
)
def test_every_day_2000_2100_matches_reference(calendar: Calendar, is_open: reference.OpenFn) -> None:
    day = D(2000, 1, 1)
    while day.year <= 2100:
        assert calendar.is_open(day) is is_open(day), day
        day += dt.timedelta(1)


@pytest.mark.parametrize(
    ("letter", "due", "why"),
    [
        (D(2025, 4, 16), D(2025, 4, 23), "Easter: 17, 18, 21 April closed"),
        (D(2025, 5, 28), D(2025, 6, 3), "29 May Ascension, 30 May bank closing day"),
        (D(2025, 6, 4), D(2025, 6, 10), "5 June Grundlovsdag, 9 June 2. pinsedag"),
        (D(2025, 12, 22), D(2025, 12, 29), "24, 25, 26 December closed"),
        (D(2025, 3, 18), D(2025, 3, 20), "the first worked example of the specification: an ordinary week"),
        (D(2023, 5, 3), D(2023, 5, 8), "Store bededag 5 May 2023 still closed"),
        (D(2024, 4, 24), D(2024, 4, 26), "no Store bededag from 2024 (26 April 2024 open)"),
    ],
)
def test_rules_md_bank_day_examples(letter: D, due: D, why: str) -> None:
    assert BANK.add(letter, 2) == due, why


def test_nationalbanken_2026_closing_days() -> None:
    published = [
        D(2026, 1, 1),
        D(2026, 4, 2),
        D(2026, 4, 3),
        D(2026, 4, 6),
        D(2026, 5, 14),
        D(2026, 5, 15),
        D(2026, 5, 25),
        D(2026, 6, 5),
        D(2026, 12, 24),
        D(2026, 12, 25),
        D(2026, 12, 31),
    ]
    assert [c.date for c in BANK.closed_days(2026)] == published
    assert all(c.citations[0].instrument.key == "BEK-1710-2024" for c in BANK.closed_days(2026))
    assert {str(c.citations[0]) for c in BANK.closed_days(2026)} == {
        "§ 2, nr. 1, i bekendtgørelse nr. 1710 af 30. december 2024"
    }


def test_bank_closing_days_cite_the_order_in_force_that_day() -> None:
    # 2015-01-01 (Nytårsdag) is before the first order (5 January 2015): no order is cited.
    (new_year,) = [c for c in BANK.closed_days(2015) if c.date == D(2015, 1, 1)]
    assert new_year.citations[0].instrument.key == "INTERPRETATION"
    (christmas_eve,) = [c for c in BANK.closed_days(2019) if c.date == D(2019, 12, 24)]
    assert str(christmas_eve.citations[0]) == "§ 2, nr. 1, i bekendtgørelse nr. 790 af 14. juni 2018"
    (ascension_friday,) = [c for c in BANK.closed_days(2024) if c.date == D(2024, 5, 10)]
    assert ascension_friday.citations[0].instrument.key == "BEK-473-2021"


@pytest.mark.parametrize(
    ("friday", "is_open"),
    [
        (D(2000, 6, 2), True),  # before 2009 the Friday after Ascension was a bank day
        (D(2008, 5, 2), True),  # the last year it was open
        (D(2009, 5, 22), False),  # the first year it was a bank closing day
        (D(2014, 5, 30), False),
    ],
)
def test_friday_after_ascension_closed_from_2009(friday: D, is_open: bool) -> None:
    assert friday.weekday() == 4
    assert BANK.is_open(friday) is is_open
    assert MUNI.is_open(friday)


def test_store_bededag_2023_closed_2024_open() -> None:
    assert not BANK.is_open(D(2023, 5, 5))
    assert not MUNI.is_open(D(2023, 5, 5))
    assert BANK.is_open(D(2024, 4, 26))  # would have been Store bededag
    assert MUNI.is_open(D(2024, 4, 26))
    names_2023 = {c.name for c in BANK.closed_days(2023)}
    assert "Store bededag" in names_2023
    assert all("Store bededag" not in c.name for year in range(2024, 2101) for c in BANK.closed_days(year))


def test_grundlovsdag_on_pinse() -> None:
    # 2028: Grundlovsdag is 2. pinsedag (Mon 5 June): one closing day, two names.
    (day,) = [c for c in BANK.closed_days(2028) if c.date == D(2028, 6, 5)]
    assert day.names == ("Anden pinsedag", "Grundlovsdag")
    assert BANK.count(D(2028, 6, 1), D(2028, 6, 8)) == 4  # Thu 1, Fri 2, Tue 6, Wed 7
    # 2022: Grundlovsdag is Pinsedag (a Sunday); 2. pinsedag Mon 6 June is closed anyway.
    assert [c.date for c in BANK.closed_days(2022) if c.date.month == 6] == [D(2022, 6, 6)]
    assert BANK.add(D(2022, 6, 3), 1) == D(2022, 6, 7)


def test_christmas_and_new_year_on_weekends() -> None:
    # 2022: 24 and 31 December are Saturdays; 2023: Sundays. No weekday closing days then.
    december = {
        year: [c.date.day for c in BANK.closed_days(year) if c.date.month == 12] for year in (2022, 2023)
    }
    assert december == {2022: [26], 2023: [25, 26]}  # 2022: Juledag is a Sunday too
    assert BANK.add(D(2022, 12, 23), 1) == D(2022, 12, 27)  # Mon 26 = 2. juledag
    assert BANK.add(D(2023, 12, 29), 1) == D(2024, 1, 2)  # 31 Dec Sunday, 1 Jan Monday
    assert BANK.add(D(2025, 12, 30), 1) == D(2026, 1, 2)  # 31 Dec Wednesday closed
    assert MUNI.add(D(2025, 12, 30), 1) == D(2026, 1, 2)


def test_bank_and_municipal_differ_on_friday_after_ascension() -> None:
    assert not BANK.is_open(D(2025, 5, 30))
    assert MUNI.is_open(D(2025, 5, 30))
    assert MUNI.closed_days(2025)[0].citations[0].instrument.kind == "interpretation"
    assert not MUNI.closed_days(2025)[0].citations[0].is_law


def test_add_zero_and_closed_start() -> None:
    assert BANK.add(D(2025, 4, 19), 0) == D(2025, 4, 19)  # a closed Saturday stays
    assert BANK.add(D(2025, 4, 19), 1) == D(2025, 4, 22)
    assert BANK.add(D(2025, 4, 19), -1) == D(2025, 4, 16)


def test_next_and_previous_open() -> None:
    assert MUNI.next_open(D(2025, 12, 24)) == D(2025, 12, 29)
    assert MUNI.previous_open(D(2025, 12, 28)) == D(2025, 12, 23)
    assert MUNI.next_open(D(2025, 12, 23)) == D(2025, 12, 23)


def test_count_whole_years() -> None:
    assert BANK.count(D(2026, 1, 1), D(2027, 1, 1)) == 261 - 11 + 0  # 261 weekdays, 11 closings
    assert BANK.count(D(2100, 1, 1), D(2101, 1, 1)) == reference.count(
        reference.bank_open, D(2100, 1, 1), D(2101, 1, 1)
    )
    assert BANK.count(D(2025, 3, 3), D(2025, 3, 3)) == 0


def test_identity_equality_and_shared_tables() -> None:
    assert danish_bank_days() == BANK
    assert danish_bank_days() is BANK
    assert BANK != MUNI
    assert BANK.content_hash != MUNI.content_hash
    assert len(BANK.content_hash) == 16
    assert (BANK.id, MUNI.id) == ("dk-bank", "dk-municipal")
    assert (BANK.first_year, BANK.last_year) == (2000, 2100)
    adjusted = municipal_working_days(
        extra_closed=[D(2025, 5, 30), D(2025, 5, 30)], open_on=[D(2025, 12, 24)]
    )
    assert adjusted.id == "dk-municipal+closed:2025-05-30+open:2025-12-24"
    assert adjusted == municipal_working_days(open_on=(D(2025, 12, 24),), extra_closed=(D(2025, 5, 30),))
    assert hash(adjusted) == hash(
        municipal_working_days(extra_closed=[D(2025, 5, 30)], open_on=[D(2025, 12, 24)])
    )
    assert adjusted.content_hash not in (MUNI.content_hash, BANK.content_hash)
    assert not adjusted.is_open(D(2025, 5, 30))
    assert adjusted.is_open(D(2025, 12, 24))
    assert [c.name for c in adjusted.closed_days(2025) if c.date.month == 5][-1] == "Kommunal lukkedag"
    assert BANK.__eq__(object()) is NotImplemented
    with pytest.raises(AttributeError):
        BANK.kind = "municipal"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("call", "error", "field"),
    [
        (lambda: BANK.is_open(dt.datetime(2025, 1, 2, 12)), InvalidTypeError, "day"),
        (lambda: BANK.is_open("2025-01-02"), InvalidTypeError, "day"),  # type: ignore[arg-type]
        (lambda: BANK.add(D(2025, 1, 2), 1.0), InvalidTypeError, "n"),  # type: ignore[arg-type]
        (lambda: BANK.add(D(2025, 1, 2), True), InvalidTypeError, "n"),
        (lambda: BANK.count(D(2025, 1, 3), D(2025, 1, 2)), InvalidValueError, "end"),
        (lambda: BANK.count(D(2025, 1, 3), dt.datetime(2025, 1, 4)), InvalidTypeError, "end"),
        (lambda: BANK.count(D(2025, 1, 3), D(2101, 1, 2)), CalendarRangeError, "end"),
        (lambda: BANK.is_open(D(1999, 12, 31)), CalendarRangeError, "day"),
        (lambda: BANK.add(dt.datetime(2025, 1, 2), 1), InvalidTypeError, "day"),
        (lambda: BANK.add(D(1999, 12, 31), 1), CalendarRangeError, "day"),
        (lambda: BANK.count(dt.datetime(2025, 1, 2), D(2025, 1, 3)), InvalidTypeError, "start"),
        (lambda: BANK.count(D(1999, 12, 31), D(2025, 1, 3)), CalendarRangeError, "start"),
        (lambda: MUNI.next_open(dt.datetime(2025, 1, 2)), InvalidTypeError, "day"),
        (lambda: MUNI.previous_open(D(2101, 1, 1)), CalendarRangeError, "day"),
        (lambda: BANK.is_open(D(2101, 1, 1)), CalendarRangeError, "day"),
        (lambda: BANK.add(D(2100, 12, 30), 2), CalendarRangeError, "n"),
        (lambda: BANK.add(D(2000, 1, 4), -5), CalendarRangeError, "n"),
        (lambda: BANK.next_open(D(2100, 12, 31)), CalendarRangeError, "day"),
        (lambda: BANK.previous_open(D(2000, 1, 1)), CalendarRangeError, "day"),
        (lambda: BANK.closed_days(2101), CalendarRangeError, "year"),
        (lambda: BANK.closed_days(1999), CalendarRangeError, "year"),
        (lambda: BANK.closed_days("2025"), InvalidTypeError, "year"),  # type: ignore[arg-type]
        (
            lambda: municipal_working_days(extra_closed=[D(2025, 12, 24)]),
            InvalidValueError,
            "extra_closed[0]",
        ),
        (lambda: municipal_working_days(open_on=[D(2025, 3, 3)]), InvalidValueError, "open_on[0]"),
        (lambda: municipal_working_days(open_on=[D(2025, 12, 27)]), InvalidValueError, "open_on[0]"),
        (lambda: municipal_working_days(extra_closed=[D(2200, 1, 1)]), CalendarRangeError, "extra_closed[0]"),
        (lambda: municipal_working_days(extra_closed=["2025-05-30"]), InvalidTypeError, "extra_closed[0]"),  # type: ignore[list-item]
        (lambda: municipal_working_days(extra_closed=D(2025, 5, 30)), InvalidValueError, "extra_closed"),  # type: ignore[arg-type]
    ],
)
def test_errors_name_the_argument(call: object, error: type[FasttrackError], field: str) -> None:
    with pytest.raises(error) as info:
        call()  # type: ignore[operator]
    assert info.value.field == field
    assert field in str(info.value)


def test_errors_are_builtin_subclasses() -> None:
    assert issubclass(CalendarRangeError, LookupError)
    assert issubclass(InvalidTypeError, TypeError)
    assert issubclass(InvalidValueError, ValueError)
    with pytest.raises(InvalidTypeError, match="datetime"):
        BANK.is_open(dt.datetime(2025, 1, 2))


# -- properties ----------------------------------------------------------------------
calendars = st.sampled_from([BANK, MUNI])


@given(calendars, inner_dates, offsets)
def test_add_then_subtract_returns_to_nearest_open(cal: Calendar, day: D, n: int) -> None:
    back = cal.add(cal.add(day, n), -n)
    if n > 0:
        assert back == cal.previous_open(day)
    elif n < 0:
        assert back == cal.next_open(day)
    else:
        assert back == day


@given(calendars, inner_dates, st.integers(min_value=0, max_value=250))
def test_count_inverts_add_from_open_day(cal: Calendar, day: D, n: int) -> None:
    start = cal.next_open(day)
    assert cal.count(start, cal.add(start, n)) == n


@given(calendars, st.dates(D(2000, 1, 1), D(2098, 10, 1)), st.integers(0, 400), st.integers(0, 400))
def test_count_is_additive(cal: Calendar, day: D, a: int, b: int) -> None:
    mid, end = day + dt.timedelta(a), day + dt.timedelta(a + b)
    assert cal.count(day, end) == cal.count(day, mid) + cal.count(mid, end)


@given(inner_dates, offsets, st.sets(inner_dates, max_size=5))
def test_adding_closing_days_only_delays(day: D, n: int, closings: set[D]) -> None:
    extra = [c for c in closings if MUNI.is_open(c)]
    adjusted = municipal_working_days(extra_closed=extra)
    if n >= 0:
        assert adjusted.add(day, n) >= MUNI.add(day, n)
    else:
        assert adjusted.add(day, n) <= MUNI.add(day, n)


@given(inner_dates)
def test_bank_days_within_municipal_within_weekdays(day: D) -> None:
    assert not BANK.is_open(day) or MUNI.is_open(day)
    assert not MUNI.is_open(day) or day.weekday() < 5


@given(calendars, inner_dates, st.integers(-40, 40))
def test_add_matches_day_by_day_reference(cal: Calendar, day: D, n: int) -> None:
    is_open = reference.bank_open if cal is BANK else reference.municipal_open
    assert cal.add(day, n) == (reference.add(is_open, day, n) if n else day)
    assert cal.next_open(day) == reference.next_open(is_open, day)
    assert cal.previous_open(day) == reference.previous_open(is_open, day)


@given(calendars, inner_dates, st.integers(0, 120))
def test_count_matches_day_by_day_reference(cal: Calendar, day: D, span: int) -> None:
    is_open = reference.bank_open if cal is BANK else reference.municipal_open
    end = day + dt.timedelta(span)
    assert cal.count(day, end) == reference.count(is_open, day, end)


def test_adjusted_calendars_share_the_default_tables() -> None:
    adjusted = [
        municipal_working_days(extra_closed=[day]) for day in (D(2031, 1, 2), D(2031, 1, 3), D(2031, 1, 6))
    ]
    assert all(cal._tables is MUNI._tables for cal in adjusted)
    assert danish_bank_days()._tables is BANK._tables
    # Rebuilt from its definition, a calendar has the same content hash.
    first = municipal_working_days(extra_closed=[D(2031, 1, 2)])
    assert first.content_hash == adjusted[0].content_hash


def test_adjustment_errors_name_the_callers_position() -> None:
    # The second entry of an unsorted list is the one at fault: it is named [1], not by
    # its place in the sorted set.
    with pytest.raises(InvalidValueError) as info:
        municipal_working_days(extra_closed=[D(2025, 6, 6), D(2025, 6, 5)])
    assert info.value.field == "extra_closed[1]"
    same = municipal_working_days(extra_closed=[D(2025, 6, 6), D(2025, 6, 6), D(2025, 5, 30)])
    assert same == municipal_working_days(extra_closed=[D(2025, 5, 30), D(2025, 6, 6)])


# -- adjusted calendars against a full table --------------------------------------------
FIRST, LAST = D(2000, 1, 1), D(2100, 12, 31)
ALL_DAYS = [FIRST + dt.timedelta(i) for i in range((LAST - FIRST).days + 1)]
MUNI_FLAGS = [MUNI.is_open(day) for day in ALL_DAYS]  # the default, checked day by day above
CLOSED_WEEKDAYS = [
    day for day, is_open in zip(ALL_DAYS, MUNI_FLAGS, strict=True) if not is_open and day.weekday() < 5
]
EDGES = [*ALL_DAYS[:12], *ALL_DAYS[-12:]]


class FullTable:
    """The straightforward form of an adjusted calendar: a flag for every covered day,
    answered by walking day by day. Errors are (class, field, message) triples."""

    def __init__(self, extra_closed: set[D], open_on: set[D]) -> None:
        self.flags = list(MUNI_FLAGS)
        for day in extra_closed:
            self.flags[(day - FIRST).days] = False
        for day in open_on:
            self.flags[(day - FIRST).days] = True

    def is_open(self, day: D) -> bool:
        return self.flags[(day - FIRST).days]

    def add(self, day: D, n: int) -> D | tuple[type, str, str]:
        i, step, left = (day - FIRST).days, 1 if n > 0 else -1, abs(n)
        while left:
            i += step
            if not 0 <= i < len(self.flags):
                return (
                    CalendarRangeError,
                    "n",
                    f"{day.isoformat()} {n:+d} open days is outside the calendar's coverage",
                )
            left -= self.flags[i]
        return FIRST + dt.timedelta(i)

    def count(self, start: D, end: D) -> int:
        return sum(self.flags[(start - FIRST).days : (end - FIRST).days])

    def walk(self, day: D, step: int) -> D | tuple[type, str, str]:
        i = (day - FIRST).days
        while 0 <= i < len(self.flags) and not self.flags[i]:
            i += step
        if not 0 <= i < len(self.flags):
            return (CalendarRangeError, "day", "outside the calendar's coverage 2000-01-01..2100-12-31")
        return FIRST + dt.timedelta(i)

    def content_hash(self) -> str:
        import hashlib

        data = b"fasttrack-calendar-v1|2000|2100|" + bytes(self.flags)
        return hashlib.sha256(data).hexdigest()[:16]


def outcome(call: Callable[..., object], *args: object) -> object:
    """A call's value, or its error as a (class, field, message) triple."""
    try:
        return call(*args)
    except FasttrackError as e:
        return (type(e), e.field, e.message)


any_day = st.one_of(st.dates(FIRST, LAST), st.sampled_from(EDGES))
open_default_day = any_day.filter(lambda day: MUNI.is_open(day))
adjustments = st.tuples(
    st.sets(open_default_day, max_size=8),
    st.sets(st.sampled_from(CLOSED_WEEKDAYS), max_size=8),
)


@pytest.mark.slow
@given(adjustments, st.lists(st.tuples(any_day, st.integers(-400, 400)), min_size=1, max_size=8))
def test_adjusted_calendar_matches_full_table(
    adjustment: tuple[set[D], set[D]], queries: list[tuple[D, int]]
) -> None:
    closed, opened = adjustment
    cal = municipal_working_days(extra_closed=closed, open_on=opened)
    ref = FullTable(closed, opened)
    near = [day + dt.timedelta(k) for day in sorted(closed | opened) for k in (-1, 0, 1)]
    days = [day for day, _ in queries] + [day for day in near if FIRST <= day <= LAST]
    for day in days:
        assert cal.is_open(day) is ref.is_open(day), day
        assert outcome(cal.next_open, day) == ref.walk(day, 1), day
        assert outcome(cal.previous_open, day) == ref.walk(day, -1), day
    for day, n in queries:
        assert outcome(cal.add, day, n) == (day if n == 0 else ref.add(day, n)), (day, n)
        end = min(day + dt.timedelta(abs(n)), D(2101, 1, 1))
        assert cal.count(day, end) == ref.count(day, end), (day, end)
    assert cal.count(FIRST, D(2101, 1, 1)) == ref.count(FIRST, D(2101, 1, 1))
    for year in {day.year for day in days}:
        assert [c.date for c in cal.closed_days(year)] == [
            day for day in ALL_DAYS if day.year == year and day.weekday() < 5 and not ref.is_open(day)
        ]
    assert cal.content_hash == ref.content_hash()


@given(adjustments, st.integers(-(10**12), 10**12))
def test_adjusted_add_far_out_of_range(adjustment: tuple[set[D], set[D]], n: int) -> None:
    closed, opened = adjustment
    cal = municipal_working_days(extra_closed=closed, open_on=opened)
    ref = FullTable(closed, opened)
    for day in (FIRST, D(2050, 6, 15), LAST):
        expected = (
            day
            if n == 0
            else ref.add(day, n)
            if abs(n) < 40_000
            else (
                CalendarRangeError,
                "n",
                f"{day.isoformat()} {n:+d} open days is outside the calendar's coverage",
            )
        )
        assert outcome(cal.add, day, n) == expected


def test_adjusted_calendar_at_both_ends_of_the_coverage() -> None:
    # Open the last day (Nytårsaftensdag 2100, a Friday), close the first and last open days.
    first_open, last_open = MUNI.next_open(FIRST), MUNI.previous_open(LAST)
    cal = municipal_working_days(extra_closed=[first_open, last_open], open_on=[LAST])
    ref = FullTable({first_open, last_open}, {LAST})
    assert (first_open, last_open) == (D(2000, 1, 3), D(2100, 12, 30))
    assert cal.next_open(D(2100, 12, 30)) == LAST
    assert cal.previous_open(D(2000, 1, 4)) == D(2000, 1, 4)
    assert outcome(cal.previous_open, D(2000, 1, 3)) == ref.walk(D(2000, 1, 3), -1)
    assert outcome(cal.add, D(2100, 12, 30), 1) == LAST
    assert outcome(cal.add, LAST, 1) == ref.add(LAST, 1)
    assert outcome(cal.add, D(2000, 1, 4), -1) == ref.add(D(2000, 1, 4), -1)
    for day in ALL_DAYS[:40] + ALL_DAYS[-40:]:
        for n in (-3, -1, 1, 3):
            assert outcome(cal.add, day, n) == ref.add(day, n), (day, n)
    assert cal.count(FIRST, D(2101, 1, 1)) == ref.count(FIRST, D(2101, 1, 1))
    assert [c.name for c in cal.closed_days(2100)][-1] == "Kommunal lukkedag"  # 30 December
    assert LAST not in [c.date for c in cal.closed_days(2100)]


def test_adjusted_content_hash_keeps_its_released_values() -> None:
    # Values the released full-table implementation gave: results and vectors carry them.
    assert municipal_working_days(extra_closed=[D(2025, 5, 30)], open_on=[D(2025, 12, 24)]).content_hash == (
        "cbc3eaf21a5c34ca"
    )
    ends = municipal_working_days(extra_closed=[D(2000, 1, 3), D(2100, 12, 30)], open_on=[D(2100, 12, 31)])
    assert ends.content_hash == "3dcde6b9856a37d3"
    assert (MUNI.content_hash, BANK.content_hash) == ("b6070bcd564c0330", "a989ccaa8128adf3")
    assert Calendar("bank", (D(2025, 6, 2),), (D(2025, 12, 24),)).content_hash == "ecacb254ec59ac47"


def test_content_hash_is_computed_once_per_calendar(monkeypatch: pytest.MonkeyPatch) -> None:
    from fasttrack_rules.calendars import tables

    calls: list[bytes] = []
    original = tables._flags_hash

    def counted(flags: bytes) -> str:
        calls.append(flags)
        return original(flags)

    monkeypatch.setattr(tables, "_flags_hash", counted)
    monkeypatch.setattr(tables, "_HASHES", type(tables._HASHES)())
    cal = municipal_working_days(extra_closed=[D(2044, 3, 1)])
    assert cal.content_hash == cal.content_hash
    assert len(calls) == 1
    # Another calendar of the same definition finds the hash remembered by its adjustments.
    assert municipal_working_days(extra_closed=[D(2044, 3, 1)]).content_hash == cal.content_hash
    assert len(calls) == 1


def test_remembered_hashes_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from fasttrack_rules.calendars import tables

    monkeypatch.setattr(tables, "HASH_CACHE_SIZE", 3)
    monkeypatch.setattr(tables, "_HASHES", type(tables._HASHES)())
    days = [day for day in ALL_DAYS[9000:9020] if MUNI.is_open(day)][:5]
    hashes = [municipal_working_days(extra_closed=[day]).content_hash for day in days]
    assert len(set(hashes)) == 5
    assert len(tables._HASHES) == 3
    assert municipal_working_days(extra_closed=[days[0]]).content_hash == hashes[0]  # evicted, recomputed


def test_direct_construction_is_checked_and_normalised() -> None:
    cal = Calendar("municipal", (D(2025, 6, 6), D(2025, 5, 30), D(2025, 6, 6)))
    assert cal == municipal_working_days(extra_closed=[D(2025, 5, 30), D(2025, 6, 6)])
    assert cal.extra_closed == (D(2025, 5, 30), D(2025, 6, 6))
    assert Calendar("municipal") == MUNI
    assert repr(cal) == (
        "Calendar(kind='municipal', extra_closed=(datetime.date(2025, 5, 30), datetime.date(2025, 6, 6)), "
        "open_on=())"
    )
    assert repr(BANK) == "Calendar(kind='bank', extra_closed=(), open_on=())"
    cases: list[tuple[Callable[[], object], type[FasttrackError], str]] = [
        (lambda: Calendar("weekly"), InvalidValueError, "kind"),  # type: ignore[arg-type]
        (lambda: Calendar(None), InvalidTypeError, "kind"),  # type: ignore[arg-type]
        (lambda: Calendar("municipal", [D(2025, 5, 30)]), InvalidTypeError, "extra_closed"),  # type: ignore[arg-type]
        (lambda: Calendar("municipal", (), [D(2025, 12, 24)]), InvalidTypeError, "open_on"),  # type: ignore[arg-type]
        (lambda: Calendar("municipal", (D(2025, 12, 24),)), InvalidValueError, "extra_closed[0]"),
        (lambda: Calendar("municipal", (), (D(2025, 5, 30),)), InvalidValueError, "open_on[0]"),
        (lambda: Calendar("municipal", ("2025-05-30",)), InvalidTypeError, "extra_closed[0]"),  # type: ignore[arg-type]
    ]
    for bad, error, field in cases:
        with pytest.raises(error) as info:
            bad()
        assert info.value.field == field


def test_calendars_pickle_and_copy_by_definition() -> None:
    import copy
    import pickle

    adjusted = municipal_working_days(extra_closed=[D(2025, 5, 30)], open_on=[D(2025, 12, 24)])
    for cal in (BANK, MUNI, adjusted):
        data = pickle.dumps(cal)
        assert len(data) < 1_000  # the definition, not the tables
        again = pickle.loads(data)
        assert again == cal
        assert again.content_hash == cal.content_hash
        assert again.add(D(2025, 5, 28), 3) == cal.add(D(2025, 5, 28), 3)
        assert copy.deepcopy(cal) == cal


def test_non_iterable_adjustments_are_typed_errors() -> None:
    for bad in (None, 5, 1.5, object()):
        for name in ("extra_closed", "open_on"):
            with pytest.raises(InvalidTypeError) as info:
                municipal_working_days(**{name: bad})  # type: ignore[arg-type]
            assert info.value.field == name
    # Any iterable of dates will do: a generator, a set, the keys of a dict.
    gen = municipal_working_days(extra_closed=(day for day in [D(2025, 5, 30)]))
    assert gen == municipal_working_days(extra_closed={D(2025, 5, 30)})
    assert gen == municipal_working_days(extra_closed={D(2025, 5, 30): "Fredag"})
    with pytest.raises(InvalidTypeError) as info:
        municipal_working_days(extra_closed=[None])  # type: ignore[list-item]
    assert info.value.field == "extra_closed[0]"


@pytest.mark.parametrize(
    "cal", [BANK, MUNI, municipal_working_days(extra_closed=[D(2025, 5, 30)], open_on=[D(2100, 12, 31)])]
)
def test_lookup_errors_are_the_same_for_every_calendar(cal: Calendar) -> None:
    cases: list[tuple[Callable[[], object], type[FasttrackError], str, str]] = [
        (lambda: cal.is_open(dt.datetime(2025, 1, 2)), InvalidTypeError, "day", "datetime"),
        (lambda: cal.is_open(D(2101, 1, 1)), CalendarRangeError, "day", "coverage"),
        (lambda: cal.add("2025-01-02", 1), InvalidTypeError, "day", "str"),  # type: ignore[arg-type]
        (lambda: cal.add(D(1999, 12, 31), 1), CalendarRangeError, "day", "coverage"),
        (lambda: cal.add(D(2025, 1, 2), True), InvalidTypeError, "n", "bool"),
        (lambda: cal.add(D(2025, 1, 2), 10**6), CalendarRangeError, "n", "+1000000 open days"),
        (lambda: cal.add(D(2025, 1, 2), -(10**6)), CalendarRangeError, "n", "-1000000 open days"),
        (lambda: cal.count(D(2025, 1, 3), D(2025, 1, 2)), InvalidValueError, "end", "before start"),
        (lambda: cal.count(None, D(2025, 1, 2)), InvalidTypeError, "start", "NoneType"),  # type: ignore[arg-type]
        (lambda: cal.count(D(2025, 1, 2), 5), InvalidTypeError, "end", "int"),  # type: ignore[arg-type]
        (lambda: cal.count(D(1999, 1, 2), D(2025, 1, 2)), CalendarRangeError, "start", "coverage"),
        (lambda: cal.count(D(2025, 1, 2), D(2101, 1, 2)), CalendarRangeError, "end", "coverage"),
        (lambda: cal.next_open(D(2101, 1, 1)), CalendarRangeError, "day", "coverage"),
        (lambda: cal.previous_open(D(2000, 1, 1)), CalendarRangeError, "day", "coverage"),
        (lambda: cal.closed_days(True), InvalidTypeError, "year", "bool"),
        (lambda: cal.closed_days(2101), CalendarRangeError, "year", "coverage"),
    ]
    for call, error, field, words in cases:
        with pytest.raises(error) as info:
            call()
        assert info.value.field == field
        assert words in str(info.value)
