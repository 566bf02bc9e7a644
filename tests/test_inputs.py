"""The input description is the one source of what a valid case is: the shipped JSON
Schema, the attrs validators of the typed input and the JSON reader all agree with it."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fasttrack_rules import (
    Answers,
    CalendarSpec,
    Case,
    Consent,
    FasttrackError,
    Interpretation,
    InvalidTypeError,
    InvalidValueError,
    Request,
    assess,
    case_from_json,
)
from fasttrack_rules.conformance import schema
from fasttrack_rules.inputs import CASE, CROSS_FIELD_RULES, Field, field, input_schema
from fasttrack_rules.rules import checks

# The typed class of each object of the description, and the attribute of each field.
CLASSES: dict[str, type] = {
    "(case)": Case,
    "request": Request,
    "consent": Consent,
    "answers.employer": Answers,
    "answers.sick_person": Answers,
    "interpretation": Interpretation,
    "calendar": CalendarSpec,
}
# JSON-only fields: the day of evaluation (an argument of assess) and the wrapper of the
# two parties' answers.
NOT_ATTRIBUTES = {"as_of", "answers"}
GOOD: dict[str, object] = {
    "date": dt.date(2025, 3, 3),
    "boolean": True,
    "integer": 4,
    "string": "x",
    "dates": (dt.date(2025, 3, 3),),
}
BAD: dict[str, object] = {
    "date": dt.datetime(2025, 3, 3, 0, 0),
    "boolean": 1,
    "integer": True,
    "string": b"x",
    "dates": [dt.date(2025, 3, 3)],
}


def leaves(described: Field = CASE, path: str = "") -> Iterator[tuple[str, Field, str]]:
    """Every field with its path and the path of the object holding it."""
    for member in described.fields:
        here = f"{path}.{member.name}" if path else member.name
        yield here, member, path or "(case)"
        if member.kind == "object":
            yield from leaves(member, here)


def test_the_shipped_input_schema_is_the_one_the_description_gives() -> None:
    assert schema("input") == input_schema()


def test_every_attrs_field_is_described_and_every_described_field_is_an_attribute() -> None:
    for holder, cls in CLASSES.items():
        described = CASE if holder == "(case)" else field(holder)
        names = {m.attribute or m.name for m in described.fields if m.name not in NOT_ATTRIBUTES}
        if holder == "(case)":
            names |= {"answers_employer", "answers_sick_person"}
        assert names == {a.name for a in attrs.fields(cls)}, holder


@pytest.mark.parametrize(("path", "described", "holder"), list(leaves()), ids=lambda v: str(v)[:40])
def test_the_attrs_validator_follows_the_description(path: str, described: Field, holder: str) -> None:
    if path in NOT_ATTRIBUTES or holder == "answers":
        return  # checked through their own classes (answers.employer, ...)
    cls = CLASSES[holder]
    name = described.attribute or described.name
    base = _minimal(cls)
    if described.kind == "choice":
        for value in described.values:
            assert getattr(cls(**{**base, name: value}), name) == value
        for wrong in ("other", 1, None if described.required or holder == "interpretation" else b""):
            with pytest.raises(InvalidValueError) as wrong_value:
                cls(**{**base, name: wrong})
            assert wrong_value.value.field == name
    elif described.kind == "object":
        with pytest.raises(InvalidTypeError) as wrong_object:
            cls(**{**base, name: {}})
        assert wrong_object.value.field == name
    else:
        assert getattr(cls(**{**base, name: GOOD[described.kind]}), name) == GOOD[described.kind]
        with pytest.raises(InvalidTypeError) as wrong_type:
            cls(**{**base, name: BAD[described.kind]})
        assert wrong_type.value.field == name


def _minimal(cls: type) -> dict[str, Any]:
    minimal: dict[type, dict[str, Any]] = {
        Case: {"first_day_of_absence": dt.date(2025, 3, 3)},
        Request: {"by": "employer", "date": dt.date(2025, 3, 3)},
        Consent: {"answer": "agrees", "date": dt.date(2025, 3, 3)},
    }
    return minimal.get(cls, {})


def test_the_range_of_an_integer_holds_in_python_and_json() -> None:
    described = field("municipal_target_weeks")
    assert described.bounds == (1, 52)
    with pytest.raises(InvalidValueError) as no_range:
        _ = field("request.date").bounds
    assert no_range.value.value == "date"
    base = {"first_day_of_absence": "2025-03-03", "as_of": "2025-03-20"}
    request = {"by": "jobcenter", "date": "2025-03-18"}
    for weeks, ok in ((0, False), (1, True), (52, True), (53, False)):
        case, as_of = case_from_json({**base, "request": request, "municipal_target_weeks": weeks})
        if ok:
            assert assess(case, as_of=as_of).deadlines["policy_first_meeting"].due is not None
        else:
            with pytest.raises(InvalidValueError) as e:
                assess(case, as_of=as_of)
            assert e.value.field == "municipal_target_weeks"


# A JSON value of any kind, for one field at a time.
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 60)
    | st.sampled_from([2.0, 2.5, 1e300])
    | st.sampled_from(["2025-03-03", "2025-02-30", "25-03-03", "x", "employer", "agrees", "forward", ""]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["by", "date", "x"]), inner),
    max_leaves=6,
)


@settings(max_examples=600, deadline=None)
@given(
    st.sampled_from([p for p, _, _ in leaves() if p not in ("as_of", "first_day_of_absence")]), JSON_VALUES
)
def test_the_json_reader_and_the_schema_agree_field_by_field(path: str, value: object) -> None:
    """A case that differs from a valid one in one field is accepted by the reader exactly
    when the shipped schema accepts it (range checks aside: those come with assess)."""
    case: dict[str, Any] = {"first_day_of_absence": "2025-03-03", "as_of": "2025-03-20"}
    *parents, name = path.split(".")
    holder = case
    for parent in parents:
        holder = holder.setdefault(
            parent, {"by": "employer", "date": "2025-03-03"} if parent == "request" else {}
        )
        if parent == "consent":
            holder.update({"answer": "agrees", "date": "2025-03-03"})
    holder[name] = value
    valid = jsonschema.Draft202012Validator(input_schema()).is_valid(case)
    try:
        case_from_json(json.loads(json.dumps(case)))
    except FasttrackError as e:
        # A pattern cannot say which days exist: the schema takes 2025-02-30, the reader not.
        read, impossible_day = False, e.message == "is not a real calendar date"
    else:
        read, impossible_day = True, False
    # An integer out of 1-52 is read (its range is a rule between fields, step 10).
    out_of_range = path == "municipal_target_weeks" and type(value) in (int, float) and read
    assert read == valid or (valid and impossible_day) or (out_of_range and not valid), (case, read, valid)


def test_the_rules_between_fields_are_listed_in_the_order_of_the_specification() -> None:
    steps = [rule.step for rule in CROSS_FIELD_RULES]
    assert steps == sorted(steps)
    assert set(steps) == {8, 9, 10, 11, 12}
    assert len({rule.name for rule in CROSS_FIELD_RULES}) == len(CROSS_FIELD_RULES)


def test_every_rule_of_steps_8_to_10_has_its_check_and_no_check_is_unlisted() -> None:
    checked = {rule.name for rule in CROSS_FIELD_RULES if rule.step <= 10}
    assert set(checks._CHECKS) == checked


# One case breaking each rule of steps 8-10, and the field its error names (worked from
# the specification: errors, cases, steps 8-10).
BREAKS: dict[str, tuple[dict[str, Any], str]] = {
    "covered": ({"first_day_of_absence": "1999-12-31"}, "first_day_of_absence"),
    "not_after_as_of": ({"first_meeting": "2025-03-21"}, "first_meeting"),
    "after_first_day": ({"recovered": "2025-03-02"}, "recovered"),
    "employer_facts": ({"letter_sent": "2025-03-10"}, "letter_sent"),
    "doctor_requested": ({"doctor_requested": "2025-03-10"}, "doctor_requested"),
    "after_request": (
        {"request": {"by": "employer", "date": "2025-03-10"}, "letter_sent": "2025-03-09"},
        "letter_sent",
    ),
    "forecasts_agree": ({"over_8_weeks": True, "expected_recovery": "2025-03-10"}, "expected_recovery"),
    "in_range": (
        {"request": {"by": "jobcenter", "date": "2025-03-10"}, "municipal_target_weeks": 53},
        "municipal_target_weeks",
    ),
}


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_each_rule_is_checked_by_assess(name: str) -> None:
    change, field_named = BREAKS[name]
    case, as_of = case_from_json({"first_day_of_absence": "2025-03-03", "as_of": "2025-03-20", **change})
    with pytest.raises(FasttrackError) as e:
        assess(case, as_of=as_of)
    assert e.value.field == field_named
    assert set(BREAKS) == set(checks._CHECKS)
