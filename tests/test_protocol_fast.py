"""The fast JSON path against the general one: the same facts from a JSON case, the same
result dict and the same bytes, in both languages and compact; and every case not in
the plain form left to the general reader."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator

from fasttrack_rules import engine
from fasttrack_rules.conformance import load_vectors, schema
from fasttrack_rules.errors import FasttrackError
from fasttrack_rules.protocol import (
    assessment_json,
    case_from_json,
    case_to_json,
    compact_json,
    facts_from_json,
    fast,
    json_text,
    result_dict,
    result_text,
    short_reference,
)
from fasttrack_rules.rules import assess as assess_by_steps
from fasttrack_rules.testing import cases, interpretations, invalid_json_cases

COMPACT = Draft202012Validator(schema("output-compact"))
OUTPUT = Draft202012Validator(schema("output"))
VECTOR_CASES = [v["input"] for v in load_vectors() if isinstance(v.get("input"), dict)]


def _check(obj: object) -> None:
    """The fast path, where it takes ``obj``, gives what the general path gives."""
    facts = facts_from_json(obj)
    try:
        case, as_of = case_from_json(obj)
    except FasttrackError:
        assert facts is None
        return
    if facts is None:
        return
    assert facts == engine.facts_of(case, as_of)
    outcome = engine.run(facts)
    if outcome is None:
        return
    result = assess_by_steps(case, as_of=as_of)
    for lang in ("en", "da"):
        assert result_text(outcome, lang) == json_text(assessment_json(result, lang=lang))
        assert result_dict(outcome, lang) == assessment_json(result, lang=lang)
    assert result_text(outcome, compact=True) == json_text(compact_json(result))


@pytest.mark.parametrize("obj", VECTOR_CASES, ids=lambda obj: str(obj.get("id")))
def test_every_vector_case_gives_the_bytes_of_the_general_path(obj: dict[str, Any]) -> None:
    _check(obj)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(interpretation=interpretations()))
def test_generated_cases_give_the_bytes_of_the_general_path(pair: Any) -> None:
    case, as_of = pair
    obj = case_to_json(case, as_of=as_of)
    assert facts_from_json(obj) is not None
    _check(obj)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(invalid_json_cases())
def test_what_the_general_reader_refuses_the_fast_reader_leaves_to_it(obj: object) -> None:
    _check(obj)


@pytest.mark.parametrize(
    "change",
    [
        {"as_of": "2025-3-20"},
        {"as_of": "２０２５-03-20"},
        {"as_of": "2025-02-30"},
        {"municipal_target_weeks": 2.0},
        {"standby": 1},
        {"id": 7},
        {"request": {"by": "employer"}},
        {"request": {"by": "boss", "date": "2025-03-18"}},
        {"answers": {"employer": {"affected_functions": 3}}},
        {"answers": {"boss": None}},
        {"interpretation": {"roll": "backward"}},
        {"calendar": {"extra_closed": ["2025-03-31"]}},
        {"calendar": {"open_on": "2025-03-31"}},
        {"calendar": {"open_on": ""}},
        {"calendar": {"extra_closed": 0}},
        {"unknown": 1},
    ],
)
def test_a_case_not_in_the_plain_form_goes_the_general_way(change: dict[str, object]) -> None:
    case = {"first_day_of_absence": "2025-03-03", "as_of": "2025-03-20", **change}
    assert facts_from_json(case) is None
    _check(case)


def test_compact_results_follow_their_schema() -> None:
    for obj in VECTOR_CASES[:100]:
        facts = facts_from_json(obj)
        outcome = None if facts is None else engine.run(facts)
        if outcome is not None:
            assert not list(COMPACT.iter_errors(json.loads(result_text(outcome, compact=True))))
            assert not list(OUTPUT.iter_errors(result_dict(outcome)))


def test_the_compact_schema_is_the_output_schema_with_short_citations_and_no_texts() -> None:
    output, compact = schema("output"), schema("output-compact")
    assert compact["$defs"]["citation"]["type"] == "string"
    reason = compact["properties"]["reasons"]["items"]
    assert "text" not in reason["properties"]
    assert "text" not in reason["required"]
    for part in ("required", "additionalProperties", "type"):
        assert compact[part] == output[part]
    assert compact["properties"]["deadlines"] == output["properties"]["deadlines"]
    assert compact["$defs"]["deadline"] == output["$defs"]["deadline"]


def test_a_short_reference_names_the_instrument_and_the_place_in_it() -> None:
    case, as_of = case_from_json({"first_day_of_absence": "2025-03-03", "as_of": "2025-05-02"})
    citation = assess_by_steps(case, as_of=as_of).deadlines["first_meeting"].citation
    assert citation is not None
    assert short_reference(citation) == "LBK-97-2025 § 13 b, stk. 1"


_PLAIN = {
    "as_of": "2025-04-01",
    "first_day_of_absence": "2025-03-03",
    "sick_person": "employee",
    "over_8_weeks": True,
    "request": {"by": "employer", "date": "2025-03-10"},
}


@pytest.mark.parametrize("case_id", ["\x7f", "p\x7f", "\x7f\x1b[2J"])
def test_an_id_with_del_gives_the_bytes_of_the_general_path(case_id: str) -> None:
    """The fast writer escapes the id on its own, an all-ASCII text; DEL is escaped all
    the same."""
    _check({**_PLAIN, "id": case_id})


def test_full_caches_are_emptied_and_the_bytes_stay_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fast, "CACHE_SIZE", 1)
    monkeypatch.setattr(fast, "FRAGMENT_CACHE_SIZE", 1)
    for cache in ("_DAYS", "_ISO", "_REASONS", "_REASON_PARTS"):
        monkeypatch.setattr(fast, cache, {})  # empty, so that the cases fill them
    for obj in VECTOR_CASES[:40]:
        _check(obj)
    assert len(fast._DAYS) <= 1
    assert len(fast._REASONS) <= 1
