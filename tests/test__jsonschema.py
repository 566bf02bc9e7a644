"""The small JSON Schema validator of the runner (``fasttrack_rules._jsonschema``): it
agrees with the ``jsonschema`` package on the shipped schemas, refuses what it does not
implement, and says where and what."""

from __future__ import annotations

import datetime as dt
import json
import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker, validators

from fasttrack_rules._jsonschema import IMPLEMENTED, Validator, Violation, json_equal
from fasttrack_rules.conformance import load_vectors, schema
from fasttrack_rules.errors import InvalidValueError

SHIPPED = ("input", "output", "error", "vectors")

#: A schema that uses every keyword the validator implements, with the number and
#: equality corner cases (1 and 1.0, true and 1) where they matter.
EVERY_KEYWORD: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://example.invalid/every.json",
    "$comment": "a test schema",
    "title": "every keyword",
    "description": "every keyword the validator implements",
    "examples": [{"a": 1}, {"a": None, "f": "2024-02-29"}],
    "$defs": {"n": {"type": "number", "minimum": -1.5, "maximum": 10}},
    "type": "object",
    "required": ["a"],
    "additionalProperties": False,
    "dependentRequired": {"b": ["a", "c"]},
    "properties": {
        "a": {"type": ["integer", "null"], "minimum": 1, "maximum": 5},
        "b": {"$ref": "#/$defs/n"},
        "c": {"enum": [1, "x", None, True, [1, 2], {"k": 1}]},
        "d": {"const": 1.0},
        "e": {
            "type": "array",
            "items": {"type": ["integer", "boolean", "number"]},
            "minItems": 1,
            "uniqueItems": True,
        },
        "f": {"type": "string", "format": "date", "title": "a day", "examples": ["2024-02-29", 7]},
        "g": {"type": "string", "pattern": "^a+$", "minLength": 2},
        "h": {"oneOf": [{"type": "integer"}, {"type": "number", "minimum": 0}]},
        "i": {"anyOf": [{"type": "string"}, {"type": "boolean"}]},
        "j": {
            "type": "object",
            "propertyNames": {"pattern": "^k"},
            "additionalProperties": {"type": "integer"},
        },
        "k": True,
        "l": False,
        "m": {
            "type": "array",
            "items": {"type": "array", "items": {"enum": [0, False, ""]}},
            "uniqueItems": True,
        },
    },
}
SCHEMAS: dict[str, Any] = {name: schema(name) for name in SHIPPED} | {"every": EVERY_KEYWORD}

_STRICT_TYPES = Draft202012Validator.TYPE_CHECKER.redefine("integer", lambda _, value: type(value) is int)
_Reference = validators.extend(Draft202012Validator, type_checker=_STRICT_TYPES)
# The reference: jsonschema, with the one reading this project makes stricter on purpose
# ("integer" is a number written without a fraction: 1.0 is not one) and the date format
# asserted.
REFERENCE = {
    name: _Reference(s, format_checker=FormatChecker(formats=["date"])) for name, s in SCHEMAS.items()
}
MINE = {name: Validator(s) for name, s in SCHEMAS.items()}

# -- documents drawn from a schema ---------------------------------------------------------------
NO_NEWLINE = st.characters(blacklist_characters="\n", blacklist_categories=["Cs"])
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-3, 12)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from([0, 1, 1.0, 2.0, -0.0, True, False, "", "x", "2025-02-29", "2024-02-29", "FT-X", "met"])
    | st.text(NO_NEWLINE, max_size=8)
)
JSON = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(NO_NEWLINE, max_size=4), inner, max_size=3)
    ),
    max_leaves=6,
)


def _merge(base: dict[str, Any], branch: dict[str, Any]) -> dict[str, Any]:
    merged = {**base, **branch}
    if "required" in base and "required" in branch:
        merged["required"] = sorted({*base["required"], *branch["required"]})
    return merged


def from_schema(s: Any, root: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Documents that mostly satisfy ``s`` (``oneOf`` and ``dependentRequired`` can
    still be broken by the optional keys drawn)."""
    if s is True or s == {}:
        return JSON
    if s is False:
        return JSON
    if "$ref" in s:
        target = root["$defs"][s["$ref"].rsplit("/", 1)[1]]
        return from_schema({**target, **{k: v for k, v in s.items() if k != "$ref"}}, root)
    if "const" in s:
        return st.just(s["const"])
    if "enum" in s:
        return st.sampled_from(s["enum"])
    for key in ("anyOf", "oneOf"):
        if key in s:
            rest = {k: v for k, v in s.items() if k != key}
            return st.one_of([from_schema(_merge(rest, branch), root) for branch in s[key]])
    types = s.get("type", ["null", "boolean", "integer", "number", "string", "array", "object"])
    return st.one_of([_typed(t, s, root) for t in ([types] if isinstance(types, str) else types)])


def _typed(kind: str, s: dict[str, Any], root: dict[str, Any]) -> st.SearchStrategy[Any]:
    low, high = s.get("minimum"), s.get("maximum")
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(
            None if low is None else math.ceil(low), None if high is None else math.floor(high)
        )
    if kind == "number":
        return st.floats(low, high, allow_nan=False, allow_infinity=False) | st.integers(
            None if low is None else math.ceil(low), None if high is None else math.floor(high)
        )
    if kind == "string":
        if s.get("format") == "date":
            return st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)).map(dt.date.isoformat)
        if "pattern" in s:
            return st.from_regex(s["pattern"], fullmatch=True).filter(
                lambda t: len(t) >= s.get("minLength", 0)
            )
        return st.text(NO_NEWLINE, min_size=s.get("minLength", 0), max_size=12)
    if kind == "array":
        least = s.get("minItems", 0)
        items = from_schema(s.get("items", True), root)
        unique = (lambda v: json.dumps(v, sort_keys=True)) if s.get("uniqueItems") else None
        return st.lists(items, min_size=least, max_size=least + 3, unique_by=unique)
    properties = s.get("properties", {})
    required = {k: from_schema(properties.get(k, True), root) for k in s.get("required", [])}
    optional = {k: from_schema(v, root) for k, v in properties.items() if k not in required}
    base = st.fixed_dictionaries(required, optional=optional)
    extra = s.get("additionalProperties", True)
    if extra is False:
        return base
    keys = (
        st.from_regex(s["propertyNames"]["pattern"], fullmatch=True)
        if "propertyNames" in s
        else st.text(max_size=6)
    )
    more = st.dictionaries(keys, from_schema(extra, root), max_size=2)
    return st.tuples(base, more).map(lambda pair: {**pair[1], **pair[0]})


GOOD = {name: from_schema(s, s) for name, s in SCHEMAS.items()}


@st.composite
def mutated(draw: st.DrawFn, doc: Any) -> Any:
    """``doc`` with one place changed: a value replaced, a key removed or added."""
    paths: list[tuple[Any, ...]] = [()]

    def walk(value: Any, path: tuple[Any, ...]) -> None:
        items = (
            value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
        )
        for key, item in items:
            paths.append((*path, key))
            walk(item, (*path, key))

    walk(doc, ())
    path = draw(st.sampled_from(paths))
    doc = json.loads(json.dumps(doc))
    if not path:
        return draw(JSON)
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    action = draw(st.sampled_from(["replace", "remove", "add"]))
    if action == "replace" or not isinstance(parent, dict):
        parent[path[-1]] = draw(JSON)
    elif action == "remove":
        del parent[path[-1]]
    else:
        parent[draw(st.text(NO_NEWLINE, max_size=5))] = draw(JSON)
    return doc


@pytest.mark.slow
@pytest.mark.parametrize("name", list(SCHEMAS))
@given(data=st.data())
def test_agrees_with_jsonschema_on_good_and_bad_documents(name: str, data: st.DataObject) -> None:
    doc = data.draw(GOOD[name], label="document")
    if name in ("input", "output", "error"):
        # The agreement is only worth something if the good documents are good (for the
        # vectors schema, oneOf and dependentRequired can be broken by an optional key).
        assert MINE[name].violations(doc) == []
    if data.draw(st.booleans(), label="mutate"):
        doc = data.draw(mutated(doc), label="mutated")
    assert MINE[name].is_valid(doc) == REFERENCE[name].is_valid(doc), MINE[name].violations(doc)


def test_the_shipped_vectors_and_the_outputs_of_this_library_are_valid() -> None:
    from fasttrack_rules import FasttrackError, assess_json, error_json
    from fasttrack_rules.conformance.packaged import package_file

    for subject in ("worked_examples", "errors"):
        data = json.loads(package_file("vectors", f"{subject}.json").read_text(encoding="utf-8"))
        assert MINE["vectors"].violations(data) == []
    for vector in load_vectors():
        if "input" not in vector:
            continue
        try:
            output = assess_json(vector["input"])
        except FasttrackError as e:
            output = {"line": 1, **error_json(e)}
        which = "error" if "error" in output else "output"
        assert MINE[which].violations(output) == [], vector["id"]
        assert REFERENCE[which].is_valid(output)


# -- what it refuses -------------------------------------------------------------------------------
KNOWN_TO_JSONSCHEMA = sorted(set(Draft202012Validator.VALIDATORS) - IMPLEMENTED)


@pytest.mark.parametrize("keyword", KNOWN_TO_JSONSCHEMA)
def test_refuses_every_keyword_it_does_not_implement(keyword: str) -> None:
    with pytest.raises(InvalidValueError) as raised:
        Validator({"type": "object", "properties": {"x": {keyword: 1}}})
    assert raised.value.field == f"#/properties/x/{keyword}"
    assert "not implemented" in raised.value.message


def test_the_refused_keywords_include_the_common_ones() -> None:
    assert {"maxLength", "allOf", "not", "if", "prefixItems", "patternProperties", "maxItems"} <= set(
        KNOWN_TO_JSONSCHEMA
    )
    with pytest.raises(InvalidValueError):
        Validator({"nonsense": True})


@pytest.mark.parametrize(
    ("bad", "where"),
    [
        ({"$ref": "other.json#/$defs/x"}, "#/$ref"),
        ({"$ref": "#/definitions/x"}, "#/$ref"),
        ({"$ref": "#/$defs/missing", "$defs": {}}, "#/$ref"),
        ({"items": {"$ref": 3}}, "#/items/$ref"),
        ({"format": "email"}, "#/format"),
        ({"pattern": "^\\d+$"}, "#/pattern"),
        ({"pattern": "^\\w$"}, "#/pattern"),
        ({"pattern": "("}, "#/pattern"),
        ({"required": "a"}, "#/required"),
        ({"minItems": -1}, "#/minItems"),
        ({"minLength": 1.5}, "#/minLength"),
        ({"type": "text"}, "#/type"),
        ({"type": []}, "#/type"),
        ({"enum": "a"}, "#/enum"),
        ({"anyOf": []}, "#/anyOf"),
        ({"uniqueItems": 1}, "#/uniqueItems"),
        ({"minimum": "1"}, "#/minimum"),
        ({"dependentRequired": {"a": "b"}}, "#/dependentRequired"),
        ({"properties": []}, "#/properties"),
        ({"items": 3}, "#/items"),
        ({"oneOf": [{"type": "string"}, {"maxLength": 2}]}, "#/oneOf/1/maxLength"),
        ({"$defs": {"a/b": {"maxLength": 2}}}, "#/$defs/a~1b/maxLength"),
        ({"examples": "2025-03-03"}, "#/examples"),
        ({"properties": {"x": {"title": 1}}}, "#/properties/x/title"),
        ({"description": ["a"]}, "#/description"),
        ({"$comment": None}, "#/$comment"),
    ],
)
def test_refuses_a_schema_it_cannot_read(bad: dict[str, Any], where: str) -> None:
    with pytest.raises(InvalidValueError) as raised:
        Validator(bad)
    assert raised.value.field == where


def test_annotations_never_change_what_is_valid() -> None:
    """An example that breaks its own schema is the schema's business (the shipped schemas'
    examples are checked in tests/test_conformance.py): the validator neither refuses the
    schema nor lets the annotation decide."""
    bare = {"type": "string", "format": "date"}
    annotated = {**bare, "title": "t", "description": "d", "$comment": "c", "examples": ["2025-02-30", 1]}
    for value in ("2025-03-03", "2025-02-30", 1, None):
        assert Validator(annotated).is_valid(value) == Validator(bare).is_valid(value)
        assert Validator(annotated).is_valid(value) == REFERENCE["every"].evolve(schema=annotated).is_valid(
            value
        )


def test_a_boolean_root_schema() -> None:
    assert Validator(True).is_valid({"anything": [1]})
    assert Validator(False).violations(1) == [Violation("", "no value is allowed here, got 1")]


# -- what it says ----------------------------------------------------------------------------------
def test_integer_is_strict_and_dollar_ends_the_string() -> None:
    mine = Validator({"type": "object", "properties": {"n": {"type": "integer"}, "s": {"pattern": "^a$"}}})
    assert mine.violations({"n": 1.0}) == [Violation("/n", "expected integer, got 1.0")]
    assert mine.violations({"n": True}) == [Violation("/n", "expected integer, got true")]
    assert mine.is_valid({"n": 10**30, "s": "a"})
    # Python's $ also matches before a final newline; ECMA-262's (JSON Schema's) does not.
    assert not mine.is_valid({"s": "a\n"})
    assert Validator({"pattern": "^a[$]$"}).is_valid("a$")
    assert Validator({"pattern": "^a\\$$"}).is_valid("a$")
    assert Validator({"pattern": "^\\\\d$"}).is_valid("\\d")


def test_violations_name_the_place_and_what_was_expected() -> None:
    output = Validator(schema("output"))
    found = output.violations({"deadlines": {"first_meeting": {"due": 1}}, "track": "fast", "extra": 1})
    text = [str(v) for v in found]
    assert '(root): missing required key "id"' in text
    assert '(root): unexpected key "extra"' in text
    assert '/track: expected one of ["fast_track", "ordinary", "undetermined"], got "fast"' in text, text
    assert any(
        t.startswith(
            "/deadlines/first_meeting/due: matches none of the 2 alternatives: expected string, got 1"
        )
        for t in text
    ), text
    every = MINE["every"]
    cases: list[tuple[Any, str]] = [
        ({"a": 0}, "/a: expected a number >= 1, got 0"),
        ({"a": 6}, "/a: expected a number <= 5, got 6"),
        ({"a": 1, "d": 2}, "/d: expected 1.0, got 2"),
        ({"a": 1, "e": []}, "/e: expected at least 1 item(s), got 0"),
        ({"a": 1, "e": [1, 2, 1.0]}, "/e: expected unique items; items 0 and 2 are equal"),
        ({"a": 1, "f": "2025-02-29"}, '/f: expected a date YYYY-MM-DD, got "2025-02-29"'),
        ({"a": 1, "f": "2025-2-28"}, '/f: expected a date YYYY-MM-DD, got "2025-2-28"'),
        ({"a": 1, "g": "a"}, '/g: expected at least 2 character(s), got "a"'),
        ({"a": 1, "g": "ab"}, '/g: expected a string matching ^a+$, got "ab"'),
        ({"a": 1, "h": 3}, "/h: expected exactly one alternative to match, 2 of 2 do"),
        ({"a": 1, "j": {"x": 1}}, '/j/x: key "x": expected a string matching ^k, got "x"'),
        ({"a": 1, "j": {"k": "1"}}, '/j/k: expected integer, got "1"'),
        ({"a": 1, "l": 1}, "/l: no value is allowed here, got 1"),
        ({"a": 1, "b": 1}, '(root): key "b" requires key "c", which is missing'),
        (
            {"a": 1, "i": 1},
            "/i: matches none of the 2 alternatives: expected string, got 1 | expected boolean, got 1",
        ),
        ({"a": 1, "c": 1.5}, '/c: expected one of [1, "x", null, true, [1, 2], {"k": 1}], got 1.5'),
        ({"a": 1, "m": [[0], [1]]}, '/m/1/0: expected one of [0, false, ""], got 1'),
    ]
    for doc, message in cases:
        assert [str(v) for v in every.violations(doc)] == [message], doc
    assert every.is_valid(
        {"a": None, "b": 1, "c": True, "d": 1, "e": [1, True, 1.5], "f": "2024-02-29", "m": [[0], [False]]}
    )
    deep = Validator(
        {"anyOf": [{"type": "object", "properties": {"x": {"type": "string"}}}, {"type": "null"}]}
    )
    assert [str(v) for v in deep.violations({"x": 1})] == [
        '(root): matches none of the 2 alternatives: /x: expected string, got 1 | expected null, got {"x": 1}'
    ]
    assert "/a~1b~0c: " in str(
        Validator({"properties": {"a/b~c": {"type": "null"}}}).violations({"a/b~c": 1})[0]
    )
    long = Validator({"const": "x"}).violations("y" * 500)[0].message
    assert long.endswith("…")
    assert len(long) < 120


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-2, 2)
    | st.sampled_from([0.0, 1.0, -1.0, 0.5])
    | st.sampled_from(["", "a"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from("ab"), inner, max_size=2),
    max_leaves=6,
)


@given(JSON_VALUES, JSON_VALUES)
def test_json_equal_is_json_schema_equality(a: Any, b: Any) -> None:
    assert json_equal(a, b) == Draft202012Validator({"const": a}).is_valid(b)
    assert json_equal(a, a)
    assert json_equal(a, b) == json_equal(b, a)
