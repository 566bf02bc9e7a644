"""The argument checks of the public functions: a ``date`` that is no ``datetime``, an
``int`` that is no ``bool`` and at least a minimum, each refusal a typed error naming the
argument and the value given."""

from __future__ import annotations

import datetime as dt
import enum

import pytest

from fasttrack_rules._validate import bad_date, check_date, check_int
from fasttrack_rules.errors import InvalidTypeError, InvalidValueError


class Day(dt.date):
    """A subclass of date: not a plain date."""


class Number(enum.IntEnum):
    TWO = 2


@pytest.mark.parametrize("day", [dt.date(2025, 3, 3), dt.date.min, dt.date.max])
def test_check_date_returns_a_plain_date(day: dt.date) -> None:
    assert check_date("on", day) is day


def test_a_datetime_is_refused_with_the_advice_to_pass_its_date() -> None:
    moment = dt.datetime(2025, 3, 3)
    with pytest.raises(InvalidTypeError) as raised:
        check_date("as_of", moment)
    assert (raised.value.field, raised.value.value) == ("as_of", moment)
    assert raised.value.message == "expected a datetime.date, got a datetime (pass .date() explicitly)"


@pytest.mark.parametrize(
    ("value", "kind"),
    [("2025-03-03", "str"), (None, "NoneType"), (20250303, "int"), (Day(2025, 3, 3), "Day")],
)
def test_anything_else_is_refused_naming_its_type(value: object, kind: str) -> None:
    with pytest.raises(InvalidTypeError) as raised:
        check_date("day", value)
    assert (raised.value.field, raised.value.value) == ("day", value)
    assert raised.value.message == f"expected a datetime.date, got {kind}"


def test_bad_date_always_raises() -> None:
    # It is the refusal itself: also for a plain date, which its callers never pass.
    with pytest.raises(InvalidTypeError) as raised:
        bad_date("start", dt.date(2025, 3, 3))
    assert raised.value.field == "start"


@pytest.mark.parametrize("value", [0, -5, 10**30])
def test_check_int_returns_any_int_without_a_minimum(value: int) -> None:
    assert check_int("n", value) == value


@pytest.mark.parametrize(
    ("value", "kind"), [(True, "bool"), (2.0, "float"), ("2", "str"), (Number.TWO, "Number")]
)
def test_check_int_refuses_what_is_not_exactly_an_int(value: object, kind: str) -> None:
    with pytest.raises(InvalidTypeError) as raised:
        check_int("n", value, minimum=0)
    assert (raised.value.field, raised.value.value) == ("n", value)
    assert raised.value.message == f"expected an int, got {kind}"


def test_check_int_takes_the_minimum_itself_and_refuses_one_less() -> None:
    assert check_int("weeks", 1, minimum=1) == 1
    with pytest.raises(InvalidValueError) as raised:
        check_int("weeks", 0, minimum=1)
    assert (raised.value.field, raised.value.value, raised.value.message) == (
        "weeks",
        0,
        "must be at least 1",
    )
    assert check_int("n", -3, minimum=-3) == -3
