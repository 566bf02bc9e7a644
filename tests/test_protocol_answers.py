"""One input line to one output line: results and error lines as ``fasttrack assess``
writes them, from a line's bytes or its JSON value; expected values written by hand
from docs/protocol.md and docs/cli.md."""

from __future__ import annotations

import json

import pytest

from fasttrack_rules.errors import InvalidJsonError, LineTooLongError
from fasttrack_rules.protocol import assess_json, json_text
from fasttrack_rules.protocol.answers import Answer, Options, answer, answer_line

CASE = {"id": "c-1", "first_day_of_absence": "2025-03-03", "as_of": "2025-05-02"}


def test_a_case_is_answered_with_its_result() -> None:
    text, failed = answer(1, CASE, Options())
    assert not failed
    assert json.loads(text) == assess_json(CASE)
    assert "\n" not in text


def test_the_options_choose_the_language_and_the_indentation() -> None:
    text, _ = answer(1, CASE, Options(lang="da", pretty=True))
    assert json.loads(text) == assess_json(CASE, lang="da")
    assert text.startswith('{\n  "id": "c-1"')


def test_a_bad_case_is_answered_with_its_error_line() -> None:
    bad = {"id": "c-2", "first_day_of_absence": "2025-02-30", "as_of": "2025-05-02"}
    assert json.loads(answer(7, bad, Options()).text) == {
        "line": 7,
        "id": "c-2",
        "error": {
            "code": "INVALID_DATE",
            "field": "first_day_of_absence",
            "message": "is not a real calendar date",
        },
    }
    assert answer(7, bad, Options()).failed


def test_a_line_that_could_not_be_read_is_answered_with_its_error() -> None:
    error = LineTooLongError("longer than 10 bytes")
    assert answer(4, error, Options()) == answer_line(4, error, Options())
    assert json.loads(answer_line(4, error, Options()).text) == {
        "line": 4,
        "error": {"code": "LINE_TOO_LONG", "field": None, "message": "longer than 10 bytes"},
    }


def test_a_line_is_answered_from_its_bytes() -> None:
    assert answer_line(2, json.dumps(CASE).encode(), Options()) == answer(2, CASE, Options())
    text, failed = answer_line(3, b"{not json", Options())
    assert failed
    assert json.loads(text)["error"]["code"] == InvalidJsonError.code
    assert json.loads(text)["line"] == 3


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"a": "b\u2028c\x85d\u202e"}, '{"a": "b\\u2028c\\u0085d\\u202e"}'),
        ({"a": "ø"}, '{"a": "ø"}'),
        ([1, None], "[1, null]"),
    ],
)
def test_json_text_escapes_what_a_terminal_would_act_on(value: object, expected: str) -> None:
    assert json_text(value) == expected


def test_an_answer_is_a_text_and_a_flag() -> None:
    assert Answer("{}", False).text == "{}"
    assert Options() == Options(lang="en", pretty=False, compact=False)
