"""The validity windows the dated tables of the law share (``fasttrack_rules.law.validity``)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from fasttrack_rules import InvalidTypeError, RuleNotInForceError
from fasttrack_rules.law.validity import check_name, day_before, holds_on, index_in_force

D = dt.date


@attrs.frozen
class Version:
    valid_from: dt.date
    valid_to: dt.date | None


TABLE = {
    "closed": (Version(D(2020, 1, 1), D(2020, 12, 31)), Version(D(2022, 1, 1), None)),
    "empty": (),
}


def test_day_before_crosses_month_and_year() -> None:
    assert day_before(D(2025, 1, 1)) == D(2024, 12, 31)
    assert day_before(D(2024, 3, 1)) == D(2024, 2, 29)


@pytest.mark.parametrize(
    ("day", "holds"),
    [(D(2019, 12, 31), False), (D(2020, 1, 1), True), (D(2020, 12, 31), True), (D(2021, 1, 1), False)],
)
def test_both_ends_of_a_window_are_inclusive(day: dt.date, holds: bool) -> None:
    assert holds_on(Version(D(2020, 1, 1), D(2020, 12, 31)), day) is holds


def test_an_open_window_holds_on_every_later_day() -> None:
    assert holds_on(Version(D(2022, 1, 1), None), D.max)
    assert not holds_on(Version(D(2022, 1, 1), None), D(2021, 12, 31))


def test_check_name_returns_a_string_and_names_the_field() -> None:
    assert check_name("family", "SDL") == "SDL"
    with pytest.raises(InvalidTypeError) as info:
        check_name("family", b"SDL")
    assert (info.value.field, info.value.message) == ("family", "expected a string, got bytes")


@pytest.mark.parametrize(("on", "index"), [(D(2020, 6, 1), 0), (D(2022, 1, 1), 1), (D(2030, 1, 1), 1)])
def test_index_in_force_finds_the_version_of_the_day(on: dt.date, index: int) -> None:
    assert index_in_force(TABLE, "closed", on) == index


@pytest.mark.parametrize(
    ("name", "on"),
    [("closed", D(2021, 6, 1)), ("closed", D(2019, 1, 1)), ("empty", D(2020, 6, 1)), ("x", D.max)],
)
def test_index_in_force_between_before_or_without_versions(name: str, on: dt.date) -> None:
    with pytest.raises(RuleNotInForceError) as info:
        index_in_force(TABLE, name, on)
    assert info.value.field == name
    assert info.value.message == f"no version of {name!r} is in force on {on.isoformat()}"


@pytest.mark.parametrize(
    ("name", "on", "field"),
    [
        (None, D(2020, 6, 1), "name"),
        ("closed", "2020-06-01", "on"),
        ("closed", dt.datetime(2020, 6, 1), "on"),
    ],
)
def test_index_in_force_checks_its_arguments(name: object, on: object, field: str) -> None:
    with pytest.raises(InvalidTypeError) as info:
        index_in_force(TABLE, name, on)  # type: ignore[arg-type]
    assert info.value.field == field
