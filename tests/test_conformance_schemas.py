"""The annotations of the shipped JSON Schemas: every field has a title, a description
and examples, every example is valid (by this package's validator and by
``jsonschema``), and every date says ``format: date``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from fasttrack_rules import FasttrackError, case_from_json
from fasttrack_rules._jsonschema import Validator
from fasttrack_rules.conformance import schema

NAMES = ("input", "output", "output-compact", "error", "vectors", "history")
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


def subschemas(s: Any, where: str) -> Iterator[tuple[str, Any]]:
    """Every subschema of ``s`` with its place (a JSON Pointer into the schema)."""
    yield where, s
    if not isinstance(s, dict):
        return
    for key in ("properties", "$defs"):
        for name, sub in s.get(key, {}).items():
            yield from subschemas(sub, f"{where}/{key}/{name}")
    for key in ("anyOf", "oneOf"):
        for k, sub in enumerate(s.get(key, [])):
            yield from subschemas(sub, f"{where}/{key}/{k}")
    for key in ("items", "additionalProperties", "propertyNames"):
        if key in s:
            yield from subschemas(s[key], f"{where}/{key}")


def fields(root: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every property, at any depth (the fields of the documents)."""
    for where, s in subschemas(root, "#"):
        parts = where.split("/")
        if len(parts) >= 3 and parts[-2] == "properties":
            yield where, s


def target(root: dict[str, Any], s: dict[str, Any]) -> dict[str, Any] | bool:
    """The definition ``s`` refers to (alone or beside null), or ``s`` itself."""
    refs = [s] + [b for b in s.get("anyOf", []) if isinstance(b, dict)]
    for r in refs:
        if "$ref" in r:
            found: dict[str, Any] | bool = root["$defs"][r["$ref"].rsplit("/", 1)[1]]
            return found
    return s


def holds_objects(root: dict[str, Any], s: dict[str, Any] | bool) -> bool:
    """Whether the values of ``s`` are objects, or arrays of objects."""
    if not isinstance(s, dict):
        return False
    s = target(root, s)
    if not isinstance(s, dict):
        return False
    kinds = [s] + [b for b in s.get("anyOf", []) if isinstance(b, dict)]
    for kind in kinds:
        types = kind.get("type", [])
        if "object" in ([types] if isinstance(types, str) else types):
            return True
        if types == "array" and holds_objects(root, kind["items"]):
            return True
    return False


def examples_of(root: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], object]]:
    for where, s in subschemas(root, "#"):
        if isinstance(s, dict):
            for example in s.get("examples", []):
                yield where, s, example


@pytest.mark.parametrize("name", NAMES)
def test_every_field_has_a_title_and_a_description(name: str) -> None:
    root = schema(name)
    bare = [
        w for w, s in fields(root) if not (type(s.get("title")) is str and type(s.get("description")) is str)
    ]
    assert not bare, bare
    assert type(root["title"]) is str
    assert type(root["description"]) is str


@pytest.mark.parametrize("name", NAMES)
def test_every_field_has_examples_or_its_definition_or_members_do(name: str) -> None:
    """A field of objects is exemplified by its members and by the schema's example of a
    whole document; a field that refers to a definition, by the definition's examples."""
    root = schema(name)
    assert len(root["examples"]) == 1
    wanting = []
    for where, s in fields(root):
        if s.get("examples") or holds_objects(root, s):
            continue
        defined = target(root, s)
        if defined is s or not (
            isinstance(defined, dict) and (defined.get("examples") or holds_objects(root, defined))
        ):
            wanting.append(where)
    for def_name, definition in root.get("$defs", {}).items():
        if not definition.get("examples") and not holds_objects(root, definition):
            wanting.append(f"#/$defs/{def_name}")
    assert not wanting, wanting


@pytest.mark.parametrize("name", NAMES)
def test_every_example_is_valid(name: str) -> None:
    root = schema(name)
    found = 0
    for where, s, example in examples_of(root):
        part = {**s, "$defs": root.get("$defs", {})}
        assert Validator(part).violations(example) == [], where
        reference = Draft202012Validator(part, format_checker=FormatChecker(formats=["date"]))
        assert reference.is_valid(example), where
        found += 1
    assert found >= len(list(fields(root))) // 2


@pytest.mark.parametrize("name", NAMES)
def test_every_date_says_format_date(name: str) -> None:
    places = [
        w
        for w, s in subschemas(schema(name), "#")
        if isinstance(s, dict) and s.get("pattern") == DATE_PATTERN
    ]
    assert bool(places) == (name != "error")  # an error line has no date
    for where, s in subschemas(schema(name), "#"):
        if isinstance(s, dict) and s.get("pattern") == DATE_PATTERN:
            assert s.get("format") == "date", where


def test_with_the_date_format_the_input_schema_refuses_the_days_the_reader_refuses() -> None:
    """A pattern cannot say which days exist; format: date can, for a validator that asserts
    formats (this package's does)."""
    case = {"first_day_of_absence": "2025-03-03", "as_of": "2025-02-30"}
    with pytest.raises(FasttrackError):
        case_from_json(case)
    assert not Validator(schema("input")).is_valid(case)
    assert not Draft202012Validator(schema("input"), format_checker=FormatChecker(formats=["date"])).is_valid(
        case
    )
    assert Draft202012Validator(schema("input")).is_valid(case)  # formats are annotations by default


def test_an_invalid_example_would_be_found() -> None:
    """The check above can fail: a wrong example is refused by both validators."""
    bad = {"type": "string", "format": "date", "examples": ["2025-02-30"]}
    where, s, example = next(examples_of(bad))
    assert where == "#"
    assert not Validator(s).is_valid(example)
    assert not Draft202012Validator(s, format_checker=FormatChecker(formats=["date"])).is_valid(example)
