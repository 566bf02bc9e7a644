"""The named value sets: each tuple is its ``Literal``'s values, the values are those the
specification names, and the shipped JSON Schemas list exactly these values wherever they
list a set (every ``enum`` of the files is found by walking them)."""

from __future__ import annotations

import json
import pathlib
from collections.abc import Iterator
from typing import Any, get_args

import pytest

from fasttrack_rules import vocab
from fasttrack_rules.errors import InvalidValueError
from fasttrack_rules.law import InstrumentKind

SCHEMAS = pathlib.Path(vocab.__file__).with_name("schemas")

#: Each Literal type and the tuple of its values.
PAIRS: list[tuple[object, tuple[str, ...]]] = [
    (vocab.SickPerson, vocab.SICK_PERSONS),
    (vocab.Requester, vocab.REQUESTERS),
    (vocab.ConsentAnswer, vocab.CONSENT_ANSWERS),
    (vocab.RollPolicy, vocab.ROLL_POLICIES),
    (vocab.SickPersonWindow, vocab.SICK_PERSON_WINDOWS),
    (vocab.EmployerWindow, vocab.EMPLOYER_WINDOWS),
    (vocab.LateRequest, vocab.LATE_REQUESTS),
    (vocab.Track, vocab.TRACKS),
    (vocab.Status, vocab.STATUSES),
    (vocab.PlanStatus, vocab.PLAN_STATUSES),
    (vocab.Duty, vocab.DUTIES),
    (vocab.Answerer, vocab.ANSWERERS),
    (vocab.QuestionsRequiredFrom, vocab.QUESTIONS_REQUIRED_FROM),
    (vocab.Lang, vocab.LANGS),
]


@pytest.mark.parametrize(("literal", "values"), PAIRS, ids=lambda v: str(v)[:40])
def test_each_tuple_is_its_literals_values(literal: object, values: tuple[str, ...]) -> None:
    assert values == get_args(literal)
    assert type(values) is tuple
    assert len(set(values)) == len(values)


def test_every_value_set_is_paired_with_its_literal() -> None:
    tuples = {name for name in vocab.__all__ if name.isupper()} - {
        "INTERPRETATIONS",
        "QUESTIONS",
        "DEADLINES",
    }
    assert len(tuples) == len(PAIRS)
    assert len(vocab.__all__) == len(tuples) + len(PAIRS) + 3 + 1  # and check_lang


def test_a_language_is_checked_and_a_blank_answer_is_no_answer() -> None:
    assert [vocab.check_lang(lang) for lang in vocab.LANGS] == list(vocab.LANGS)
    with pytest.raises(InvalidValueError) as raised:
        vocab.check_lang("de")
    assert (raised.value.field, raised.value.value) == ("lang", "de")
    assert [vocab._is_answer(t) for t in (None, "", " \t\n", "lifting")] == [False, False, False, True]


def test_the_values_are_those_of_the_specification() -> None:
    # Terms; Questions (in order); Decision procedure; Interpretations (the default first).
    assert vocab.SICK_PERSONS == ("employee", "unemployed", "self_employed")
    assert vocab.REQUESTERS == ("employer", "sick_person", "jobcenter")
    assert vocab.CONSENT_ANSWERS == ("agrees", "refuses")
    assert vocab.QUESTIONS == ("affected_functions", "affected_duration", "adaptation_tried")
    assert vocab.TRACKS == ("fast_track", "ordinary", "undetermined")
    assert vocab.STATUSES == (
        "met",
        "missed",
        "pending",
        "lapsed",
        "not_required",
        "undetermined",
        "not_applicable",
    )
    assert vocab.PLAN_STATUSES == ("agreed", "not_agreed", "pending", "undetermined", "not_applicable")
    assert vocab.DUTIES == ("municipality", "employer", "sick_person")
    assert vocab.ANSWERERS == ("employer", "sick_person", "both", "nobody")
    assert vocab.DEADLINES == (
        "request_window",
        "consent_form",
        "doctor_consultation",
        "first_meeting",
        "ordinary_first_meeting",
    )
    assert vocab.LANGS == ("da", "en")


def test_the_interpretations_are_named_with_their_default_first() -> None:
    # Specification, interpretations: roll "none", sick_person_window "five_weeks",
    # employer_window "first_five_weeks", late_request "earliest" are the defaults.
    assert vocab.INTERPRETATIONS == {
        "roll": ("none", "forward"),
        "sick_person_window": ("five_weeks", "none"),
        "employer_window": ("first_five_weeks", "five_weeks_after"),
        "late_request": ("earliest", "request"),
    }


def enums(node: Any, name: str = "") -> Iterator[tuple[str, list[Any]]]:
    """Every ``enum`` of a schema, with the name of the property it belongs to."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "enum":
                yield name, value
            elif key == "properties":
                for member, schema in value.items():
                    yield from enums(schema, member)
            else:
                yield from enums(value, name)
    elif isinstance(node, list):
        for item in node:
            yield from enums(item, name)


def load(name: str) -> Any:
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


def test_the_output_schema_lists_the_value_sets() -> None:
    expected: dict[str, list[Any]] = {
        "track": list(vocab.TRACKS),
        "status": list(vocab.STATUSES),
        "plan": list(vocab.PLAN_STATUSES),
        "duty_of": list(vocab.DUTIES),
        "answered_by": list(vocab.ANSWERERS),
        "required_from": list(vocab.QUESTIONS_REQUIRED_FROM),
        "route": [*vocab.REQUESTERS, None],
        "to_obtain": list(vocab.QUESTIONS),
        "kind": list(get_args(InstrumentKind)),  # a citation's kind: the law's own set
        **{name: list(values) for name, values in vocab.INTERPRETATIONS.items()},
    }
    found = list(enums(load("output")))
    assert {name for name, _ in found} == set(expected)
    for name, values in found:
        assert values == expected[name], name
    assert len([name for name, _ in found if name == "answered_by"]) == len(vocab.QUESTIONS)


def test_the_output_schema_requires_the_deadlines_in_order() -> None:
    deadlines = load("output")["properties"]["deadlines"]
    assert deadlines["required"] == list(vocab.DEADLINES)
    assert list(deadlines["properties"]) == [*vocab.DEADLINES, "policy_first_meeting"]


def test_the_input_schema_lists_the_value_sets() -> None:
    expected: dict[str, list[Any]] = {
        "sick_person": [*vocab.SICK_PERSONS, None],
        "by": list(vocab.REQUESTERS),
        "answer": list(vocab.CONSENT_ANSWERS),
        **{name: [*values, None] for name, values in vocab.INTERPRETATIONS.items()},
    }
    found = list(enums(load("input")))
    assert {name for name, _ in found} == set(expected)
    for name, values in found:
        assert values == expected[name], name
