"""The typed errors: each code once and exactly the codes the specification lists
(errors: "Error codes"), ``field``, ``value`` and ``message`` as given, the matching
builtin beside each, and the line errors with ``field`` None."""

from __future__ import annotations

import pathlib
import re

import pytest

from fasttrack_rules import errors
from fasttrack_rules.errors import (
    CalendarRangeError,
    DuplicateKeyError,
    EmptyLineError,
    FasttrackError,
    FutureEventError,
    InvalidDateError,
    InvalidEncodingError,
    InvalidJsonError,
    InvalidTypeError,
    InvalidValueError,
    LineError,
    LineTooLongError,
    MissingFieldError,
    RuleNotInForceError,
    UnknownFieldError,
)

SPECIFICATION = pathlib.Path(errors.__file__).with_name("specification.md")

#: The codes of the specification, by the error that carries each (errors, "Error codes").
CODES: dict[type[FasttrackError], str] = {
    LineTooLongError: "LINE_TOO_LONG",
    EmptyLineError: "EMPTY_LINE",
    InvalidEncodingError: "INVALID_ENCODING",
    InvalidJsonError: "INVALID_JSON",
    DuplicateKeyError: "DUPLICATE_KEY",
    InvalidTypeError: "INVALID_TYPE",
    UnknownFieldError: "UNKNOWN_FIELD",
    MissingFieldError: "MISSING_FIELD",
    InvalidDateError: "INVALID_DATE",
    InvalidValueError: "INVALID_VALUE",
    FutureEventError: "EVENT_AFTER_AS_OF",
    CalendarRangeError: "OUT_OF_RANGE",
}
#: Errors of the Python API that no JSON case can give: the root (never raised itself)
#: and a dated rule parameter asked for outside its window.
PYTHON_ONLY: dict[type[FasttrackError], str] = {
    FasttrackError: "INVALID_INPUT",
    RuleNotInForceError: "RULE_NOT_IN_FORCE",
}
LINE_ERRORS = (LineTooLongError, EmptyLineError, InvalidEncodingError, InvalidJsonError)


def every_error() -> list[type[FasttrackError]]:
    return [getattr(errors, name) for name in errors.__all__]


def test_every_error_is_exported_and_has_its_code() -> None:
    assert set(every_error()) == {*CODES, *PYTHON_ONLY, LineError}
    for cls, code in {**CODES, **PYTHON_ONLY}.items():
        assert cls.code == code, cls


def test_the_codes_are_unique() -> None:
    codes = [cls.code for cls in every_error() if cls is not LineError]  # LineError is abstract
    assert len(codes) == len(set(codes))


def test_the_codes_are_those_the_specification_lists() -> None:
    text = SPECIFICATION.read_text(encoding="utf-8")
    listed = text[text.index("\nError codes: `LINE_TOO_LONG`") :].split("\n\n")[0]
    assert re.findall(r"`([A-Z_]+)`", listed) == [*CODES.values(), "INTERNAL_ERROR"]


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [
        (InvalidTypeError, TypeError),
        (InvalidValueError, ValueError),
        (InvalidDateError, InvalidValueError),
        (UnknownFieldError, InvalidValueError),
        (MissingFieldError, InvalidValueError),
        (FutureEventError, InvalidValueError),
        (DuplicateKeyError, InvalidValueError),
        (CalendarRangeError, LookupError),
        (RuleNotInForceError, LookupError),
        (LineError, ValueError),
        *((cls, LineError) for cls in LINE_ERRORS),
    ],
)
def test_each_error_is_also_the_matching_builtin(cls: type[FasttrackError], builtin: type[Exception]) -> None:
    assert issubclass(cls, FasttrackError)
    assert issubclass(cls, builtin)


@pytest.mark.parametrize("cls", sorted(set(CODES) - set(LINE_ERRORS) | set(PYTHON_ONLY), key=str))
def test_an_error_carries_field_value_and_message(cls: type[FasttrackError]) -> None:
    error = cls("request.date", "2025-02-30", "is not a real calendar date")
    assert (error.field, error.value, error.message) == (
        "request.date",
        "2025-02-30",
        "is not a real calendar date",
    )
    assert error.args == ("request.date", "2025-02-30", "is not a real calendar date")
    assert str(error) == "request.date: is not a real calendar date (got '2025-02-30')"


@pytest.mark.parametrize("cls", LINE_ERRORS)
def test_a_line_error_has_no_field_and_no_value(cls: type[LineError]) -> None:
    # Errors, lines: the line checks 1-5 have field null.
    error = cls("the line is no JSON value")
    assert (error.field, error.value, error.message) == (None, None, "the line is no JSON value")
    assert str(error) == f"{cls.code}: the line is no JSON value"


def test_a_repeated_key_names_its_path_unlike_the_other_line_errors() -> None:
    # Errors, lines, step 6: DUPLICATE_KEY names the repeated key by its path.
    error = DuplicateKeyError("[1].z.q", "q", "the key appears twice in its object")
    assert not isinstance(error, LineError)
    assert (error.field, error.value) == ("[1].z.q", "q")
