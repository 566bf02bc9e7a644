"""Constructing a calendar: directly or through the factories, one definition gives one
calendar, and any other argument is a typed error naming it (docs/calendars.md)."""

from __future__ import annotations

import datetime as dt

import attrs
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

D = dt.date
DEFAULTS = {"bank": danish_bank_days(), "municipal": municipal_working_days()}
#: The weekday closing days of each default calendar, 2000-2100.
CLOSED_WEEKDAYS = {
    kind: [c.date for year in range(2000, 2101) for c in cal.closed_days(year)]
    for kind, cal in DEFAULTS.items()
}
covered = st.dates(D(2000, 1, 1), D(2100, 12, 31))
kinds = st.sampled_from(sorted(DEFAULTS))


@st.composite
def adjustments(draw: st.DrawFn, kind: str) -> tuple[list[D], list[D]]:
    """Days to close (open in the default calendar) and to open (its weekday closing days)."""
    closed = draw(st.lists(covered.filter(DEFAULTS[kind].is_open), max_size=6, unique=True))
    opened = draw(st.lists(st.sampled_from(CLOSED_WEEKDAYS[kind]), max_size=4, unique=True))
    return closed, opened


def rearranged(data: st.DataObject, days: list[D]) -> list[D]:
    """``days`` in another order, some of them repeated."""
    repeats = data.draw(st.lists(st.sampled_from(days), max_size=4)) if days else []
    return data.draw(st.permutations(days + repeats))


@given(kinds, st.data())
def test_the_same_days_in_any_order_or_repetition_give_one_calendar(kind: str, data: st.DataObject) -> None:
    closed, opened = data.draw(adjustments(kind))
    first = Calendar(kind, tuple(closed), tuple(opened))  # type: ignore[arg-type]
    again = Calendar(kind, tuple(rearranged(data, closed)), tuple(rearranged(data, opened)))  # type: ignore[arg-type]
    assert again == first
    assert hash(again) == hash(first)
    assert (again.id, again.content_hash, repr(again)) == (first.id, first.content_hash, repr(first))
    assert (first.extra_closed, first.open_on) == (tuple(sorted(closed)), tuple(sorted(opened)))
    if kind == "municipal":
        built = municipal_working_days(
            extra_closed=rearranged(data, closed), open_on=rearranged(data, opened)
        )
        assert built == first
        assert hash(built) == hash(first)
        assert built.content_hash == first.content_hash
    if not (closed or opened):
        assert first == DEFAULTS[kind]
        assert first.content_hash == DEFAULTS[kind].content_hash


# -- hostile arguments ------------------------------------------------------------------
anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=4),
    st.binary(max_size=4),
    st.datetimes(),
    st.dates(),
    st.timedeltas(),
    st.builds(object),
)
entries = st.one_of(st.dates(D(1999, 12, 1), D(2101, 1, 31)), anything)
containers = st.lists(entries, max_size=4).flatmap(
    lambda items: st.sampled_from([tuple(items), list(items), iter(items), dict.fromkeys(items)])
)


def half_good(good: st.SearchStrategy[object], bad: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    """A value of ``good`` half of the time, else one of ``bad``."""
    return st.booleans().flatmap(lambda is_good: good if is_good else bad)


def argument(valid: st.SearchStrategy[D]) -> st.SearchStrategy[object]:
    """A tuple of ``valid`` days (empty too) half of the time, else a hostile value."""
    return half_good(st.lists(valid, max_size=4).map(tuple), st.one_of(containers, anything))


closed_arguments = argument(covered.filter(DEFAULTS["municipal"].is_open))
opened_arguments = argument(st.sampled_from(CLOSED_WEEKDAYS["municipal"]))
kind_arguments = half_good(kinds, st.one_of(st.sampled_from(["", "Bank", "weekly", "municipal "]), anything))


def named(error: FasttrackError, arguments: tuple[str, ...]) -> bool:
    """Whether ``error`` names one of ``arguments`` or one of their entries (``open_on[2]``)."""
    return isinstance(error.field, str) and error.field.split("[")[0] in arguments


@given(kind_arguments, closed_arguments, opened_arguments, st.booleans())
def test_direct_construction_works_or_raises_a_typed_error_naming_the_argument(
    kind: object, extra_closed: object, open_on: object, by_keyword: bool
) -> None:
    try:
        if by_keyword:
            cal = Calendar(kind=kind, extra_closed=extra_closed, open_on=open_on)  # type: ignore[arg-type]
        else:
            cal = Calendar(kind, extra_closed, open_on)  # type: ignore[arg-type]
    except (InvalidTypeError, InvalidValueError, CalendarRangeError) as error:
        assert named(error, ("kind", "extra_closed", "open_on")), error  # noqa: PT017
        return
    # It worked: then it is the calendar of those days, checked like the factory's.
    assert type(extra_closed) is tuple
    assert type(open_on) is tuple
    assert isinstance(kind, str)
    default = DEFAULTS[kind]
    assert all(not cal.is_open(day) and default.is_open(day) for day in extra_closed)
    assert all(cal.is_open(day) and not default.is_open(day) for day in open_on)
    assert cal == Calendar(cal.kind, cal.extra_closed, cal.open_on)
    assert len(cal.content_hash) == 16
    assert cal.id.startswith(f"dk-{kind}")


@given(closed_arguments, opened_arguments)
def test_rebuilding_with_other_fields_is_checked_the_same_way(extra_closed: object, open_on: object) -> None:
    try:
        cal = attrs.evolve(DEFAULTS["municipal"], extra_closed=extra_closed, open_on=open_on)  # type: ignore[arg-type]
    except (InvalidTypeError, InvalidValueError, CalendarRangeError) as error:
        assert named(error, ("extra_closed", "open_on")), error  # noqa: PT017
        return
    assert cal == Calendar("municipal", cal.extra_closed, cal.open_on)
    assert hash(cal) == hash(Calendar("municipal", cal.extra_closed, cal.open_on))
