"""Comparing an output with a vector's expectation, JSON types exactly, and showing JSON
values safely (:mod:`fasttrack_rules.conformance.comparison`)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fasttrack_rules.conformance import compare, json_same, printable, show

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-2, 2)
    | st.sampled_from([0.0, 1.0, 2.5])
    | st.sampled_from(["", "a"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from("ab"), inner, max_size=2),
    max_leaves=6,
)


@given(JSON_VALUES, JSON_VALUES)
def test_json_same_is_equality_of_the_json_text(a: Any, b: Any) -> None:
    def text(v: Any) -> str:
        return json.dumps(v, sort_keys=True)

    assert json_same(a, b) == (text(a) == text(b))
    assert json_same(a, a)


def test_json_same_tells_the_types_apart() -> None:
    assert not json_same(True, 1)
    assert not json_same(1, 1.0)
    assert not json_same(0, False)
    assert not json_same(None, False)
    assert not json_same([1], [True])
    assert not json_same({"a": 1}, {"a": 1, "b": 1})
    assert json_same({"a": [1, {"b": None}]}, {"a": [1, {"b": None}]})


@given(st.text())
def test_show_is_printable_and_still_the_same_json(text: str) -> None:
    shown = show(text, limit=10**6)
    assert shown.isprintable()
    if not any("\ud800" <= c <= "\udfff" for c in text):
        assert json.loads(shown) == text


def test_printable_escapes_controls_and_keeps_letters() -> None:
    assert printable("æø\tx\x1b\u202e\U000e0041") == "æø\\u0009x\\u001b\\u202e\\udb40\\udc41"


RESULT = {
    "track": "fast_track",
    "plan": "pending",
    "days_earlier": 3,
    "missing_facts": ["a", "b"],
    "breaches": [],
    "to_obtain": ["affected_functions"],
    "reasons": [{"code": "FT-A"}, {"code": "FT-B"}],
    "deadlines": {"first_meeting": {"due": "2025-04-01", "status": "pending"}},
}


@pytest.mark.parametrize(
    ("expected", "output", "problem"),
    [
        ({"track": "ordinary"}, RESULT, "track"),
        ({"deadlines": {"first_meeting": {"due": "2025-04-02"}}}, RESULT, "deadlines.first_meeting.due"),
        ({"deadlines": {"doctor_consultation": {"status": "met"}}}, RESULT, "deadlines.doctor_consultation"),
        ({"reasons": ["FT-A"]}, RESULT, 'extra ["FT-B"]'),
        ({"reasons": ["FT-A", "FT-B", "FT-C"]}, RESULT, 'missing ["FT-C"]'),
        ({"missing_facts": ["a"]}, RESULT, "missing_facts"),
        ({"to_obtain": []}, RESULT, "to_obtain"),
        ({"error": {"code": "INVALID_DATE", "field": "as_of"}}, RESULT, "got a result"),
        ({"track": "fast_track"}, {"error": {"code": "X"}}, "got error"),
        (
            {"error": {"code": "INVALID_DATE", "field": "as_of"}},
            {"error": {"code": "INVALID_DATE", "field": "x"}},
            "error.field",
        ),
        ({"track": "fast_track"}, [1, 2], "not a JSON object"),
        ({"reasons": ["FT-A"]}, {"reasons": "FT-A"}, 'missing ["FT-A"]'),
        (
            {"reason_citations": {"FT-A": [{"instrument": "X"}]}},
            {"reasons": "FT-A"},
            "reasons[FT-A].citations",
        ),
        (
            {"reason_citations": {"FT-A": [{"instrument": "X"}]}},
            {"reasons": [{"code": "FT-A", "citations": [{"instrument": "Y"}]}]},
            'expected [{"instrument": "X"}]',
        ),
        (
            {"deadlines": {"first_meeting": {"citation": {"stk": 2}}}},
            {"deadlines": {"first_meeting": {"citation": {"stk": 1}}}},
            "deadlines.first_meeting.citation",
        ),
        (
            {"deadlines": {"first_meeting": {"due": "2025-04-01"}}},
            {"deadlines": []},
            "deadlines.first_meeting",
        ),
        # JSON types are compared exactly: Python's == would let each of these pass.
        ({"days_earlier": 3}, {**RESULT, "days_earlier": 3.0}, "days_earlier: expected 3, got 3.0"),
        ({"days_earlier": 1}, {**RESULT, "days_earlier": True}, "days_earlier: expected 1, got true"),
        ({"days_earlier": 0}, {**RESULT, "days_earlier": False}, "days_earlier: expected 0, got false"),
        (
            {"missing_facts": ["a"]},
            {**RESULT, "missing_facts": "a"},
            'missing_facts: expected ["a"] (as a set)',
        ),
        ({"breaches": []}, {**RESULT, "breaches": None}, "breaches: expected [] (as a set), got null"),
        ({"reasons": ["FT-A"]}, {"reasons": [{"code": "FT-A"}, {"code": 1}]}, "extra [1]"),
        ({"questions": None}, {**RESULT, "questions": False}, "questions: expected null, got false"),
        ({"questions": None}, RESULT, "questions: expected null, got (absent)"),
        (
            {"questions": {"a": [1]}},
            {**RESULT, "questions": {"a": [1.0]}},
            'questions: expected {"a": [1]}, got {"a": [1.0]}',
        ),
        (
            {"deadlines": {"first_meeting": {"is_law": True}}},
            {"deadlines": {"first_meeting": {"is_law": 1}}},
            "deadlines.first_meeting.is_law: expected true, got 1",
        ),
        (
            {"deadlines": {"first_meeting": {"citation": {"stk": 1}}}},
            {"deadlines": {"first_meeting": {"citation": {"stk": True}}}},
            "deadlines.first_meeting.citation",
        ),
        (
            {"deadlines": {"first_meeting": {"citation": {"stk": 1}}}},
            {"deadlines": {"first_meeting": {"citation": None}}},
            'deadlines.first_meeting.citation: expected {"stk": 1}, got null',
        ),
        (
            {"deadlines": {"first_meeting": {"citation": None}}},
            {"deadlines": {"first_meeting": {"citation": {}}}},
            "deadlines.first_meeting.citation: expected null, got {}",
        ),
        (
            {"deadlines": {"first_meeting": {"citation": {"nr": None}}}},
            {"deadlines": {"first_meeting": {"citation": {}}}},
            "deadlines.first_meeting.citation",
        ),
        (
            {"reason_citations": {"FT-A": [{"stk": 2}]}},
            {"reasons": [{"code": "FT-A", "citations": [{"stk": 2.0}]}]},
            "reasons[FT-A].citations",
        ),
        (
            {"error": {"code": "INVALID_DATE", "field": None}},
            {"error": {"code": "INVALID_DATE"}},
            "error.field: expected null, got (absent)",
        ),
        (
            {"error": {"code": "INVALID_DATE", "field": "as_of"}},
            {"error": "INVALID_DATE"},
            'expected error "INVALID_DATE", got a result',
        ),
    ],
)
def test_compare_finds_differences(expected: dict[str, Any], output: object, problem: str) -> None:
    problems = compare(expected, output)
    assert problems
    assert any(problem in p for p in problems), problems


def test_compare_accepts_equal_sets_in_any_order() -> None:
    expected = {
        "reasons": ["FT-B", "FT-A"],
        "missing_facts": ["b", "a"],
        "track": "fast_track",
        "deadlines": {"first_meeting": {"due": "2025-04-01", "status": "pending"}},
    }
    assert compare(expected, RESULT) == []
    assert (
        compare({"error": {"code": "E", "field": None}}, {"line": 3, "error": {"code": "E", "field": None}})
        == []
    )
