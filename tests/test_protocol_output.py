"""The protocol's JSON out for the command line: error lines (``error.schema.json``), their
text form, and a calendar's closed days; every expected value is written by hand from
docs/protocol.md, docs/cli.md and the error schema."""

from __future__ import annotations

import datetime as dt

import pytest
from jsonschema import Draft202012Validator

from fasttrack_rules.calendars import ClosedDay, danish_bank_days
from fasttrack_rules.conformance import schema
from fasttrack_rules.errors import FasttrackError, InvalidDateError, InvalidJsonError, MissingFieldError
from fasttrack_rules.protocol import closed_day_json, error_json, error_line, error_text

ERROR_LINE = Draft202012Validator(schema("error"))
BAD_DATE = InvalidDateError("as_of", "2025-02-30", "is not a real calendar date")
NOT_JSON = InvalidJsonError("not one JSON value")


@pytest.mark.parametrize(
    ("error", "case", "expected"),
    [
        (
            BAD_DATE,
            {"id": "a-7", "as_of": "2025-02-30"},
            {
                "line": 3,
                "id": "a-7",
                "error": {"code": "INVALID_DATE", "field": "as_of", "message": "is not a real calendar date"},
            },
        ),
        (  # no id in the case: none in the line
            BAD_DATE,
            {"as_of": "2025-02-30"},
            {
                "line": 3,
                "error": {"code": "INVALID_DATE", "field": "as_of", "message": "is not a real calendar date"},
            },
        ),
        (  # an id that is not a string is not repeated
            MissingFieldError("as_of", None, "is required"),
            {"id": 7},
            {"line": 3, "error": {"code": "MISSING_FIELD", "field": "as_of", "message": "is required"}},
        ),
        (  # a line that is not JSON has no case and a null field
            NOT_JSON,
            None,
            {"line": 3, "error": {"code": "INVALID_JSON", "field": None, "message": "not one JSON value"}},
        ),
        (  # JSON that is not an object has no id
            InvalidDateError("as_of", None, "x"),
            ["id", "a-7"],
            {"line": 3, "error": {"code": "INVALID_DATE", "field": "as_of", "message": "x"}},
        ),
    ],
)
def test_error_line(error: FasttrackError, case: object, expected: dict[str, object]) -> None:
    line = error_line(3, error, case)
    assert line == expected
    assert list(line) == list(expected)  # "line", then "id", then "error"
    ERROR_LINE.validate(line)


def test_error_line_without_a_case_and_built_on_error_json() -> None:
    assert error_line(1, BAD_DATE) == {"line": 1, **error_json(BAD_DATE)}


@pytest.mark.parametrize(
    ("error", "case", "expected"),
    [
        (BAD_DATE, {"id": "a-7"}, 'line 3 (id "a-7"): INVALID_DATE as_of: is not a real calendar date'),
        (
            BAD_DATE,
            {"id": 'Søren "S"'},
            'line 3 (id "Søren \\"S\\""): INVALID_DATE as_of: is not a real calendar date',
        ),
        (BAD_DATE, {"id": 7}, "line 3: INVALID_DATE as_of: is not a real calendar date"),
        (NOT_JSON, None, "line 3: INVALID_JSON: not one JSON value"),
    ],
)
def test_error_text(error: FasttrackError, case: object, expected: str) -> None:
    assert error_text(3, error, case) == expected


@pytest.mark.parametrize(
    ("day", "weekday"),
    [
        (dt.date(2025, 12, 22), "Monday"),
        (dt.date(2025, 12, 23), "Tuesday"),
        (dt.date(2025, 12, 24), "Wednesday"),
        (dt.date(2025, 12, 25), "Thursday"),
        (dt.date(2025, 12, 26), "Friday"),
        (dt.date(2025, 12, 27), "Saturday"),
        (dt.date(2025, 12, 28), "Sunday"),
    ],
)
def test_closed_day_json_names_the_weekday_in_english(day: dt.date, weekday: str) -> None:
    closed = ClosedDay(day, ("Juleaftensdag",), ())
    assert closed_day_json(closed) == {
        "date": day.isoformat(),
        "weekday": weekday,
        "name": "Juleaftensdag",
        "citations": [],
    }


def test_closed_day_json_of_a_day_with_two_names() -> None:
    # docs/cli.md: `fasttrack calendar closed --calendar bank 2028 | grep 06-05`
    (day,) = (d for d in danish_bank_days().closed_days(2028) if d.date == dt.date(2028, 6, 5))
    assert closed_day_json(day) == {
        "date": "2028-06-05",
        "weekday": "Monday",
        "name": "Anden pinsedag / Grundlovsdag",
        "citations": ["§ 2, nr. 1, i bekendtgørelse nr. 1710 af 30. december 2024"],
    }
