"""The strict readers of command-line values at their boundaries: ASCII digits only, the
documented ranges (docs/cli.md: ``--max-line-bytes`` at most 1 GiB, ``--timeout`` at most
a week), and every refusal an ``ArgumentTypeError`` that names the value (a usage error)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable

import pytest

from fasttrack_rules._args import (
    MAX_BYTES,
    MAX_JOBS,
    MAX_SECONDS,
    add_max_line_bytes,
    byte_count,
    integer,
    iso_date,
    job_count,
    min_cell,
    seconds,
    text,
)

GIB = 1024 * 1024 * 1024
WEEK = 7 * 24 * 60 * 60  # 604,800 seconds


def test_the_limits_are_a_gibibyte_and_a_week() -> None:
    assert (MAX_BYTES, MAX_SECONDS) == (GIB, WEEK)


def refused(read: Callable[[str], object], value: str) -> str:
    """The message of ``read``'s refusal of ``value``."""
    with pytest.raises(argparse.ArgumentTypeError) as raised:
        read(value)
    return str(raised.value)


@pytest.mark.parametrize(("value", "expected"), [("1", 1), ("007", 7), ("1048576", 1 << 20), (str(GIB), GIB)])
def test_byte_count_takes_1_to_a_gibibyte(value: str, expected: int) -> None:
    assert byte_count(value) == expected


@pytest.mark.parametrize("value", ["0", "00", str(GIB + 1), str(2**63)])
def test_byte_count_refuses_a_number_out_of_range(value: str) -> None:
    assert value in refused(byte_count, value)


@pytest.mark.parametrize(
    "value",
    ["", " 5", "5 ", "+5", "-1", "5_0", "1e6", "5.0", "0x10", "\u0665", "\uff15", "1,024"],
)
def test_byte_count_refuses_anything_but_ascii_digits(value: str) -> None:
    assert repr(value) in refused(byte_count, value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1", 1.0), ("0.5", 0.5), (".5", 0.5), ("5.", 5.0), ("0.001", 0.001), (str(WEEK), WEEK), ("600", 600.0)],
)
def test_seconds_takes_more_than_0_up_to_a_week(value: str, expected: float) -> None:
    assert seconds(value) == expected


@pytest.mark.parametrize("value", ["0", "0.0", ".0", "604800.001", "604801", "1" + "0" * 400])
def test_seconds_refuses_a_number_out_of_range(value: str) -> None:
    assert value in refused(seconds, value)


@pytest.mark.parametrize(
    "value", ["", ".", "-1", "+1", "1e3", "inf", "nan", "Infinity", " 1", "1_0", "\u0661", "1.2.3", "1s"]
)
def test_seconds_refuses_anything_but_an_ascii_decimal(value: str) -> None:
    assert repr(value) in refused(seconds, value)


@pytest.mark.parametrize(
    ("value", "expected"), [("0", 0), ("-0", 0), ("+5", 5), ("-5", -5), ("2025", 2025), ("0042", 42)]
)
def test_integer_takes_ascii_digits_with_a_sign(value: str, expected: int) -> None:
    assert integer(value) == expected


@pytest.mark.parametrize("value", ["", "+", "-", " 5", "5 ", "5_0", "5.0", "++5", "\u0665", "\uff15", "1e3"])
def test_integer_refuses_what_int_would_take_or_worse(value: str) -> None:
    assert repr(value) in refused(integer, value)


@pytest.mark.parametrize(("value", "expected"), [("0", 0), ("1", 1), ("02", 2), ("1024", 1024)])
def test_job_count_takes_0_to_1024(value: str, expected: int) -> None:
    assert MAX_JOBS == 1024
    assert job_count(value) == expected


@pytest.mark.parametrize("value", ["1025", str(2**63)])
def test_job_count_refuses_more_than_1024(value: str) -> None:
    assert value in refused(job_count, value)


@pytest.mark.parametrize("value", ["", "-1", "+1", " 1", "1.0", "1_0", "\u0662", "0x2", "two"])
def test_job_count_refuses_anything_but_ascii_digits(value: str) -> None:
    assert repr(value) in refused(job_count, value)


@pytest.mark.parametrize("value", ["x", " x ", "-", "\u00e6"])
def test_text_takes_any_non_blank_value_as_it_is(value: str) -> None:
    assert text("the command")(value) == value


@pytest.mark.parametrize("value", ["", " ", "\t\n", "\u00a0\u3000"])
def test_text_refuses_an_empty_or_blank_value_naming_what_it_is(value: str) -> None:
    assert refused(text("the command"), value) == "the command is empty"


def max_line_bytes(default: int) -> tuple[argparse.ArgumentParser, argparse.Action]:
    parser = argparse.ArgumentParser(prog="p", exit_on_error=False)
    add_max_line_bytes(parser, default=default, read="input", over="is answered LINE_TOO_LONG")
    (action,) = (a for a in parser._actions if "--max-line-bytes" in a.option_strings)
    return parser, action


def test_max_line_bytes_is_a_byte_count_with_its_default() -> None:
    parser, action = max_line_bytes(1 << 20)
    assert parser.parse_args([]).max_line_bytes == 1 << 20
    assert parser.parse_args(["--max-line-bytes", "10"]).max_line_bytes == 10
    assert (action.type, action.metavar) == (byte_count, "N")
    assert (
        action.help
        == "longest input line read, in bytes (default 1,048,576); a longer line is answered LINE_TOO_LONG"
    )


@pytest.mark.parametrize("value", ["0", "5_0", str(GIB + 1)])
def test_max_line_bytes_refuses_what_byte_count_refuses(value: str) -> None:
    parser, _ = max_line_bytes(100)
    with pytest.raises(argparse.ArgumentError):
        parser.parse_args(["--max-line-bytes", value])


@pytest.mark.parametrize(
    ("value", "expected"), [("2000-01-01", dt.date(2000, 1, 1)), ("2100-12-31", dt.date(2100, 12, 31))]
)
def test_iso_date_takes_a_day_of_2000_to_2100(value: str, expected: dt.date) -> None:
    assert iso_date(value) == expected


@pytest.mark.parametrize(
    "value", ["1999-12-31", "2101-01-01", "2025-02-30", "2025-3-1", "20250301", "２０２５-03-01", ""]
)
def test_iso_date_refuses_other_days_and_forms(value: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="not a date YYYY-MM-DD in 2000-2100"):
        iso_date(value)


def test_min_cell_takes_5_or_more_and_refuses_less() -> None:
    assert [min_cell(v) for v in ("5", "+6", "1000")] == [5, 6, 1000]
    for value in ("4", "0", "-5"):
        with pytest.raises(argparse.ArgumentTypeError, match="must be 5 or more"):
            min_cell(value)
    with pytest.raises(argparse.ArgumentTypeError, match="not a whole number"):
        min_cell("five")
